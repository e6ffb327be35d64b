#include "core/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <string>

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

std::string_view Trim(std::string_view text) {
  auto is_space_at_front = [&](std::string_view s) -> size_t {
    if (s.empty()) return 0;
    if (s.front() == ' ' || s.front() == '\t') return 1;
    if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC2 &&
        static_cast<unsigned char>(s[1]) == 0xA0)
      return 2;
    return 0;
  };
  auto is_space_at_back = [&](std::string_view s) -> size_t {
    if (s.empty()) return 0;
    if (s.back() == ' ' || s.back() == '\t') return 1;
    if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
        static_cast<unsigned char>(s.back()) == 0xA0)
      return 2;
    return 0;
  };
  while (size_t n = is_space_at_front(text)) text.remove_prefix(n);
  while (size_t n = is_space_at_back(text)) text.remove_suffix(n);
  return text;
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

std::string OneLine(std::string_view text) {
  for (const char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return Escaped(text);
  return std::string(text);
}

}  // namespace baocao
