#include "ingest/text_encoding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/errors.h"
#include "core/system_error_text.h"
#include "core/vietnamese_syllable.h"
#include "ingest/csv_reader.h"

namespace baocao {
namespace {

constexpr size_t kChunk = 1 << 16;

const std::string kSaveAsUtf8 =
    "hãy mở tệp bằng Excel, chọn Lưu thành (Save As) với kiểu \"CSV UTF-8 (Comma delimited)\" rồi nộp lại";

std::string ByteName(unsigned char b) {
  static const char* kDigits = "0123456789ABCDEF";
  return std::string("0x") + kDigits[b >> 4] + kDigits[b & 0xF];
}

std::string UnitName(uint32_t unit) {
  static const char* kDigits = "0123456789ABCDEF";
  std::string out = "0x";
  for (int shift = 12; shift >= 0; shift -= 4) out += kDigits[(unit >> shift) & 0xF];
  return out;
}

// ------------------------------------------------------------------------------------------------
// Reading

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// A file read in fixed chunks, from its start as often as needed.
class ByteReader {
 public:
  ByteReader(const std::string& path, const std::string& name) : name_(name), buffer_(kChunk) {
    file_.reset(std::fopen(path.c_str(), "rb"));
    if (!file_) throw InputError(name_, 0, 0, "không mở được tệp: " + SystemErrorText(errno));
  }

  // The next chunk; empty at the end of the file.
  std::string_view Next() {
    const size_t n = std::fread(buffer_.data(), 1, buffer_.size(), file_.get());
    if (n == 0 && std::ferror(file_.get()))
      throw InputError(name_, 0, 0, "lỗi khi đọc tệp: " + SystemErrorText(errno));
    return {buffer_.data(), n};
  }

  // Up to n bytes of the file's start (and back to the start).
  std::string Start(size_t n) {
    Rewind();
    std::string out(n, '\0');
    out.resize(std::fread(out.data(), 1, n, file_.get()));
    Rewind();
    return out;
  }

  void Rewind() { std::rewind(file_.get()); }

 private:
  std::string name_;
  File file_;
  std::vector<char> buffer_;
};

// The converted text, written in chunks to the private temporary file.
class Utf8Writer {
 public:
  Utf8Writer(std::FILE* file, const std::string& name) : file_(file), name_(name) { buffer_.reserve(kChunk); }

  void Append(std::string_view text) {
    buffer_ += text;
    if (buffer_.size() >= kChunk) Flush();
  }

  void Flush() {
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) Fail();
    buffer_.clear();
    if (std::fflush(file_) != 0) Fail();
  }

 private:
  [[noreturn]] void Fail() const {
    throw InputError(name_, 0, 0,
                     "không ghi được tệp tạm để chuyển bảng mã: " + SystemErrorText(errno) +
                         "; hãy báo quản trị hệ thống, hoặc nộp tệp lưu theo \"CSV UTF-8 (Comma delimited)\"");
  }

  std::FILE* file_;
  const std::string& name_;
  std::string buffer_;
};

// ------------------------------------------------------------------------------------------------
// Where a byte or character falls, as CsvReader will report it

// The line on which the record of a character begins and its field (1-based), counting `delimiter`
// outside quotes: CsvReader::Next's reading of quotes and line ends, one character at a time.
class CsvPosition {
 public:
  explicit CsvPosition(char32_t delimiter) : delimiter_(delimiter) {}

  int64_t row() const { return record_line_; }
  int64_t column() const { return field_ + 1; }

  void Add(char32_t c) {
    if (after_cr_) {
      after_cr_ = false;
      if (c == '\n') return;  // CRLF ends one line
    }
    if (quote_in_quotes_) {
      quote_in_quotes_ = false;
      if (c == '"') return;  // "" inside quotes: one quote
      quoted_ = false;       // the closing quote: c is read outside quotes
    }
    if (quoted_) {
      if (c == '"') {
        quote_in_quotes_ = true;
      } else if (c == '\r' || c == '\n') {
        ++line_;
        after_cr_ = c == '\r';
      }
      return;
    }
    if (c == delimiter_) {
      ++field_;
      has_text_ = was_quoted_ = false;
    } else if (c == '\r' || c == '\n') {
      ++line_;
      after_cr_ = c == '\r';
      record_line_ = line_;
      field_ = 0;
      has_text_ = was_quoted_ = false;
    } else if (c == '"' && !has_text_ && !was_quoted_) {
      quoted_ = was_quoted_ = true;
    } else {
      has_text_ = true;
    }
  }

