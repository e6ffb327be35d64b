// Exclusive locks (flock), held for the lifetime of the object.
//
// The kernel drops a lock when the process ends, however it ends, so a crash cannot leave it stuck.
// LockFile locks a file of its own (created when missing, never through a symbolic link) and writes
// the holder's pid into it, for the message. FolderLock locks a folder itself and creates nothing in
// it: the inbox, which belongs to the departments that drop files there (a lock file there could be
// deleted or replaced by a link).
#pragma once

#include <string>

namespace baocao {

class LockFile {
 public:
  // Takes the lock or throws LockedError (Vietnamese message naming the holder's pid and the file).
  explicit LockFile(const std::string& path);
  ~LockFile();
  LockFile(const LockFile&) = delete;
  LockFile& operator=(const LockFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
};

class FolderLock {
 public:
  // Takes the lock on folder (which must exist) or throws LockedError naming it, with what (e.g.
  // "hộp thư") saying what the folder is.
  FolderLock(const std::string& folder, const std::string& what);
  ~FolderLock();
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace baocao
