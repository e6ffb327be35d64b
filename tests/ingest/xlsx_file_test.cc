#include "ingest/xlsx_file.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/errors.h"
#include "core/regular_file.h"
#include "ingest/csv_reader.h"
#include "ingest/export_file.h"
#include "ingest/workbook_builder_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

using test::RemovePart;
using test::SetPart;
using test::SharedStringsXml;
using test::SheetXml;
using test::StylesXml;
using test::WorkbookParts;
using test::ZipBytes;
using test::ZipParts;
using Records = std::vector<std::vector<std::string>>;

constexpr const char* kRepair = "): hãy mở tệp bằng Excel và lưu lại, hoặc xuất lại từ phần mềm một cửa";

struct Table {
  std::vector<int> rows;
  Records records;
};

Table Read(RecordSource& source) {
  Table table;
  std::vector<std::string> fields;
  while (source.Next(fields)) {
    table.rows.push_back(source.row());
    table.records.push_back(fields);
  }
  return table;
}

Table ReadSheet(const std::string& path, size_t sheet = 0) {
  XlsxFile file(path, "t.xlsx");
  return Read(*file.Open(sheet));
}

std::string Excel(const std::string& name) { return test::Fixture("ingest/excel/" + name); }

// The workbook written into dir as t.xlsx; its path.
std::string Write(const test::TempDir& dir, const ZipParts& parts, bool compress = true) {
  const std::string path = dir.File("t.xlsx");
  test::WriteFile(path, ZipBytes(parts, compress));
  return path;
}

// "row:column: why" of the InputError that opening the workbook and reading its first sheet
// throws, or "" when none is thrown.
std::string ErrorOf(const std::string& path) {
  try {
    XlsxFile file(path, "t.xlsx");
    Read(*file.Open(0));
  } catch (const InputError& e) {
    CHECK(e.file() == "t.xlsx");
    return std::to_string(e.row()) + ":" + std::to_string(e.column()) + ": " + e.why();
  }
  return "";
}

std::string Damaged(const std::string& detail) { return "tệp Excel bị hỏng (" + detail + kRepair; }

std::string Inline(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

const Records kCanonical = {
    {"ma_ho_so", "ma_tthc", "ma_don_vi", "kenh_nop", "ngay_tiep_nhan", "han_tra_ket_qua", "ngay_hoan_thanh",
     "trang_thai", "phi_le_phi", "hinh_thuc_thanh_toan", "danh_gia"},
    {"Q-001", "1.001612", "H01", "truc_tuyen", "2023-04-17 08:00:00", "2023-04-20 17:00:00", "2023-04-19 10:00:00",
     "da_tra_ket_qua", "0", "", "rat_hai_long"},
    {"Q-002", "2.000908", "X0101", "truc_tiep", "2023-04-20 09:30:00", "2023-04-21 17:00:00", "2023-04-21 16:00:00",
     "da_tra_ket_qua", "10000", "truc_tiep", "hai_long"},
    {"Q-003", "1.000775", "H01", "buu_chinh", "2023-05-02 14:00:00", "2023-05-30 17:00:00", "", "dang_xu_ly",
     "75000", "truc_tuyen", ""},
    {"Q-004", "2.000815", "X0102", "truc_tiep", "2023-05-05 07:45:00", "2023-05-06 11:00:00", "2023-05-05 10:00:00",
     "tra_lai", "0", "", ""},
    {"Q-005", "1.001193", "X0101", "truc_tuyen", "2023-05-08 10:00:00", "2023-05-12 17:00:00", "2023-05-10 08:00:00",
     "rut_ho_so", "0", "", "khong_hai_long"},
    {"Q-006", "1.003596", "H01", "truc_tiep", "2023-05-10 15:20:00", "2023-05-12 17:00:00", "", "dang_xu_ly",
     "1500000", "", ""},
};

// Every record 11 fields wide: the sheet's used range is A1:K14.
const std::vector<std::string> kEleven(11, "");
std::vector<std::string> Eleven(std::vector<std::string> fields) {
  fields.resize(11);
  return fields;
}

const Records kTitleTotal = {
    Eleven({"UBND THÀNH PHỐ HÒA BÌNH"}),
    Eleven({"DANH SÁCH HỒ SƠ TIẾP NHẬN TỪ NGÀY 01/05/2023 ĐẾN NGÀY 31/05/2023"}),
    {"Mã hồ sơ", "Mã TTHC", "Mã đơn vị", "Kênh nộp", "Ngày tiếp nhận", "Hạn trả kết quả", "Ngày hoàn thành",
     "Trạng thái", "Phí, lệ phí", "Hình thức thanh toán", "Đánh giá"},
    {"Q-001", "1.001612", "H01", "Trực tuyến", "2023-04-17 08:00:00", "2023-04-20 17:00:00", "2023-04-19 10:00:00",
     "Đã trả kết quả", "0", "", "Rất hài lòng"},
    {"Q-002", "2.000908", "X0101", "Trực tiếp", "2023-04-20 09:30:00", "2023-04-21 17:00:00", "2023-04-21 16:00:00",
     "Đã trả kết quả", "10000", "Trực tiếp", "Hài lòng"},
    {"Q-003", "1.000775", "H01", "Bưu chính công ích", "2023-05-02 14:00:00", "2023-05-30 17:00:00", "",
     "Đang xử lý", "75000", "Trực tuyến", ""},
    {"Q-004", "2.000815", "X0102", "Trực tiếp", "2023-05-05 07:45:00", "2023-05-06 11:00:00", "2023-05-05 10:00:00",
     "Trả lại/không đủ điều kiện", "0", "", ""},
    {"Q-005", "1.001193", "X0101", "Trực tuyến", "2023-05-08 10:00:00", "2023-05-12 17:00:00", "2023-05-10 08:00:00",
     "Rút hồ sơ", "0", "", "Không hài lòng"},
    {"Q-006", "1.003596", "H01", "Trực tiếp", "2023-05-10 15:20:00", "2023-05-12 17:00:00", "", "Đang xử lý",
     "1500000", "", ""},
    Eleven({"Tổng cộng"}),  // the SUM formula has no cached value (openpyxl writes none): ""
    kEleven,
    kEleven,
    kEleven,  // empty rows the template left styled: blank records
};
const std::vector<int> kTitleTotalRows = {1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};

}  // namespace

