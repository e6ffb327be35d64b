#include "generators/pdf_writer.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "core/errors.h"
#include "generators/pdf_table.h"
#include "generators/render.h"
#include "generators/report_fixture.h"
#include "generators/report_template.h"
#include "test_support.h"

namespace baocao {
namespace {

using test::CollapseSpaces;
using test::CommandOutput;
using test::CountOccurrences;

const char* const kMotto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const char* const kTthcTitle =
    "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC";

std::string Text(const std::string& pdf, const std::string& mode = "-layout", int page = 0) {
  std::string range = page > 0 ? " -f " + std::to_string(page) + " -l " + std::to_string(page) : "";
  return CommandOutput("pdftotext " + mode + range + " '" + pdf + "' -");
}

int PageCount(const std::string& pdf) {
  const std::string info = CommandOutput("pdfinfo '" + pdf + "'");
  const size_t pos = info.find("Pages:");
  REQUIRE(pos != std::string::npos);
  return std::stoi(info.substr(pos + 6));
}

std::string WriteSample(const test::TempDir& dir, const Report& report,
                        const std::string& name = "report.pdf") {
  const std::string path = dir.File(name);
  WritePdf(report, DefaultTemplatesDir(), path);
  return path;
}

TEST_CASE("PDF text holds the header, every unit and every number in Vietnamese notation",
          "[pdf]") {
  test::TempDir dir;
  const Report report = test::WrappingProvinceReport();
  const std::string pdf = WriteSample(dir, report);
  const std::string layout = Text(pdf);
  const std::string flat = CollapseSpaces(layout);
  const std::string raw = CollapseSpaces(Text(pdf, "-raw"));

  CHECK(flat.find(kMotto) != std::string::npos);
  CHECK(flat.find("Độc lập - Tự do - Hạnh phúc") != std::string::npos);
  CHECK(raw.find(kTthcTitle) != std::string::npos);
  CHECK(flat.find("Đơn vị báo cáo: Tỉnh Hòa Bình") != std::string::npos);
  CHECK(flat.find("Biểu số 06/VPCP/KSTT") != std::string::npos);
  CHECK(flat.find("Kỳ báo cáo: Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023)") !=
        std::string::npos);
  CHECK(flat.find("Đơn vị nhận báo cáo: Văn phòng Chính phủ") != std::string::npos);
  CHECK(flat.find("Đơn vị tính: Số hồ sơ TTHC") != std::string::npos);
  CHECK(flat.find("Hòa Bình, ngày 15 tháng 5 năm 2023") != std::string::npos);
  CHECK(flat.find("NGƯỜI LẬP BIỂU") != std::string::npos);
  CHECK(flat.find("THỦ TRƯỞNG ĐƠN VỊ") != std::string::npos);
  CHECK(flat.find("(Ký, ghi rõ họ tên)") != std::string::npos);
  CHECK(flat.find("(Ký tên, đóng dấu)") != std::string::npos);
  const std::string of = "/" + std::to_string(PageCount(pdf));
  CHECK(flat.find("Trang 1" + of) != std::string::npos);
  for (int c = 1; c <= 13; ++c)  // form 06's columns; our own four after them are unnumbered
    CHECK(flat.find("(" + std::to_string(c) + ")") != std::string::npos);
  CHECK(flat.find("(14)") == std::string::npos);

  // Numbers known by hand: the department's 1.234.567 in-person dossiers (+ 8 postal), the
  // province's on-time rate, a null rate, the unit that has not reported.
  CHECK(flat.find("1.234.575") != std::string::npos);
  CHECK(flat.find("1.145.681") != std::string::npos);  // Sở Tư pháp: resolved + withdrawn + returned
  CHECK(CountOccurrences(layout, "chưa báo cáo") == 1);
  CHECK(layout.find("—") != std::string::npos);  // Huyện Đà Bắc resolved nothing
  CHECK(flat.find("Tổng cộng") != std::string::npos);

  // Every unit name (the long one wraps: read in drawing order) and every cell of every row.
  const auto tmpl = LoadTemplate(DefaultTemplatesDir(), "tthc");
  for (size_t i = 0; i < report.units.size(); ++i) {
    const UnitRow& u = report.units[i];
    if (i > 0) CHECK(CountOccurrences(raw, u.ten_don_vi) == 1);
    if (!u.submitted) continue;
    for (const auto& column : tmpl.columns) {
      if (column.kind == TemplateColumn::Kind::kIndex || column.kind == TemplateColumn::Kind::kName)
        continue;
      const std::string cell = CellText(column, u);
      INFO(u.ten_don_vi << " / " << column.header.back() << " = " << cell);
      CHECK(layout.find(cell) != std::string::npos);
    }
  }
}

TEST_CASE("PDF cell texts use Vietnamese notation", "[pdf]") {
  const Report report = test::WrappingProvinceReport();
  const auto tmpl = LoadTemplate(DefaultTemplatesDir(), "tthc");
  const UnitRow& department = report.units[1];
  const UnitRow& da_bac = report.units.back();
  TemplateColumn rank;
  rank.kind = TemplateColumn::Kind::kRank;
  rank.keys = {"rank_on_time"};
  CHECK(CellText(tmpl.columns[4], department) == "1.234.575");   // in person + postal
  CHECK(CellText(tmpl.columns.back(), department) == "96,01%");  // 1.100.000 / 1.145.678
  CHECK(CellText(tmpl.columns.back(), da_bac) == "—");
  CHECK(CellText(rank, report.units[2]) == "1/2");           // Thành phố Hòa Bình 97,95%
  CHECK(CellText(rank, report.units[6]) == "2/2");           // Huyện Tân Lạc 90,93%
  CHECK(CellText(rank, da_bac) == "—");                      // no on-time rate: not ranked
  CHECK(CellText(tmpl.columns[2], report.units[4]) == "—");  // Xã Chưa Nộp
}

// OCR of the top of page 1 (motto, title, period) rendered at 300 dpi: enough for tesseract, and
// fast. Whitespace collapsed.
std::string OcrTopOfPage1(const test::TempDir& dir, const std::string& pdf) {
  CommandOutput("pdftoppm -r 300 -png -f 1 -l 1 -singlefile -x 0 -y 0 -W 3508 -H 760 '" + pdf +
                "' '" + dir.File("top") + "'");
  // One thread: tesseract's OpenMP threads only contend on a small page (3x slower here).
  return CollapseSpaces(
      CommandOutput("OMP_THREAD_LIMIT=1 tesseract '" + dir.File("top.png") + "' - -l vie"));
}

TEST_CASE("PDF page 1 renders the motto and the title with their diacritics (OCR)", "[pdf][ocr]") {
  test::TempDir dir;
  const std::string ocr = OcrTopOfPage1(dir, WriteSample(dir, test::WrappingProvinceReport()));
  INFO(ocr);
  CHECK(ocr.find(kMotto) != std::string::npos);
  CHECK(ocr.find(kTthcTitle) != std::string::npos);
}

// The control: DejaVu Serif through libharu loses stacked marks (SPEC §6), and the OCR check sees
// it.
TEST_CASE("The OCR check fails for a font that drops stacked diacritics", "[pdf][ocr]") {
  const std::filesystem::path dejavu = "/usr/share/fonts/truetype/dejavu";
  if (!std::filesystem::exists(dejavu / "DejaVuSerif.ttf")) {
    WARN("fonts-dejavu-core not installed: control skipped");
    return;
  }
  test::TempDir dir;
  std::filesystem::create_directory(dir.File("fonts"));
  std::filesystem::copy_file(dejavu / "DejaVuSerif.ttf", dir.File("fonts/NotoSerif-Regular.ttf"));
  std::filesystem::copy_file(dejavu / "DejaVuSerif-Bold.ttf", dir.File("fonts/NotoSerif-Bold.ttf"));
  const std::string pdf = dir.File("dejavu.pdf");
  WritePdf(test::WrappingProvinceReport(), DefaultTemplatesDir(), pdf,
           PdfOptions{dir.File("fonts")});
  CHECK(CollapseSpaces(Text(pdf)).find(kMotto) != std::string::npos);  // the text layer is right
  const std::string ocr = OcrTopOfPage1(dir, pdf);
  INFO(ocr);
  CHECK(ocr.find(kMotto) == std::string::npos);  // the printed page is not
}

TEST_CASE("PDF tables run over pages: header on every page, no row cut, totals and signatures last",
          "[pdf]") {
  test::TempDir dir;
  const Report report = test::ManyUnitsReport(200);
  const std::string pdf = WriteSample(dir, report);
  const int pages = PageCount(pdf);
  REQUIRE(pages > 1);
  std::string all;
  for (int p = 1; p <= pages; ++p) {
    const std::string text = CollapseSpaces(Text(pdf, "-layout", p));
    INFO("page " << p);
    CHECK(CountOccurrences(text, "Số hồ sơ nhận giải quyết") == 1);
    // After page 1 (document header), a page's text starts with the table's top header row.
    if (p > 1) CHECK(text.rfind("Số hồ sơ nhận giải quyết Kết quả giải quyết", 0) == 0);
    CHECK(CountOccurrences(text, "(13)") == 1);
    CHECK(text.find("Trang " + std::to_string(p) + "/" + std::to_string(pages)) !=
          std::string::npos);
    CHECK((text.find("Tổng cộng") != std::string::npos) == (p == pages));
    CHECK((text.find("THỦ TRƯỞNG ĐƠN VỊ") != std::string::npos) == (p == pages));
    all += text + "\n";
  }
  for (size_t i = 1; i < report.units.size(); ++i) {
    INFO(report.units[i].ten_don_vi);
    CHECK(CountOccurrences(all, report.units[i].ten_don_vi) == 1);
  }
  // The totals row is the table's last row: nothing of the table after it.
  const std::string last = CollapseSpaces(Text(pdf, "-layout", pages));
  CHECK(last.find("Xã Kiểm Tra 0199") < last.find("Tổng cộng"));
}

TEST_CASE("PDF: the signature block never stands alone on a page, the totals row stays with it",
          "[pdf]") {
  // From 14 to 26 units the table ends at every height of page 1 and the top of page 2: wherever it
  // ends, the page that signs also holds the totals row.
  test::TempDir dir;
  int moved = 0;
  for (int units = 14; units <= 26; ++units) {
    const std::string pdf = WriteSample(dir, test::ManyUnitsReport(units), "sig.pdf");
    const int pages = PageCount(pdf);
    const std::string last = CollapseSpaces(Text(pdf, "-layout", pages));
    INFO(units << " units, " << pages << " pages");
    CHECK(last.find("THỦ TRƯỞNG ĐƠN VỊ") != std::string::npos);
    CHECK(last.find("Tổng cộng") != std::string::npos);
    CHECK(last.find("Tổng cộng") < last.find("THỦ TRƯỞNG ĐƠN VỊ"));
    if (pages > 1 && last.find("Xã Kiểm Tra") == std::string::npos &&
        last.find("Huyện Thử Nghiệm") == std::string::npos)
      ++moved;  // only the totals row and the signatures on the last page
  }
  CHECK(moved > 0);  // the range does reach the case where the signature block would be alone
}

TEST_CASE("PDF output is byte-identical for the same report, dated from the report", "[pdf]") {
  test::TempDir dir;
  const Report report = test::WrappingProvinceReport();
  const std::string a = test::ReadFile(WriteSample(dir, report, "a.pdf"));
  const std::string b = test::ReadFile(WriteSample(dir, report, "b.pdf"));
  CHECK(a == b);
  CHECK(a.find("/ID") == std::string::npos);
  CHECK(a.find("/CreationDate (D:20230515000000+07'00')") != std::string::npos);
  CHECK(a.find("/FlateDecode") != std::string::npos);
}

TEST_CASE("PDF without the Noto fonts fails with a Vietnamese message", "[pdf]") {
  test::TempDir dir;
  try {
    WritePdf(test::WrappingProvinceReport(), DefaultTemplatesDir(), dir.File("x.pdf"),
             PdfOptions{dir.path().string()});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) ==
          "Không tìm thấy phông chữ NotoSerif-Regular.ttf trong thư mục " + dir.path().string() +
              " (cần để in tiếng Việt trong PDF): cài gói fonts-noto-core hoặc đặt biến môi "
              "trường BAOCAO_FONTS_DIR chỉ tới thư mục chứa phông Noto Serif");
  }
  CHECK_FALSE(std::filesystem::exists(dir.File("x.pdf")));
}

