#include "core/regular_file.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "core/errors.h"
#include "test_support.h"

namespace baocao {
namespace fs = std::filesystem;

namespace {
std::string RefusalOf(const std::string& path, RegularFile::Links links) {
  try {
    RegularFile file(path, links);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("a regular file is opened and read through its descriptor", "[regular_file]") {
  test::TempDir dir;
  test::WriteFile(dir.File("a.csv"), "ma_don_vi\n");
  RegularFile file(dir.File("a.csv"), RegularFile::Links::kRefuse);
  CHECK(file.path() == dir.File("a.csv"));
  // Renamed and replaced by another file: the descriptor still reads the file that was checked.
  fs::rename(dir.File("a.csv"), dir.File("b.csv"));
  test::WriteFile(dir.File("a.csv"), "other\n");
  CHECK(test::ReadFile(file.ReadPath()) == "ma_don_vi\n");
}

TEST_CASE("a symbolic link is refused in the inbox and followed for an officer", "[regular_file]") {
  test::TempDir dir;
  test::WriteFile(dir.File("real.csv"), "x\n");
  fs::create_symlink(dir.File("real.csv"), dir.File("link.csv"));
  fs::create_symlink("/etc/passwd", dir.File("passwd.csv"));
  fs::create_symlink(dir.File("missing.csv"), dir.File("dangling.csv"));
  CHECK(RefusalOf(dir.File("link.csv"), RegularFile::Links::kRefuse) ==
        dir.File("link.csv") + ": là liên kết tượng trưng (symbolic link), không phải tệp thật: không đọc");
  CHECK(RefusalOf(dir.File("passwd.csv"), RegularFile::Links::kRefuse) ==
        dir.File("passwd.csv") + ": là liên kết tượng trưng (symbolic link), không phải tệp thật: không đọc");
  CHECK(RefusalOf(dir.File("dangling.csv"), RegularFile::Links::kRefuse) ==
        dir.File("dangling.csv") + ": là liên kết tượng trưng (symbolic link), không phải tệp thật: không đọc");
  RegularFile followed(dir.File("link.csv"), RegularFile::Links::kFollow);
  CHECK(test::ReadFile(followed.ReadPath()) == "x\n");
  CHECK(RefusalOf(dir.File("dangling.csv"), RegularFile::Links::kFollow) ==
        dir.File("dangling.csv") + ": không mở được tệp: không có tệp hoặc thư mục này");
}

TEST_CASE("a folder, a FIFO or a device is refused, a FIFO without waiting for a writer", "[regular_file]") {
  test::TempDir dir;
  fs::create_directory(dir.File("folder.csv"));
  REQUIRE(::mkfifo(dir.File("fifo.csv").c_str(), 0600) == 0);
  CHECK(RefusalOf(dir.File("folder.csv"), RegularFile::Links::kRefuse) ==
        dir.File("folder.csv") + ": là thư mục, không phải tệp dữ liệu: không đọc");
  CHECK(RefusalOf(dir.File("fifo.csv"), RegularFile::Links::kFollow) ==
        dir.File("fifo.csv") + ": là ống dẫn có tên (FIFO), không phải tệp dữ liệu: không đọc");
  CHECK(RefusalOf("/dev/null", RegularFile::Links::kFollow) ==
        "/dev/null: là tệp thiết bị, không phải tệp dữ liệu: không đọc");
  CHECK(RefusalOf(dir.File("thieu.csv"), RegularFile::Links::kFollow) ==
        dir.File("thieu.csv") + ": không mở được tệp: không có tệp hoặc thư mục này");
}

TEST_CASE("a path with a control character is named escaped", "[regular_file]") {
  test::TempDir dir;
  CHECK(RefusalOf(dir.File("a\nb.csv"), RegularFile::Links::kFollow) ==
        dir.File("a\\nb.csv") + ": không mở được tệp: không có tệp hoặc thư mục này");
}

}  // namespace baocao