 private:
  char32_t delimiter_;
  int64_t line_ = 1;
  int64_t record_line_ = 1;
  int64_t field_ = 0;
  bool quoted_ = false;
  bool was_quoted_ = false;
  bool has_text_ = false;
  bool after_cr_ = false;
  bool quote_in_quotes_ = false;
};

// A CsvPosition for each delimiter CsvReader may choose, and the vote on the header line that
// chooses it (which is only known once the header line has been read).
class FilePosition {
 public:
  struct Where {
    std::array<int64_t, 3> row{};
    std::array<int64_t, 3> column{};
  };

  void AddByte(unsigned char b) {
    vote_.Add(b);
    for (auto& p : by_delimiter_) p.Add(b);
  }

  // A decoded character: the vote counts it as the bytes of its UTF-8 form.
  void AddCodePoint(char32_t c) {
    if (c < 0x80) {
      vote_.Add(static_cast<unsigned char>(c));
    } else {
      for (int i = U8_LENGTH(static_cast<UChar32>(c)); i > 0; --i) vote_.Add(0x80);
    }
    for (auto& p : by_delimiter_) p.Add(c);
  }

  bool vote_done() const { return vote_.done(); }

  Where Now() const {
    Where w;
    for (size_t i = 0; i < by_delimiter_.size(); ++i) {
      w.row[i] = by_delimiter_[i].row();
      w.column[i] = by_delimiter_[i].column();
    }
    return w;
  }

  // An InputError at `where`, under the delimiter the header line gives.
  InputError ErrorAt(const Where& where, const std::string& name, const std::string& why) const {
    const char d = vote_.delimiter();
    const size_t i = d == ',' ? 0 : d == ';' ? 1 : 2;
    const auto clamp = [](int64_t n) { return static_cast<int>(std::min<int64_t>(n, INT_MAX)); };
    return InputError(name, clamp(where.row[i]), clamp(where.column[i]), why);
  }

 private:
  std::array<CsvPosition, 3> by_delimiter_{CsvPosition(','), CsvPosition(';'), CsvPosition('\t')};
  DelimiterVote vote_{CsvLimits{}.max_record_bytes};
};

// ------------------------------------------------------------------------------------------------
// Pass 1: the bytes as UTF-8, the NUL bytes, the first byte that is not UTF-8

struct ByteScan {
  uint64_t size = 0;
  uint64_t nul_even = 0;  // NUL bytes at even offsets (the high half of a UTF-16BE unit)
  uint64_t nul_odd = 0;   // at odd offsets (UTF-16LE)
  uint64_t utf8_characters = 0;  // valid multi-byte UTF-8 sequences
  uint64_t utf8_errors = 0;      // bytes that start no valid sequence
  struct Bad {
    unsigned char byte;
    FilePosition::Where where;
  };
  std::optional<Bad> first_error;
  FilePosition position;
};

// Whether the whole file is UTF-8 without a NUL byte, and its size: the common case, told without
// following positions (only an error needs one), ASCII eight bytes at a time.
bool IsCleanUtf8(ByteReader& in, uint64_t& size) {
  int need = 0;  // continuation bytes still expected
  unsigned char lo = 0x80, hi = 0xBF;
  size = 0;
  in.Rewind();
  for (std::string_view chunk = in.Next(); !chunk.empty(); chunk = in.Next()) {
    size += chunk.size();
    const char* p = chunk.data();
    const char* const end = p + chunk.size();
    while (p < end) {
      if (need == 0 && end - p >= 8) {
        uint64_t word;
        std::memcpy(&word, p, 8);
        // No byte with its high bit set, and none zero (the classic has-zero-byte test).
        if ((word & 0x8080808080808080ull) == 0 && ((word - 0x0101010101010101ull) & ~word & 0x8080808080808080ull) == 0) {
          p += 8;
          continue;
        }
      }
      const auto b = static_cast<unsigned char>(*p++);
      if (b == 0) return false;
      if (need > 0) {
        if (b < lo || b > hi) return false;
        lo = 0x80;
        hi = 0xBF;
        --need;
        continue;
      }
      if (b < 0x80) continue;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0) lo = 0xA0;
        if (b == 0xED) hi = 0x9F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0) lo = 0x90;
        if (b == 0xF4) hi = 0x8F;
      } else {
        return false;
      }
    }
  }
  return need == 0;
}

