#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/text.h"
#include "test_support.h"

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

TEST_CASE("every Unicode space is trimmed, inner space separators become ASCII spaces", "[text]") {
  CHECK(Trim("\u3000\u2009 a b\u00A0\r\n") == "a b");  // ideographic, thin, no-break, line breaks
  CHECK(Trim("\u200Bx") == "\u200Bx");                 // a zero-width space is not a space: it is hidden
  CHECK(Trim("  ") == "");
  CHECK(Trim("x \xE1") == "x \xE1");                   // stops at invalid UTF-8
  CHECK(Trim("\v\f\x1F x\x1C\r\v") == "\x1F x\x1C");  // ASCII white space is \t-\r and ' ' only (ICU's)
  CHECK(Trim("\t\xC2\xA0 \xE1\xBB\x95 \xC2\xA0\n") == "\xE1\xBB\x95");  // ASCII and not, mixed, at both ends
  CHECK(AsciiSpaces("HS\u00A0001") == "HS 001");
  CHECK(AsciiSpaces("Hòa\u3000Bình\u202F1") == "Hòa Bình 1");
  CHECK(AsciiSpaces("a\tb") == "a\tb");  // a tab is a control character, reported apart
}

TEST_CASE("printable ASCII is told apart without decoding", "[text]") {
  CHECK(IsPrintableAscii(""));
  CHECK(IsPrintableAscii("X100101-230115-0003 ~!\"{}"));
  CHECK_FALSE(IsPrintableAscii("a\tb"));  // a control character
  CHECK_FALSE(IsPrintableAscii("a\x7F"));  // DEL
  CHECK_FALSE(IsPrintableAscii("H\xC3\xB2" "a"));
  CHECK_FALSE(IsPrintableAscii(std::string("a\0b", 3)));
}

TEST_CASE("hidden characters are found with their position in characters", "[text]") {
  CHECK_FALSE(FindHiddenCharacter("HS-001").has_value());
  CHECK_FALSE(FindHiddenCharacter("UBND xã Hòa Bình").has_value());
  const auto zero_width = FindHiddenCharacter("Hò\u200B001");
  REQUIRE(zero_width.has_value());
  CHECK(zero_width->code_point == 0x200B);
  CHECK(zero_width->position == 3);
  const auto nul = FindHiddenCharacter(std::string("ab\0c", 4));
  REQUIRE(nul.has_value());
  CHECK(nul->code_point == 0);
  CHECK(nul->position == 3);
  CHECK(FindHiddenCharacter("\tx")->code_point == 0x09);
  CHECK(FindHiddenCharacter("Hòa\uFEFF")->position == 4);
  CHECK(FindHiddenCharacter("so\u00ADsánh")->code_point == 0xAD);  // soft hyphen (Cf)
  CHECK(FindHiddenCharacter("a\u0090b")->code_point == 0x90);      // a C1 control (Cc)
  CHECK(WithoutHiddenCharacters(std::string("H\u200B-0\0\x01", 8)) == "H-0");
  CHECK(CodePointName(0x200B) == "U+200B");
  CHECK(CodePointName(0) == "U+0000");
  CHECK(CodePointName(0x1F600) == "U+1F600");
}

