#include "ingest/export_table.h"

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "ingest/ingest_fixture.h"
#include "ingest/submission.h"

namespace baocao {
namespace {

using Rows = std::vector<std::pair<int, std::vector<std::string>>>;  // (row number, cells)

// A workbook in memory: named sheets of numbered rows, as a reader of .xlsx returns them.
class FakeWorkbook : public ExportFile {
 public:
  void Add(std::string name, Rows rows, int fail_at_row = 0) { sheets_.push_back({std::move(name), std::move(rows), fail_at_row}); }
  size_t TableCount() const override { return sheets_.size(); }
  std::string TableName(size_t i) const override { return sheets_[i].name; }
  std::unique_ptr<RecordSource> Open(size_t i) override { return std::make_unique<Source>(sheets_[i]); }

 private:
  struct Sheet {
    std::string name;
    Rows rows;
    int fail_at_row;
  };
  class Source : public RecordSource {
   public:
    explicit Source(const Sheet& sheet) : sheet_(sheet) {}
    bool Next(std::vector<std::string>& fields) override {
      if (next_ == sheet_.rows.size()) return false;
      row_ = sheet_.rows[next_].first;
      if (row_ == sheet_.fail_at_row) throw InputError("f.xlsx", row_, 3, "ô dài hơn 4.096 byte");
      fields = sheet_.rows[next_++].second;
      return true;
    }
    int row() const override { return row_; }

   private:
    const Sheet& sheet_;
    size_t next_ = 0;
    int row_ = 0;
  };
  std::vector<Sheet> sheets_;
};

const std::vector<std::string> kHeader = {"Mã hồ sơ", "Mã TTHC", "Mã đơn vị", "Kênh nộp", "Ngày tiếp nhận",
                                          "Hạn trả kết quả", "Ngày hoàn thành", "Trạng thái", "Phí, lệ phí",
                                          "Hình thức thanh toán", "Đánh giá"};
const std::vector<std::string> kRow = {"Q-001", "1.001612", "H01", "truc_tuyen", "2023-04-17 08:00:00",
                                       "2023-04-20 17:00:00", "2023-04-19 10:00:00", "da_tra_ket_qua"};

// Every data row of the table, as "row: first cell (cell count)".
std::vector<std::string> DataRows(ExportTable& table, Problems& errors) {
  Problems header_errors, warnings;
  static HeaderMap map;
  map = MapHeader(SubmissionKind::kDossiers, table.header(), header_errors, warnings, table.header_row());
  table.set_header_map(&map);
  std::vector<std::string> out, fields;
  while (table.Next(fields, errors))
    out.push_back(std::to_string(table.row()) + ": " + fields[0] + " (" + std::to_string(fields.size()) + ")");
  return out;
}

}  // namespace

TEST_CASE("export_table: the header is the first row naming known columns, below the title rows", "[ingest][export_table]") {
  FakeWorkbook book;
  book.Add("Hướng dẫn", {{1, {"Cách điền: mỗi hồ sơ một dòng"}}, {2, {"Mã hồ sơ: theo phần mềm một cửa"}}});
  book.Add("Hồ sơ", {{1, {"DANH SÁCH HỒ SƠ TIẾP NHẬN TỪ NGÀY 01/05/2023 ĐẾN NGÀY 31/05/2023"}},
                     {2, {"UBND huyện Kỳ Sơn"}},
                     {4, kHeader},
                     {5, kRow},  // Excel writes no trailing empty cells: padded to the header's width
                     {6, {"Q-002"}},
                     {8, {"", "", "", "", "", "", "", "", "", "", ""}},
                     {9, {"Tổng cộng", "", "", "", "", "", "", "", "1585000"}},
                     {11, {"", "", "", "Người lập biểu", "", "", "", "", "Thủ trưởng đơn vị"}}});
  auto table = ExportTable::Find(book, "f.xlsx", SubmissionKind::kDossiers, std::nullopt);
  REQUIRE(table);
  CHECK(table->sheet() == "Hồ sơ");
  CHECK(table->header_row() == 4);
  Problems errors;
  CHECK(DataRows(*table, errors) == std::vector<std::string>{"5: Q-001 (11)", "6: Q-002 (11)"});
  CHECK(errors.empty());
  CHECK(table->Notes() == std::vector<std::string>{
                              "đọc trang tính \"Hồ sơ\" (trang tính thứ 2 trong 2, trang đầu tiên có dòng tiêu đề cột)",
                              "dòng tiêu đề cột là dòng 4; bỏ qua các dòng 1–3 phía trên (tiêu đề biểu, tên đơn vị)",
                              "dừng đọc ở dòng 9 (dòng \"Tổng cộng\"): dòng này không phải dữ liệu; bỏ qua dòng 11 "
                              "bên dưới (chữ ký, ghi chú)"});
}

TEST_CASE("export_table: --sheet picks a sheet by name, ignoring case and accents", "[ingest][export_table]") {
  FakeWorkbook book;
  book.Add("Tháng 5", {{1, kHeader}, {2, kRow}});
  book.Add("Tháng 4", {{1, kHeader}, {2, {"Q-900"}}, {3, {"Q-901"}}});
  auto table = ExportTable::Find(book, "f.xlsx", SubmissionKind::kDossiers, std::string("THANG 4"));
  REQUIRE(table);
  CHECK(table->sheet() == "Tháng 4");
  Problems errors;
  CHECK(DataRows(*table, errors) == std::vector<std::string>{"2: Q-900 (11)", "3: Q-901 (11)"});
  CHECK(table->Notes() == std::vector<std::string>{"đọc trang tính \"Tháng 4\" (theo --sheet)"});
  try {
    ExportTable::Find(book, "f.xlsx", SubmissionKind::kDossiers, std::string("Tháng 6"));
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.why() == "tệp không có trang tính \"Tháng 6\"; các trang tính: \"Tháng 5\", \"Tháng 4\"");
  }
}