ByteScan ScanBytes(ByteReader& in) {
  ByteScan scan;
  if (IsCleanUtf8(in, scan.size)) return scan;  // no NUL, no error: nothing else is looked at
  scan.size = 0;
  int need = 0;  // continuation bytes still expected
  unsigned char lo = 0x80, hi = 0xBF, lead = 0;
  const auto error = [&](unsigned char byte) {
    ++scan.utf8_errors;
    if (!scan.first_error) scan.first_error = ByteScan::Bad{byte, scan.position.Now()};
  };
  in.Rewind();
  for (std::string_view chunk = in.Next(); !chunk.empty(); chunk = in.Next()) {
    for (const char ch : chunk) {
      const auto b = static_cast<unsigned char>(ch);
      if (b == 0) ++((scan.size & 1) ? scan.nul_odd : scan.nul_even);
      ++scan.size;
      // The continuation bytes of a sequence move no position: a broken sequence is reported at
      // the position of its lead byte, which is the position now.
      for (;;) {
        if (need > 0) {
          if (b >= lo && b <= hi) {
            lo = 0x80;
            hi = 0xBF;
            if (--need == 0) ++scan.utf8_characters;
            break;
          }
          error(lead);
          need = 0;
          lo = 0x80;
          hi = 0xBF;
          continue;  // b starts afresh
        }
        if (b < 0x80) break;
        lead = b;
        if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
          if (b == 0xE0) lo = 0xA0;  // no overlong form
          if (b == 0xED) hi = 0x9F;  // no surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
          if (b == 0xF0) lo = 0x90;
          if (b == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
        } else {
          error(b);
        }
        break;
      }
      scan.position.AddByte(b);
    }
  }
  if (need > 0) error(lead);  // cut off at the end
  return scan;
}

// ------------------------------------------------------------------------------------------------
// Pass 2 (only for a file that is not UTF-8): how its words read in each 8-bit code page

// What one byte stands for in an 8-bit code page: one character, or in VNI a letter's marks (a
// circumflex and a tone, say).
struct ByteMeaning {
  std::array<char32_t, 2> text{};
  uint8_t size = 0;
  bool in_word = false;    // letters or combining marks: part of a word
  bool undefined = false;  // a byte the code page leaves out

  bool operator==(const ByteMeaning& o) const { return text == o.text && size == o.size; }
};
using CodePage = std::array<ByteMeaning, 256>;

ByteMeaning Meaning(std::initializer_list<char32_t> text) {
  ByteMeaning m;
  m.in_word = true;
  for (const char32_t c : text) {
    m.text[m.size++] = c;
    const auto u = static_cast<UChar32>(c);
    m.in_word = m.in_word && (u_isalpha(u) || u_charType(u) == U_NON_SPACING_MARK);
  }
  return m;
}

// A Windows code page as ICU's converter has it; the bytes it maps to C1 controls are those
// Windows leaves undefined.
CodePage IcuCodePage(const char* name) {
  CodePage page;
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(name, &status), ucnv_close);
  for (int b = 0; b < 256; ++b) {
    if (b < 0x80) {
      page[b] = Meaning({static_cast<char32_t>(b)});
      continue;
    }
    UChar out[4];
    const char in = static_cast<char>(b);
    status = U_ZERO_ERROR;
    const int32_t n = converter ? ucnv_toUChars(converter.get(), out, 4, &in, 1, &status) : 0;
    if (!converter || U_FAILURE(status) || n != 1 || (out[0] >= 0x80 && out[0] <= 0x9F)) {
      page[b].undefined = true;
    } else {
      page[b] = Meaning({out[0]});
    }
  }
  return page;
}

// A letter of a legacy font that Vietnamese never uses: part of a word, and no Vietnamese word has it.
ByteMeaning Foreign() {
  ByteMeaning m = Meaning({0xFFFD});
  m.in_word = true;
  return m;
}

