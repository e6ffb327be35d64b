// An exclusive lock on a file (flock), held for the lifetime of the object.
//
// The kernel drops the lock when the process ends, however it ends, so a crash cannot leave it
// stuck. The file itself stays (it holds the pid of the last holder, for the message).
#pragma once

#include <string>

namespace baocao {

class LockFile {
 public:
  // Takes the lock or throws LockedError (Vietnamese message naming the holder's pid).
  explicit LockFile(const std::string& path);
  ~LockFile();
  LockFile(const LockFile&) = delete;
  LockFile& operator=(const LockFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace baocao
