// A zip archive — the container of an .xlsx workbook — read with libzip: entries found by name and
// read from their start in chunks, so that a part far larger than memory streams through.
//
// Before libzip reads the archive's directory, its size is checked against ZipLimits, so that a
// hostile archive cannot make libzip allocate for millions of entries. Every failure is a ZipError
// whose message is Vietnamese: libzip's English never reaches an officer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/errors.h"

struct zip;
struct zip_file;

namespace baocao {

class ZipError : public Error {
 public:
  enum class Kind {
    kDamaged,     // not a zip, truncated, inconsistent, bad compressed data or CRC, encrypted, …
    kUnreadable,  // the file itself could not be read (an I/O error): what() names the system error
  };
  ZipError(Kind kind, const std::string& why) : Error(why), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// What the archive's directory may hold. A workbook has a few dozen parts (a few thousand for one
// with hundreds of sheets and drawings); the directory of 65.535 entries is 6 MiB at most.
struct ZipLimits {
  uint64_t max_entries = 65535;
  uint64_t max_directory_bytes = 8u << 20;
};

class ZipArchive {
 public:
  // Opens the archive at path. Throws ZipError: kUnreadable when the file cannot be read, kDamaged
  // when it is not a complete zip archive (truncated, inconsistent, a directory over the limits).
  explicit ZipArchive(const std::string& path, ZipLimits limits = {});
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  size_t EntryCount() const;
  std::string EntryName(size_t index) const;
  // The entry named name exactly, else ignoring ASCII case (part names of a package are
  // case-insensitive); nullopt when there is none.
  std::optional<size_t> Find(std::string_view name) const;

  // One entry, read from its start. Several may be open at once (each reads on its own).
  class Entry {
   public:
    Entry(Entry&&) noexcept;
    Entry& operator=(Entry&&) noexcept;
    ~Entry();
    // Reads up to size bytes of the entry's uncompressed data into buffer; 0 at its end. Throws
    // ZipError (bad compressed data, a CRC mismatch at the end, an I/O error) naming the entry.
    size_t Read(char* buffer, size_t size);
    const std::string& name() const { return name_; }
    // The uncompressed size the archive's directory declares for the entry (what Read gives, unless
    // the archive lies: Read then throws), nullopt when the directory does not say.
    std::optional<uint64_t> size() const { return size_; }

   private:
    friend class ZipArchive;
    struct Closer {
      void operator()(zip_file* file) const;
    };
    Entry(std::unique_ptr<zip_file, Closer> file, std::string name, std::optional<uint64_t> size);
    std::unique_ptr<zip_file, Closer> file_;
    std::string name_;
    std::optional<uint64_t> size_;
  };

  // Opens entry index for reading. Throws ZipError when it cannot be (encrypted, an unsupported
  // compression method, a local header that contradicts the directory).
  Entry Open(size_t index) const;

 private:
  struct Closer {
    void operator()(zip* archive) const;
  };
  std::unique_ptr<zip, Closer> archive_;
};

}  // namespace baocao
