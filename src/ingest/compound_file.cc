#include "ingest/compound_file.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "core/text.h"

namespace baocao {
namespace {

constexpr uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr uint32_t kFree = 0xFFFFFFFF;
constexpr uint32_t kMiniSectorSize = 64;
constexpr size_t kHeaderSlots = 109;

uint16_t U16(const char* p) {
  return static_cast<uint16_t>(static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[1]) << 8);
}
uint32_t U32(const char* p) { return U16(p) | static_cast<uint32_t>(U16(p + 2)) << 16; }

// A directory name: UTF-16LE without its terminating NUL, as UTF-8 (U+FFFD for a lone surrogate).
std::string NameOf(const char* p, size_t bytes) {
  std::string out;
  for (size_t i = 0; i + 1 < bytes; i += 2) {
    char32_t c = U16(p + i);
    if (c == 0) break;
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes && U16(p + i + 2) >= 0xDC00 && U16(p + i + 2) <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (U16(p + i + 2) - 0xDC00);
      i += 2;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    AppendUtf8(out, c);
  }
  return out;
}

bool SameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
         });
}

}  // namespace

bool CompoundFile::ReadSector(uint32_t sector, std::string& out) const {
  if (sector >= sectors_) return false;
  out.resize(sector_size_);
  const off_t at = static_cast<off_t>(sector + 1ULL) * sector_size_;
  size_t done = 0;
  while (done < sector_size_) {
    const ssize_t n = pread(fd_, out.data() + done, sector_size_ - done, at + static_cast<off_t>(done));
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

std::optional<std::vector<uint32_t>> CompoundFile::Chain(const std::vector<uint32_t>& table, uint32_t start,
                                                         uint64_t count) const {
  // A chain that loops never reaches its end mark within count steps: no visited set is needed.
  if (count > table.size()) return std::nullopt;
  std::vector<uint32_t> chain;
  chain.reserve(count);
  uint32_t at = start;
  for (uint64_t i = 0; i < count; ++i) {
    if (at >= table.size()) return std::nullopt;
    chain.push_back(at);
    at = table[at];
  }
  if (at != kEndOfChain) return std::nullopt;
  return chain;
}

std::optional<CompoundFile> CompoundFile::Open(int fd, uint64_t size) {
  CompoundFile file;
  file.fd_ = fd;
  char header[512];
  if (size < sizeof header || pread(fd, header, sizeof header, 0) != static_cast<ssize_t>(sizeof header))
    return std::nullopt;
  static constexpr unsigned char kSignature[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  if (std::memcmp(header, kSignature, sizeof kSignature) != 0) return std::nullopt;
  const uint16_t major = U16(header + 0x1A);
  const uint16_t shift = U16(header + 0x1E);
  if (U16(header + 0x1C) != 0xFFFE || U16(header + 0x20) != 6 || U32(header + 0x38) != kMiniCutoff) return std::nullopt;
  if (!((major == 3 && shift == 9) || (major == 4 && shift == 12))) return std::nullopt;
  file.sector_size_ = 1u << shift;
  if (size / file.sector_size_ < 2 || size / file.sector_size_ - 1 >= 0xFFFFFFFAULL) return std::nullopt;
  file.sectors_ = static_cast<uint32_t>(size / file.sector_size_ - 1);
  const uint32_t per_sector = file.sector_size_ / 4;

  // The FAT's own sectors: the first 109 in the header, the rest in the DIFAT chain. Each distinct
  // and inside the file; every slot after the last one free (freexl reads every slot not free).
  const uint32_t fat_sectors = U32(header + 0x2C);
  const uint32_t difat_sectors = U32(header + 0x48);
  if (fat_sectors == 0 || fat_sectors > file.sectors_) return std::nullopt;
  const uint64_t beyond_header = fat_sectors > kHeaderSlots ? fat_sectors - kHeaderSlots : 0;
  if (difat_sectors != (beyond_header + per_sector - 2) / (per_sector - 1)) return std::nullopt;
  std::vector<uint32_t> fat_ids;
  std::vector<bool> used(file.sectors_, false);
  const auto take = [&](uint32_t id) {
    if (id >= file.sectors_ || used[id]) return false;
    used[id] = true;
    return true;
  };
  for (size_t i = 0; i < kHeaderSlots; ++i) {
    const uint32_t id = U32(header + 0x4C + 4 * i);
    if (i < fat_sectors) {
      if (!take(id)) return std::nullopt;
      fat_ids.push_back(id);
    } else if (id != kFree) {
      return std::nullopt;
    }
  }
  std::string sector;
  uint32_t difat = U32(header + 0x44);
  for (uint32_t d = 0; d < difat_sectors; ++d) {
    if (!take(difat) || !file.ReadSector(difat, sector)) return std::nullopt;
    for (uint32_t i = 0; i + 1 < per_sector; ++i) {
      const uint32_t id = U32(sector.data() + 4 * i);
      if (fat_ids.size() < fat_sectors) {
        if (!take(id)) return std::nullopt;
        fat_ids.push_back(id);
      } else if (id != kFree) {
        return std::nullopt;
      }
    }
    difat = U32(sector.data() + 4 * (per_sector - 1));
  }
  for (const uint32_t id : fat_ids) {
    if (!file.ReadSector(id, sector)) return std::nullopt;
    for (uint32_t i = 0; i < per_sector; ++i) file.fat_.push_back(U32(sector.data() + 4 * i));
  }
  if (file.fat_.size() < file.sectors_) return std::nullopt;
  file.fat_.resize(file.sectors_);  // entries past the file's end name sectors that do not exist

  // The directory: a chain of unknown length (at most every sector of the file).
  uint32_t at = U32(header + 0x30);
  for (uint32_t steps = 0; at != kEndOfChain; ++steps) {
    if (steps >= file.sectors_ || !file.ReadSector(at, sector)) return std::nullopt;
    for (uint32_t e = 0; e < file.sector_size_ / 128; ++e) {
      const char* p = sector.data() + 128 * e;
      const uint16_t name_bytes = U16(p + 64);
      if (name_bytes > 64 || name_bytes % 2 != 0) return std::nullopt;
      Entry entry;
      entry.name = NameOf(p, name_bytes);
      entry.type = static_cast<uint8_t>(p[66]);
      entry.start = U32(p + 116);
      entry.size = major == 3 ? U32(p + 120) : U32(p + 120) | static_cast<uint64_t>(U32(p + 124)) << 32;
      entry.index = file.entries_.size();
      file.entries_.push_back(std::move(entry));
    }
    at = file.fat_[at];
  }
  if (file.entries_.empty() || file.entries_[0].type != 5) return std::nullopt;

  // The mini FAT and the mini stream (the root entry's chain), for the streams under 4096 bytes.
  const uint64_t capacity = static_cast<uint64_t>(file.sectors_) * file.sector_size_;
  file.mini_fat_sectors_ = U32(header + 0x40);
  if (file.mini_fat_sectors_ > 0) {
    const auto chain = file.Chain(file.fat_, U32(header + 0x3C), file.mini_fat_sectors_);
    if (!chain) return std::nullopt;
    for (const uint32_t id : *chain) {
      if (!file.ReadSector(id, sector)) return std::nullopt;
      for (uint32_t i = 0; i < per_sector; ++i) file.mini_fat_.push_back(U32(sector.data() + 4 * i));
    }
  }
  const Entry& root = file.entries_[0];
  if (root.size > capacity) return std::nullopt;
  file.mini_stream_size_ = root.size;
  if (root.size > 0) {
    auto chain = file.Chain(file.fat_, root.start, (root.size + file.sector_size_ - 1) / file.sector_size_);
    if (!chain) return std::nullopt;
    file.mini_stream_ = std::move(*chain);
  }
  const uint64_t mini_sectors = (root.size + kMiniSectorSize - 1) / kMiniSectorSize;
  if (file.mini_fat_.size() > mini_sectors) file.mini_fat_.resize(mini_sectors);
  return file;
}

const CompoundFile::Entry* CompoundFile::Find(std::string_view name) const {
  for (const Entry& e : entries_)
    if (e.type != 0 && SameName(e.name, name)) return &e;
  return nullptr;
}

const CompoundFile::Entry* CompoundFile::FindStream(std::string_view name) const {
  for (const Entry& e : entries_)
    if (e.type == 2 && SameName(e.name, name)) return &e;
  return nullptr;
}

std::optional<std::string> CompoundFile::Read(const Entry& stream) const {
  if (stream.type != 2) return std::nullopt;
  std::string out;
  std::string sector;
  if (!InMiniStream(stream)) {
    if (stream.size > static_cast<uint64_t>(sectors_) * sector_size_) return std::nullopt;
    const auto chain = Chain(fat_, stream.start, (stream.size + sector_size_ - 1) / sector_size_);
    if (!chain) return std::nullopt;
    out.reserve(chain->size() * sector_size_);
    for (const uint32_t id : *chain) {
      if (!ReadSector(id, sector)) return std::nullopt;
      out += sector;
    }
  } else {
    if (stream.size == 0) return stream.start == kEndOfChain || stream.start == 0 ? std::optional<std::string>("") : std::nullopt;
    const auto chain = Chain(mini_fat_, stream.start, (stream.size + kMiniSectorSize - 1) / kMiniSectorSize);
    if (!chain) return std::nullopt;
    for (const uint32_t id : *chain) {
      const uint64_t offset = static_cast<uint64_t>(id) * kMiniSectorSize;
      if (offset + kMiniSectorSize > static_cast<uint64_t>(mini_stream_.size()) * sector_size_) return std::nullopt;
      if (!ReadSector(mini_stream_[offset / sector_size_], sector)) return std::nullopt;
      out.append(sector, offset % sector_size_, kMiniSectorSize);
    }
  }
  out.resize(stream.size);
  return out;
}

bool CompoundFile::MiniStreamFromStart(const Entry& stream) const {
  const auto chain = Chain(mini_fat_, stream.start, (stream.size + kMiniSectorSize - 1) / kMiniSectorSize);
  if (!chain) return false;
  for (size_t i = 0; i < chain->size(); ++i)
    if ((*chain)[i] != i) return false;
  return true;
}

}  // namespace baocao
