#include "ingest/xls_file.h"

#include <catch2/catch.hpp>

#include <cstring>

#include "core/errors.h"
#include "core/regular_file.h"
#include "ingest/csv_reader.h"
#include "ingest/export_file.h"
#include "test_support.h"

namespace baocao {
namespace {

using Records = std::vector<std::vector<std::string>>;

const std::string kDamaged =
    "tệp Excel 97-2003 (.xls) bị hỏng hoặc sai cấu trúc, không đọc được: hãy mở bằng Excel, lưu thành .xlsx "
    "(Excel Workbook) rồi nộp tệp .xlsx";
const std::string kPassword = "tệp Excel có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại";

std::string Le16(unsigned v) { return {static_cast<char>(v & 0xFF), static_cast<char>(v >> 8 & 0xFF)}; }
std::string Le32(uint32_t v) { return Le16(v & 0xFFFF) + Le16(v >> 16); }
std::string F64(double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  return Le32(static_cast<uint32_t>(bits)) + Le32(static_cast<uint32_t>(bits >> 32));
}

// A compound file (version 3, 512-byte sectors) holding the given streams, each at least 4096
// bytes long (zero-padded) so that none lives in the mini stream. Sector 0 is the FAT, sector 1 the
// directory, the streams follow.
std::string CompoundFileWith(const std::vector<std::pair<std::string, std::string>>& streams) {
  std::vector<uint32_t> fat = {0xFFFFFFFD, 0xFFFFFFFE};
  std::string data, directory;
  const auto entry = [](const std::string& name, uint8_t type, uint32_t start, uint32_t size, uint32_t child,
                        uint32_t right) {
    std::string e;
    for (const char c : name) e += Le16(static_cast<unsigned char>(c));
    e += Le16(0);
    e.resize(64, '\0');
    e += Le16(static_cast<unsigned>(2 * name.size() + 2));
    e += static_cast<char>(type);
    e += '\1';  // black
    e += Le32(0xFFFFFFFF) + Le32(right) + Le32(child);
    e.resize(116, '\0');
    return e + Le32(start) + Le32(size) + Le32(0);
  };
  directory += entry("Root Entry", 5, 0xFFFFFFFE, 0, streams.empty() ? 0xFFFFFFFF : 1, 0xFFFFFFFF);
  for (size_t i = 0; i < streams.size(); ++i) {
    std::string bytes = streams[i].second;
    if (bytes.size() < 4096) bytes.resize(4096, '\0');
    const uint32_t first = static_cast<uint32_t>(fat.size());
    const size_t sectors = (bytes.size() + 511) / 512;
    for (size_t s = 0; s < sectors; ++s) fat.push_back(s + 1 == sectors ? 0xFFFFFFFE : first + s + 1);
    bytes.resize(sectors * 512, '\0');
    data += bytes;
    directory += entry(streams[i].first, 2, first, static_cast<uint32_t>(streams[i].second.size() < 4096
                                                                            ? 4096
                                                                            : streams[i].second.size()),
                       0xFFFFFFFF, i + 1 < streams.size() ? static_cast<uint32_t>(i + 2) : 0xFFFFFFFF);
  }
  REQUIRE(directory.size() <= 512);
  REQUIRE(fat.size() <= 128);
  directory.resize(512, '\0');
  std::string fat_sector;
  for (size_t i = 0; i < 128; ++i) fat_sector += Le32(i < fat.size() ? fat[i] : 0xFFFFFFFF);
  std::string header = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  header.resize(24, '\0');
  header += Le16(0x3E) + Le16(3) + Le16(0xFFFE) + Le16(9) + Le16(6);
  header.resize(0x2C, '\0');
  header += Le32(1) + Le32(1) + Le32(0) + Le32(4096) + Le32(0xFFFFFFFE) + Le32(0) + Le32(0xFFFFFFFE) + Le32(0);
  header += Le32(0);
  for (int i = 1; i < 109; ++i) header += Le32(0xFFFFFFFF);
  REQUIRE(header.size() == 512);
  return header + fat_sector + directory + data;
}

// BIFF8 records.
std::string Rec(unsigned type, const std::string& data) { return Le16(type) + Le16(static_cast<unsigned>(data.size())) + data; }
std::string Bof(unsigned type, unsigned version = 0x0600) {
  return Rec(0x0809, Le16(version) + Le16(type) + Le16(0x0DBB) + Le16(0x07CC) + Le32(0) + Le32(6));
}
std::string Eof() { return Rec(0x000A, ""); }
std::string Dimension(uint32_t rows, unsigned columns) {
  return Rec(0x0200, Le32(0) + Le32(rows) + Le16(0) + Le16(columns) + Le16(0));
}
std::string Xf(unsigned format) { return Rec(0x00E0, Le16(0) + Le16(format) + std::string(16, '\0')); }
std::string Format(unsigned id, const std::string& code) {
  return Rec(0x041E, Le16(id) + Le16(static_cast<unsigned>(code.size())) + '\0' + code);
}
std::string Cell(unsigned row, unsigned column, unsigned xf) { return Le16(row) + Le16(column) + Le16(xf); }
std::string Number(unsigned row, unsigned column, unsigned xf, double v) {
  return Rec(0x0203, Cell(row, column, xf) + F64(v));
}
std::string RkInt(unsigned row, unsigned column, unsigned xf, int v, bool hundredths = false) {
  return Rec(0x027E, Cell(row, column, xf) + Le32(static_cast<uint32_t>(v) << 2 | 2 | (hundredths ? 1 : 0)));
}
std::string Label(unsigned row, unsigned column, const std::string& latin1) {
  return Rec(0x0204, Cell(row, column, 0) + Le16(static_cast<unsigned>(latin1.size())) + '\0' + latin1);
}
std::string BoolErr(unsigned row, unsigned column, unsigned value, bool error) {
  return Rec(0x0205, Cell(row, column, 0) + static_cast<char>(value) + static_cast<char>(error));
}
// A formula (the token array is a constant 1: tInt) with its result as last saved.
std::string Formula(unsigned row, unsigned column, unsigned xf, const std::string& result) {
  return Rec(0x0006, Cell(row, column, xf) + result + Le16(0) + Le32(0) + Le16(3) + "\x1E\x01\x00");
}
std::string Special(unsigned kind, unsigned value) {
  return static_cast<char>(kind) + std::string(1, '\0') + static_cast<char>(value) + std::string(3, '\0') + Le16(0xFFFF);
}
std::string StringRecord(const std::string& latin1) {
  return Rec(0x0207, Le16(static_cast<unsigned>(latin1.size())) + '\0' + latin1);
}
std::string Sst(const std::vector<std::string>& strings) {
  std::string data = Le32(static_cast<uint32_t>(strings.size())) + Le32(static_cast<uint32_t>(strings.size()));
  for (const auto& s : strings) data += Le16(static_cast<unsigned>(s.size())) + '\0' + s;
  return Rec(0x00FC, data);
}
std::string LabelSst(unsigned row, unsigned column, uint32_t index) { return Rec(0x00FD, Cell(row, column, 0) + Le32(index)); }

// A workbook stream: the globals (BOF, globals, one BOUNDSHEET a sheet, EOF), then each sheet's
// substream (BOF of type `types[i]`, body, EOF).
std::string Workbook(const std::string& globals, const std::vector<std::pair<std::string, std::string>>& sheets,
                     const std::vector<unsigned>& types = {}) {
  const auto boundsheet = [](uint32_t at, const std::string& name, unsigned type) {
    return Rec(0x0085, Le32(at) + '\0' + static_cast<char>(type == 0x0020 ? 2 : 0) +
                           static_cast<char>(name.size()) + '\0' + name);
  };
  size_t size = Bof(0x0005).size() + globals.size() + Eof().size();
  for (const auto& s : sheets) size += boundsheet(0, s.first, 0).size();
  std::string out = Bof(0x0005) + globals;
  std::string bodies;
  for (size_t i = 0; i < sheets.size(); ++i) {
    const unsigned type = i < types.size() ? types[i] : 0x0010;
    out += boundsheet(static_cast<uint32_t>(size + bodies.size()), sheets[i].first, type);
    bodies += Bof(type) + sheets[i].second + Eof();
  }
  return out + Eof() + bodies;
}

struct Read {
  std::vector<std::string> names;
  std::vector<Records> tables;
  std::vector<std::vector<int>> rows;
  std::vector<std::string> notes;
};

Read ReadXls(const std::string& path, CsvLimits limits = {}) {
  RegularFile file(path, RegularFile::Links::kFollow);
  XlsFile xls(file, "f.xls", limits);
  Read out;
  out.notes = xls.notes();
  std::vector<std::string> fields;
  for (size_t t = 0; t < xls.TableCount(); ++t) {
    out.names.push_back(xls.TableName(t));
    auto source = xls.Open(t);
    out.tables.emplace_back();
    out.rows.emplace_back();
    while (source->Next(fields)) {
      out.tables.back().push_back(fields);
      out.rows.back().push_back(source->row());
    }
  }
  return out;
}

Read ReadBytes(const std::string& bytes, CsvLimits limits = {}) {
  test::TempDir dir;
  test::WriteFile(dir.File("f.xls"), bytes);
  return ReadXls(dir.File("f.xls"), limits);
}

// "row:column: why" of the InputError reading bytes throws, or "read".
std::string Refusal(const std::string& bytes, CsvLimits limits = {}) {
  try {
    ReadBytes(bytes, limits);
  } catch (const InputError& e) {
    CHECK(e.file() == "f.xls");
    return std::to_string(e.row()) + ":" + std::to_string(e.column()) + ": " + e.why();
  }
  return "read";
}

Records CsvRecords(const std::string& path) {
  CsvReader csv(path);
  Records out;
  std::vector<std::string> fields;
  while (csv.Next(fields)) out.push_back(fields);
  return out;
}

// One sheet "S" with the given globals and body, in a compound file.
std::string OneSheet(const std::string& globals, const std::string& body) {
  return CompoundFileWith({{"Workbook", Workbook(globals, {{"S", body}})}});
}

}  // namespace

TEST_CASE("xls: dossiers_canonical.xls reads as exactly the records of dossiers_canonical.csv") {
  const Read read = ReadXls(test::Fixture("ingest/excel/dossiers_canonical.xls"));
  REQUIRE(read.names == std::vector<std::string>{"Hồ sơ TTHC"});
  CHECK(read.tables[0] == CsvRecords(test::Fixture("ingest/dossiers_canonical.csv")));
  CHECK(read.rows[0] == std::vector<int>{1, 2, 3, 4, 5, 6, 7});
  // Typed as Excel users type them: the code a number shown "0.000000", dates with a date format,
  // the fee a number "#,##0"; cells left empty are empty fields, the record as wide as the sheet.
  CHECK(read.tables[0][3] == std::vector<std::string>{"Q-003", "1.000775", "H01", "buu_chinh", "2023-05-02 14:00:00",
                                                      "2023-05-30 17:00:00", "", "dang_xu_ly", "75000", "truc_tuyen",
                                                      ""});
  CHECK(read.notes.empty());
}

TEST_CASE("xls: a worksheet opened again reads again from its first row") {
  RegularFile file(test::Fixture("ingest/excel/dossiers_canonical.xls"), RegularFile::Links::kFollow);
  const auto xls = OpenExportFile(file, "dossiers.xls");  // the OLE2 signature chooses XlsFile
  REQUIRE(xls->TableCount() == 1);
  std::vector<std::string> fields;
  auto first = xls->Open(0);
  REQUIRE(first->Next(fields));
  REQUIRE(first->Next(fields));
  CHECK(fields[0] == "Q-001");
  CHECK(first->row() == 2);
  auto again = xls->Open(0);
  REQUIRE(again->Next(fields));
  CHECK(fields[0] == "ma_ho_so");
  CHECK(again->row() == 1);
  REQUIRE(first->Next(fields));
  CHECK(fields[0] == "Q-002");
}

TEST_CASE("xls: a title block of merged rows, a total row with a formula and a second sheet") {
  // Saved by LibreOffice: the merged titles hold their text in column A only, the cells they cover
  // read empty; row 3 (empty) is skipped; the total's SUM reads as its saved result.
  const Read read = ReadXls(test::Fixture("ingest/excel/dossiers_title_total.xls"));
  REQUIRE(read.names == std::vector<std::string>{"Báo cáo T5", "Ghi chú"});
  const Records csv = CsvRecords(test::Fixture("ingest/dossiers_canonical.csv"));
  const std::vector<std::string> empty(10, "");
  std::vector<std::string> title1{"ỦY BAN NHÂN DÂN HUYỆN AN PHÚ"}, title2{"DANH SÁCH HỒ SƠ TTHC THÁNG 5/2023"};
  title1.insert(title1.end(), empty.begin(), empty.end());
  title2.insert(title2.end(), empty.begin(), empty.end());
  Records expected{title1, title2};
  expected.insert(expected.end(), csv.begin(), csv.end());
  expected.push_back({"Tổng cộng", "", "", "", "", "", "", "", "1585000", "", ""});
  CHECK(read.tables[0] == expected);
  CHECK(read.rows[0] == std::vector<int>{1, 2, 4, 5, 6, 7, 8, 9, 10, 11});
  CHECK(read.tables[1] == Records{{"Mã hồ sơ có số 0 đầu", "0123"}});
  CHECK(read.rows[1] == std::vector<int>{1});
}

TEST_CASE("xls: the 1904 date system (DATEMODE) gives the same dates as the 1900 one") {
  const Read read = ReadXls(test::Fixture("ingest/excel/dossiers_1904.xls"));
  CHECK(read.tables[0] == CsvRecords(test::Fixture("ingest/dossiers_canonical.csv")));
  CHECK(read.notes ==
        std::vector<std::string>{"bảng tính dùng hệ ngày 1904 (Excel cho Mac): ngày tháng đã được đọc theo hệ này"});
}

TEST_CASE("xls: a workbook small enough to live in the mini stream (LibreOffice, header only)") {
  const Read read = ReadXls(test::Fixture("ingest/excel/dossiers_header_only.xls"));
  REQUIRE(read.names == std::vector<std::string>{"dossiers_header_only"});
  CHECK(read.tables[0] == CsvRecords(test::Fixture("ingest/dossiers_header_only.csv")));
  CHECK(read.rows[0] == std::vector<int>{1});
}

TEST_CASE("xls: numbers, dates, booleans, errors and formula results as the CSV of the export holds them") {
  const std::string globals = Xf(0) + Xf(14) + Xf(22) + Xf(164) + Xf(1) + Xf(20) +
                              Format(164, "0.000000") + Sst({"0123"});
  // xf: 0 General, 1 d/m/yyyy, 2 d/m/yyyy h:mm, 3 "0.000000", 4 "0", 5 h:mm
  const std::string body =
      Dimension(4, 9) + RkInt(0, 0, 0, 200000) + RkInt(0, 1, 0, 150, true) + Number(0, 2, 3, 1.0001) +
      Number(0, 3, 4, 1.6) + Number(0, 4, 0, 1.001612) + Number(0, 5, 0, -0.0) + LabelSst(0, 6, 0) +
      Label(0, 7, "007") + Number(0, 8, 0, 0.1 + 0.2) +
      // dates: a day, a time (to the second), 23:59:59.6 (the next day), serial 60 (29/02/1900,
      // never was), 2100-03-01 (freexl would say 2100-02-29), a time with no day, a day 1 as date
      Number(1, 0, 1, 45033) + Number(1, 1, 2, 45033 + 8.0 / 24) + Number(1, 2, 2, 45033 + 86399.6 / 86400) +
      Number(1, 3, 1, 60) + Number(1, 4, 1, 73110) + Number(1, 5, 5, 0.5) + Number(1, 6, 1, 1) +
      // booleans, errors, formula results: number, text, boolean, error, empty text
      BoolErr(2, 0, 1, false) + BoolErr(2, 1, 0, false) + BoolErr(2, 2, 0x07, true) + BoolErr(2, 3, 0x2A, true) +
      Formula(2, 4, 0, F64(1585000)) + Formula(2, 5, 0, Special(0, 0)) + StringRecord("Tong cong") +
      Formula(2, 6, 0, Special(1, 1)) + Formula(2, 7, 0, Special(2, 0x0F)) + Formula(2, 8, 0, Special(3, 0)) +
      Formula(3, 0, 1, F64(45033));
  const Read read = ReadBytes(OneSheet(globals, body));
  CHECK(read.tables[0] == Records{{"200000", "1.5", "1.000100", "2", "1.001612", "0", "0123", "007", "0.3"},
                                  {"2023-04-17", "2023-04-17 08:00:00", "2023-04-18", "60", "2100-03-01", "0.5",
                                   "1900-01-01", "", ""},
                                  {"1", "0", "#DIV/0!", "#N/A", "1585000", "Tong cong", "1", "#VALUE!", ""},
                                  {"2023-04-17", "", "", "", "", "", "", "", ""}});
  CHECK(read.rows[0] == std::vector<int>{1, 2, 3, 4});
}

TEST_CASE("xls: 1904 serials, from day 0") {
  const std::string globals = Rec(0x0022, Le16(1)) + Xf(0) + Xf(14) + Xf(22);
  const std::string body = Dimension(1, 3) + Number(0, 0, 1, 0) + Number(0, 1, 1, 43571) +
                           Number(0, 2, 2, 43571 + 0.5);
  CHECK(ReadBytes(OneSheet(globals, body)).tables[0] ==
        Records{{"1904-01-01", "2023-04-17", "2023-04-17 12:00:00"}});
}

TEST_CASE("xls: rows that hold nothing are skipped, row() is the row number in the sheet") {
  const std::string body = Dimension(9, 2) + Label(2, 1, "a") + Rec(0x0201, Cell(4, 0, 0)) +
                           Formula(6, 0, 0, Special(3, 0)) + Label(8, 0, "b");
  const Read read = ReadBytes(OneSheet(Xf(0), body));
  CHECK(read.tables[0] == Records{{"", "a"}, {"b", ""}});
  CHECK(read.rows[0] == std::vector<int>{3, 9});
}

TEST_CASE("xls: the share read is the sheet's cells returned so far") {
  const std::string body = Dimension(4, 2) + Label(0, 0, "a") + Label(0, 1, "b") + Label(1, 0, "c") +
                           Label(1, 1, "d") + Label(2, 0, "e") + Label(3, 0, "f") + Label(3, 1, "g");
  test::TempDir dir;
  test::WriteFile(dir.File("f.xls"), OneSheet(Xf(0), body));
  RegularFile file(dir.File("f.xls"), RegularFile::Links::kFollow);
  XlsFile xls(file, "f.xls");
  auto source = xls.Open(0);
  CHECK(source->FractionRead() == 0.0);
  std::vector<std::string> fields;
  std::vector<double> shares;
  while (source->Next(fields)) shares.push_back(source->FractionRead().value());
  CHECK(shares == std::vector<double>{2.0 / 7, 4.0 / 7, 5.0 / 7, 1.0});
  CHECK(source->FractionRead() == 1.0);
  // A sheet without cells is read whole at once.
  test::WriteFile(dir.File("g.xls"), OneSheet(Xf(0), Dimension(0, 0)));
  RegularFile empty_file(dir.File("g.xls"), RegularFile::Links::kFollow);
  XlsFile empty(empty_file, "g.xls");
  auto none = empty.Open(0);
  CHECK_FALSE(none->Next(fields));
  CHECK(none->FractionRead() == 1.0);
}

TEST_CASE("xls: password-protected workbooks are refused, .xls and .xlsx alike") {
  CHECK_THROWS_WITH(ReadXls(test::Fixture("ingest/excel/dossiers_password.xls")),
                    "f.xls: " + kPassword);
  // A password-protected .xlsx is an OLE2 file holding the encrypted zip as "EncryptedPackage".
  CHECK(Refusal(CompoundFileWith({{"EncryptionInfo", std::string(200, '\x04')},
                                  {"EncryptedPackage", std::string(5000, '\x55')}})) == "0:0: " + kPassword);
}

TEST_CASE("xls: other Office files, Excel 5.0/95 and older") {
  CHECK(Refusal(CompoundFileWith({{"WordDocument", std::string(600, '\xEC')}, {"1Table", "x"}})) ==
        "0:0: tệp là văn bản Word (.doc), không phải bảng tính Excel: hãy nộp tệp dữ liệu xuất từ phần mềm (.xlsx, "
        ".xls hoặc .csv)");
  CHECK(Refusal(CompoundFileWith({{"PowerPoint Document", "x"}})) ==
        "0:0: tệp Office này không phải bảng tính Excel: hãy nộp tệp dữ liệu xuất từ phần mềm (.xlsx, .xls hoặc "
        ".csv)");
  const std::string biff5 = Rec(0x0809, Le16(0x0500) + Le16(0x0005) + Le16(0) + Le16(0)) + Eof();
  CHECK(Refusal(CompoundFileWith({{"Book", biff5}})) ==
        "0:0: tệp Excel 5.0/95 quá cũ: hãy mở bằng Excel và lưu thành .xlsx");
  // Excel 4.0 and older wrote the records straight into the file, no OLE2 container: the hook
  // recognises the BOF record too.
  test::TempDir dir;
  test::WriteFile(dir.File("old.xls"), Rec(0x0409, Le16(0) + Le16(0x0010) + Le16(0)) + Eof());
  RegularFile old(dir.File("old.xls"), RegularFile::Links::kFollow);
  CHECK_THROWS_WITH(OpenExportFile(old, "old.xls"),
                    "old.xls: tệp Excel 2.x–4.0 quá cũ: hãy mở bằng Excel và lưu thành .xlsx");
}

TEST_CASE("xls: damaged files are refused, never read in part") {
  const std::string good = test::ReadFile(test::Fixture("ingest/excel/dossiers_canonical.xls"));
  CHECK(Refusal(good.substr(0, 3000)) == "0:0: " + kDamaged);  // truncated
  std::string lost = good;
  lost[0x33] = '\x7F';  // the directory's first sector beyond the end of the file
  CHECK(Refusal(lost) == "0:0: " + kDamaged);
  std::string zeros = good;
  std::fill(zeros.begin() + 1024, zeros.end(), '\0');  // the workbook stream blanked
  CHECK(Refusal(zeros) == "0:0: " + kDamaged);
  // Shapes libfreexl reads out of bounds, leaks or mis-assigns: a cell outside the DIMENSION, the
  // same cell twice, a LABEL longer than its record, a sheet with no DIMENSION, a string shared
  // beyond the SST's end.
  CHECK(Refusal(OneSheet(Xf(0), Dimension(1, 1) + Label(0, 1, "x"))) == "0:0: " + kDamaged);
  CHECK(Refusal(OneSheet(Xf(0), Dimension(1, 1) + Label(0, 0, "x") + Number(0, 0, 0, 1))) == "0:0: " + kDamaged);
  CHECK(Refusal(OneSheet(Xf(0), Dimension(1, 1) + Rec(0x0204, Cell(0, 0, 0) + Le16(9000) + '\0' + "abc"))) ==
        "0:0: " + kDamaged);
  CHECK(Refusal(OneSheet(Xf(0), Label(0, 0, "x"))) == "0:0: " + kDamaged);
  CHECK(Refusal(OneSheet(Sst({"a"}), Dimension(1, 1) + LabelSst(0, 0, 1))) == "0:0: " + kDamaged);
}

TEST_CASE("xls: chart and macro sheets, and charts inside a worksheet, are refused") {
  const std::string why =
      "0:0: tệp Excel 97-2003 (.xls) có trang biểu đồ, trang macro hoặc biểu đồ đặt trong trang tính, không đọc "
      "được ở định dạng này: hãy mở bằng Excel, lưu thành .xlsx (Excel Workbook) rồi nộp tệp .xlsx";
  CHECK(Refusal(CompoundFileWith({{"Workbook", Workbook(Xf(0), {{"S", Dimension(1, 1) + Label(0, 0, "a")},
                                                                {"Biểu đồ", ""}},
                                                        {0x0010, 0x0020})}})) == why);
  CHECK(Refusal(OneSheet(Xf(0), Dimension(1, 1) + Label(0, 0, "a") + Bof(0x0020) + Eof())) == why);
}

TEST_CASE("xls: limits: the cells the sheets declare, the days freexl would count, a field's bytes") {
  // freexl allocates 16 bytes for every cell of the used range a sheet declares (DIMENSION): at most
  // 65.536 × 256 in all, and no more than 64 times the cells the file writes (at least 2^20).
  const std::string too_big =
      "0:0: tệp Excel 97-2003 (.xls) có vùng dữ liệu quá lớn (từ ô A1 đến ô cuối cùng có dữ liệu hoặc định dạng: "
      "hơn 16.777.216 ô trên các trang tính cộng lại, hoặc gấp hơn 64 lần số ô thật sự có trong tệp): hãy xóa các "
      "dòng, cột thừa ở cuối trang tính (Ctrl+End cho biết ô cuối cùng) hoặc lưu thành .xlsx";
  CHECK(Refusal(OneSheet(Xf(0), Dimension(65536, 256) + Label(0, 0, "a"))) == too_big);
  CHECK(Refusal(OneSheet(Xf(0), Dimension(4097, 256) + Label(0, 0, "a"))) == too_big);
  CHECK(ReadBytes(OneSheet(Xf(0), Dimension(4096, 256) + Label(4095, 255, "a"))).rows[0] == std::vector<int>{4096});
  // freexl steps one day at a time to a date: five cells of serial 2e9 would take it ten seconds.
  std::string dates = Dimension(1, 5);
  for (unsigned c = 0; c < 5; ++c) dates += Number(0, c, 1, 2e9);
  CHECK(Refusal(OneSheet(Xf(0) + Xf(14), dates)) ==
        "0:0: tệp Excel 97-2003 (.xls) có quá nhiều ô ngày tháng (hoặc ô định dạng ngày có giá trị quá lớn) để đọc "
        "ở định dạng này: hãy mở bằng Excel, lưu thành .xlsx (Excel Workbook) rồi nộp tệp .xlsx");
  // The same message as the CSV reader's, at the cell's row and column.
  const std::string body = Dimension(3, 2) + Label(0, 0, "ma_ho_so") + Label(2, 1, std::string(4097, 'x'));
  CHECK(Refusal(OneSheet(Xf(0), body)) == "3:2: ô dài hơn 4.096 byte (giới hạn: 4.096 byte một ô)");
  CHECK(ReadBytes(OneSheet(Xf(0), Dimension(1, 1) + Label(0, 0, std::string(4096, 'x')))).tables[0][0][0].size() ==
        4096);
  CsvLimits narrow;
  narrow.max_fields = 2;
  CHECK(Refusal(OneSheet(Xf(0), Dimension(2, 4) + Label(0, 0, "a") + Label(1, 3, "b")), narrow) ==
        "2:4: dòng có hơn 2 cột (giới hạn: 2 cột một dòng)");
}

}  // namespace baocao
