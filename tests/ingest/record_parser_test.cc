// Row-level values (src/ingest/record_parser.cc, row_reader.cc): bounds on counts and amounts, flags
// that are not folded, hidden characters, names garbled by a wrong character set, blank rows, and
// codes that are the same code however they are spaced or normalized.
#include <catch2/catch.hpp>

#include "ingest/ingest_fixture.h"
#include "ingest/submission.h"

namespace baocao {
namespace {

using test::CatalogDb;
using test::DumpDatabase;
using test::QueryText;

// Submits a bad file and checks that it is rejected whole, leaving the database exactly as it was;
// returns the messages, with the file name shortened to "f".
std::vector<std::string> Rejected(SubmissionKind kind, const std::string& file,
                                  std::optional<std::string> unit = {}, std::optional<std::string> period = {}) {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  const Receipt r = c.Submit(kind, file, std::move(unit), std::move(period));
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(r.submission_id == 0);
  CHECK(DumpDatabase(c.db()) == before);
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.Format("f"));
  return out;
}

constexpr const char* kDossierHeader = test::kDossierCsvHeader;

const std::string kSavedWrong = "tệp đã bị lưu sai bảng mã: hãy mở tệp gốc đúng bảng mã và lưu lại theo UTF-8";

}  // namespace

TEST_CASE("head-counts above 1.000.000 per row are refused naming the bound", "[ingest]") {
  CHECK(Rejected(SubmissionKind::kEvaluations, "bad_evaluation_counts.csv", {}, "2023") ==
        std::vector<std::string>{
            "f:2:4: cột \"hoan_thanh_xuat_sac\": \"9223372036854775807\" vượt quá giới hạn 1.000.000 người "
            "cho một đơn vị, một đối tượng",
            "f:3:5: cột \"hoan_thanh_tot\": \"1000001\" vượt quá giới hạn 1.000.000 người cho một đơn vị, "
            "một đối tượng",
            "f:3:7: cột \"khong_hoan_thanh\": \"99999999999999999999\" vượt quá giới hạn 1.000.000 người "
            "cho một đơn vị, một đối tượng"});
}

TEST_CASE("the issue's evaluations file with counts near 2^63 is refused, and nothing is stored", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  test::WriteFile(dir.File("e.csv"),
                  "ma_don_vi,nam,doi_tuong,hoan_thanh_xuat_sac,hoan_thanh_tot,hoan_thanh,khong_hoan_thanh\n"
                  "H01,2023,cong_chuc,9200000000000000000,0,0,0\n"
                  "H01,2023,vien_chuc,9200000000000000000,0,0,0\n");
  const std::string before = DumpDatabase(c.db());
  const Receipt r = c.Submit(SubmissionKind::kEvaluations, dir.File("e.csv"), "H01", "2023");
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(r.errors.size() == 2);
  CHECK(DumpDatabase(c.db()) == before);
}

TEST_CASE("counts and fees exactly at their bounds are accepted", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  test::WriteFile(dir.File("e.csv"),
                  "ma_don_vi,nam,doi_tuong,hoan_thanh_xuat_sac,hoan_thanh_tot,hoan_thanh,khong_hoan_thanh\n"
                  "H01,2023,cong_chuc,1000000,1.000.000,0,0\n");
  CHECK(c.Submit(SubmissionKind::kEvaluations, dir.File("e.csv"), "H01", "2023").outcome == SubmitOutcome::kAccepted);
  test::WriteFile(dir.File("d.csv"), std::string(kDossierHeader) +
                                         "F-1,1.001612,H01,truc_tuyen,2023-05-02,2023-05-10,,dang_xu_ly,"
                                         "1.000.000.000.000,truc_tuyen,\n");
  CHECK(c.Submit(SubmissionKind::kDossiers, dir.File("d.csv"), "H01", "2023-05").outcome == SubmitOutcome::kAccepted);
  CHECK(QueryText(c.db(), "SELECT hoan_thanh_xuat_sac, hoan_thanh_tot FROM evaluations") == "1000000|1000000\n");
  CHECK(QueryText(c.db(), "SELECT phi_le_phi FROM dossiers") == "1000000000000\n");
}

TEST_CASE("a fee above 1.000.000.000.000 đồng is refused as too large, not as not a number", "[ingest]") {
  CHECK(Rejected(SubmissionKind::kDossiers, "bad_fee_limit.csv", "H01", "2023-05") ==
        std::vector<std::string>{"f:2:9: cột \"phi_le_phi\": \"2.000.000.000.000\" vượt quá giới hạn "
                                 "1.000.000.000.000 đồng cho một hồ sơ"});
}