// Windows-1252's positions, which the legacy fonts take over: its letters above 0x7F are glyphs of
// the font that are no Vietnamese letter until a font's table says otherwise.
CodePage FontBase() {
  CodePage page = IcuCodePage("windows-1252");
  for (int b = 0x80; b < 256; ++b)
    if (page[b].in_word) page[b] = Foreign();
  return page;
}

// TCVN3 (TCVN 5712:1993 VN3, the ABC fonts .VnTime, .VnArial): the small letters with their tones
// and the 14 letters Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ, on Windows-1252's positions A1-FE (the positions
// VN3 leaves to the capitals with tones of VN1 hold no Vietnamese letter). Capitals with tones are
// written with the small letters' bytes in an upper-case font.
CodePage Tcvn3CodePage() {
  CodePage page = FontBase();
  static constexpr std::pair<unsigned char, char32_t> kLetters[] = {
      {0xA1, U'Ă'}, {0xA2, U'Â'}, {0xA3, U'Ê'}, {0xA4, U'Ô'}, {0xA5, U'Ơ'}, {0xA6, U'Ư'}, {0xA7, U'Đ'},
      {0xA8, U'ă'}, {0xA9, U'â'}, {0xAA, U'ê'}, {0xAB, U'ô'}, {0xAC, U'ơ'}, {0xAD, U'ư'}, {0xAE, U'đ'},
      {0xB0, 0x0300}, {0xB1, 0x0309}, {0xB2, 0x0303}, {0xB3, 0x0301}, {0xB4, 0x0323},
      {0xB5, U'à'}, {0xB6, U'ả'}, {0xB7, U'ã'}, {0xB8, U'á'}, {0xB9, U'ạ'}, {0xBB, U'ằ'}, {0xBC, U'ẳ'},
      {0xBD, U'ẵ'}, {0xBE, U'ắ'}, {0xC6, U'ặ'}, {0xC7, U'ầ'}, {0xC8, U'ẩ'}, {0xC9, U'ẫ'}, {0xCA, U'ấ'},
      {0xCB, U'ậ'}, {0xCC, U'è'}, {0xCE, U'ẻ'}, {0xCF, U'ẽ'}, {0xD0, U'é'}, {0xD1, U'ẹ'}, {0xD2, U'ề'},
      {0xD3, U'ể'}, {0xD4, U'ễ'}, {0xD5, U'ế'}, {0xD6, U'ệ'}, {0xD7, U'ì'}, {0xD8, U'ỉ'}, {0xDC, U'ĩ'},
      {0xDD, U'í'}, {0xDE, U'ị'}, {0xDF, U'ò'}, {0xE1, U'ỏ'}, {0xE2, U'õ'}, {0xE3, U'ó'}, {0xE4, U'ọ'},
      {0xE5, U'ồ'}, {0xE6, U'ổ'}, {0xE7, U'ỗ'}, {0xE8, U'ố'}, {0xE9, U'ộ'}, {0xEA, U'ờ'}, {0xEB, U'ở'},
      {0xEC, U'ỡ'}, {0xED, U'ớ'}, {0xEE, U'ợ'}, {0xEF, U'ù'}, {0xF1, U'ủ'}, {0xF2, U'ũ'}, {0xF3, U'ú'},
      {0xF4, U'ụ'}, {0xF5, U'ừ'}, {0xF6, U'ử'}, {0xF7, U'ữ'}, {0xF8, U'ứ'}, {0xF9, U'ự'}, {0xFA, U'ỳ'},
      {0xFB, U'ỷ'}, {0xFC, U'ỹ'}, {0xFD, U'ý'}, {0xFE, U'ỵ'}};
  for (const auto& [byte, letter] : kLetters) page[byte] = Meaning({letter});
  return page;
}

