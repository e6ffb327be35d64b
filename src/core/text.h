// Text helpers for Vietnamese input: Unicode normalization and accent folding (ICU).
//
// Exports name the same column `ma_ho_so`, `Mã hồ sơ` or `MÃ HỒ SƠ` (in NFC or NFD), and the same
// value `truc_tuyen` or `Trực tuyến`. FoldKey maps all of them to one ASCII key.
#pragma once

#include <string>
#include <string_view>

namespace baocao {

// NFC-normalizes UTF-8 text. Invalid UTF-8 is returned unchanged (check with IsValidUtf8 first).
std::string Nfc(std::string_view text);

// Lower-case ASCII key: NFC, accents removed, đ→d, every run of other characters → '_', trimmed.
// "Mã hồ sơ" → "ma_ho_so"; "Trả lại/không đủ điều kiện" → "tra_lai_khong_du_dieu_kien";
// "MaHoSo" → "mahoso".
std::string FoldKey(std::string_view text);

bool IsValidUtf8(std::string_view text);

// Removes spaces, tabs and no-break spaces at both ends.
std::string_view Trim(std::string_view text);

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

}  // namespace baocao