TEST_CASE("names decoded with the wrong character set are recognised", "[text]") {
  // UTF-8 read as Windows-1252 and saved again.
  auto g = FindGarbling("UBND tá»‰nh HÃ²a BÃ¬nh");
  REQUIRE(g.has_value());
  CHECK(g->kind == Garbling::kDoubleEncodedUtf8);
  CHECK(g->word == "tá»‰nh");
  CHECK(g->meant == "tỉnh");
  CHECK(g->sign == "á»‰");
  g = FindGarbling("Hòa HÃ²a");
  REQUIRE(g.has_value());
  CHECK(g->word == "HÃ²a");
  CHECK(g->meant == "Hòa");
  // Read as Latin-1: the C1 control U+0090 stands for byte 0x90 (Đ = C4 90).
  g = FindGarbling("\u00C4\u0090\u00C4\u0192ng");
  REQUIRE(g.has_value());
  CHECK(g->kind == Garbling::kDoubleEncodedUtf8);
  CHECK(g->meant == "Đăng");
  // U+FFFD where a decoder gave up.
  g = FindGarbling("UBND xã H\uFFFDp Thành");
  REQUIRE(g.has_value());
  CHECK(g->kind == Garbling::kReplacementCharacter);
  CHECK(g->word == "H\uFFFDp");
  // Question marks where a code page had no letter.
  for (const char* text : {"UBND t?nh H?a B?nh", "S? Tư pháp", "?ng", "Hòa Bình??"}) {
    CAPTURE(text);
    g = FindGarbling(text);
    REQUIRE(g.has_value());
    CHECK(g->kind == Garbling::kQuestionMarks);
  }
  CHECK(FindGarbling("UBND t?nh")->word == "t?nh");
  // VNI and TCVN3 font text saved as Unicode.
  g = FindGarbling("UBND tænh Hoøa Bình");
  REQUIRE(g.has_value());
  CHECK(g->kind == Garbling::kLegacyFont);
  CHECK(g->word == "tænh");
  CHECK(g->sign == "æ");
  CHECK(FindGarbling("Hoøa Bình")->sign == "ø");
  CHECK(FindGarbling("ÑOÀNG")->sign == "Ñ");
  g = FindGarbling("UBND xã B×nh Thanh");
  REQUIRE(g.has_value());
  CHECK(g->kind == Garbling::kLegacyFont);
  CHECK(g->word == "B×nh");
  CHECK(g->sign == "×");
}

TEST_CASE("genuine Vietnamese is never taken for garbled text", "[text]") {
  // Every vowel with every tone, both cases, side by side and apart; đ Đ.
  std::string letters;
  for (const char* vowel : {"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ",
                            "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ", "AÀÁẢÃẠ", "ĂẰẮẲẴẶ",
                            "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ", "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ",
                            "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ", "đĐ"})
    letters += std::string(vowel) + " ";
  CHECK_FALSE(FindGarbling(letters).has_value());
  for (const char* text :
       {"UBND XÃ HÒA SƠN", "Trường “HÒA BÌNH”", "“XÃ”", "‘Ô’", "Sở Tư pháp – Hộ tịch", "Hoà…", "XÃ\u00A0HÒA",
        "Ban quản lý dự án “KHU CÔNG NGHIỆP” — Ngã Tư Sở", "Phường Hà Đông (cũ)", "Đặc khu Phú Quý",
        "Chứng thực, hộ tịch; nuôi con nuôi", "Thủ tục 1/2: «Hòa»", "Có phải không ?",
        "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", "Bồi thường, hỗ trợ, tái định cư"}) {
    CAPTURE(text);
    CHECK_FALSE(FindGarbling(text).has_value());
  }
}

TEST_CASE("no line of the sample provinces' exports looks garbled", "[text]") {
  int lines = 0;
  for (const char* folder : {"sample", "two_level"}) {
    for (const auto& entry : std::filesystem::directory_iterator(test::Fixture(folder))) {
      if (entry.path().extension() != ".csv") continue;
      std::ifstream in(entry.path());
      for (std::string line; std::getline(in, line); ++lines) {
        CAPTURE(entry.path().string(), line);
        CHECK_FALSE(FindGarbling(line).has_value());
        CHECK_FALSE(FindHiddenCharacter(line).has_value());
      }
    }
  }
  CHECK(lines > 300);  // every file was read
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


namespace baocao {

TEST_CASE("a quoted value is a short escaped excerpt, never the whole field") {
  CHECK(Quoted("H01") == "\"H01\"");
  CHECK(Quoted("a\nb") == "\"a\\nb\"");
  const std::string long_value(4000, 'x');
  const std::string quoted = Quoted(long_value);
  CHECK(quoted == "\"" + std::string(kQuotedChars, 'x') + "…\"");
}

}  // namespace baocao