// ---- The fixtures (fixtures/ingest/excel, written by make_xlsx.py with openpyxl, xlsxwriter and
// LibreOffice) ----

TEST_CASE("xlsx_file: dossiers_canonical.xlsx holds exactly the rows of dossiers_canonical.csv", "[ingest][xlsx]") {
  XlsxFile file(Excel("dossiers_canonical.xlsx"), "dossiers_canonical.xlsx");
  REQUIRE(file.TableCount() == 1);
  CHECK(file.TableName(0) == "Sheet1");
  CHECK_FALSE(file.date1904());
  const Table table = Read(*file.Open(0));
  CHECK(table.rows == std::vector<int>{1, 2, 3, 4, 5, 6, 7});
  CHECK(table.records == kCanonical);

  // The very records of the CSV, trailing empty fields included (every record is as wide as the
  // sheet's used range, A1:K7).
  CsvReader csv(test::Fixture("ingest/dossiers_canonical.csv"));
  Records from_csv;
  std::vector<std::string> fields;
  while (csv.Next(fields)) from_csv.push_back(fields);
  CHECK(from_csv == kCanonical);
}

TEST_CASE("xlsx_file: LibreOffice's conversion of the canonical CSV reads as the CSV", "[ingest][xlsx]") {
  XlsxFile file(Excel("dossiers_libreoffice.xlsx"), "dossiers_libreoffice.xlsx");
  REQUIRE(file.TableCount() == 1);
  CHECK(file.TableName(0) == "dossiers_libreoffice");
  const Table table = Read(*file.Open(0));
  CHECK(table.rows == std::vector<int>{1, 2, 3, 4, 5, 6, 7});
  CHECK(table.records == kCanonical);
}

TEST_CASE("xlsx_file: a title block, merged title rows, real dates, numeric codes and a total row", "[ingest][xlsx]") {
  XlsxFile file(Excel("dossiers_title_total.xlsx"), "dossiers_title_total.xlsx");
  REQUIRE(file.TableCount() == 2);
  CHECK(file.TableName(0) == "Hồ sơ");
  CHECK(file.TableName(1) == "Ghi chú");
  CHECK_FALSE(file.date1904());
  const Table table = Read(*file.Open(0));
  CHECK(table.rows == kTitleTotalRows);
  CHECK(table.records == kTitleTotal);
  const Table notes = Read(*file.Open(1));
  CHECK(notes.rows == std::vector<int>{1});
  CHECK(notes.records == Records{{"Số liệu trích xuất từ phần mềm một cửa ngày 01/06/2023"}});
}

TEST_CASE("xlsx_file: the 1904 date system gives the same dates", "[ingest][xlsx]") {
  XlsxFile file(Excel("dossiers_1904.xlsx"), "dossiers_1904.xlsx");
  CHECK(file.date1904());
  REQUIRE(file.TableCount() == 2);
  const Table table = Read(*file.Open(0));
  CHECK(table.rows == kTitleTotalRows);
  CHECK(table.records == kTitleTotal);
}