// libharu itself crashes on such files: they must be refused before it reads them.
TEST_CASE("PDF with a broken font file fails with a Vietnamese message naming it", "[pdf]") {
  const std::string noto = DefaultFontsDir() + "/NotoSerif-Regular.ttf";
  const std::string whole = test::ReadFile(noto);
  for (const std::string& content :
       {std::string("not a font"), whole.substr(0, 4000), whole.substr(0, whole.size() / 2)}) {
    test::TempDir dir;
    test::WriteFile(dir.File("NotoSerif-Regular.ttf"), content);
    test::WriteFile(dir.File("NotoSerif-Bold.ttf"), content);
    try {
      WritePdf(test::WrappingProvinceReport(), DefaultTemplatesDir(), dir.File("x.pdf"),
               PdfOptions{dir.path().string()});
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(std::string(e.what()) ==
            "Tệp phông chữ không phải TrueType hợp lệ: " + dir.File("NotoSerif-Regular.ttf") +
                " (cài lại gói fonts-noto-core hoặc chỉ BAOCAO_FONTS_DIR "
                "tới thư mục phông đúng)");
    }
  }
}

TEST_CASE("PDF that cannot be written raises a libharu error as baocao::Error", "[pdf]") {
  test::TempDir dir;
  const std::string path = dir.File("missing/x.pdf");
  try {
    WritePdf(test::WrappingProvinceReport(), DefaultTemplatesDir(), path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).rfind("Lỗi khi tạo PDF (libharu): không mở được tệp (mã 0x1017",
                                      0) == 0);
    CHECK(std::string(e.what()).find(path) != std::string::npos);
  }
}

