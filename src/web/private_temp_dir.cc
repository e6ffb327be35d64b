#include "web/private_temp_dir.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/errors.h"
#include "core/system_error_text.h"

namespace baocao::web {

PrivateTempDir::PrivateTempDir(const std::string& purpose) {
  std::error_code ec;
  const std::filesystem::path base = std::filesystem::temp_directory_path(ec);
  std::string pattern = (ec ? std::filesystem::path("/tmp") : base).string() + "/baocao-web-XXXXXX";
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (::mkdtemp(buffer.data()) == nullptr)  // mode 0700
    throw Error("Máy chủ không tạo được thư mục tạm " + purpose + ": " + SystemErrorText(errno) +
                ". Hãy báo người quản trị kiểm tra thư mục tạm của máy chủ.");
  path_ = buffer.data();
}

PrivateTempDir::~PrivateTempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);  // nothing to do about a failure in a destructor
}

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  if (!in || in.bad())
    throw Error("Máy chủ không đọc lại được tệp báo cáo vừa ghi. Hãy thử lại; nếu vẫn lỗi, báo người quản trị.");
  return bytes.str();
}

}  // namespace baocao::web