TEST_CASE("xlsx_file: several sheets, in tab order, each opened as often as asked", "[ingest][xlsx]") {
  XlsxFile file(Excel("dossiers_multisheet.xlsx"), "dossiers_multisheet.xlsx");
  REQUIRE(file.TableCount() == 3);
  CHECK(file.TableName(0) == "Hướng dẫn");
  CHECK(file.TableName(1) == "Hồ sơ");
  CHECK(file.TableName(2) == "Tháng 4");
  CHECK(Read(*file.Open(0)).records ==
        Records{{"Hướng dẫn"}, {"Dữ liệu tháng 5/2023 ở trang \"Hồ sơ\"; trang \"Tháng 4\" giữ lại để đối chiếu."}});  // A1:A2
  const Table april = Read(*file.Open(2));
  CHECK(april.rows == std::vector<int>{1, 2, 3});
  CHECK(april.records ==
        Records{kCanonical[0],
                {"Q-101", "1.001612", "H01", "truc_tiep", "2023-04-03 08:00:00", "2023-04-05 17:00:00",
                 "2023-04-04 09:00:00", "da_tra_ket_qua", "0", "", "hai_long"},
                {"Q-102", "2.000908", "X0101", "truc_tuyen", "2023-04-10 10:15:00", "2023-04-11 17:00:00", "",
                 "dang_xu_ly", "10000", "truc_tuyen", ""}});

  // Two sources of one sheet at once, read in turns: each from its own start.
  auto first = file.Open(1);
  auto second = file.Open(1);
  std::vector<std::string> a, b;
  REQUIRE(first->Next(a));
  REQUIRE(first->Next(a));
  REQUIRE(second->Next(b));
  CHECK(a == kCanonical[1]);
  CHECK(first->row() == 2);
  CHECK(b == kCanonical[0]);
  CHECK(second->row() == 1);
  CHECK(Read(*first).records == Records(kCanonical.begin() + 2, kCanonical.end()));
  CHECK(Read(*second).records == Records(kCanonical.begin() + 1, kCanonical.end()));
  CHECK(Read(*file.Open(1)).records == kCanonical);  // again, from the start
  CHECK_THROWS_AS(file.Open(3), std::out_of_range);
}

TEST_CASE("xlsx_file: inline strings, rich text and a code merged down over two rows (xlsxwriter)", "[ingest][xlsx]") {
  XlsxFile file(Excel("dossiers_inline_rich.xlsx"), "dossiers_inline_rich.xlsx");
  REQUIRE(file.TableCount() == 1);
  CHECK(file.TableName(0) == "Danh sách");
  const Table table = Read(*file.Open(0));
  CHECK(table.rows == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8});
  CHECK(table.records == Records{Eleven({"DANH SÁCH HỒ SƠ tháng 5/2023"}),  // two rich-text runs
                                 kCanonical[0], kCanonical[1], kCanonical[3], kCanonical[6], kCanonical[2],
                                 kCanonical[5],  // C6:C7 merged: X0101 on Q-005's row too
                                 kCanonical[4]});  // Q-004 written as two runs, "Q-" and "004"
}

TEST_CASE("xlsx_file: OpenExportFile reads a file that begins with PK as a workbook", "[ingest][xlsx]") {
  const RegularFile xlsx(Excel("dossiers_title_total.xlsx"), RegularFile::Links::kFollow);
  const auto workbook = OpenExportFile(xlsx, "dossiers_title_total.xlsx");
  REQUIRE(workbook->TableCount() == 2);
  CHECK(workbook->TableName(0) == "Hồ sơ");
  CHECK(Read(*workbook->Open(0)).records == kTitleTotal);

  const RegularFile csv(test::Fixture("ingest/dossiers_canonical.csv"), RegularFile::Links::kFollow);
  const auto text = OpenExportFile(csv, "dossiers_canonical.csv");
  REQUIRE(text->TableCount() == 1);
  CHECK(text->TableName(0) == "");
}

// ---- Cell text ----

