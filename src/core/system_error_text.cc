#include "core/system_error_text.h"

#include <cerrno>

namespace baocao {

std::string SystemErrorText(int error) {
  switch (error) {
    case ENOENT: return "không có tệp hoặc thư mục này";
    case EACCES:
    case EPERM: return "không có quyền truy cập";
    case ENOSPC: return "đĩa đầy";
    case EDQUOT: return "vượt hạn mức dung lượng đĩa";
    case EROFS: return "ổ đĩa chỉ cho phép đọc";
    case EISDIR: return "là thư mục";
    case ENOTDIR: return "một phần của đường dẫn không phải thư mục";
    case ELOOP: return "quá nhiều liên kết tượng trưng lồng nhau";
    case EEXIST: return "đã tồn tại";
    case ENOTEMPTY: return "thư mục không rỗng";
    case EXDEV: return "không thể chuyển sang ổ đĩa khác";
    case ENAMETOOLONG: return "tên quá dài";
    case EMFILE:
    case ENFILE: return "mở quá nhiều tệp cùng lúc";
    case EIO: return "lỗi đọc ghi đĩa";
    case EBUSY: return "đang bị chiếm dụng";
    case ETXTBSY: return "tệp đang được dùng";
    default: return "lỗi hệ thống số " + std::to_string(error);
  }
}

std::string SystemErrorText(const std::error_code& code) {
  if (code.category() == std::generic_category() || code.category() == std::system_category())
    return SystemErrorText(code.value());
  return "lỗi hệ thống số " + std::to_string(code.value());
}

}  // namespace baocao
