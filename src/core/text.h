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

}  // namespace baocao
