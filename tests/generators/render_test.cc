#include "generators/render.h"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "core/errors.h"
#include "generators/report_fixture.h"
#include "generators/report_template.h"
#include "jobs/job_fixture.h"
#include "test_support.h"

namespace baocao {
namespace fs = std::filesystem;
namespace {

// The pid of a child that has exited and been reaped: no process has it (until the pid is reused).
pid_t DeadPid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  int status = 0;
  ::waitpid(child, &status, 0);
  return child;
}

}  // namespace

TEST_CASE("a report whose unit code is a path is refused and nothing is written anywhere", "[render]") {
  test::TempDir dir;
  const std::string out = dir.File("a/b/out");
  Report report = test::MakeReport("tthc", {{"T17", "Tỉnh Thử", "tinh", "", {}}});
  for (const std::string root : {"../../../x", "..", "a/b", "-rf"}) {
    report.root = root;
    INFO(root);
    CHECK_THROWS_AS(ReportFileName(report, Format::kJson), DataError);
    try {
      RenderReport(report, {Format::kJson}, out, DefaultTemplatesDir());
      FAIL("written");
    } catch (const DataError& e) {
      CHECK(std::string(e.what()) == "Không lập được tên tệp báo cáo: mã đơn vị \"" + root +
                                         "\" không hợp lệ: mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm "
                                         "(.), gạch dưới (_), gạch ngang (-), bắt đầu bằng chữ cái hoặc chữ số, tối "
                                         "đa 64 ký tự; không ghi tệp nào");
    }
  }
  CHECK(test::Names(dir.path().string()).empty());  // not even the output folder was created
}

TEST_CASE("PathInFolder accepts one plain file name only", "[render]") {
  CHECK(PathInFolder("/srv/out", "tthc_T17_2023-05.json") == "/srv/out/tthc_T17_2023-05.json");
  for (const std::string name : {"", ".", "..", "../x", "a/b", "/etc/passwd"}) {
    INFO(name);
    CHECK_THROWS_WITH(PathInFolder("/srv/out", name),
                      "Tệp \"" + name + "\" sẽ nằm ngoài thư mục /srv/out; không ghi tệp nào");
  }
}

TEST_CASE("the temporaries of a killed report are removed by the next report into the folder", "[render]") {
  test::TempDir dir;
  const std::string dead = std::to_string(DeadPid());
  const std::string alive = std::to_string(::getppid());
  const std::vector<std::string> stale = {"tthc_T17_2023-05.json.tmp-" + dead, "dvc_H01_2023.xlsx.tmp-" + dead,
                                          "tong_hop_T17_2023-Q2.pdf.tmp-" + dead};
  const std::vector<std::string> kept = {"ghi_chu.txt.tmp-" + dead,  // not a report's
                                         "tthc_T17_2023-04.json.tmp-" + alive,  // its process still runs
                                         "tthc_T17_2023-04.json.tmp-x1"};
  for (const auto& name : stale) test::WriteFile(dir.File(name), "half");
  for (const auto& name : kept) test::WriteFile(dir.File(name), "half");
  CHECK(RemoveStaleTemporaries(dir.path().string()) == 3);
  auto expected = kept;
  std::sort(expected.begin(), expected.end());
  CHECK(test::Names(dir.path().string()) == expected);

  test::WriteFile(dir.File(stale[0]), "half");
  const auto artifacts =
      RenderReport(test::WrappingProvinceReport(), {Format::kJson}, dir.path().string(), DefaultTemplatesDir());
  REQUIRE(artifacts.size() == 1);
  expected.push_back("tthc_T17_2023-05.json");
  std::sort(expected.begin(), expected.end());
  CHECK(test::Names(dir.path().string()) == expected);
}

}  // namespace baocao
