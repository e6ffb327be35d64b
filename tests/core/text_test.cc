#include <catch2/catch.hpp>

#include "core/text.h"

namespace baocao {

TEST_CASE("headers fold to one ASCII key whatever their form", "[text]") {
  CHECK(FoldKey("ma_ho_so") == "ma_ho_so");
  CHECK(FoldKey("Mã hồ sơ") == "ma_ho_so");
  CHECK(FoldKey("MÃ HỒ SƠ") == "ma_ho_so");
  // NFD: a + combining tilde, o + combining circumflex + combining grave ...
  CHECK(FoldKey("Ma\xCC\x83 ho\xCC\x82\xCC\x80 so\xCC\x9B") == "ma_ho_so");
  CHECK(FoldKey("Đơn vị") == "don_vi");
  CHECK(FoldKey("Trả lại/không đủ điều kiện") == "tra_lai_khong_du_dieu_kien");
  CHECK(FoldKey("  MaHoSo ") == "mahoso");
}

TEST_CASE("NFC composes decomposed Vietnamese", "[text]") {
  CHECK(Nfc("Ho\xCC\x80\x61 Bi\xCC\x80nh") == "Hòa Bình");
  CHECK(Nfc("Hòa Bình") == "Hòa Bình");
}

TEST_CASE("UTF-8 validity and trimming", "[text]") {
  CHECK(IsValidUtf8("Sở Tư pháp"));
  CHECK_FALSE(IsValidUtf8("S\xE1 T\xF0"));
  CHECK(Trim("  a b\t") == "a b");
  CHECK(Trim("\xC2\xA0x\xC2\xA0") == "x");
}

TEST_CASE("PadRight counts characters, not bytes", "[text]") {
  CHECK(PadRight("Kỳ", 5) == "Kỳ   ");
  CHECK(PadRight("abc", 3) == "abc ");
  CHECK(PadRight("Thông báo", 4) == "Thông báo ");
}

TEST_CASE("Escaped prints control characters, separators, bidi overrides and bad bytes as escapes", "[text]") {
  CHECK(Escaped("dossiers_H01_2023-05.csv") == "dossiers_H01_2023-05.csv");
  CHECK(Escaped("Sở Tư pháp") == "Sở Tư pháp");
  CHECK(Escaped("a\nb\rc\td") == "a\\nb\\rc\\td");
  CHECK(Escaped("x\x1B[31my\x7F") == "x\\x1B[31my\\x7F");
  CHECK(Escaped("C:\\tmp") == "C:\\\\tmp");
  CHECK(Escaped("abc\xE2\x80\xAEvsc.exe") == "abc\\u{202E}vsc.exe");   // right-to-left override
  CHECK(Escaped("a\xE2\x80\xA8" "b\xC2\x85") == "a\\u{2028}b\\u{0085}");  // line separator, NEL
  CHECK(Escaped("S\xE1 T\xF0") == "S\\xE1 T\\xF0");
}

TEST_CASE("Excerpt keeps at most so many characters, escaped, and marks the cut", "[text]") {
  CHECK(Excerpt("root:x:0:0:root", 6) == "root:x…");
  CHECK(Excerpt("Hòa\nBình", 5) == "Hòa\\nB…");
  CHECK(Excerpt("Hòa Bình", 8) == "Hòa Bình");
  CHECK(Excerpt("", 3) == "");
}

TEST_CASE("OneLine escapes only text that holds a control character", "[text]") {
  CHECK(OneLine("giá trị \"a\\nb\"") == "giá trị \"a\\nb\"");  // escaped already: unchanged
  CHECK(OneLine("a\nb") == "a\\nb");
}

}  // namespace baocao

