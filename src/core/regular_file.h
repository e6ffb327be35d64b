// An input file opened once, checked on the opened descriptor to be a regular file, and read
// through that descriptor only.
//
// What is checked is what is read: the name is looked up once, by open(2), and the type is taken
// from fstat(2) on the descriptor, so a file swapped for a link, a folder or a FIFO between a
// listing and the read is never read (no time-of-check/time-of-use gap). With Links::kRefuse (the
// inbox, where anyone who may drop a file may drop a link) a symbolic link is refused (O_NOFOLLOW);
// with Links::kFollow (a path an officer types on the command line) it is followed, and what it
// points to must be a regular file. A FIFO is refused at once, never waited on (O_NONBLOCK).
#pragma once

#include <sys/stat.h>

#include <string>

namespace baocao {

class RegularFile {
 public:
  enum class Links { kFollow, kRefuse };

  // Opens path read-only. Throws InputError(path, 0, 0, why) — why in Vietnamese — when it cannot be
  // opened, is a symbolic link (kRefuse), or is not a regular file (a folder, a FIFO, a device, …).
  RegularFile(const std::string& path, Links links);
  ~RegularFile();
  RegularFile(const RegularFile&) = delete;
  RegularFile& operator=(const RegularFile&) = delete;

  const std::string& path() const { return path_; }
  int fd() const { return fd_; }
  const struct stat& status() const { return status_; }

  // A path that opens this very file again, whatever happens to its name meanwhile
  // (/proc/self/fd/N, Linux): for readers that take a path (CsvReader, Sha256OfFile). Valid while
  // this object lives.
  std::string ReadPath() const;

 private:
  std::string path_;
  int fd_ = -1;
  struct stat status_ {};
};

// Vietnamese for the kind of a file system entry that is not a regular file: "thư mục", "liên kết
// tượng trưng", "ống dẫn có tên (FIFO)", "socket", "tệp thiết bị", "mục không rõ loại".
std::string EntryKindName(mode_t mode);

}  // namespace baocao