TEST_CASE("xlsx_file: every kind of cell gives the text the CSV of the same export holds", "[ingest][xlsx]") {
  test::TempDir dir;
  // Styles: 0 General, 1 built-in date 14, 2 "dd/mm/yyyy hh:mm", 3 "0.000000", 4 "#,##0.00" (4),
  // 5 "0.00%" (10), 6 "@" (49), 7 time "h:mm" (20).
  const std::string styles = StylesXml({0, 14, 164, 165, 4, 10, 49, 20},
                                       {{"164", "dd/mm/yyyy hh:mm"}, {"165", "0.000000"}});
  const std::string strings = SharedStringsXml({"00123", "Hòa Bình", "a_x000D_b", "_x005F_x000D_"});
  const std::string sheet = SheetXml(
      "<row r=\"1\">"
      "<c r=\"A1\" t=\"s\"><v>0</v></c>"               // text keeps its leading zeros
      "<c r=\"B1\"><v>00123</v></c>"                   // a number does not
      "<c r=\"C1\" t=\"s\"><v>1</v></c>"
      "<c r=\"D1\" t=\"s\"><v>2</v></c>"               // _x000D_ is a carriage return
      "<c r=\"E1\" t=\"s\"><v>3</v></c>"               // _x005F_ escapes the underscore
      "<c r=\"F1\" t=\"inlineStr\"><is><t>x_x0009_y_xD83D__xDE00_</t></is></c>"
      "<c r=\"G1\" t=\"str\"><f>A1&amp;\"!\"</f><v>00123!</v></c>"
      "<c r=\"H1\" t=\"b\"><v>1</v></c><c r=\"I1\" t=\"b\"><v>0</v></c>"
      "<c r=\"J1\" t=\"e\"><v>#N/A</v></c>"
      "<c r=\"K1\" t=\"d\"><v>2023-05-03T08:15:00</v></c>"
      "<c r=\"L1\"><f>SUM(A2:A3)</f></c>"              // a formula never calculated: ""
      "<c r=\"M1\" t=\"s\" s=\"1\"/><c r=\"N1\" t=\"b\"/>"  // styled empty cells of a type
      "</row>"
      "<row r=\"2\">"
      "<c r=\"A2\"><v>1.001612</v></c>"
      "<c r=\"B2\"><v>1.0016120000000001</v></c>"
      "<c r=\"C2\" s=\"3\"><v>1.0001</v></c>"
      "<c r=\"D2\" s=\"4\"><v>75000</v></c>"
      "<c r=\"E2\" s=\"5\"><v>0.1234</v></c>"
      "<c r=\"F2\" s=\"6\"><v>42</v></c>"
      "<c r=\"G2\"><v>200000</v></c>"
      "<c r=\"H2\"><v>-3</v></c>"
      "<c r=\"I2\"><v>1E-3</v></c>"
      "<c r=\"J2\" s=\"99\"><v>45049</v></c>"          // a style the file does not have: General
      "</row>"
      "<row r=\"3\">"
      "<c r=\"A3\" s=\"1\"><v>45049</v></c>"
      "<c r=\"B3\" s=\"2\"><v>45049.34375</v></c>"
      "<c r=\"C3\" s=\"1\"><v>60</v></c>"              // 29/02/1900 never was: the number
      "<c r=\"D3\" s=\"7\"><v>0.5</v></c>"             // a time of day alone (1900 system): the number
      "<c r=\"E3\" s=\"1\"><v>abc</v></c>"             // not a number: the text as written
      "</row>");
  const Table table = ReadSheet(Write(dir, WorkbookParts(sheet, strings, styles)));
  CHECK(table.rows == std::vector<int>{1, 2, 3});
  CHECK(table.records ==
        Records{{"00123", "123", "Hòa Bình", "a\rb", "_x000D_", "x\ty\xF0\x9F\x98\x80", "00123!", "1", "0", "#N/A",
                 "2023-05-03T08:15:00"},
                {"1.001612", "1.001612", "1.000100", "75000.00", "0.1234", "42", "200000", "-3", "0.001", "45049"},
                {"2023-05-03", "2023-05-03 08:15:00", "60", "0.5", "abc"}});
}