TEST_CASE("export_table: rows after a blank row are data when they are, a trailer when they are not", "[ingest][export_table]") {
  FakeWorkbook book;
  std::vector<std::string> row7 = kRow;
  row7[0] = "Q-007";
  std::vector<std::string> half = {"Q-008", "1.001612", "H01", "truc_tuyen"};  // 4 of 7 required: data (an error later)
  book.Add("Sheet1", {{1, kHeader}, {2, kRow}, {3, {}}, {4, {"ghi chú giữa bảng"}}, {5, row7}, {6, {}},
                      {7, {"", "", "Người lập biểu"}}, {8, half}, {9, {}}, {10, {"Nguyễn Văn A"}}});
  auto table = ExportTable::Find(book, "f.xlsx", SubmissionKind::kDossiers, std::nullopt);
  REQUIRE(table);
  Problems errors;
  CHECK(DataRows(*table, errors) ==
        std::vector<std::string>{"2: Q-001 (11)", "4: ghi chú giữa bảng (11)", "5: Q-007 (11)", "7:  (11)",
                                 "8: Q-008 (11)"});
  CHECK(table->Notes() == std::vector<std::string>{"bỏ qua dòng 10 cuối bảng, sau dòng trống (không đủ các cột "
                                                   "bắt buộc: chữ ký, ghi chú)"});

  FakeWorkbook signed_book;
  signed_book.Add("Sheet1", {{1, kHeader}, {2, kRow}, {3, {}}, {4, {"", "", "Người lập biểu"}}, {6, {"Nguyễn Văn A"}}});
  table = ExportTable::Find(signed_book, "f.xlsx", SubmissionKind::kDossiers, std::nullopt);
  REQUIRE(table);
  CHECK(DataRows(*table, errors) == std::vector<std::string>{"2: Q-001 (11)"});
  CHECK(table->Notes() == std::vector<std::string>{"bỏ qua các dòng 4–6 cuối bảng, sau dòng trống (không đủ các cột "
                                                   "bắt buộc: chữ ký, ghi chú)"});
  CHECK(errors.empty());
}

TEST_CASE("export_table: a data row below the total row is an error, never dropped", "[ingest][export_table]") {
  FakeWorkbook book;
  std::vector<std::string> row5 = kRow;
  row5[0] = "Q-005";
  book.Add("Sheet1", {{1, kHeader}, {2, kRow}, {3, {"Cộng", "", "", "", "", "", "", "", "0"}}, {4, row5}});
  auto table = ExportTable::Find(book, "f.xlsx", SubmissionKind::kDossiers, std::nullopt);
  REQUIRE(table);
  Problems errors;
  CHECK(DataRows(*table, errors) == std::vector<std::string>{"2: Q-001 (11)"});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].row == 4);
  CHECK(errors[0].message ==
        "dòng này nằm dưới dòng \"Tổng cộng\" (dòng 3) nhưng có mã và phần lớn các cột bắt buộc như một dòng dữ "
        "liệu: hãy chuyển dòng này lên trên dòng \"Tổng cộng\" (hoặc xóa nếu không phải dữ liệu) rồi nộp lại");
}