TEST_CASE("co_phi -1, --1, -0 and a huge number are refused, not folded to 1 or 0", "[ingest]") {
  const std::string accepted = "; chấp nhận: 1 (có) hoặc 0 (không)";
  CHECK(Rejected(SubmissionKind::kProcedures, "bad_procedure_flags.csv") ==
        std::vector<std::string>{
            "f:2:5: cột \"co_phi\": giá trị \"-1\" không hợp lệ" + accepted,
            "f:3:5: cột \"co_phi\": giá trị \"--1\" không hợp lệ" + accepted,
            "f:4:5: cột \"co_phi\": giá trị \"-0\" không hợp lệ" + accepted,
            "f:5:5: cột \"co_phi\": giá trị \"99999999999999999999\" không hợp lệ" + accepted});
}

TEST_CASE("control and format characters inside a code are refused, naming the character", "[ingest]") {
  const std::string tail = " (ký tự điều khiển hoặc định dạng, không được phép); hãy xóa ký tự này rồi xuất lại tệp";
  CHECK(Rejected(SubmissionKind::kDossiers, "bad_hidden_characters.csv", "H01", "2023-05") ==
        std::vector<std::string>{
            "f:2:1: cột \"ma_ho_so\": có ký tự ẩn U+0000 (ký tự NUL) ở vị trí 4" + tail,
            "f:3:1: cột \"ma_ho_so\": có ký tự ẩn U+200B (khoảng trắng độ rộng 0) ở vị trí 3" + tail,
            "f:4:1: cột \"ma_ho_so\": có ký tự ẩn U+FEFF (dấu BOM) ở vị trí 1" + tail,
            "f:5:1: cột \"ma_ho_so\": có ký tự ẩn U+0009 (tab) ở vị trí 4" + tail});
}

TEST_CASE("a hidden character in a fee is reported once", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  test::WriteFile(dir.File("d.csv"), std::string(kDossierHeader) +
                                         "F-1,1.001612,H01,truc_tuyen,2023-05-02,2023-05-10,,dang_xu_ly,"
                                         "10\u200B000,truc_tuyen,\n");
  const Receipt r = c.Submit(SubmissionKind::kDossiers, dir.File("d.csv"), "H01", "2023-05");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].Format("f") ==
        "f:2:9: cột \"phi_le_phi\": có ký tự ẩn U+200B (khoảng trắng độ rộng 0) ở vị trí 3 (ký tự điều khiển "
        "hoặc định dạng, không được phép); hãy xóa ký tự này rồi xuất lại tệp");
}

TEST_CASE("unit names garbled by a wrong encoding, or holding a NUL, are refused", "[ingest]") {
  CHECK(Rejected(SubmissionKind::kUnits, "bad_unit_names.csv") ==
        std::vector<std::string>{
            "f:2:2: cột \"ten_don_vi\": có ký tự ẩn U+0000 (ký tự NUL) ở vị trí 12 (ký tự điều khiển hoặc định "
            "dạng, không được phép); hãy xóa ký tự này rồi xuất lại tệp",
            "f:3:2: cột \"ten_don_vi\": chữ \"tá»‰nh\" là chữ \"tỉnh\" bị mã hóa UTF-8 hai lần; " + kSavedWrong,
            "f:4:2: cột \"ten_don_vi\": chữ \"H\uFFFDp\" có ký tự thay thế U+FFFD (chữ đã mất khi chuyển bảng "
            "mã); " + kSavedWrong,
            "f:5:2: cột \"ten_don_vi\": chữ \"x?\" có dấu \"?\" thay cho chữ cái (chữ đã mất khi chuyển bảng "
            "mã); " + kSavedWrong,
            "f:6:2: cột \"ten_don_vi\": chữ \"tænh\" có ký tự \"æ\" không có trong tiếng Việt (chữ gõ bằng "
            "phông VNI hoặc TCVN3); tệp đã bị lưu sai bảng mã: hãy chuyển mã sang Unicode rồi lưu lại theo UTF-8",
            "f:7:2: cột \"ten_don_vi\": chữ \"B×nh\" có ký tự \"×\" không có trong tiếng Việt (chữ gõ bằng "
            "phông VNI hoặc TCVN3); tệp đã bị lưu sai bảng mã: hãy chuyển mã sang Unicode rồi lưu lại theo UTF-8"});
}