TEST_CASE("RenderReport writes the PDF under its report file name", "[pdf]") {
  test::TempDir dir;
  const auto artifacts = RenderReport(test::WrappingProvinceReport(), {Format::kPdf},
                                      dir.path().string(), DefaultTemplatesDir());
  REQUIRE(artifacts.size() == 1);
  CHECK(artifacts[0].path == dir.File("tthc_T17_2023-05.pdf"));
  CHECK(test::ReadFile(artifacts[0].path).rfind("%PDF-", 0) == 0);
}

TEST_CASE("PDF tthc: the basis line by the period's end, the receiving unit by the root's level",
          "[pdf]") {
  test::TempDir dir;
  Report report = test::WrappingProvinceReport();
  report.period = ParsePeriod("2026-10");
  report.issued_on = report.period.to.AddDays(1);
  const std::string october = CollapseSpaces(Text(WriteSample(dir, report, "2026-10.pdf")));
  CHECK(october.find("Ban hành kèm theo Thông tư số 05/2025/TT-VPCP ngày 31/12/2025 của Văn phòng "
                     "Chính phủ") != std::string::npos);
  CHECK(october.find("01/2020/TT-VPCP") == std::string::npos);
  CHECK(october.find("Kỳ báo cáo: Tháng 10/2026 (Từ ngày 15/09/2026 đến ngày 14/10/2026)") !=
        std::string::npos);
  CHECK(october.find("Đơn vị nhận báo cáo: Văn phòng Chính phủ") != std::string::npos);
  CHECK(october.find("Hòa Bình, ngày 15 tháng 10 năm 2026") != std::string::npos);
  report.period = ParsePeriod("2026-02");
  report.issued_on = report.period.to.AddDays(1);
  const std::string february = CollapseSpaces(Text(WriteSample(dir, report, "2026-02.pdf")));
  CHECK(february.find("Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng "
                      "Chính phủ") != std::string::npos);
  CHECK(february.find("05/2025/TT-VPCP") == std::string::npos);
  CHECK(february.find("Hòa Bình, ngày 15 tháng 02 năm 2026") != std::string::npos);

  test::FlowCounts own;
  own.new_online = 7;
  own.on_time = 7;
  const Report commune = test::MakeReport("tthc", {{"X0101", "Phường Phương Lâm", "xa", "", own}});
  const std::string flat = CollapseSpaces(Text(WriteSample(dir, commune, "xa.pdf")));
  CHECK(flat.find("Đơn vị nhận báo cáo: Văn phòng UBND tỉnh") != std::string::npos);
  CHECK(flat.find("Đơn vị nhận báo cáo: Văn phòng Chính phủ") == std::string::npos);
}

TEST_CASE("PDF: a --from/--to range prints its dates once", "[pdf]") {
  test::TempDir dir;
  Report report = test::WrappingProvinceReport();
  report.period = RangePeriod(Date::FromYmd(2023, 5, 1), Date::FromYmd(2023, 5, 31));
  report.issued_on = report.period.to.AddDays(1);
  const std::string flat = CollapseSpaces(Text(WriteSample(dir, report)));
  CHECK(flat.find("Kỳ báo cáo: Từ ngày 01/05/2023 đến ngày 31/05/2023") != std::string::npos);
  CHECK(CountOccurrences(flat, "01/05/2023") == 1);
  CHECK(flat.find("Hòa Bình, ngày 01 tháng 6 năm 2023") != std::string::npos);
}

}  // namespace
}  // namespace baocao
