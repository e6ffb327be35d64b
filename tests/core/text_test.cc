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

}  // namespace baocao
