// A private temporary folder (mode 0700, made by mkdtemp under the system's temporary folder),
// removed with everything in it when the object goes: where the portal writes a report before
// sending its bytes, and where an upload streams before `submit` reads it (upload_file.h), so that
// no other account or process can read or replace them meanwhile.
#pragma once

#include <string>

namespace baocao::web {

class PrivateTempDir {
 public:
  // Throws Error (Vietnamese, with the system's reason) when the folder cannot be made; purpose
  // says what for ("để ghi báo cáo").
  explicit PrivateTempDir(const std::string& purpose);
  ~PrivateTempDir();
  PrivateTempDir(const PrivateTempDir&) = delete;
  PrivateTempDir& operator=(const PrivateTempDir&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The whole content of a file. Throws Error (Vietnamese) when it cannot be read.
std::string ReadWholeFile(const std::string& path);

}  // namespace baocao::web
