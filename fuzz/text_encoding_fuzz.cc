// Fuzz target: the encoding detector and converter (Utf8Text) on arbitrary bytes (the whole input is
// the file), then CsvReader on what it gives.
//
// Besides memory and undefined-behaviour errors, it checks Utf8Text's promises
// (src/ingest/text_encoding.h): the only exception is an InputError, with a Vietnamese reason
// (valid UTF-8, no line break) and a location that is whole-file (0, 0) or a real row and column;
// a UTF-8 file is read as it is, with no note; a converted file is valid UTF-8, has a note, keeps
// the original's line breaks (so that rows stay the officer's), and a Windows-1258 one is in NFC
// however the normalized pieces were cut; CsvReader then reads it to its end or to an InputError.
#include <unicode/unistr.h>

#include <cstdint>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/text.h"
#include "fuzz_input.h"
#include "ingest/csv_reader.h"
#include "ingest/text_encoding.h"

namespace {

std::string ReadAll(const std::string& path) {
  std::string out;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) std::abort();
  char buffer[1 << 14];
  for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) out.append(buffer, n);
  std::fclose(f);
  return out;
}

// The line breaks of text: CR and LF counted apart.
std::pair<size_t, size_t> Breaks(const std::u16string& text) {
  std::pair<size_t, size_t> n{0, 0};
  for (const char16_t c : text) {
    if (c == u'\r') ++n.first;
    if (c == u'\n') ++n.second;
  }
  return n;
}

std::u16string Utf16Units(const uint8_t* data, size_t size, bool big_endian) {
  std::u16string out;
  for (size_t i = 0; i + 1 < size; i += 2)
    out += static_cast<char16_t>(big_endian ? (data[i] << 8 | data[i + 1]) : (data[i + 1] << 8 | data[i]));
  return out;
}

std::u16string Utf16Of(const std::string& utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  return std::u16string(reinterpret_cast<const char16_t*>(text.getBuffer()), static_cast<size_t>(text.length()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static baocao::fuzz::MemoryFile file;
  file.Write(data, size);
  const std::string input(reinterpret_cast<const char*>(data), size);

  try {
    const baocao::Utf8Text text(file.path(), "f");
    if (text.encoding() == baocao::TextEncoding::kUtf8) {
      if (text.path() != file.path() || !text.note().empty()) std::abort();
    } else {
      if (text.path() == file.path() || text.note().empty()) std::abort();
      const std::string converted = ReadAll(text.path());
      if (!baocao::IsValidUtf8(converted)) std::abort();
      // The same line breaks as the original, which decides every row a message names.
      std::u16string original;
      if (text.encoding() == baocao::TextEncoding::kWindows1258) {
        for (const uint8_t b : input) original += static_cast<char16_t>(b < 0x80 ? b : 0x80);
        if (baocao::Nfc(converted) != converted) std::abort();
      } else {
        original = Utf16Units(data, size, text.encoding() == baocao::TextEncoding::kUtf16Be);
      }
      if (Breaks(original) != Breaks(Utf16Of(converted))) std::abort();
    }
    baocao::CsvReader csv(text.path(), {}, "f");
    std::vector<std::string> fields;
    try {
      while (csv.Next(fields)) {
      }
    } catch (const baocao::InputError& e) {
      if (e.row() < 1) std::abort();
    }
  } catch (const baocao::InputError& e) {
    if (e.file() != "f" || e.row() < 0 || e.column() < 0 || (e.row() == 0 && e.column() != 0)) std::abort();
    if (e.why().empty() || !baocao::IsValidUtf8(e.why()) || e.why().find('\n') != std::string::npos) std::abort();
  } catch (const std::exception&) {
    std::abort();  // anything else escaping is a bug
  }
  return 0;
}
