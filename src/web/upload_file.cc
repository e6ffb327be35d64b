#include "web/upload_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/errors.h"
#include "core/system_error_text.h"
#include "ingest/problem.h"

namespace baocao::web {
namespace {

constexpr size_t kMaxNameBytes = 200;

// The length of a prefix of text at most max bytes long that does not cut a UTF-8 character.
size_t Utf8Prefix(const std::string& text, size_t max) {
  if (text.size() <= max) return text.size();
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace

std::string SafeBaseName(const std::string& sent) {
  const size_t slash = sent.find_last_of("/\\");
  const std::string base = slash == std::string::npos ? sent : sent.substr(slash + 1);
  std::string name;
  for (const char c : base) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) continue;
    name += c;
  }
  while (!name.empty() && (name.front() == ' ' || name.back() == ' '))
    name = name.front() == ' ' ? name.substr(1) : name.substr(0, name.size() - 1);
  if (name.empty() || name == "." || name == "..") return "tep-nop";
  if (name.size() > kMaxNameBytes) {
    const size_t dot = name.rfind('.');
    const std::string ext = dot != std::string::npos && name.size() - dot <= 10 ? name.substr(dot) : "";
    name = name.substr(0, Utf8Prefix(name, kMaxNameBytes - ext.size())) + ext;
  }
  return name;
}

std::string SizeText(size_t bytes) {
  constexpr size_t kMiB = size_t{1024} * 1024;
  if (bytes >= kMiB && bytes % kMiB == 0) return GroupedCount(static_cast<int64_t>(bytes / kMiB)) + " MB";
  return GroupedCount(static_cast<int64_t>(bytes)) + " byte";
}

std::string TooLargeMessage(size_t cap_bytes) {
  return "Tệp vượt quá giới hạn " + SizeText(cap_bytes) + " của một lần nộp; máy chủ chưa đọc tệp. Hãy chia tệp thành "
         "nhiều tệp nhỏ hơn (ví dụ theo tháng hoặc theo đơn vị) rồi nộp lần lượt.";
}

UploadFile::UploadFile(size_t cap_bytes) : name_(SafeBaseName("")), cap_(cap_bytes) {
  path_ = folder_.path() + "/" + name_;
  fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd_ < 0) {
    const int error = errno;
    throw Error("Máy chủ không tạo được tệp tạm để nhận tệp: " + SystemErrorText(error) +
                ". Hãy báo cho người quản trị hệ thống.");
  }
}

UploadFile::~UploadFile() {
  if (fd_ >= 0) ::close(fd_);
}  // folder_ removes the file and itself

void UploadFile::Rename(const std::string& sent_name) {
  const std::string name = SafeBaseName(sent_name);
  if (name == name_) return;
  const std::string path = folder_.path() + "/" + name;
  if (::rename(path_.c_str(), path.c_str()) != 0)  // the folder is ours alone: nothing else is in it
    throw Error("Máy chủ không đặt được tên cho tệp tạm khi nhận tệp: " + SystemErrorText(errno) +
                ". Hãy báo cho người quản trị hệ thống.");
  name_ = name;
  path_ = path;
}

bool UploadFile::Write(const char* data, size_t size) {
  if (over_cap_ || write_error_ != 0 || fd_ < 0) return false;
  if (size > cap_ - bytes_) {
    over_cap_ = true;
    return false;
  }
  while (size > 0) {
    const ssize_t written = ::write(fd_, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      write_error_ = errno;
      return false;
    }
    data += written;
    size -= static_cast<size_t>(written);
    bytes_ += static_cast<size_t>(written);
  }
  return true;
}

bool UploadFile::Close() {
  if (fd_ < 0) return write_error_ == 0;
  const int result = ::close(fd_);
  fd_ = -1;
  if (result != 0 && write_error_ == 0) write_error_ = errno;
  return write_error_ == 0;
}

}  // namespace baocao::web
