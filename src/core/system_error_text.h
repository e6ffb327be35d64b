// Operating-system errors (errno) in Vietnamese, for messages an officer reads: strerror(3) and
// std::error_code::message() are English.
#pragma once

#include <string>
#include <system_error>

namespace baocao {

// "không có tệp hoặc thư mục này", "không có quyền truy cập", "đĩa đầy", …; an errno without a
// translation gives "lỗi hệ thống số N".
std::string SystemErrorText(int error);
std::string SystemErrorText(const std::error_code& code);

}  // namespace baocao
