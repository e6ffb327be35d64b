// Text helpers for Vietnamese input: Unicode normalization and accent folding (ICU).
//
// Exports name the same column `ma_ho_so`, `Mã hồ sơ` or `MÃ HỒ SƠ` (in NFC or NFD), and the same
// value `truc_tuyen` or `Trực tuyến`. FoldKey maps all of them to one ASCII key.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace baocao {

// NFC-normalizes UTF-8 text. Invalid UTF-8 is returned unchanged (check with IsValidUtf8 first).
std::string Nfc(std::string_view text);

// Lower-case ASCII key: NFC, accents removed, đ→d, every run of other characters → '_', trimmed.
// "Mã hồ sơ" → "ma_ho_so"; "Trả lại/không đủ điều kiện" → "tra_lai_khong_du_dieu_kien";
// "MaHoSo" → "mahoso".
std::string FoldKey(std::string_view text);

bool IsValidUtf8(std::string_view text);

// Removes every Unicode white space at both ends: spaces, tabs, line breaks, no-break, thin and
// ideographic spaces (the White_Space property). Stops at invalid UTF-8.
std::string_view Trim(std::string_view text);

// Every byte is a printable ASCII character (0x20-0x7E): such a text is valid UTF-8 and NFC, and
// has no hidden character and no space other than ' '.
bool IsPrintableAscii(std::string_view text);

// Replaces every space separator inside valid UTF-8 text (Unicode Zs: no-break, thin, ideographic
// spaces, …) with an ASCII space, so that a code typed with a no-break space is the same code.
std::string AsciiSpaces(std::string_view text);

// A control or format character (Unicode Cc, Cf: NUL, TAB, line breaks, U+200B zero-width space,
// U+FEFF, soft hyphen, bidirectional marks, …): invisible, yet it makes two equal-looking codes differ.
struct HiddenCharacter {
  char32_t code_point = 0;
  size_t position = 0;  // 1-based, in characters
};
// The first hidden character of valid UTF-8 text, if any.
std::optional<HiddenCharacter> FindHiddenCharacter(std::string_view text);

// The text with every hidden character removed: for quoting a bad value in a message.
std::string WithoutHiddenCharacters(std::string_view text);

// "U+200B", "U+0000".
std::string CodePointName(char32_t c);

// Signs that a Vietnamese name went through the wrong character set before it reached us.
enum class Garbling {
  kReplacementCharacter,  // U+FFFD: a decoder gave up on a letter ("H�a Bình")
  kQuestionMarks,         // '?' next to a letter, or "??": letters a legacy code page could not hold ("H?a B?nh")
  kDoubleEncodedUtf8,     // UTF-8 read as Windows-1252 and saved again ("HÃ²a BÃ¬nh" for "Hòa Bình")
  kLegacyFont,            // VNI or TCVN3 font text saved as Unicode: "Hoøa", "tænh", "B×nh"
};
struct GarbledText {
  Garbling kind;
  std::string word;   // the first word that shows it, as written
  std::string meant;  // kDoubleEncodedUtf8: that word decoded back ("tỉnh"); else empty
  std::string sign;   // the character(s) that give it away ("Ã²", "?", "æ", "�")
};
// Finds the first sign of garbling in valid NFC text. Genuine Vietnamese (any letter of the alphabet
// with any tone, curly quotes, guillemets, dashes) never matches.
std::optional<GarbledText> FindGarbling(std::string_view text);

// Pads UTF-8 text with spaces to `width` characters (code points), for aligned terminal columns;
// text as wide or wider gets one space, so columns never run together.
std::string PadRight(std::string_view text, size_t width);

// Text from outside (a file name, a value read from a file) made safe to print on one line: control
// characters (C0, DEL, C1), line and paragraph separators, bidirectional overrides and bytes that
// are not UTF-8 are written as escapes (\n, \r, \t, \xNN, \u{202E}), and a backslash as \\, so
// that a name can never forge a line of a receipt, a log or a summary. Printable text, Vietnamese
// included, is kept as it is.
std::string Escaped(std::string_view text);

// text as one line: Escaped(text) when it holds a character below U+0020 or DEL (a line break would
// forge a line), else text unchanged (so that a message whose quoted values are escaped already is
// not escaped twice).
std::string OneLine(std::string_view text);

// Escaped(text) cut to at most max_chars characters, with "…" when something was cut: the short
// excerpt of an input that a message may quote.
std::string Excerpt(std::string_view text, size_t max_chars);

// How a message quotes a value read from a file: "…" around Excerpt(text, kQuotedChars), so that a
// receipt never echoes more than a short, escaped excerpt of a file's content.
inline constexpr size_t kQuotedChars = 60;
std::string Quoted(std::string_view text);

// A worksheet column's letters for a 0-based column: 0 → "A", 25 → "Z", 26 → "AA", 255 → "IV".
std::string ColumnLetters(int col);

// Appends the UTF-8 bytes of code point c (at most U+10FFFF) to out.
void AppendUtf8(std::string& out, char32_t c);

// The value of a hexadecimal digit (0-9, a-f, A-F), or -1 for any other character.
int HexDigitValue(char c);

// Hash maps and sets keyed by std::string that a std::string_view looks up without a copy (the
// scans of millions of rows look their codes up from views into the engine's row).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace baocao
