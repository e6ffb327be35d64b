// The encoding of a submitted text export, told from its bytes, and the export as UTF-8 for
// CsvReader.
//
// Accepted:
//  - UTF-8, with or without a byte-order mark: read as it is. A file that is UTF-8 but for a few
//    damaged bytes (more valid multi-byte characters than invalid bytes) is UTF-8 too: its damaged
//    fields are refused one by one, as always.
//  - UTF-16LE and UTF-16BE (Excel's "Unicode Text", tab-separated), told by the byte-order mark, or
//    without one when the NUL bytes (an eighth of the file or more) fall at even offsets only (BE)
//    or odd ones only (LE).
//  - Windows-1258 (Excel's "CSV (Comma delimited)" on a Vietnamese Windows: letters precomposed or
//    followed by a tone-mark byte) when the words it decodes to are Vietnamese — syllables or
//    abbreviations with a đ (core/vietnamese_syllable.h), at most one other word to ten —, no byte it
//    leaves undefined occurs, and no other code page (Windows-1252, TCVN3, VNI) reads the file as
//    Vietnamese just as well but differently; or when every byte above 0x7F is one that all these
//    code pages read alike (a no-break space, curly quotes). Converted and normalized to NFC.
// Rejected whole, with InputError(name, row, column, why) at the first byte that is not UTF-8 (the
// line on which its record begins, and its field: delimiters counted outside quotes on the raw
// bytes, as CsvReader counts them), naming the byte and saying what to do:
//  - TCVN3 (ABC) text: capital letters with tones share their bytes with the small ones, so no
//    conversion can be exact;
//  - VNI Windows text: not converted either (a VNI font's text must be converted where it was typed);
//  - Vietnamese in Windows-1252 (a Windows not set to Vietnamese: the letters it lacks are lost);
//  - anything else (Latin-1 "Café", mixed or undecodable bytes).
// Also rejected: UTF-32, UTF-16 whose byte order cannot be told, an odd byte count or an unpaired
// surrogate in UTF-16 (at that row and column).
//
// The file is read in fixed chunks (memory stays flat): once to decide, once more to convert into a
// private temporary file (unlinked, gone with this object) that keeps the original's line breaks, so
// that every row and column a message names is the officer's.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

namespace baocao {

enum class TextEncoding { kUtf8, kUtf16Le, kUtf16Be, kWindows1258 };

class Utf8Text {
 public:
  // Reads the file at path; name names it in messages. Throws InputError(name, row, column, why),
  // why in Vietnamese, when it cannot be read or is rejected (see above).
  Utf8Text(const std::string& path, const std::string& name);
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;

  TextEncoding encoding() const { return encoding_; }
  // The UTF-8 text to read: path itself for UTF-8, else the converted copy (valid while this lives).
  const std::string& path() const { return path_; }
  // What the receipt says about the conversion ("tệp mã hóa Windows-1258, đã chuyển sang UTF-8");
  // empty for UTF-8.
  const std::string& note() const { return note_; }

 private:
  struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };

  TextEncoding encoding_ = TextEncoding::kUtf8;
  std::unique_ptr<std::FILE, FileCloser> converted_;
  std::string path_;
  std::string note_;
};

}  // namespace baocao