TEST_CASE("xlsx_file: dates in the 1904 system", "[ingest][xlsx]") {
  test::TempDir dir;
  ZipParts parts = WorkbookParts(SheetXml("<row r=\"1\"><c s=\"1\"><v>43587</v></c><c s=\"1\"><v>0</v></c></row>"),
                                 "", StylesXml({0, 14}));
  SetPart(parts, "xl/workbook.xml",
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<workbookPr date1904=\"true\"/><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
  const std::string path = Write(dir, parts);
  CHECK(XlsxFile(path, "t.xlsx").date1904());
  CHECK(ReadSheet(path).records == Records{{"2023-05-03", "1904-01-01"}});
}

TEST_CASE("xlsx_file: shared strings joined from rich-text runs, phonetic runs left out", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string strings =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<si><r><rPr><b/></rPr><t>Sở </t></r><r><t xml:space=\"preserve\">Tư pháp</t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>ソ</t></rPh><phoneticPr fontId=\"1\"/></si>"
      "<si><t>X0101</t><rPh><t>ignored</t></rPh></si>"
      "</sst>";
  const std::string sheet =
      SheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v> 1 </v></c></row>");
  CHECK(ReadSheet(Write(dir, WorkbookParts(sheet, strings))).records == Records{{"Sở Tư pháp", "X0101"}});
}

TEST_CASE("xlsx_file: rows and cells without r, absent rows, gaps, blank and trailing empty cells", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string sheet = SheetXml(
      "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c/><c t=\"inlineStr\"><is><t>c</t></is></c></row>"  // row 1
      "<row r=\"4\">" + Inline("B4", "b") + "<c r=\"E4\" s=\"0\"/><c r=\"XFD4\" s=\"0\"/></row>"            // gaps, styled empties
      "<row r=\"5\"/>"                                                                                        // blank
      "<row>" + Inline("C6", "x") + "<c t=\"inlineStr\"><is><t>y</t></is></c></row>"                        // row 6, D6
      "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t></t></is></c><c r=\"B7\"><v></v></c></row>");        // empty cells
  const Table table = ReadSheet(Write(dir, WorkbookParts(sheet)));
  CHECK(table.rows == std::vector<int>{1, 4, 5, 6, 7});
  CHECK(table.records == Records{{"a", "", "c"}, {"", "b"}, {}, {"", "", "x", "y"}, {}});
}

TEST_CASE("xlsx_file: records as wide as the used range (<dimension>), at most 256 columns", "[ingest][xlsx]") {
  test::TempDir dir;
  const auto read = [&](const std::string& dimension, const std::string& rows) {
    std::string sheet = SheetXml(rows);
    if (!dimension.empty()) sheet.insert(sheet.find("<sheetData>"), "<dimension ref=\"" + dimension + "\"/>");
    return ReadSheet(Write(dir, WorkbookParts(sheet))).records;
  };
  const std::string rows = "<row r=\"1\">" + Inline("B1", "b") + "</row><row r=\"2\"/><row r=\"3\">" + Inline("E3", "e") + "</row>";
  CHECK(read("A1:D3", rows) == Records{{"", "b", "", ""}, {"", "", "", ""}, {"", "", "", "", "e"}});
  CHECK(read("C3", rows) == Records{{"", "b", ""}, {"", "", ""}, {"", "", "", "", "e"}});
  CHECK(read("", rows) == Records{{"", "b"}, {}, {"", "", "", "", "e"}});
  CHECK(read("A1:ZZZ9", rows) == Records{{"", "b"}, {}, {"", "", "", "", "e"}});  // not a range: ignored
  const Records wide = read("A1:XFD1048576", rows);
  REQUIRE(wide.size() == 3);
  CHECK(wide[0].size() == 256);
  CHECK(wide[0][1] == "b");
  CHECK(wide[2].size() == 256);
}

TEST_CASE("xlsx_file: merged cells: a value merged down reads on every row, the other cells empty", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string sheet = SheetXml(
      "<row r=\"1\">" + Inline("A1", "TIÊU ĐỀ") + Inline("C1", "hidden") + "</row>" +         // A1:K1
      "<row r=\"2\">" + Inline("A2", "Sở Tư pháp") + Inline("B2", "b2") + Inline("C2", "Q-1") + "</row>" +
      "<row r=\"3\">" + Inline("B3", "hidden") + Inline("C3", "Q-2") + "</row>" +             // A2:B4
      "<row r=\"5\">" + Inline("C5", "Q-4") + "</row>" +                                      // row 4 absent
      "<row r=\"6\">" + Inline("A6", "x") + Inline("C6", "Q-5") + "</row>" +
      "<row r=\"8\">" + Inline("C8", "Q-7") + "</row>",                                        // D7:D9: top row absent
      "<mergeCells count=\"4\"><mergeCell ref=\"A1:K1\"/><mergeCell ref=\"A2:B5\"/>"
      "<mergeCell ref=\"D7:D9\"/><mergeCell ref=\"F6:F6\"/></mergeCells>");
  const Table table = ReadSheet(Write(dir, WorkbookParts(sheet)));
  CHECK(table.rows == std::vector<int>{1, 2, 3, 5, 6, 8});
  CHECK(table.records == Records{{"TIÊU ĐỀ"},
                                 {"Sở Tư pháp", "", "Q-1"},
                                 {"Sở Tư pháp", "", "Q-2"},
                                 {"Sở Tư pháp", "", "Q-4"},
                                 {"x", "", "Q-5"},
                                 {"", "", "Q-7"}});
}

TEST_CASE("xlsx_file: prefixed and strict namespaces, absolute targets, chart sheets skipped", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string prefixed =
      "<x:worksheet xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><x:sheetData>"
      "<x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>Hồ sơ</x:t></x:is></x:c>"
      "<x:c r=\"C2\"><x:v>7</x:v><ext:v xmlns:ext=\"urn:other\">9</ext:v></x:c></x:row>"
      "</x:sheetData><x:mergeCells><x:mergeCell ref=\"B2:B3\"/></x:mergeCells></x:worksheet>";
  ZipParts parts = WorkbookParts(prefixed);
  SetPart(parts, "xl/worksheets/data.xml", SheetXml("<row r=\"1\">" + Inline("A1", "dữ liệu") + "</row>"));
  SetPart(parts, "xl/workbook.xml",
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
          "<sheet name=\"Biểu đồ\" sheetId=\"3\" r:id=\"rId9\"/>"
          "<sheet name=\"Trang 1\" sheetId=\"1\" r:id=\"rId1\"/>"
          "<sheet name=\"Dữ liệu\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
  SetPart(parts, "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet\" "
          "Target=\"/xl/worksheets/sheet1.xml\"/>"
          "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
          "Target=\"./worksheets/../worksheets/data.xml\"/>"
          "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet\" "
          "Target=\"chartsheets/sheet1.xml\"/></Relationships>");
  XlsxFile file(Write(dir, parts), "t.xlsx");
  REQUIRE(file.TableCount() == 2);
  CHECK(file.TableName(0) == "Trang 1");
  CHECK(file.TableName(1) == "Dữ liệu");
  const Table first = Read(*file.Open(0));
  CHECK(first.rows == std::vector<int>{2});
  CHECK(first.records == Records{{"", "Hồ sơ", "7"}});
  CHECK(Read(*file.Open(1)).records == Records{{"dữ liệu"}});
}

// ---- Limits (CsvLimits) ----

TEST_CASE("xlsx_file: the limits of a record: 256 columns, 4.096 bytes a cell, 65.536 bytes a row", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string long_text(4097, 'a');
  const std::string just_fits(4096, 'a');
  // An empty styled cell far right is fine; a value in column 257 (IW) is not.
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml("<row r=\"3\">" + Inline("IV3", "ok") + "<c r=\"XFD3\" s=\"0\"/></row>")))) == "");
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml("<row r=\"3\">" + Inline("A3", "x") + Inline("IW3", "x") + "</row>")))) ==
        "3:257: dòng có hơn 256 cột (giới hạn: 256 cột một dòng)");
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml("<row r=\"2\">" + Inline("C2", just_fits) + "</row>")))) == "");
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml("<row r=\"2\">" + Inline("C2", long_text) + "</row>")))) ==
        "2:3: ô dài hơn 4.096 byte (giới hạn: 4.096 byte một ô)");
  // The same through the shared-string table (kept there cut to 4.097 bytes), and escapes decoded.
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml("<row r=\"5\"><c r=\"B5\" t=\"s\"><v>0</v></c></row>"),
                                         SharedStringsXml({std::string(100000, 'b')})))) ==
        "5:2: ô dài hơn 4.096 byte (giới hạn: 4.096 byte một ô)");
  std::string escapes;
  for (int i = 0; i < 4097; ++i) escapes += "_x0041_";
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml("<row r=\"5\"><c r=\"B5\" t=\"s\"><v>0</v></c></row>"),
                                         SharedStringsXml({escapes})))) ==
        "5:2: ô dài hơn 4.096 byte (giới hạn: 4.096 byte một ô)");
  std::string wide;
  for (int c = 0; c < 17; ++c) wide += "<c t=\"inlineStr\"><is><t>" + std::string(4000, 'w') + "</t></is></c>";
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml("<row r=\"2\">" + wide + "</row>")))) ==
        "2:17: dòng dài hơn 65.536 byte (giới hạn: 65.536 byte một dòng)");
}