// VNI Windows (the VNI-Times fonts): a letter's base is its ASCII letter, followed by one byte for
// its marks (ù acute, ø grave, û hook, õ tilde, ï dot below, â circumflex, ê breve, and á à å ã ä /
// é è ú ü ë for a circumflex / breve with a tone; upper case for capitals); đ ơ ư ĩ ỉ ị ì í ỵ are
// single bytes. Windows-1252's positions.
CodePage VniCodePage() {
  CodePage page = FontBase();
  static constexpr std::pair<unsigned char, char32_t> kLetters[] = {
      {0xD1, U'Đ'}, {0xF1, U'đ'}, {0xD4, U'Ơ'}, {0xF4, U'ơ'}, {0xD6, U'Ư'}, {0xF6, U'ư'},
      {0xCD, U'Í'}, {0xED, U'í'}, {0xCC, U'Ì'}, {0xEC, U'ì'}, {0xC6, U'Ỉ'}, {0xE6, U'ỉ'},
      {0xD3, U'Ĩ'}, {0xF3, U'ĩ'}, {0xD2, U'Ị'}, {0xF2, U'ị'}, {0xCE, U'Ỵ'}, {0xEE, U'ỵ'}};
  for (const auto& [byte, letter] : kLetters) page[byte] = Meaning({letter});
  constexpr char32_t kAcute = 0x0301, kGrave = 0x0300, kHook = 0x0309, kTilde = 0x0303, kDot = 0x0323;
  constexpr char32_t kHat = 0x0302, kBreve = 0x0306;
  static constexpr std::tuple<unsigned char, char32_t, char32_t> kMarks[] = {
      {0xD9, kAcute, 0}, {0xD8, kGrave, 0}, {0xDB, kHook, 0}, {0xD5, kTilde, 0}, {0xCF, kDot, 0},
      {0xC2, kHat, 0},   {0xC1, kHat, kAcute}, {0xC0, kHat, kGrave}, {0xC5, kHat, kHook},
      {0xC3, kHat, kTilde}, {0xC4, kHat, kDot}, {0xCA, kBreve, 0}, {0xC9, kBreve, kAcute},
      {0xC8, kBreve, kGrave}, {0xDA, kBreve, kHook}, {0xDC, kBreve, kTilde}, {0xCB, kBreve, kDot}};
  for (const auto& [upper, first, second] : kMarks) {
    const ByteMeaning m = second == 0 ? Meaning({first}) : Meaning({first, second});
    page[upper] = m;
    page[upper + 0x20] = m;  // the small letters' marks
  }
  return page;
}

enum Candidate { kCp1258, kCp1252, kTcvn3, kVni, kCandidates };

const std::array<CodePage, kCandidates>& CodePages() {
  static const std::array<CodePage, kCandidates> pages = {IcuCodePage("windows-1258"), IcuCodePage("windows-1252"),
                                                          Tcvn3CodePage(), VniCodePage()};
  return pages;
}

// The words of the file as one code page reads them, Vietnamese or not (core/vietnamese_syllable.h);
// only words with a byte above 0x7F count (the others read the same in every code page).
class WordTally {
 public:
  explicit WordTally(const CodePage& page) : page_(&page) {}

  void Add(unsigned char b) {
    const ByteMeaning& m = (*page_)[b];
    if (m.undefined) undefined_ = true;
    if (!m.in_word) {
      EndWord();
      return;
    }
    if (b >= 0x80) non_ascii_ = true;
    for (size_t i = 0; i < m.size; ++i) {
      if (word_.size() < kMaxWord) word_ += m.text[i];
      else too_long_ = true;
    }
  }

  void EndWord() {
    if (non_ascii_) {
      const WordShape shape = too_long_ ? WordShape::kOther : Classify();
      if (shape == WordShape::kOther) ++others_;
      else ++vietnamese_;  // a syllable, or an abbreviation with a đ ("QĐ-UBND", "HĐND")
    }
    word_.clear();
    non_ascii_ = too_long_ = false;
  }

  // Reads as Vietnamese: some Vietnamese words, and other words at most one to `one_in` of them.
  bool Vietnamese(uint64_t one_in) const { return vietnamese_ > 0 && others_ * one_in <= vietnamese_; }
  bool undefined() const { return undefined_; }
  double share() const {
    return words() == 0 ? 0.0 : static_cast<double>(vietnamese_) / static_cast<double>(words());
  }
  uint64_t words() const { return vietnamese_ + others_; }

 private:
  // A file repeats its words: the shapes of the first few thousand distinct ones are remembered.
  WordShape Classify() {
    if (const auto it = known_.find(word_); it != known_.end()) return it->second;
    const WordShape shape = ClassifyVietnameseWord(word_);
    if (known_.size() < kMaxKnown) known_.emplace(word_, shape);
    return shape;
  }

