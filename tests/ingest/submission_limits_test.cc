// Hostile sizes: files over the reader's limits are rejected whole, and a file with very many
// problems lists the first 100 and counts the others. The files are built here, just over the limits.
// A long file tells its progress as it is read.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <vector>

#include "core/exit_codes.h"
#include "ingest/ingest_fixture.h"
#include "ingest/submission.h"
#include "ingest/workbook_builder_fixture.h"
#include "store/submission_log.h"

namespace baocao {
namespace {

using test::CatalogDb;
using test::DumpDatabase;
using test::QueryText;

// The header without its newline.
const std::string kHeader(test::kDossierCsvHeader, std::string_view(test::kDossierCsvHeader).size() - 1);

std::string Dossier(int n, const std::string& channel) {
  return "L-" + std::to_string(n) + ",1.001612,H01," + channel + ",2023-05-02,2023-05-20,,dang_xu_ly,0,,\n";
}

const std::string kFaxMessage =
    "cột \"kenh_nop\": giá trị \"fax\" không hợp lệ; chấp nhận: truc_tuyen (Trực tuyến), truc_tiep (Trực "
    "tiếp), buu_chinh (Bưu chính công ích)";

// Submits a file built in a temporary folder; in either mode it must be rejected whole, leaving
// the database as it was. Returns the first error, with the file name shortened to "f".
std::string RejectedWhole(const std::string& content) {
  for (const bool partial : {false, true}) {
    CatalogDb c;
    test::TempDir dir;
    test::WriteFile(dir.File("d.csv"), content);
    const std::string before = DumpDatabase(c.db());
    const Receipt r = c.Submit(SubmissionKind::kDossiers, dir.File("d.csv"), "H01", "2023-05", partial);
    CHECK(r.outcome == SubmitOutcome::kRejected);
    CHECK(r.submission_id == 0);
    CHECK(DumpDatabase(c.db()) == before);
    REQUIRE(r.errors.total() == 1);
    if (partial) return r.errors[0].Format("f");
  }
  return "";
}

}  // namespace

TEST_CASE("a header of more than 256 columns is refused without reading it whole", "[ingest]") {
  std::string header = kHeader;
  for (int i = 12; i <= 257; ++i) header += ",";  // empty names, as a hostile file has them
  CHECK(RejectedWhole(header + "\n" + Dossier(1, "truc_tuyen")) ==
        "f:1:257: dòng có hơn 256 cột (giới hạn: 256 cột một dòng); phần còn lại của tệp không đọc được");
}

TEST_CASE("a field over 4.096 bytes is refused at its row and column, named by its header", "[ingest]") {
  const std::string content =
      kHeader + "\n" + Dossier(1, "truc_tuyen") + std::string(4097, 'A') + Dossier(2, "truc_tuyen").substr(3);
  CHECK(RejectedWhole(content) ==
        "f:3:1: cột \"ma_ho_so\": ô dài hơn 4.096 byte (giới hạn: 4.096 byte một ô); phần còn lại của "
        "tệp không đọc được");
}

TEST_CASE("a line over 65.536 bytes is refused at the column where it passes the limit", "[ingest]") {
  std::string header = kHeader;
  for (int i = 1; i <= 9; ++i) header += ",x" + std::to_string(i);
  // 16 fields of 4.000 bytes and their 16 commas make 64.016 bytes: the 17th field passes the limit.
  std::string row;
  for (int i = 0; i < 20; ++i) row += (i ? "," : "") + std::string(4000, 'a');
  CHECK(RejectedWhole(header + "\n" + row + "\n") ==
        "f:2:17: cột \"x6\": dòng dài hơn 65.536 byte (giới hạn: 65.536 byte một dòng); phần còn lại của "
        "tệp không đọc được");
}

TEST_CASE("more than five unknown columns make one warning that names the first five", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  std::string header = kHeader;
  for (int i = 1; i <= 9; ++i) header += ",x" + std::to_string(i);
  test::WriteFile(dir.File("d.csv"), header + "\n");
  const Receipt r = c.Submit(SubmissionKind::kDossiers, dir.File("d.csv"), "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  REQUIRE(r.warnings.total() == 1);
  CHECK(r.warnings[0].Format("f") ==
        "f:1: 9 cột không thuộc mẫu hồ sơ TTHC, bỏ qua: \"x1\" (cột 12), \"x2\" (cột 13), \"x3\" (cột 14), "
        "\"x4\" (cột 15), \"x5\" (cột 16) và 4 cột khác");
}

TEST_CASE("a rejected file with 150 bad rows lists the first 100 problems and counts the others", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  std::string content = kHeader + "\n";
  for (int i = 1; i <= 150; ++i) content += Dossier(i, "fax");
  test::WriteFile(dir.File("d.csv"), content);
  const std::string before = DumpDatabase(c.db());
  const Receipt r = c.Submit(SubmissionKind::kDossiers, dir.File("d.csv"), "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(DumpDatabase(c.db()) == before);
  CHECK(r.rows_rejected == 150);
  CHECK(r.errors.total() == 150);
  REQUIRE(r.errors.size() == 100);
  CHECK(r.errors[0].Format("f") == "f:2:4: " + kFaxMessage);
  CHECK(r.errors[99].Format("f") == "f:101:4: " + kFaxMessage);
  const std::string text = r.Text();
  CHECK(text.find("Số dòng dữ liệu: 150; tiếp nhận: 0; bị từ chối: 150\nLỗi (150):\n  " + dir.File("d.csv") +
                  ":2:4: ") != std::string::npos);
  CHECK(text.find(dir.File("d.csv") + ":101:4: " + kFaxMessage + "\n  … và 50 lỗi khác\n"
                  "Tổng kết: 150 dòng, 0 hợp lệ, 150 dòng lỗi, 0 cảnh báo.\n") != std::string::npos);
  CHECK(text.find(":102:4:") == std::string::npos);
}

TEST_CASE("partial mode stores the first 100 rejected rows and a line counting the others", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  std::string content = kHeader + "\n";
  for (int i = 1; i <= 10; ++i) content += Dossier(i, "truc_tuyen");
  for (int i = 11; i <= 1010; ++i) content += Dossier(i, "fax");
  test::WriteFile(dir.File("d.csv"), content);
  const Receipt r = c.Submit(SubmissionKind::kDossiers, dir.File("d.csv"), "H01", "2023-05", true);
  CHECK(r.outcome == SubmitOutcome::kPartial);
  CHECK(r.rows_total == 1010);
  CHECK(r.rows_accepted == 10);
  CHECK(r.rows_rejected == 1000);
  CHECK(r.Text().find("  … và 900 lỗi khác\nTổng kết: 1.010 dòng, 10 hợp lệ, 1.000 dòng lỗi, 0 cảnh báo.\n") !=
        std::string::npos);
  CHECK(QueryText(c.db(), "SELECT COUNT(*) FROM dossiers") == "10\n");
  CHECK(QueryText(c.db(), "SELECT rows_accepted, rows_rejected FROM submissions WHERE kind='dossiers'") ==
        "10|1000\n");
  const auto rows = ListRejectedRows(c.db(), r.submission_id);
  REQUIRE(rows.size() == 101);
  CHECK(rows[0].row == 12);
  CHECK(rows[99].row == 111);
  CHECK(rows[100].row == 0);
  CHECK(rows[100].message == "… và 900 lỗi khác");
}

TEST_CASE("submit of a file over the limits exits 3 with its receipt", "[ingest]") {
  test::TempDir dir;
  const std::string db = dir.File("b.db");
  REQUIRE(test::RunCliCapture({"--db", db, "submit", "--kind", "units", test::Fixture("sample/units.csv")}).code ==
          kExitOk);
  test::WriteFile(dir.File("d.csv"), kHeader + "\n" + std::string(70000, 'x') + "\n");
  const auto r = test::RunCliCapture(
      {"--db", db, "submit", "--kind", "dossiers", "--unit", "H01", "--period", "2023-05", dir.File("d.csv")});
  CHECK(r.code == kExitBadInput);
  CHECK((r.out + r.err).find(dir.File("d.csv") + ":2:1: cột \"ma_ho_so\": ô dài hơn 4.096 byte (giới hạn: "
                             "4.096 byte một ô); phần còn lại của tệp không đọc được") != std::string::npos);
}

namespace {

// A worksheet row of inline strings holding the fields of a CSV line (no quotes, no commas inside).
std::string RowXml(int row, const std::string& csv_line) {
  std::string xml = "<row r=\"" + std::to_string(row) + "\">";
  char column = 'A';
  size_t start = 0;
  for (;;) {
    size_t end = csv_line.find_first_of(",\n", start);
    if (end == std::string::npos) end = csv_line.size();
    const std::string field = csv_line.substr(start, end - start);
    if (!field.empty())
      xml += "<c r=\"" + std::string(1, column) + std::to_string(row) + "\" t=\"inlineStr\"><is><t>" + field +
             "</t></is></c>";
    if (end >= csv_line.size() || csv_line[end] == '\n') break;
    start = end + 1;
    ++column;
  }
  return xml + "</row>";
}

// A file of `rows` generated dossiers (every 7th with a bad channel), a CSV or the same rows as a
// workbook's worksheet, submitted in partial mode with each call of SubmitRequest::progress recorded
// in calls.
struct ProgressRun {
  enum class Format { kCsv, kXlsx };
  explicit ProgressRun(int rows, Format format = Format::kCsv) {
    const auto line = [](int n) { return Dossier(n, n % 7 == 0 ? "fax" : "truc_tuyen"); };
    if (format == Format::kCsv) {
      std::string content = kHeader + "\n";
      for (int n = 1; n <= rows; ++n) content += line(n);
      file = dir.File("d.csv");
      test::WriteFile(file, content);
    } else {
      std::string xml = RowXml(1, kHeader);
      for (int n = 1; n <= rows; ++n) xml += RowXml(n + 1, line(n));
      sheet = test::SheetXml(xml);
      file = dir.File("d.xlsx");
      test::WriteFile(file, test::ZipBytes(test::WorkbookParts(sheet)));
    }
  }
  // throw_at: the rows read at which the callback throws, -1 for never.
  Receipt Submit(int throw_at = -1) {
    SubmitRequest request;
    request.kind = SubmissionKind::kDossiers;
    request.file = file;
    request.unit = "H01";
    request.period = "2023-05";
    request.partial = true;
    request.progress = [this, throw_at](const ReadProgress& p) {
      calls.push_back(p.rows_read);
      fractions.push_back(p.fraction_read);
      if (p.rows_read == throw_at) throw std::runtime_error("hủy");
    };
    return baocao::Submit(c.db(), request);
  }
  CatalogDb c;
  test::TempDir dir;
  std::string file;
  std::string sheet;  // the worksheet part, for a workbook
  std::vector<int> calls;
  std::vector<std::optional<double>> fractions;  // told with each call
};

std::vector<int> Calls(int rows) {
  ProgressRun run(rows);
  run.Submit();
  return run.calls;
}

}  // namespace

TEST_CASE("a long file tells its progress every 1.000 rows read, then its total", "[ingest]") {
  ProgressRun run(3500);
  const Receipt r = run.Submit();
  CHECK(run.calls == std::vector<int>{1000, 2000, 3000, 3500});
  CHECK(r.outcome == SubmitOutcome::kPartial);
  CHECK(r.rows_total == 3500);
  CHECK(r.rows_rejected == 500);  // rejected rows are read rows too
  // The total is told once, not again when the last step already said it; an empty table says 0.
  CHECK(Calls(3000) == std::vector<int>{1000, 2000, 3000});
  CHECK(Calls(999) == std::vector<int>{999});
  CHECK(Calls(0) == std::vector<int>{0});
}

TEST_CASE("a text file's progress tells how much of its bytes were read", "[ingest]") {
  ProgressRun run(3500);
  run.Submit();
  const std::string content = test::ReadFile(run.file);
  // The bytes up to the end of data row n (the header is line 1).
  const auto through_row = [&](int n) {
    size_t end = 0;
    for (int line = 0; line <= n; ++line) end = content.find('\n', end) + 1;
    return static_cast<double>(end) / static_cast<double>(content.size());
  };
  REQUIRE(run.fractions.size() == 4);
  CHECK(run.fractions[0] == Approx(through_row(1000)));
  CHECK(run.fractions[1] == Approx(through_row(2000)));
  CHECK(run.fractions[2] == Approx(through_row(3000)));
  CHECK(run.fractions[3] == 1.0);
  CHECK(*run.fractions[0] > 0.25);
  CHECK(*run.fractions[2] < 0.9);
}

TEST_CASE("a workbook's progress tells how much of its worksheet was read", "[ingest]") {
  // The rows of ProgressRun(3500) as a worksheet: its part's bytes up to each row are what is told.
  ProgressRun run(3500, ProgressRun::Format::kXlsx);
  const Receipt r = run.Submit();
  const std::string& sheet = run.sheet;
  const std::vector<std::optional<double>>& told = run.fractions;
  CHECK(r.rows_total == 3500);
  CHECK(r.rows_rejected == 500);
  CHECK(run.calls == std::vector<int>{1000, 2000, 3000, 3500});
  // Where the part stands once data row n is read: at the end tag of its <row> (sheet row n + 1).
  const auto at_row = [&](int n) {
    const size_t row = sheet.find("<row r=\"" + std::to_string(n + 1) + "\">");
    return static_cast<double>(sheet.find("</row>", row)) / static_cast<double>(sheet.size());
  };
  REQUIRE(told.size() == 4);
  CHECK(told[0] == Approx(at_row(1000)));
  CHECK(told[1] == Approx(at_row(2000)));
  CHECK(told[2] == Approx(at_row(3000)));
  CHECK(told[3] == 1.0);
  CHECK(*told[0] > 0.28);
  CHECK(*told[2] < 0.86);
}

TEST_CASE("a throw from the progress callback aborts the submission and rolls it back", "[ingest]") {
  ProgressRun run(3500);
  const std::string before = DumpDatabase(run.c.db());
  CHECK_THROWS_WITH(run.Submit(2000), "hủy");
  CHECK(run.calls == std::vector<int>{1000, 2000});
  CHECK(DumpDatabase(run.c.db()) == before);
}

}  // namespace baocao