// ---- Damaged, hostile and wrong files: each a precise Vietnamese message ----

TEST_CASE("xlsx_file: damaged worksheets", "[ingest][xlsx]") {
  test::TempDir dir;
  const auto sheet = [&](const std::string& rows, const std::string& after = "") {
    return ErrorOf(Write(dir, WorkbookParts(SheetXml(rows, after), SharedStringsXml({"a", "b"}))));
  };
  CHECK(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>2</v></c></row>") ==
        "1:2: " + Damaged("ô B1 trỏ tới chuỗi dùng chung số 2 nhưng bảng chuỗi dùng chung chỉ có 2 chuỗi"));
  CHECK(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>") ==
        "1:1: " + Damaged("ô A1 có chỉ số chuỗi dùng chung \"-1\" không hợp lệ"));
  CHECK(sheet("<row r=\"1\"><c r=\"A1\"><v>1</c></row>") ==
        "1:0: " + Damaged("XML không hợp lệ ở dòng 2 của phần xl/worksheets/sheet1.xml: thẻ đóng không khớp với thẻ mở"));
  CHECK(sheet("<row r=\"1\"><c r=\"A1\"><v>1 & 2</v></c></row>") ==
        "1:0: " + Damaged("XML không hợp lệ ở dòng 2 của phần xl/worksheets/sheet1.xml: có ký tự hoặc thẻ không hợp lệ"));
  CHECK(sheet("<row r=\"3\"/><row r=\"2\"/>") ==
        "2:0: " + Damaged("phần xl/worksheets/sheet1.xml ghi dòng 2 sau dòng 3 (các dòng phải theo thứ tự tăng dần)"));
  CHECK(sheet("<row r=\"3\"/><row r=\"3\"/>") ==
        "3:0: " + Damaged("phần xl/worksheets/sheet1.xml ghi dòng 3 sau dòng 3 (các dòng phải theo thứ tự tăng dần)"));
  CHECK(sheet("<row r=\"1048576\"/><row/>") ==
        "0:0: " + Damaged("phần xl/worksheets/sheet1.xml có dòng số 1.048.577, quá số dòng tối đa của Excel (1.048.576)"));
  CHECK(sheet("<row r=\"99999999999\"/>") ==
        "0:0: " + Damaged("phần xl/worksheets/sheet1.xml có dòng số 99.999.999.999, quá số dòng tối đa của Excel (1.048.576)"));
  CHECK(sheet("<row r=\"x1\"/>") == "0:0: " + Damaged("phần xl/worksheets/sheet1.xml có số dòng \"x1\" không hợp lệ"));
  CHECK(sheet("<row r=\"4\">" + Inline("B4", "b") + Inline("A4", "a") + "</row>") ==
        "4:1: " + Damaged("phần xl/worksheets/sheet1.xml ghi ô A4 sau ô B4 (các ô của một dòng phải theo thứ tự)"));
  CHECK(sheet("<row r=\"4\"><c r=\"XFE4\"/></row>") ==
        "4:0: " + Damaged("phần xl/worksheets/sheet1.xml có ô \"XFE4\" không hợp lệ"));
  CHECK(sheet("<row r=\"4\"><c r=\"XFD4\"/><c/></row>") ==
        "4:0: " + Damaged("dòng có hơn 16.384 ô, quá số cột tối đa của Excel (phần xl/worksheets/sheet1.xml)"));
  CHECK(sheet("<row r=\"1\"/><row r=\"2\"/>", "<mergeCells><mergeCell ref=\"A1:B3\"/><mergeCell ref=\"B2:C2\"/></mergeCells>") ==
        "2:2: " + Damaged("vùng ô gộp B2:C2 chồng lên một vùng ô gộp khác trong phần xl/worksheets/sheet1.xml"));
  CHECK(sheet("<row r=\"1\"/>", "<mergeCells><mergeCell ref=\"A1:ZZZZ2\"/></mergeCells>") ==
        "0:0: " + Damaged("phần xl/worksheets/sheet1.xml có vùng ô gộp \"A1:ZZZZ2\" không hợp lệ"));
  CHECK(sheet("") == "");  // no rows at all: an empty table
}

