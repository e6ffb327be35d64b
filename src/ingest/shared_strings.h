// The shared-string table of a workbook (xl/sharedStrings.xml): a text cell with t="s" holds an index
// into it. Each entry is plain text, or rich text whose runs (<r><t>) are joined; phonetic runs
// (<rPh>) are left out and OOXML escapes (_x000D_) decoded.
//
// Held compactly — one buffer of text and one offset per string — since a million-row export may
// have a million distinct codes, and within SharedStringLimits, so that a hostile table cannot take
// more than its caps.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/zip_archive.h"

namespace baocao {

struct SharedStringLimits {
  size_t max_strings = 16777216;          // entries in the table
  uint64_t max_bytes = 256u << 20;        // their text, all together
  size_t max_string_bytes = 4096;         // one string (CsvLimits::max_field_bytes): see Read
  uint64_t max_part_bytes = 1ull << 30;   // the part's XML, uncompressed
};

class SharedStrings {
 public:
  // An empty table (a workbook without one).
  SharedStrings() = default;
  // Reads the table at entry. A string longer than limits.max_string_bytes is kept as its first
  // max_string_bytes + 1 bytes only: enough for a reader to refuse the cell that uses it as too long.
  // Throws InputError: damaged XML, more strings or more text than the limits allow.
  static SharedStrings Read(const ZipArchive& zip, size_t entry, const std::string& file,
                            const SharedStringLimits& limits = {});

  size_t size() const { return offsets_.size() - 1; }
  std::string_view operator[](size_t index) const {
    return std::string_view(text_).substr(offsets_[index], offsets_[index + 1] - offsets_[index]);
  }

 private:
  friend class SharedStringsHandler;
  std::string text_;
  std::vector<uint32_t> offsets_{0};  // string i is text_[offsets_[i], offsets_[i + 1])
};

}  // namespace baocao
