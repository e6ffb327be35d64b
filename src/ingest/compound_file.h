// An OLE2 compound file (Compound File Binary Format: the container of .xls, .doc and of a
// password-protected .xlsx): its directory and the bytes of one stream, read with every structure
// checked — sector numbers inside the file, no chain that loops, each stream exactly as long as the
// directory says — so that a damaged or hostile container is refused, never followed in circles.
//
// It also checks the few things libfreexl (which reads the same container again, see xls_file.h)
// takes on trust, so that a file accepted here is one freexl reads without reading out of bounds,
// looping or allocating more than the file's own size: every FAT and DIFAT sector distinct and in
// the file, unused header slots marked free, directory names at most 64 bytes.
//
// Memory: the allocation table (4 bytes a sector) and the directory; a stream is read on request.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

class CompoundFile {
 public:
  struct Entry {
    std::string name;   // UTF-8 (names are short ASCII in practice: "Workbook", "WordDocument")
    uint8_t type = 0;   // 0 unused, 1 storage, 2 stream, 5 root
    uint32_t start = 0;
    uint64_t size = 0;
    size_t index = 0;   // position in the directory
  };

  // Reads the header, the allocation tables and the directory of the file open as fd, of size
  // bytes. nullopt when it is not a consistent compound file.
  static std::optional<CompoundFile> Open(int fd, uint64_t size);

  // The first stream named name (compared as the format does: case-insensitively), or nullptr.
  const Entry* FindStream(std::string_view name) const;
  // Every directory entry, in directory order (unused ones included).
  const std::vector<Entry>& entries() const { return entries_; }
  // The first entry of any type named name, or nullptr.
  const Entry* Find(std::string_view name) const;
  // The stream's bytes; nullopt when its chain is broken (out of the file, looping, too short).
  std::optional<std::string> Read(const Entry& stream) const;

  // Whether the stream lives in the mini stream (small streams, below the 4096-byte cut-off).
  bool InMiniStream(const Entry& stream) const { return stream.size < kMiniCutoff; }
  // Whether a small stream's mini sectors are 0, 1, 2, … in order: the only layout freexl reads.
  bool MiniStreamFromStart(const Entry& stream) const;
  // How many directory entries the first directory sector holds (freexl looks only there).
  size_t EntriesInFirstDirectorySector() const { return sector_size_ / 128; }
  // Whether the header declares mini FAT sectors (freexl reads small streams only then).
  bool HasMiniFat() const { return mini_fat_sectors_ > 0; }

  static constexpr uint64_t kMiniCutoff = 4096;

 private:
  CompoundFile() = default;
  bool ReadSector(uint32_t sector, std::string& out) const;
  // The chain from start: exactly `count` sectors, then the end-of-chain mark.
  std::optional<std::vector<uint32_t>> Chain(const std::vector<uint32_t>& table, uint32_t start,
                                             uint64_t count) const;

  int fd_ = -1;
  uint32_t sector_size_ = 512;
  uint32_t sectors_ = 0;  // whole sectors after the header
  uint32_t mini_fat_sectors_ = 0;
  std::vector<uint32_t> fat_;
  std::vector<uint32_t> mini_fat_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> mini_stream_;  // the root entry's sectors
  uint64_t mini_stream_size_ = 0;
};

}  // namespace baocao
