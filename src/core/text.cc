#include "core/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace baocao {
namespace {

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Maps ASCII text to a key: letters lower-cased, digits kept, other runs -> one '_', trimmed.
std::string AsciiKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_sep = false;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_sep && !out.empty()) out += '_';
      pending_sep = false;
      out += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      if (pending_sep && !out.empty()) out += '_';
      pending_sep = false;
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      pending_sep = true;
    }
  }
  return out;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string Nfc(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const icu::UnicodeString out = nfc->normalize(in, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string FoldKey(std::string_view text) {
  if (IsAscii(text)) return AsciiKey(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return AsciiKey(text);
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const icu::UnicodeString decomposed = nfd->normalize(in, status);
  if (U_FAILURE(status)) return AsciiKey(text);
  std::string ascii;
  ascii.reserve(text.size());
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK) continue;
    if (c == 0x0111 || c == 0x0110) {  // đ Đ
      ascii += 'd';
    } else if (c < 0x80) {
      ascii += static_cast<char>(c);
    } else {
      ascii += ' ';  // any other non-ASCII character separates words
    }
  }
  return AsciiKey(ascii);
}

namespace {

// u_isUWhiteSpace for an ASCII byte: tab, line feed, vertical tab, form feed, carriage return, space.
bool IsAsciiWhiteSpace(uint8_t c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

}  // namespace

// An ASCII byte at either end is looked at without decoding (the common case: it is not a space and
// Trim stops there); anything else through ICU.
std::string_view Trim(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t begin = 0;
  int32_t end = static_cast<int32_t>(text.size());
  while (begin < end) {
    if (s[begin] < 0x80) {
      if (!IsAsciiWhiteSpace(s[begin])) break;
      ++begin;
      continue;
    }
    int32_t next = begin;
    UChar32 c;
    U8_NEXT(s, next, end, c);
    if (c < 0 || !u_isUWhiteSpace(c)) break;
    begin = next;
  }
  while (end > begin) {
    if (s[end - 1] < 0x80) {
      if (!IsAsciiWhiteSpace(s[end - 1])) break;
      --end;
      continue;
    }
    int32_t previous = end;
    UChar32 c;
    U8_PREV(s, begin, previous, c);
    if (c < 0 || !u_isUWhiteSpace(c)) break;
    end = previous;
  }
  return text.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
}

bool IsPrintableAscii(std::string_view text) {
  bool printable = true;  // no early return: the loop is vectorized
  for (const char c : text) printable &= static_cast<unsigned char>(c - 0x20) < 0x5F;
  return printable;
}

namespace {

// text rewritten code point by code point: `replace(c)` gives nullptr to keep the code point as
// written, or what to write instead ("" drops it). An invalid byte is kept (c < 0).
template <typename Replace>
std::string MapCodePoints(std::string_view text, Replace replace) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  std::string out;
  out.reserve(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (const char* instead = c < 0 ? nullptr : replace(c)) {
      out += instead;
    } else {
      out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

}  // namespace

std::string AsciiSpaces(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  return MapCodePoints(text, [](UChar32 c) -> const char* {
    return c != ' ' && u_charType(c) == U_SPACE_SEPARATOR ? " " : nullptr;
  });
}

std::optional<HiddenCharacter> FindHiddenCharacter(std::string_view text) {
  if (IsAscii(text)) {  // the common case, without decoding: C0 controls and DEL
    for (size_t i = 0; i < text.size(); ++i)
      if (static_cast<unsigned char>(text[i]) < 0x20 || text[i] == 0x7F)
        return HiddenCharacter{static_cast<char32_t>(text[i]), i + 1};
    return std::nullopt;
  }
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  size_t position = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    ++position;
    if (c < 0) return std::nullopt;  // invalid UTF-8 is reported apart
    const int8_t type = u_charType(c);
    if (type == U_CONTROL_CHAR || type == U_FORMAT_CHAR)
      return HiddenCharacter{static_cast<char32_t>(c), position};
  }
  return std::nullopt;
}

std::string WithoutHiddenCharacters(std::string_view text) {
  return MapCodePoints(text, [](UChar32 c) -> const char* {
    const int8_t type = u_charType(c);
    return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR ? "" : nullptr;
  });
}

std::string CodePointName(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

namespace {

struct CodePoint {
  UChar32 c;
  size_t offset;  // of its first byte
  size_t size;    // in bytes
};

std::vector<CodePoint> Decode(std::string_view text) {
  std::vector<CodePoint> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    out.push_back({c, static_cast<size_t>(start), static_cast<size_t>(i - start)});
  }
  return out;
}

// The byte a Windows-1252 (or Latin-1) decoder turned into c; -1 when none did.
int Cp1252Byte(UChar32 c) {
  if (c >= 0 && c <= 0xFF) return c;
  static constexpr std::pair<UChar32, int> kSpecials[] = {
      {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
      {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
      {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
      {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
      {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
  for (const auto& [code_point, byte] : kSpecials)
    if (code_point == c) return byte;
  return -1;
}

// A letter of the Vietnamese alphabet (any case, any tone), or a combining tone mark.
bool IsVietnameseLetter(UChar32 c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  static constexpr std::u32string_view kLatin1 = U"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
  static constexpr std::u32string_view kExtended = U"ĂăĐđĨĩŨũƠơƯư";
  static constexpr std::u32string_view kMarks = U"\u0300\u0301\u0303\u0309\u0323";
  const auto u = static_cast<char32_t>(c);
  return kLatin1.find(u) != std::u32string_view::npos || kExtended.find(u) != std::u32string_view::npos ||
         kMarks.find(u) != std::u32string_view::npos || (c >= 0x1EA0 && c <= 0x1EF9);
}

// Punctuation that genuinely follows a letter: curly quotes, bullet, dashes, ellipsis, no-break space.
bool IsTypographic(UChar32 c) {
  static constexpr std::u32string_view kTypographic = U"\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u2026\u00A0";
  return kTypographic.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// Latin letters that Vietnamese never uses but VNI and TCVN3 fonts show for its tones and letters.
bool IsLegacyFontLetter(UChar32 c) {
  static constexpr std::u32string_view kLetters = U"ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüÿ";
  return kLetters.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// Latin-1 symbols that TCVN3 fonts show for letters ("B×nh").
bool IsLegacyFontSymbol(UChar32 c) { return (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7; }

// Decodes the UTF-8 that a double-encoded sequence starting at cps[i] stood for: its code point and the
// number of characters it took; 0 when cps[i] does not start one.
std::pair<UChar32, size_t> DoubleEncodedAt(const std::vector<CodePoint>& cps, size_t i) {
  const int lead = Cp1252Byte(cps[i].c);
  if (lead < 0xC2 || lead > 0xF4) return {0, 0};
  const size_t n = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
  if (i + n >= cps.size()) return {0, 0};
  uint8_t bytes[4] = {static_cast<uint8_t>(lead), 0, 0, 0};
  for (size_t k = 1; k <= n; ++k) {
    const int b = Cp1252Byte(cps[i + k].c);
    if (b < 0x80 || b > 0xBF) return {0, 0};
    bytes[k] = static_cast<uint8_t>(b);
  }
  int32_t at = 0;
  UChar32 c;
  U8_NEXT(bytes, at, static_cast<int32_t>(n + 1), c);
  if (c < 0 || at != static_cast<int32_t>(n + 1)) return {0, 0};
  return {c, n + 1};
}

// The word (run of characters between white space) around cps[i], as written.
std::string WordAround(std::string_view text, const std::vector<CodePoint>& cps, size_t i) {
  size_t first = i;
  while (first > 0 && !u_isUWhiteSpace(cps[first - 1].c)) --first;
  size_t last = i;
  while (last + 1 < cps.size() && !u_isUWhiteSpace(cps[last + 1].c)) ++last;
  return std::string(text.substr(cps[first].offset, cps[last].offset + cps[last].size - cps[first].offset));
}

// The text a double-encoded word stood for, or empty when it does not decode whole.
std::string DecodeTwice(std::string_view word) {
  std::string bytes;
  for (const CodePoint& cp : Decode(word)) {
    const int b = Cp1252Byte(cp.c);
    if (b < 0) return {};
    bytes += static_cast<char>(b);
  }
  return IsValidUtf8(bytes) ? Nfc(bytes) : std::string();
}

std::string Slice(std::string_view text, const std::vector<CodePoint>& cps, size_t i, size_t n) {
  return std::string(text.substr(cps[i].offset, cps[i + n - 1].offset + cps[i + n - 1].size - cps[i].offset));
}

}  // namespace

std::optional<GarbledText> FindGarbling(std::string_view text) {
  const std::vector<CodePoint> cps = Decode(text);
  auto is_letter = [&](size_t i) { return i < cps.size() && u_isalpha(cps[i].c); };
  for (size_t i = 0; i < cps.size(); ++i) {
    const UChar32 c = cps[i].c;
    if (c < 0) return std::nullopt;  // invalid UTF-8 is reported apart
    if (c == 0xFFFD) return GarbledText{Garbling::kReplacementCharacter, WordAround(text, cps, i), "", "\uFFFD"};
    if (c == '?' && ((i > 0 && is_letter(i - 1)) || is_letter(i + 1) ||
                     (i + 1 < cps.size() && cps[i + 1].c == '?')))
      return GarbledText{Garbling::kQuestionMarks, WordAround(text, cps, i), "", "?"};
    if (const auto [meant, n] = DoubleEncodedAt(cps, i); n > 0 && IsVietnameseLetter(meant) &&
                                                        !(n == 2 && IsVietnameseLetter(c) && IsTypographic(cps[i + 1].c))) {
      const std::string word = WordAround(text, cps, i);
      std::string decoded = DecodeTwice(word);
      if (decoded.empty()) {
        icu::UnicodeString one(meant);
        one.toUTF8String(decoded);
      }
      return GarbledText{Garbling::kDoubleEncodedUtf8, word, decoded, Slice(text, cps, i, n)};
    }
    if (IsLegacyFontLetter(c) || (IsLegacyFontSymbol(c) && i > 0 && is_letter(i - 1) && is_letter(i + 1)))
      return GarbledText{Garbling::kLegacyFont, WordAround(text, cps, i), "", Slice(text, cps, i, 1)};
  }
  return std::nullopt;
}

std::string PadRight(std::string_view text, size_t width) {
  size_t chars = 0;
  for (const char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  std::string out(text);
  out.append(chars >= width ? 1 : width - chars, ' ');
  return out;
}

namespace {

// Code points printed as \u{…}: C1 controls, line/paragraph separators, bidi embeddings, overrides
// and isolates, zero-width no-break space (a BOM in the middle of text).
bool IsInvisibleControl(UChar32 c) {
  return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0xFEFF;
}

std::string HexByte(unsigned char b) {
  static const char* kDigits = "0123456789ABCDEF";
  return std::string("\\x") + kDigits[b >> 4] + kDigits[b & 0xF];
}

// Appends the escaped form of the character at text[i] and moves i past it.
void AppendEscaped(std::string_view text, size_t& i, std::string& out) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    ++i;
    if (b == '\n') out += "\\n";
    else if (b == '\r') out += "\\r";
    else if (b == '\t') out += "\\t";
    else if (b == '\\') out += "\\\\";
    else if (b < 0x20 || b == 0x7F) out += HexByte(b);
    else out += static_cast<char>(b);
    return;
  }
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto next = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s, next, length, c);
  if (c < 0) {  // not UTF-8: one byte at a time
    out += HexByte(b);
    ++i;
    return;
  }
  if (IsInvisibleControl(c)) {
    char code[16];
    std::snprintf(code, sizeof code, "\\u{%04X}", static_cast<unsigned>(c));
    out += code;
  } else {
    out.append(text.substr(i, static_cast<size_t>(next) - i));
  }
  i = static_cast<size_t>(next);
}

}  // namespace

std::string Escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) AppendEscaped(text, i, out);
  return out;
}

std::string Excerpt(std::string_view text, size_t max_chars) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++chars) {
    if (chars == max_chars) return out + "…";
    AppendEscaped(text, i, out);
  }
  return out;
}

std::string Quoted(std::string_view text) { return "\"" + Excerpt(text, kQuotedChars) + "\""; }

std::string OneLine(std::string_view text) {
  for (const char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return Escaped(text);
  return std::string(text);
}

std::string ColumnLetters(int col) {
  std::string letters;
  for (int n = col + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | c >> 6);
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | c >> 12);
    out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | c >> 18);
    out += static_cast<char>(0x80 | (c >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace baocao
