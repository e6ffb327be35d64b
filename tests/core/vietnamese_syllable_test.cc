#include <catch2/catch.hpp>

#include <unicode/unistr.h>

#include <string>

#include "core/vietnamese_syllable.h"

namespace baocao {
namespace {

WordShape Shape(std::u32string_view word) { return ClassifyVietnameseWord(word); }

std::string Utf8(std::u32string_view word) {
  std::string out;
  icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(word.data()), static_cast<int32_t>(word.size()))
      .toUTF8String(out);
  return out;
}

}  // namespace

TEST_CASE("Vietnamese words of every shape read as syllables, in NFC or NFD and any case", "[text]") {
  for (const std::u32string_view word :
       {U"a", U"Hòa", U"Bình", U"tỉnh", U"Sở", U"Tư", U"pháp", U"Kế", U"hoạch", U"Đầu", U"tư", U"phường", U"xã",
        U"Sủ", U"Ngòi", U"huyện", U"Lương", U"thị", U"trấn", U"Châu", U"quốc", U"quý", U"quyết", U"gì", U"giữ",
        U"già", U"giếng", U"nghiêng", U"khuya", U"thuở", U"ươn", U"uống", U"oẳn", U"xoong", U"NGHIÊNG", U"ĐỒNG",
        U"Ho\u0300a" /* NFD */, U"tie\u0302\u0301ng", U"chuyển", U"Trực", U"tuyến", U"Rất",
        U"hài", U"lòng", U"Đã", U"trả", U"kết", U"quả", U"Hạn", U"Phí", U"lệ", U"Đánh", U"giá", U"Không", U"Rút",
        U"hồ", U"sơ", U"ích", U"điều", U"kiện", U"đủ", U"Bưu", U"chính", U"công", U"Kênh", U"nộp"}) {
    CAPTURE(Utf8(word));
    CHECK(Shape(word) == WordShape::kSyllable);
  }
}

TEST_CASE("abbreviations with a đ are neither syllables nor garbage", "[text]") {
  CHECK(Shape(U"HĐND") == WordShape::kAbbreviation);
  CHECK(Shape(U"BCĐ") == WordShape::kAbbreviation);
  CHECK(Shape(U"Đ") == WordShape::kAbbreviation);
  CHECK(Shape(U"HND") == WordShape::kOther);     // no đ: not the abbreviation of a Vietnamese name
  CHECK(Shape(U"H\u0301ND") == WordShape::kOther);  // a tone on a consonant
}

TEST_CASE("the same bytes read with a wrong code page are not syllables", "[text]") {
  // Windows-1258 bytes read as Windows-1252, TCVN3 and VNI read as Windows-1258, and the other way.
  for (const std::u32string_view word :
       {U"HoÌa", U"BiÌnh", U"tiÒnh", U"Hoøa", U"Tænh", U"Hµ", U"B×nh", U"l\u0323ng", U"Café", U"Noël", U"crème",
        U"Tröïc", U"tieáp", U"Trýc", U"ḷng", U"Mă" /* ă needs a final */, U"ac" /* a stop needs sắc or nặng */,
        U"àc", U"ảt", U"oâ", U"Hòà" /* two tones */, U"q", U"qa", U"ngh", U"x\u0302a", U"fà", U"wò"}) {
    CAPTURE(Utf8(word));
    CHECK(Shape(word) == WordShape::kOther);
  }
  CHECK(Shape(U"") == WordShape::kOther);
  CHECK(Shape(std::u32string(33, U'a')) == WordShape::kOther);
}

TEST_CASE("a syllable closed by a stop takes only the sắc or nặng tone", "[text]") {
  CHECK(Shape(U"các") == WordShape::kSyllable);
  CHECK(Shape(U"bạch") == WordShape::kSyllable);
  CHECK(Shape(U"tập") == WordShape::kSyllable);
  CHECK(Shape(U"mặt") == WordShape::kSyllable);
  CHECK(Shape(U"càc") == WordShape::kOther);
  CHECK(Shape(U"bãch") == WordShape::kOther);
  CHECK(Shape(U"tâp") == WordShape::kOther);
}

}  // namespace baocao