  static constexpr size_t kMaxWord = 32;
  static constexpr size_t kMaxKnown = 4096;
  const CodePage* page_;
  std::unordered_map<std::u32string, WordShape> known_;
  std::u32string word_;
  bool non_ascii_ = false;
  bool too_long_ = false;
  bool undefined_ = false;
  uint64_t vietnamese_ = 0;
  uint64_t others_ = 0;
};

enum class Legacy { kWindows1258, kTcvn3, kVni, kWindows1252, kUnknown };

// Windows-1258 when every byte above 0x7F is one that all four code pages read alike (and Windows-1258
// defines), and its words, if any, are Vietnamese; or when its words are Vietnamese (syllables, or
// abbreviations with a đ; at most one other word to ten of them), no byte it leaves out occurs, and
// no other code page reads Vietnamese as well from bytes it reads differently. Else, of TCVN3 and VNI (whose words are Vietnamese, at
// most one other word to four) and Windows-1252 (as strictly as Windows-1258), the one that reads
// best; or nothing.
Legacy ScanWords(ByteReader& in) {
  const auto& pages = CodePages();
  std::array<WordTally, kCandidates> tallies{WordTally(pages[kCp1258]), WordTally(pages[kCp1252]),
                                             WordTally(pages[kTcvn3]), WordTally(pages[kVni])};
  std::bitset<256> seen;
  in.Rewind();
  for (std::string_view chunk = in.Next(); !chunk.empty(); chunk = in.Next()) {
    for (const char ch : chunk) {
      const auto b = static_cast<unsigned char>(ch);
      seen.set(b);
      for (auto& t : tallies) t.Add(b);
    }
  }
  for (auto& t : tallies) t.EndWord();

  const auto differs_from_1258 = [&](Candidate c) {
    for (int b = 0x80; b < 256; ++b)
      if (seen[b] && !(pages[c][b] == pages[kCp1258][b])) return true;
    return false;
  };
  // Bytes that every code page reads alike (a no-break space, dashes, curly quotes) are read right
  // whichever it is, though no word tells.
  const bool unanimous = !differs_from_1258(kCp1252) && !differs_from_1258(kTcvn3) && !differs_from_1258(kVni);
  const auto strict = [&](Candidate c) { return !tallies[c].undefined() && tallies[c].Vietnamese(10); };
  if (unanimous && !tallies[kCp1258].undefined() && (tallies[kCp1258].words() == 0 || tallies[kCp1258].share() == 1.0))
    return Legacy::kWindows1258;
  if (strict(kCp1258)) {
    for (const Candidate other : {kCp1252, kTcvn3, kVni})
      if (strict(other) && differs_from_1258(other)) return Legacy::kUnknown;
    return Legacy::kWindows1258;
  }
  // The others only name what the file seems to be: the one whose words read best as Vietnamese.
  std::optional<Candidate> best;
  for (const Candidate c : {kTcvn3, kVni, kCp1252}) {
    const bool vietnamese = c == kCp1252 ? strict(c) : tallies[c].Vietnamese(4);
    if (vietnamese && (!best || tallies[c].share() > tallies[*best].share())) best = c;
  }
  if (best == kTcvn3) return Legacy::kTcvn3;
  if (best == kVni) return Legacy::kVni;
  if (best == kCp1252) return Legacy::kWindows1252;
  return Legacy::kUnknown;
}

std::string LegacyProblem(Legacy legacy, unsigned char byte) {
  const std::string not_utf8 = "byte " + ByteName(byte) + " không phải UTF-8";
  const auto unikey = [](const std::string& source) {
    return "hãy chuyển tệp sang Unicode bằng Unikey (Công cụ chuyển mã, Ctrl+Shift+F6: nguồn \"" + source +
           "\", đích \"Unicode\"), rồi mở bằng Excel, chọn Lưu thành (Save As) với kiểu \"CSV UTF-8 (Comma "
           "delimited)\" và nộp lại";
  };
  switch (legacy) {
    case Legacy::kTcvn3:
      return not_utf8 +
             ": tệp mã hóa TCVN3 (ABC, phông .VnTime), không chuyển được chính xác vì chữ hoa có dấu dùng chung "
             "mã với chữ thường; " +
             unikey("TCVN3 (ABC)");
    case Legacy::kVni:
      return not_utf8 + ": tệp mã hóa VNI Windows (phông VNI-Times), không phải Unicode; " + unikey("VNI Windows");
    case Legacy::kWindows1252:
      return not_utf8 +
             ": tệp có vẻ được lưu theo bảng mã Windows-1252 (Latin-1, của máy Windows không đặt ngôn ngữ tiếng "
             "Việt), bảng mã này không ghi được đủ chữ tiếng Việt; " +
             kSaveAsUtf8;
    case Legacy::kWindows1258:
    case Legacy::kUnknown:
      break;
  }
  return not_utf8 +
         " và không nhận ra bảng mã của tệp (đọc theo Windows-1258, TCVN3 hay VNI đều không ra chữ tiếng Việt); " +
         kSaveAsUtf8;
}

