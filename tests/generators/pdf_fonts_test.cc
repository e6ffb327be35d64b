// The PDF fonts the build cuts down to generators/pdf_fonts.txt: the program uses them, and they
// still draw every Vietnamese letter and every symbol a report prints.
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "generators/pdf_document.h"
#include "generators/pdf_writer.h"
#include "generators/render.h"
#include "generators/report_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

constexpr const char* kDebianNoto = "/usr/share/fonts/truetype/noto";

std::vector<unsigned char> ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

uint32_t At(const std::vector<unsigned char>& b, size_t at, int bytes) {
  REQUIRE(at + static_cast<size_t>(bytes) <= b.size());
  uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | b[at + static_cast<size_t>(i)];
  return v;
}

// The glyph a TrueType font draws for code point c (its Windows Unicode cmap, format 4); 0 = none.
uint32_t GlyphOf(const std::vector<unsigned char>& font, uint32_t c) {
  size_t cmap = 0;
  for (uint32_t i = 0, tables = At(font, 4, 2); i < tables; ++i)
    if (At(font, 12 + 16 * i, 4) == 0x636D6170) cmap = At(font, 12 + 16 * i + 8, 4);  // 'cmap'
  REQUIRE(cmap != 0);
  size_t sub = 0;
  for (uint32_t i = 0, n = At(font, cmap + 2, 2); i < n; ++i)
    if (At(font, cmap + 4 + 8 * i, 2) == 3 && At(font, cmap + 6 + 8 * i, 2) == 1)
      sub = cmap + At(font, cmap + 8 + 8 * i, 4);
  REQUIRE(sub != 0);
  REQUIRE(At(font, sub, 2) == 4);
  const uint32_t segments = At(font, sub + 6, 2) / 2;
  const size_t ends = sub + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
               ranges = deltas + 2 * segments;
  for (uint32_t s = 0; s < segments; ++s) {
    if (At(font, ends + 2 * s, 2) < c) continue;
    const uint32_t start = At(font, starts + 2 * s, 2);
    if (start > c) return 0;
    const uint32_t delta = At(font, deltas + 2 * s, 2), range = At(font, ranges + 2 * s, 2);
    if (range == 0) return (c + delta) & 0xFFFF;
    const uint32_t glyph = At(font, ranges + 2 * s + range + 2 * (c - start), 2);
    return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
  }
  return 0;
}

// The segments of that character map: libharu walks them for each of 65,536 code points a font.
uint32_t Segments(const std::vector<unsigned char>& font) {
  size_t cmap = 0;
  for (uint32_t i = 0, tables = At(font, 4, 2); i < tables; ++i)
    if (At(font, 12 + 16 * i, 4) == 0x636D6170) cmap = At(font, 12 + 16 * i + 8, 4);
  for (uint32_t i = 0, n = At(font, cmap + 2, 2); i < n; ++i)
    if (At(font, cmap + 4 + 8 * i, 2) == 3 && At(font, cmap + 6 + 8 * i, 2) == 1)
      return At(font, cmap + At(font, cmap + 8 + 8 * i, 4) + 6, 2) / 2;
  return 0;
}

std::vector<uint32_t> CodePoints(const std::string& utf8) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    uint32_t v = n == 1 ? c : c & (0x7F >> n);
    for (int k = 1; k < n; ++k) v = (v << 6) | (static_cast<unsigned char>(utf8[i + static_cast<size_t>(k)]) & 0x3F);
    out.push_back(v);
    i += static_cast<size_t>(n);
  }
  return out;
}

// Every letter of Vietnamese with its tones, the marks of decomposed input, the symbols reports print.
const std::string kPrinted =
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ"
    "bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    "\u0300\u0301\u0303\u0309\u0323₫€–—‘’“”…•‰№°§×÷±²³½¼¾«»";

}  // namespace

TEST_CASE("PDFs use the fonts the build cut down, a fraction of Debian's", "[pdf]") {
  if (const char* env = std::getenv("BAOCAO_FONTS_DIR"); env != nullptr && *env != '\0') {
    WARN("BAOCAO_FONTS_DIR is set: the build's fonts are not the default here");
    return;
  }
  const std::filesystem::path built = DefaultFontsDir();
  CHECK(built.filename() == "fonts");
  CHECK(built != kDebianNoto);
  for (const char* file : {"NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"}) {
    const auto cut = std::filesystem::file_size(built / file);
    const auto full = std::filesystem::file_size(std::filesystem::path(kDebianNoto) / file);
    CHECK(cut * 4 < full);
    // Glyphs numbered in character order: one segment a run of pdf_fonts.txt (Debian's has 138).
    CHECK(Segments(ReadAll(built / file)) == 10);
    CHECK(Segments(ReadAll(std::filesystem::path(kDebianNoto) / file)) > 100);
  }
}

TEST_CASE("A page printed with the cut-down fonts is pixel for pixel the page printed with Debian's", "[pdf]") {
  test::TempDir dir;
  const Report report = test::WrappingProvinceReport();
  WritePdf(report, DefaultTemplatesDir(), dir.File("cut.pdf"), PdfOptions{DefaultFontsDir()});
  WritePdf(report, DefaultTemplatesDir(), dir.File("full.pdf"), PdfOptions{kDebianNoto});
  CHECK(std::filesystem::file_size(dir.File("cut.pdf")) * 2 < std::filesystem::file_size(dir.File("full.pdf")));
  for (const char* name : {"cut", "full"})
    test::CommandOutput("pdftoppm -r 150 -png -f 1 -l 1 -singlefile '" + dir.File(std::string(name) + ".pdf") +
                        "' '" + dir.File(name) + "'");
  const auto cut = ReadAll(dir.File("cut.png")), full = ReadAll(dir.File("full.png"));
  CHECK(cut.size() > 10000);
  CHECK(cut == full);
}

TEST_CASE("The cut-down PDF fonts draw every Vietnamese letter and every symbol a report prints", "[pdf]") {
  for (const char* file : {"NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"}) {
    const auto full = ReadAll(std::filesystem::path(kDebianNoto) / file);
    const auto cut = ReadAll(std::filesystem::path(DefaultFontsDir()) / file);
    for (const uint32_t c : CodePoints(kPrinted)) {
      INFO(file << " U+" << std::hex << c);
      CHECK(GlyphOf(full, c) != 0);
      CHECK(GlyphOf(cut, c) != 0);
    }
    // What the cut leaves out: other scripts (Greek, Cyrillic), which prints as an empty box.
    CHECK(GlyphOf(full, 0x0416) != 0);  // Ж
    CHECK(GlyphOf(cut, 0x0416) == 0);
  }
}

}  // namespace baocao