TEST_CASE("xlsx_file: a DTD, deep nesting and an endless tag are refused, never expanded", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&c;</t></si></sst>";
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml(""), laughs))) ==
        "0:0: " + Damaged("phần xl/sharedStrings.xml có khai báo DOCTYPE (DTD), điều tệp Excel không bao giờ có"));
  CHECK(ErrorOf(Write(dir, WorkbookParts("<!DOCTYPE worksheet>" + SheetXml("")))) ==
        "0:0: " + Damaged("phần xl/worksheets/sheet1.xml có khai báo DOCTYPE (DTD), điều tệp Excel không bao giờ có"));
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "<g>";
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml("<row r=\"1\">" + deep + "</row>")))) ==
        "1:0: " + Damaged("phần xl/worksheets/sheet1.xml có phần tử XML lồng nhau quá 128 cấp"));
  const std::string endless = "<row r=\"1\"><c r=\"A1\" x=\"" + std::string(5 << 20, 'x') + "\"/></row>";
  CHECK(ErrorOf(Write(dir, WorkbookParts(SheetXml(endless)))) ==
        "1:0: " + Damaged("phần xl/worksheets/sheet1.xml có một thẻ XML dài hơn 4 MiB"));
}

TEST_CASE("xlsx_file: damaged packages: missing parts, a bad CRC, a truncated file", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string sheet = SheetXml("<row r=\"1\">" + Inline("A1", "Q-001") + "</row>");
  ZipParts parts = WorkbookParts(sheet);
  RemovePart(parts, "xl/worksheets/sheet1.xml");
  CHECK(ErrorOf(Write(dir, parts)) == "0:0: " + Damaged("thiếu phần xl/worksheets/sheet1.xml của trang tính \"Sheet1\""));
  parts = WorkbookParts(sheet);
  RemovePart(parts, "xl/_rels/workbook.xml.rels");
  CHECK(ErrorOf(Write(dir, parts)) == "0:0: " + Damaged("thiếu phần xl/_rels/workbook.xml.rels"));
  parts = WorkbookParts(sheet, SharedStringsXml({"a"}));
  RemovePart(parts, "xl/sharedStrings.xml");
  CHECK(ErrorOf(Write(dir, parts)) == "0:0: " + Damaged("thiếu phần xl/sharedStrings.xml"));
  parts = WorkbookParts(sheet);
  SetPart(parts, "xl/workbook.xml",
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Tháng 5\" r:id=\"rId7\"/></sheets></workbook>");
  CHECK(ErrorOf(Write(dir, parts)) == "0:0: " + Damaged("trang tính \"Tháng 5\" không có trong phần xl/_rels/workbook.xml.rels"));
  SetPart(parts, "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet\" "
          "Target=\"chartsheets/sheet1.xml\"/><Relationship Id=\"rId7\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet\" Target=\"c.xml\"/>"
          "</Relationships>");
  CHECK(ErrorOf(Write(dir, parts)) ==
        "0:0: sổ Excel không có trang tính dữ liệu nào (chỉ có trang biểu đồ hoặc không có trang nào): hãy đặt dữ liệu "
        "vào một trang tính rồi lưu lại");

  // One byte of the stored (uncompressed) worksheet changed: its CRC no longer matches.
  std::string bytes = ZipBytes(WorkbookParts(sheet), false);
  const size_t at = bytes.find("Q-001");
  REQUIRE(at != std::string::npos);
  bytes[at + 4] = '2';
  test::WriteFile(dir.File("t.xlsx"), bytes);
  CHECK(ErrorOf(dir.File("t.xlsx")) == "0:0: " + Damaged("dữ liệu của phần xl/worksheets/sheet1.xml sai mã kiểm tra CRC"));

  // Deflated data damaged in the middle.
  ZipParts big = WorkbookParts(SheetXml("<row r=\"1\">" + Inline("A1", std::string(3000, 'z') + "Q") + "</row>"));
  bytes = ZipBytes(big);
  const size_t local = bytes.find("xl/worksheets/sheet1.xml");
  REQUIRE(local != std::string::npos);
  for (size_t i = local + 40; i < local + 60; ++i) bytes[i] = static_cast<char>(0xFF);
  test::WriteFile(dir.File("t.xlsx"), bytes);
  CHECK(ErrorOf(dir.File("t.xlsx")) == "0:0: " + Damaged("dữ liệu nén của phần xl/worksheets/sheet1.xml bị hỏng"));

  // Cut in half, as an interrupted upload leaves it: the zip's directory (at its end) is gone.
  bytes = ZipBytes(WorkbookParts(sheet));
  test::WriteFile(dir.File("t.xlsx"), bytes.substr(0, bytes.size() / 2));
  CHECK(ErrorOf(dir.File("t.xlsx")) ==
        "0:0: " + Damaged("không tìm thấy mục lục của tệp nén: tệp bị cắt cụt (tải về hoặc sao chép chưa hết) "
                          "hoặc không phải tệp .xlsx"));
}