// ------------------------------------------------------------------------------------------------
// Conversion into the temporary file

File TemporaryFile(const std::string& name) {
  File file(std::tmpfile());
  if (!file)
    throw InputError(name, 0, 0,
                     "không tạo được tệp tạm để chuyển bảng mã: " + SystemErrorText(errno) +
                         "; hãy báo quản trị hệ thống, hoặc nộp tệp lưu theo \"CSV UTF-8 (Comma delimited)\"");
  return file;
}

// Windows-1258 to UTF-8 in NFC: the text is normalized in pieces of at least 8 KiB, each cut where
// a character begins that composes with nothing before it (an ASCII one, in practice), so that a
// letter and its tone-mark byte are never split.
void ConvertWindows1258(ByteReader& in, Utf8Writer& out) {
  const CodePage& page = CodePages()[kCp1258];
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString pending;
  std::string utf8;
  const auto flush = [&] {
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = nfc ? nfc->normalize(pending, status) : pending;
    utf8.clear();
    (U_SUCCESS(status) ? normalized : pending).toUTF8String(utf8);
    out.Append(utf8);
    pending.remove();
  };
  in.Rewind();
  for (std::string_view chunk = in.Next(); !chunk.empty(); chunk = in.Next()) {
    for (const char ch : chunk) {
      const auto c = static_cast<UChar>(page[static_cast<unsigned char>(ch)].text[0]);
      if ((pending.length() >= 8192 && (!nfc || nfc->hasBoundaryBefore(c))) || pending.length() >= 65536) flush();
      pending.append(c);
    }
  }
  flush();
  out.Flush();
}

// UTF-16 to UTF-8, as it is. Throws InputError at the first unit that cannot be decoded: an
// unpaired surrogate, or half a unit at the end.
void ConvertUtf16(ByteReader& in, bool big_endian, bool skip_bom, Utf8Writer& out, const std::string& name) {
  FilePosition position;
  struct Failure {
    FilePosition::Where where;
    std::string why;
  };
  std::optional<Failure> error;  // the first; told once the header line has chosen the delimiter
  const auto fail = [&](const FilePosition::Where& where, const std::string& why) {
    if (!error) error = Failure{where, why};
  };
  const auto unpaired = [](uint32_t unit) {
    return "tệp UTF-16 có ký tự hỏng: nửa cặp thay thế (surrogate) " + UnitName(unit) +
           " đứng một mình; hãy xuất lại tệp từ Excel (kiểu \"CSV UTF-8 (Comma delimited)\" hoặc \"Unicode Text\")";
  };
  std::string utf8;
  const auto emit = [&](char32_t c) {
    position.AddCodePoint(c);
    if (error) return;  // only the header line's delimiters still count
    uint8_t bytes[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(bytes, n, static_cast<UChar32>(c));
    utf8.append(reinterpret_cast<const char*>(bytes), static_cast<size_t>(n));
    if (utf8.size() >= kChunk) {
      out.Append(utf8);
      utf8.clear();
    }
  };
  int half = -1;        // the first byte of a unit whose second is in the next chunk
  uint32_t high = 0;    // a high surrogate waiting for its low one
  FilePosition::Where high_where;
  bool first = true;
  in.Rewind();
  for (std::string_view chunk = in.Next(); !chunk.empty() && !(error && position.vote_done()); chunk = in.Next()) {
    for (const char ch : chunk) {
      const auto b = static_cast<unsigned char>(ch);
      if (half < 0) {
        half = b;
        continue;
      }
      const uint32_t unit = big_endian ? (static_cast<uint32_t>(half) << 8 | b) : (static_cast<uint32_t>(b) << 8 | half);
      half = -1;
      if (first) {
        first = false;
        if (skip_bom && unit == 0xFEFF) continue;
      }
      if (high != 0) {
        if (U16_IS_TRAIL(unit)) {
          emit(static_cast<char32_t>(U16_GET_SUPPLEMENTARY(high, unit)));
          high = 0;
          continue;
        }
        fail(high_where, unpaired(high));
        emit(0xFFFD);
        high = 0;
      }
      if (U16_IS_LEAD(unit)) {
        high = unit;
        high_where = position.Now();
      } else if (U16_IS_TRAIL(unit)) {
        fail(position.Now(), unpaired(unit));
        emit(0xFFFD);
      } else {
        emit(unit);
      }
    }
  }
  if (high != 0) fail(high_where, unpaired(high));
  if (half >= 0)
    fail(position.Now(),
         "tệp UTF-16 có số byte lẻ: ký tự cuối thiếu một byte (tệp bị cắt cụt?); hãy xuất lại tệp từ Excel (kiểu "
         "\"CSV UTF-8 (Comma delimited)\" hoặc \"Unicode Text\")");
  if (error) throw position.ErrorAt(error->where, name, error->why);
  out.Append(utf8);
  out.Flush();
}

}  // namespace

