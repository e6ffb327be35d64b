#include "generators/pdf_layout.h"

#include <catch2/catch.hpp>
#include <string>

#include "generators/pdf_document.h"

namespace baocao {
namespace {

Block Sized(double height) {
  Block b;
  b.height = height;
  return b;
}

constexpr double kHeaderHeight = 7;  // the tests' table headers, and only they, are 7 points high

// Heights of the blocks on each page; table headers (first or repeated) as -7.
std::vector<std::vector<double>> Shape(const Flow& flow, PageArea area) {
  std::vector<std::vector<double>> shape;
  for (const auto& page : flow.Paginate(area)) {
    shape.emplace_back();
    for (const auto& placed : page) {
      const double h = placed.block->height;
      shape.back().push_back(h == kHeaderHeight ? -h : h);
    }
  }
  return shape;
}

TEST_CASE("Paginate never splits a block and repeats a table's header on each page", "[pdf]") {
  Flow flow;
  flow.Add(Sized(30));  // document header
  Block header = Sized(kHeaderHeight);
  const int table = flow.AddTableHeader(header);
  header.table = table;
  header.is_table_header = true;
  flow.Add(header);
  for (int i = 0; i < 5; ++i) {
    Block row = Sized(20);
    row.table = table;
    flow.Add(row);
  }
  flow.Add(Sized(50));  // signatures: not part of the table
  // Room for 60 points a page.
  const auto shape = Shape(flow, {0, 60});
  CHECK(shape == std::vector<std::vector<double>>{{30, -7, 20}, {-7, 20, 20}, {-7, 20, 20}, {50}});
}

TEST_CASE("Paginate keeps a header with its first row and honours new_page", "[pdf]") {
  Flow flow;
  flow.Add(Sized(45));
  Block title = Sized(5);
  title.keep_with_next = true;
  flow.Add(title);
  Block header = Sized(kHeaderHeight);
  const int table = flow.AddTableHeader(header);
  header.table = table;
  header.is_table_header = true;
  flow.Add(header);
  Block row = Sized(20);
  row.table = table;
  flow.Add(row);
  Block sheet = Sized(10);
  sheet.new_page = true;
  flow.Add(sheet);
  // 45 + 5 + 7 fit in 60 but the row does not: title and header move with it.
  const auto shape = Shape(flow, {0, 60});
  CHECK(shape == std::vector<std::vector<double>>{{45}, {5, -7, 20}, {10}});
}

TEST_CASE("PdfDocument::Wrap breaks at spaces within the width, cuts only over-long words",
          "[pdf]") {
  PdfDocument doc(DefaultFontsDir());
  const std::string name =
      "Trung tâm Phục vụ hành chính công và Bộ phận tiếp nhận, trả kết quả giải quyết";
  const auto lines = doc.Wrap(name, false, 8, 100);
  REQUIRE(lines.size() > 1);
  std::string joined;
  for (const auto& line : lines) {
    CHECK(doc.TextWidth(line, false, 8) <= 100);
    joined += (joined.empty() ? "" : " ") + line;
  }
  CHECK(joined == name);
  const auto cut = doc.Wrap("Nghiêngnghiêngnghiêngnghiêngnghiêng", true, 10, 40);
  CHECK(cut.size() > 1);
  for (const auto& line : cut) CHECK(doc.TextWidth(line, true, 10) <= 40);
  CHECK(doc.Wrap("", false, 8, 50) == std::vector<std::string>{""});
  CHECK(doc.Wrap("Hai\ndòng", false, 8, 500) == std::vector<std::string>{"Hai", "dòng"});
  // Decomposed input (NFD) is composed first: one glyph per letter, marks placed by the font.
  CHECK(doc.Wrap("Vie\xcc\xa3\xcc\x82t", false, 8, 500) == std::vector<std::string>{"Việt"});
}

}  // namespace
}  // namespace baocao