TEST_CASE("xlsx_file: a zip that is not a workbook says what it is and what to do", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string office_rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"TARGET\"/></Relationships>";
  const auto rels = [&](const std::string& target) {
    std::string s = office_rels;
    return s.replace(s.find("TARGET"), 6, target);
  };
  CHECK(ErrorOf(Write(dir, {{"_rels/.rels", rels("word/document.xml")}, {"word/document.xml", "<w:document/>"}})) ==
        "0:0: tệp Word (.docx), không phải bảng tính Excel: hãy xuất dữ liệu thành .xlsx hoặc CSV UTF-8");
  CHECK(ErrorOf(Write(dir, {{"_rels/.rels", rels("ppt/presentation.xml")}})) ==
        "0:0: tệp PowerPoint (.pptx), không phải bảng tính Excel: hãy xuất dữ liệu thành .xlsx hoặc CSV UTF-8");
  CHECK(ErrorOf(Write(dir, {{"_rels/.rels", rels("xl/workbook.bin")}, {"xl/workbook.bin", "\x83\x01"}})) ==
        "0:0: sổ Excel nhị phân (.xlsb) chưa được nhận: hãy lưu thành .xlsx hoặc CSV UTF-8");
  CHECK(ErrorOf(Write(dir, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}},
                      false)) == "0:0: bảng tính OpenDocument (.ods) chưa được nhận: hãy lưu thành .xlsx hoặc CSV UTF-8");
  CHECK(ErrorOf(Write(dir, {{"mimetype", "application/vnd.oasis.opendocument.text"}}, false)) ==
        "0:0: tệp OpenDocument không phải bảng tính: hãy xuất dữ liệu thành .xlsx hoặc CSV UTF-8");
  CHECK(ErrorOf(Write(dir, {{"dossiers.csv", "ma_ho_so\nQ-001\n"}})) ==
        "0:0: tệp nén zip nhưng không phải sổ Excel (.xlsx): hãy nộp tệp .xlsx hoặc CSV UTF-8 xuất từ phần mềm một cửa");
  test::WriteFile(dir.File("t.xlsx"), "PK\x03\x04 and then nothing of a zip");
  CHECK(ErrorOf(dir.File("t.xlsx")) ==
        "0:0: " + Damaged("không tìm thấy mục lục của tệp nén: tệp bị cắt cụt (tải về hoặc sao chép chưa hết) "
                          "hoặc không phải tệp .xlsx"));
}

}  // namespace baocao