Utf8Text::Utf8Text(const std::string& path, const std::string& name) : path_(path) {
  ByteReader in(path, name);
  const std::string start = in.Start(4);
  const auto starts = [&](std::string_view prefix) { return start.compare(0, prefix.size(), prefix) == 0; };
  bool bom = false;
  if (starts("\xEF\xBB\xBF")) return;  // UTF-8, said by its byte-order mark: read as it is
  if (starts(std::string_view("\xFF\xFE\0\0", 4)) || starts(std::string_view("\0\0\xFE\xFF", 4)))
    throw InputError(name, 0, 0, "tệp mã hóa UTF-32, không được chấp nhận; " + kSaveAsUtf8);
  if (starts("\xFF\xFE")) {
    encoding_ = TextEncoding::kUtf16Le;
    bom = true;
  } else if (starts("\xFE\xFF")) {
    encoding_ = TextEncoding::kUtf16Be;
    bom = true;
  } else {
    const ByteScan scan = ScanBytes(in);
    if (scan.size >= 2 && (scan.nul_even + scan.nul_odd) * 8 >= scan.size) {  // UTF-16 without its mark
      if (scan.nul_odd > 0 && scan.nul_even * 16 <= scan.nul_odd) encoding_ = TextEncoding::kUtf16Le;
      else if (scan.nul_even > 0 && scan.nul_odd * 16 <= scan.nul_even) encoding_ = TextEncoding::kUtf16Be;
      else
        throw InputError(name, 0, 0,
                         "tệp có nhiều byte 0x00 như văn bản UTF-16 nhưng không có dấu BOM cho biết thứ tự byte "
                         "(UTF-16LE hay UTF-16BE); " + kSaveAsUtf8);
    } else if (!scan.first_error || scan.utf8_characters > scan.utf8_errors) {
      return;  // UTF-8 (damaged fields, if any, are refused one by one)
    } else {
      const Legacy legacy = ScanWords(in);
      if (legacy != Legacy::kWindows1258)
        throw scan.position.ErrorAt(scan.first_error->where, name, LegacyProblem(legacy, scan.first_error->byte));
      encoding_ = TextEncoding::kWindows1258;
    }
  }

  converted_.reset(TemporaryFile(name).release());
  Utf8Writer out(converted_.get(), name);
  if (encoding_ == TextEncoding::kWindows1258) {
    ConvertWindows1258(in, out);
    note_ = "tệp mã hóa Windows-1258, đã chuyển sang UTF-8";
  } else {
    const bool big_endian = encoding_ == TextEncoding::kUtf16Be;
    ConvertUtf16(in, big_endian, bom, out, name);
    note_ = std::string("tệp mã hóa ") + (big_endian ? "UTF-16BE" : "UTF-16LE") +
            (bom ? " (Unicode Text)" : " không có dấu BOM") + ", đã chuyển sang UTF-8";
  }
  path_ = "/proc/self/fd/" + std::to_string(fileno(converted_.get()));
}

}  // namespace baocao