TEST_CASE("export_table: no header anywhere: the row naming the most columns, so that the receipt says which are missing", "[ingest][export_table]") {
  FakeWorkbook book;
  book.Add("Sheet1", {{1, {"Báo cáo tháng 5"}}, {2, {"Mã hồ sơ", "Mã TTHC", "ghi chú"}}, {3, {"Q-001", "1.001612"}}});
  book.Add("Sheet2", {{1, {"trống"}}});
  auto table = ExportTable::Find(book, "f.xlsx", SubmissionKind::kDossiers, std::nullopt);
  REQUIRE(table);
  CHECK(table->sheet() == "Sheet1");
  CHECK(table->header_row() == 2);
  CHECK(table->header() == std::vector<std::string>{"Mã hồ sơ", "Mã TTHC", "ghi chú"});
  CHECK(table->Notes() == std::vector<std::string>{
                              "không trang tính nào có dòng tiêu đề cột của mẫu hồ sơ TTHC; đọc trang tính \"Sheet1\"",
                              "dòng tiêu đề cột là dòng 2; bỏ qua dòng 1 phía trên (tiêu đề biểu, tên đơn vị)"});
}

TEST_CASE("export_table: a sheet that breaks a limit is named with the cell", "[ingest][export_table]") {
  FakeWorkbook book;
  book.Add("Hồ sơ", {{1, {"Tiêu đề"}}, {2, kHeader}}, 1);
  try {
    ExportTable::Find(book, "f.xlsx", SubmissionKind::kDossiers, std::nullopt);
    FAIL("no error");
  } catch (const SheetInputError& e) {
    CHECK(e.sheet() == "Hồ sơ");
    CHECK(TablePlace{"f.xlsx", e.sheet()}.Format(e.row(), e.column(), e.why()) == "f.xlsx[Hồ sơ]:C1: ô dài hơn 4.096 byte");
  }
}

TEST_CASE("export_table: places in a worksheet read as Excel names cells", "[ingest][export_table]") {
  const TablePlace sheet{"hs.xlsx", "Hồ sơ"};
  CHECK(sheet.Format(17, 2, "cột \"ma_tthc\": x") == "hs.xlsx[Hồ sơ]:B17: cột \"ma_tthc\": x");
  CHECK(sheet.Format(17, 0, "m") == "hs.xlsx[Hồ sơ]:17: m");
  CHECK(sheet.Format(0, 0, "m") == "hs.xlsx[Hồ sơ]: m");
  CHECK(sheet.Format(3, 28, "m") == "hs.xlsx[Hồ sơ]:AB3: m");
  CHECK(TablePlace{"hs.csv", ""}.Format(17, 2, "m") == "hs.csv:17:2: m");
}

TEST_CASE("a CSV with a title block, a total row and a signature stores the same dossiers as the canonical file", "[ingest][export_table]") {
  test::CatalogDb canonical;
  REQUIRE(canonical.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "H01", "2023-05").ok());
  for (const char* file : {"dossiers_title_total.csv", "dossiers_signature.csv"}) {
    CAPTURE(file);
    test::CatalogDb c;
    const Receipt r = c.Submit(SubmissionKind::kDossiers, file, "H01", "2023-05");
    CHECK(r.outcome == SubmitOutcome::kAccepted);
    CHECK(r.rows_total == 6);
    CHECK(c.Dossiers() == canonical.Dossiers());
  }
  test::CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "dossiers_title_total.csv", "H01", "2023-05");
  CHECK(r.notes == std::vector<std::string>{
                       "dòng tiêu đề cột là dòng 4; bỏ qua các dòng 1–3 phía trên (tiêu đề biểu, tên đơn vị)",
                       "dừng đọc ở dòng 11 (dòng \"Tổng cộng\"): dòng này không phải dữ liệu; bỏ qua các dòng 13–14 "
                       "bên dưới (chữ ký, ghi chú)"});
  CHECK(r.Text().find("Ghi chú:\n  dòng tiêu đề cột là dòng 4;") != std::string::npos);
  const Receipt s = test::CatalogDb().Submit(SubmissionKind::kDossiers, "dossiers_signature.csv", "H01", "2023-05");
  CHECK(s.notes == std::vector<std::string>{"bỏ qua các dòng 9–10 cuối bảng, sau dòng trống (không đủ các cột bắt "
                                            "buộc: chữ ký, ghi chú)"});
}

TEST_CASE("a CSV with dossiers below its total row is rejected at those rows", "[ingest][export_table]") {
  test::CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "bad_below_total.csv", "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kRejected);
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].Format("f") ==
        "f:7: dòng này nằm dưới dòng \"Tổng cộng\" (dòng 6) nhưng có mã và phần lớn các cột bắt buộc như một dòng "
        "dữ liệu: hãy chuyển dòng này lên trên dòng \"Tổng cộng\" (hoặc xóa nếu không phải dữ liệu) rồi nộp lại");
  CHECK(r.errors[1].row == 8);
  CHECK(r.rows_rejected == 2);
}

}  // namespace baocao