TEST_CASE("procedure names and fields garbled by a wrong encoding are refused", "[ingest]") {
  const std::string legacy = " không có trong tiếng Việt (chữ gõ bằng phông VNI hoặc TCVN3); tệp đã bị lưu sai "
                             "bảng mã: hãy chuyển mã sang Unicode rồi lưu lại theo UTF-8";
  CHECK(Rejected(SubmissionKind::kProcedures, "bad_procedure_names.csv") ==
        std::vector<std::string>{
            // The U+0090 that a Latin-1 decoder left after "Ä" is not printed.
            "f:2:2: cột \"ten_tthc\": chữ \"ÄÄƒng\" là chữ \"Đăng\" bị mã hóa UTF-8 hai lần; " + kSavedWrong,
            "f:2:3: cột \"linh_vuc\": chữ \"Há»™\" là chữ \"Hộ\" bị mã hóa UTF-8 hai lần; " + kSavedWrong,
            "f:3:2: cột \"ten_tthc\": chữ \"Ñaêng\" có ký tự \"Ñ\"" + legacy,
            "f:3:3: cột \"linh_vuc\": chữ \"Hoä\" có ký tự \"ä\"" + legacy});
}

TEST_CASE("every name of both sample provinces is accepted as written", "[ingest]") {
  for (const char* folder : {"sample", "two_level"}) {
    CAPTURE(folder);
    Database db(":memory:");
    for (const auto& [kind, file] : {std::pair{SubmissionKind::kUnits, "units.csv"},
                                     std::pair{SubmissionKind::kProcedures, "procedures.csv"}}) {
      SubmitRequest request;
      request.kind = kind;
      request.file = test::Fixture(std::string(folder) + "/" + file);
      const Receipt r = Submit(db, request);
      CHECK(r.outcome == SubmitOutcome::kAccepted);
      CHECK(r.errors.empty());
    }
  }
}

TEST_CASE("rows of empty cells are blank lines: skipped with one warning, not counted", "[ingest]") {
  CatalogDb blank;
  const Receipt r = blank.Submit(SubmissionKind::kDossiers, "dossiers_blank_rows.csv", "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.rows_total == 6);
  CHECK(r.rows_accepted == 6);
  CHECK(r.errors.empty());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].Format("f") ==
        "f:4: dòng chỉ gồm ô trống (chỉ có dấu phân cách): bỏ qua, không tính là dòng dữ liệu (cả tệp có 5 "
        "dòng như vậy)");
  CatalogDb canonical;
  canonical.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "H01", "2023-05");
  CHECK(blank.Dossiers() == canonical.Dossiers());
}

TEST_CASE("a header-only file followed by empty rows still says nothing to report", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  test::WriteFile(dir.File("d.csv"), std::string(kDossierHeader) + ",,,,,,,,,,\r\n,,,,,,,,,,\r\n");
  const Receipt r = c.Submit(SubmissionKind::kDossiers, dir.File("d.csv"), "X0202", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.rows_total == 0);
  CHECK(QueryText(c.db(), "SELECT ma_don_vi, rows FROM unit_reports") == "X0202|0\n");
}

TEST_CASE("a code padded with Unicode spaces, or in NFD, is the same code: one dossier", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  // May: in progress. June: the same two dossiers, finished, with their codes in NFD, padded with a
  // no-break and an ideographic space, and a no-break space inside.
  test::WriteFile(dir.File("may.csv"), std::string(kDossierHeader) +
                                           "HS-Hòa-1,1.001612,H01,truc_tuyen,2023-05-02,2023-05-20,,dang_xu_ly,0,,\n"
                                           "Q 2,1.001612,H01,truc_tuyen,2023-05-02,2023-05-20,,dang_xu_ly,0,,\n");
  test::WriteFile(dir.File("june.csv"),
                  std::string(kDossierHeader) +
                      "\u00A0HS-Ho\u0300a-1\u3000,1.001612,H01,truc_tuyen,2023-05-02,2023-05-20,2023-05-19,"
                      "da_tra_ket_qua,0,,\n"
                      "Q\u00A02,1.001612,H01,truc_tuyen,2023-05-02,2023-05-20,2023-05-19,da_tra_ket_qua,0,,\n");
  CHECK(c.Submit(SubmissionKind::kDossiers, dir.File("may.csv"), "H01", "2023-05").rows_accepted == 2);
  CHECK(c.Submit(SubmissionKind::kDossiers, dir.File("june.csv"), "H01", "2023-06").rows_accepted == 2);
  CHECK(QueryText(c.db(), "SELECT ma_ho_so, trang_thai, export_month FROM dossiers ORDER BY 1") ==
        "HS-Hòa-1|da_tra_ket_qua|2023-06\nQ 2|da_tra_ket_qua|2023-06\n");
}

}  // namespace baocao
