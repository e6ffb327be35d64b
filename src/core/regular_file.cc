#include "core/regular_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "core/errors.h"
#include "core/system_error_text.h"
#include "core/text.h"

namespace baocao {

RegularFile::RegularFile(const std::string& path, Links links) : path_(path) {
  int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
  if (links == Links::kRefuse) flags |= O_NOFOLLOW;
  fd_ = ::open(path.c_str(), flags);
  if (fd_ < 0) {
    const int error = errno;
    // O_NOFOLLOW on a link fails with ELOOP (the link itself is never opened).
    if (links == Links::kRefuse && error == ELOOP)
      throw InputError(Escaped(path), 0, 0, "là liên kết tượng trưng (symbolic link), không phải tệp thật: không đọc");
    throw InputError(Escaped(path), 0, 0, "không mở được tệp: " + SystemErrorText(error));
  }
  if (::fstat(fd_, &status_) != 0) {
    const int error = errno;
    ::close(fd_);
    fd_ = -1;
    throw InputError(Escaped(path), 0, 0, "không đọc được tệp: " + SystemErrorText(error));
  }
  if (!S_ISREG(status_.st_mode)) {
    ::close(fd_);
    fd_ = -1;
    throw InputError(Escaped(path), 0, 0, "là " + EntryKindName(status_.st_mode) + ", không phải tệp dữ liệu: không đọc");
  }
  // Reads block as usual from here (O_NONBLOCK only kept a FIFO from blocking the open).
  ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
}

RegularFile::~RegularFile() {
  if (fd_ >= 0) ::close(fd_);
}

std::string RegularFile::ReadPath() const { return "/proc/self/fd/" + std::to_string(fd_); }

std::string EntryKindName(mode_t mode) {
  if (S_ISDIR(mode)) return "thư mục";
  if (S_ISLNK(mode)) return "liên kết tượng trưng (symbolic link)";
  if (S_ISFIFO(mode)) return "ống dẫn có tên (FIFO)";
  if (S_ISSOCK(mode)) return "socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "tệp thiết bị";
  if (S_ISREG(mode)) return "tệp";
  return "mục không rõ loại";
}

}  // namespace baocao
