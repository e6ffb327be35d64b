// The private temporary file an upload streams into before `submit` reads it.
//
// A PrivateTempDir (mkdtemp under $TMPDIR, else /tmp, mode 0700) holding one file created with
// O_EXCL, mode 0600; once the browser's file name is known it is renamed, inside that folder, to
// that name reduced to a safe plain base name (SafeBaseName): the receipt names the file as the
// department knows it. Writing stops at the size cap. The file
// and the folder are removed when the object goes, whatever happened.
#pragma once

#include <cstddef>
#include <string>

#include "web/private_temp_dir.h"

namespace baocao::web {

// The base name of a name a browser sent: what follows the last '/' or '\', without control
// characters, cut to 200 bytes (on a character boundary, keeping the extension when it can);
// "tep-nop" when nothing usable is left ("", ".", ".."). `../../evil<script>.csv` → `evil<script>.csv`.
std::string SafeBaseName(const std::string& sent);

// "100 MB" when bytes is whole megabytes, else the bytes ("2.048 byte").
std::string SizeText(size_t bytes);
// The Vietnamese refusal of a file over the cap (status 413), naming the cap and what to do.
std::string TooLargeMessage(size_t cap_bytes);

class UploadFile {
 public:
  // Creates the folder and the file (named "tep-nop" until Rename). Throws Error (Vietnamese) when it
  // cannot.
  explicit UploadFile(size_t cap_bytes);
  ~UploadFile();
  UploadFile(const UploadFile&) = delete;
  UploadFile& operator=(const UploadFile&) = delete;

  // Appends bytes; false (and nothing more is written) once the cap would be passed or a write fails.
  bool Write(const char* data, size_t size);
  // Closes the file for reading by path; false when closing failed (the data may be incomplete).
  bool Close();

  // Names the file SafeBaseName(sent_name) in its folder. Throws Error (Vietnamese) when it cannot.
  void Rename(const std::string& sent_name);

  const std::string& path() const { return path_; }
  const std::string& name() const { return name_; }  // the safe base name
  size_t bytes() const { return bytes_; }
  bool over_cap() const { return over_cap_; }
  int write_error() const { return write_error_; }  // errno of a failed write or close, else 0

 private:
  PrivateTempDir folder_{"để nhận tệp"};
  std::string name_;
  std::string path_;
  int fd_ = -1;
  size_t cap_;
  size_t bytes_ = 0;
  bool over_cap_ = false;
  int write_error_ = 0;
};

}  // namespace baocao::web
