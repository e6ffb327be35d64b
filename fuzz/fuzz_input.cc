#include "fuzz_input.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace baocao::fuzz {

SubmissionKind KindOf(uint8_t byte) {
  static constexpr SubmissionKind kinds[] = {SubmissionKind::kUnits, SubmissionKind::kProcedures,
                                             SubmissionKind::kDossiers, SubmissionKind::kDiscipline,
                                             SubmissionKind::kEvaluations, SubmissionKind::kPetitions};
  return kinds[byte % 6];
}

MemoryFile::MemoryFile() : fd_(memfd_create("baocao-fuzz.csv", 0)) {
  if (fd_ < 0) {
    std::perror("memfd_create");
    std::abort();
  }
  path_ = "/proc/self/fd/" + std::to_string(fd_);
}

MemoryFile::~MemoryFile() { close(fd_); }

void MemoryFile::Write(const uint8_t* data, size_t size) {
  if (ftruncate(fd_, 0) != 0) std::abort();
  size_t written = 0;
  while (written < size) {
    const ssize_t n = pwrite(fd_, data + written, size - written, static_cast<off_t>(written));
    if (n <= 0) std::abort();
    written += static_cast<size_t>(n);
  }
}

}  // namespace baocao::fuzz
