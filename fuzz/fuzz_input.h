// What the fuzz targets share: the kind of export chosen by an input's first byte, and an
// in-memory file (memfd) that the path-based readers open like any export.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/columns.h"

namespace baocao::fuzz {

// The kind chosen by byte: its value modulo 6, in the order of SubmissionKind (0 units,
// 1 procedures, 2 dossiers, 3 discipline, 4 evaluations, 5 petitions). The seed corpora are written this way.
SubmissionKind KindOf(uint8_t byte);

// One anonymous in-memory file, rewritten for every input; path() opens it as a fresh stream
// (/proc/self/fd/N), so a reader sees exactly the bytes of the current input and no disk is touched.
class MemoryFile {
 public:
  MemoryFile();
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  ~MemoryFile();

  void Write(const uint8_t* data, size_t size);
  const std::string& path() const { return path_; }

 private:
  int fd_ = -1;
  std::string path_;
};

}  // namespace baocao::fuzz
