#include <catch2/catch.hpp>

#include "core/errors.h"
#include "core/sha256.h"
#include "core/text.h"
#include "ingest/ingest_fixture.h"
#include "ingest/submission.h"

namespace baocao {
namespace {

using test::CatalogDb;
using test::DumpDatabase;
using test::QueryText;

// The header of a dossiers export, the columns of SPEC §2 in order.
const std::string kDossierHeader = test::kDossierCsvHeader;

std::vector<std::string> Messages(const Receipt& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.Format("f") );
  return out;
}

// Submits a bad dossiers file for H01 / 2023-05 and checks it is rejected whole, leaving the
// database exactly as it was; returns the messages (with the file name shortened to "f").
std::vector<std::string> Rejected(const std::string& file) {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  const Receipt r = c.Submit(SubmissionKind::kDossiers, file, "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(r.submission_id == 0);
  CHECK(DumpDatabase(c.db()) == before);
  return Messages(r);
}

constexpr const char* kCanonicalDossiers =
    "Q-001|1.001612|H01|truc_tuyen|2023-04-17 08:00:00|19464|2023-04-20 17:00:00|19467|2023-04-19 10:00:00|19466|da_tra_ket_qua|0|NULL|rat_hai_long|2023-05\n"
    "Q-002|2.000908|X0101|truc_tiep|2023-04-20 09:30:00|19467|2023-04-21 17:00:00|19468|2023-04-21 16:00:00|19468|da_tra_ket_qua|10000|truc_tiep|hai_long|2023-05\n"
    "Q-003|1.000775|H01|buu_chinh|2023-05-02 14:00:00|19479|2023-05-30 17:00:00|19507|NULL|NULL|dang_xu_ly|75000|truc_tuyen|NULL|2023-05\n"
    "Q-004|2.000815|X0102|truc_tiep|2023-05-05 07:45:00|19482|2023-05-06 11:00:00|19483|2023-05-05 10:00:00|19482|tra_lai|0|NULL|NULL|2023-05\n"
    "Q-005|1.001193|X0101|truc_tuyen|2023-05-08 10:00:00|19485|2023-05-12 17:00:00|19489|2023-05-10 08:00:00|19487|rut_ho_so|0|NULL|khong_hai_long|2023-05\n"
    "Q-006|1.003596|H01|truc_tiep|2023-05-10 15:20:00|19487|2023-05-12 17:00:00|19489|NULL|NULL|dang_xu_ly|1500000|NULL|NULL|2023-05\n";

}  // namespace

TEST_CASE("the canonical dossiers file is stored field by field", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.rows_total == 6);
  CHECK(r.rows_accepted == 6);
  CHECK(r.errors.empty());
  CHECK(r.warnings.empty());
  CHECK(c.Dossiers() == kCanonicalDossiers);
  CHECK(QueryText(c.db(), "SELECT kind, ma_don_vi, period, file_name, submitted_at, mode, rows_total, "
                          "rows_accepted, rows_rejected FROM submissions WHERE id = " +
                              std::to_string(r.submission_id)) ==
        "dossiers|H01|2023-05|dossiers_canonical.csv|2023-06-20 09:00:00|strict|6|6|0\n");
  // Who has reported for the month: the submitting district and each unit with rows.
  CHECK(QueryText(c.db(), "SELECT ma_don_vi, period, kind, rows FROM unit_reports ORDER BY ma_don_vi") ==
        "H01|2023-05|dossiers|3\nX0101|2023-05|dossiers|2\nX0102|2023-05|dossiers|1\n");
}

TEST_CASE("every real-world quirk parses to the same records as the canonical file", "[ingest]") {
  const char* file = GENERATE("dossiers_bom_crlf.csv", "dossiers_semicolon.csv",
                              "dossiers_vietnamese_nfd.csv", "dossiers_quoted.csv", "dossiers_npsp.csv",
                              "dossiers_personal.csv");
  CAPTURE(file);
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, file, "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.errors.empty());
  // Vietnamese-label dates carry no seconds: the same minutes, so the same records.
  CHECK(c.Dossiers() == kCanonicalDossiers);
}

TEST_CASE("unknown columns are ignored with a warning naming them", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "dossiers_quoted.csv", "H01", "2023-05");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].Format("f") == "f:1:12: cột \"ghi_chu\" không thuộc mẫu hồ sơ TTHC: bỏ qua");
}

TEST_CASE("personal names and ID numbers are dropped, never stored, and the receipt says so", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "dossiers_personal.csv", "H01", "2023-05");
  CHECK(r.dropped_columns == std::vector<std::string>{"Họ và tên", "so_cccd"});
  const std::string dump = DumpDatabase(c.db());
  CHECK(dump.find("Nguyễn Văn An") == std::string::npos);
  CHECK(dump.find("0010900") == std::string::npos);
  CHECK(r.Text().find("Cột thông tin cá nhân đã loại bỏ, không lưu: \"Họ và tên\" \"so_cccd\"") !=
        std::string::npos);
}

TEST_CASE("each kind of bad input is reported at its row and column, and nothing is stored", "[ingest]") {
  CHECK(Rejected("bad_missing_column.csv") ==
        std::vector<std::string>{"f:1: thiếu cột bắt buộc \"trang_thai\" (Trạng thái)"});
  CHECK(Rejected("bad_enum.csv") ==
        std::vector<std::string>{"f:3:4: cột \"kenh_nop\": giá trị \"email\" không hợp lệ; chấp nhận: "
                                 "truc_tuyen (Trực tuyến), truc_tiep (Trực tiếp), buu_chinh (Bưu chính công ích)"});
  CHECK(Rejected("bad_date.csv") ==
        std::vector<std::string>{"f:3:5: cột \"ngay_tiep_nhan\": ngày \"31/04/2023\" không hợp lệ (dạng đúng: "
                                 "YYYY-MM-DD hoặc DD/MM/YYYY, có thể kèm giờ HH:MM)"});
  CHECK(Rejected("bad_status.csv") ==
        std::vector<std::string>{
            "f:2:7: cột \"ngay_hoan_thanh\": hồ sơ đang xử lý không được có ngày hoàn thành",
            "f:3:7: cột \"ngay_hoan_thanh\": hồ sơ có trạng thái \"Đã trả kết quả\" phải có ngày hoàn thành"});
  CHECK(Rejected("bad_finish_before_receipt.csv") ==
        std::vector<std::string>{
            "f:3:7: cột \"ngay_hoan_thanh\": ngày hoàn thành 18/04/2023 trước ngày tiếp nhận 20/04/2023"});
  CHECK(Rejected("bad_reference.csv") ==
        std::vector<std::string>{
            "f:2:2: cột \"ma_tthc\": mã TTHC \"9.999999\" không có trong danh mục TTHC",
            "f:3:3: cột \"ma_don_vi\": mã đơn vị \"Z99\" không có trong danh mục đơn vị",
            "f:4:3: cột \"ma_don_vi\": đơn vị \"X0201\" không thuộc đơn vị nộp \"H01\""});
  CHECK(Rejected("bad_duplicate.csv") ==
        std::vector<std::string>{"f:4:1: cột \"ma_ho_so\": mã \"B-001\" trùng với dòng 2"});
  CHECK(Rejected("bad_fee.csv") ==
        std::vector<std::string>{
            "f:2:10: cột \"hinh_thuc_thanh_toan\": có hình thức thanh toán nhưng phí, lệ phí bằng 0 "
            "(để trống khi không có phí)",
            "f:3:9: cột \"phi_le_phi\": \"mười nghìn\" không phải số nguyên từ 0 đến 1.000.000.000.000"});
  CHECK(Rejected("bad_quote.csv") ==
        std::vector<std::string>{
            "f:3:1: cột \"ma_ho_so\": dấu ngoặc kép mở nhưng không được đóng; phần còn lại của tệp không "
            "đọc được"});
  CHECK(Rejected("bad_row_width.csv") ==
        std::vector<std::string>{"f:3: dòng có 4 cột nhưng tiêu đề có 11 cột"});
  CHECK(Rejected("bad_utf8.csv") ==
        std::vector<std::string>{
            "f:3:11: byte 0xE0 không phải UTF-8: tệp có vẻ được lưu theo bảng mã Windows-1252 (Latin-1, của máy "
            "Windows không đặt ngôn ngữ tiếng Việt), bảng mã này không ghi được đủ chữ tiếng Việt; hãy mở tệp bằng "
            "Excel, chọn Lưu thành (Save As) với kiểu \"CSV UTF-8 (Comma delimited)\" rồi nộp lại"});
  CHECK(Rejected("bad_empty.csv") == std::vector<std::string>{"f:1: tệp rỗng: thiếu dòng tiêu đề"});
}

TEST_CASE("every problem of a file is listed, not just the first", "[ingest]") {
  CHECK(Rejected("bad_many.csv") ==
        std::vector<std::string>{
            "f:3:2: cột \"ma_tthc\": không được để trống",
            "f:3:4: cột \"kenh_nop\": giá trị \"fax\" không hợp lệ; chấp nhận: truc_tuyen (Trực tuyến), "
            "truc_tiep (Trực tiếp), buu_chinh (Bưu chính công ích)",
            "f:3:6: cột \"han_tra_ket_qua\": ngày \"hôm qua\" không hợp lệ (dạng đúng: YYYY-MM-DD hoặc "
            "DD/MM/YYYY, có thể kèm giờ HH:MM)",
            "f:3:7: cột \"ngay_hoan_thanh\": hồ sơ có trạng thái \"Đã trả kết quả\" phải có ngày hoàn thành",
            "f:3:9: cột \"phi_le_phi\": \"-5\" không phải số nguyên từ 0 đến 1.000.000.000.000",
            "f:3:11: cột \"danh_gia\": giá trị \"rat_vui\" không hợp lệ; chấp nhận: rat_hai_long (Rất hài "
            "lòng), hai_long (Hài lòng), khong_hai_long (Không hài lòng)",
            "f:5:8: cột \"trang_thai\": giá trị \"xong\" không hợp lệ; chấp nhận: dang_xu_ly (Đang xử lý), "
            "da_tra_ket_qua (Đã trả kết quả), rut_ho_so (Rút hồ sơ), tra_lai (Trả lại/không đủ điều kiện)"});
}

TEST_CASE("the receipt of a rejected file lists its errors with the summary line", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "bad_duplicate.csv", "H01", "2023-05");
  const std::string path = test::IngestFixture("bad_duplicate.csv");
  CHECK(r.Text().find("Kết quả: TỪ CHỐI: tệp có lỗi, không dòng nào được lưu; cơ sở dữ liệu không thay đổi\n"
                      "Số dòng dữ liệu: 3; tiếp nhận: 0; bị từ chối: 1\n"
                      "Lỗi (1):\n  " + path + ":4:1: cột \"ma_ho_so\": mã \"B-001\" trùng với dòng 2\n"
                      "Tổng kết: 3 dòng, 2 hợp lệ, 1 dòng lỗi, 0 cảnh báo.\n") != std::string::npos);
}

TEST_CASE("partial mode stores the valid rows and keeps the rejected ones with their reasons", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "bad_many.csv", "H01", "2023-05", true);
  CHECK(r.outcome == SubmitOutcome::kPartial);
  CHECK(r.rows_total == 4);
  CHECK(r.rows_accepted == 2);
  CHECK(r.rows_rejected == 2);
  CHECK(QueryText(c.db(), "SELECT ma_ho_so FROM dossiers ORDER BY 1") == "B-001\nB-003\n");
  CHECK(QueryText(c.db(), "SELECT row, column, column_name FROM rejected_rows ORDER BY row, column") ==
        "3|2|ma_tthc\n3|4|kenh_nop\n3|6|han_tra_ket_qua\n3|7|ngay_hoan_thanh\n3|9|phi_le_phi\n"
        "3|11|danh_gia\n5|8|trang_thai\n");
  CHECK(QueryText(c.db(), "SELECT mode, rows_accepted, rows_rejected FROM submissions WHERE kind='dossiers'") ==
        "partial|2|2\n");
}

TEST_CASE("submitting the same file again changes nothing and says so", "[ingest]") {
  CatalogDb c;
  const Receipt first = c.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "H01", "2023-05");
  const std::string before = DumpDatabase(c.db());
  const Receipt again = c.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "H01", "2023-05");
  CHECK(again.outcome == SubmitOutcome::kDuplicate);
  CHECK(again.submission_id == first.submission_id);
  CHECK(DumpDatabase(c.db()) == before);
  CHECK(again.Text().find("ĐÃ NỘP TRƯỚC ĐÓ: tệp giống hệt tệp đã tiếp nhận lúc 2023-06-20 09:00:00") !=
        std::string::npos);
}

TEST_CASE("a file's SHA-256 is in its receipt and its submission, hashed after its rows are read or before", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  test::WriteFile(dir.File("may.csv"), kDossierHeader + "S-1,1.001612,H01,truc_tuyen,2023-05-02,2023-05-20,,dang_xu_ly,0,,\n");
  test::WriteFile(dir.File("may2.csv"), kDossierHeader + "S-2,1.001612,H01,truc_tuyen,2023-05-03,2023-05-20,,dang_xu_ly,0,,\n");
  const std::string may = Sha256OfFile(dir.File("may.csv")), may2 = Sha256OfFile(dir.File("may2.csv"));
  REQUIRE(may != may2);
  // The first file of H01 / 2023-05: hashed by the thread that reads its rows, once they are read.
  const Receipt first = c.Submit(SubmissionKind::kDossiers, dir.File("may.csv"), "H01", "2023-05");
  CHECK(first.outcome == SubmitOutcome::kAccepted);
  CHECK(first.sha256 == may);
  CHECK(first.Text().find("SHA-256: " + may) != std::string::npos);
  // Another file of the same unit and month: hashed first, to look for the same file; new.
  const Receipt second = c.Submit(SubmissionKind::kDossiers, dir.File("may2.csv"), "H01", "2023-05");
  CHECK(second.outcome == SubmitOutcome::kAccepted);
  CHECK(second.sha256 == may2);
  CHECK(QueryText(c.db(), "SELECT sha256 FROM submissions WHERE kind = 'dossiers' ORDER BY id") ==
        may + "\n" + may2 + "\n");
  // The first again: found by the hash stored with its rows.
  const Receipt again = c.Submit(SubmissionKind::kDossiers, dir.File("may.csv"), "H01", "2023-05");
  CHECK(again.outcome == SubmitOutcome::kDuplicate);
  CHECK(again.submission_id == first.submission_id);
  CHECK(again.sha256 == may);
  // A refused first file of a month, and one whose reading stopped (an unclosed quote), still have
  // their hash in the receipt.
  test::WriteFile(dir.File("bad.csv"), kDossierHeader + "S-3,1.001612,H01,bay_bong,2023-06-02,2023-06-20,,dang_xu_ly,0,,\n");
  const Receipt bad = c.Submit(SubmissionKind::kDossiers, dir.File("bad.csv"), "H01", "2023-06");
  CHECK(bad.outcome == SubmitOutcome::kRejected);
  CHECK(bad.sha256 == Sha256OfFile(dir.File("bad.csv")));
  test::WriteFile(dir.File("open.csv"), kDossierHeader + "S-4,1.001612,H01,\"truc_tuyen,2023-07-02,2023-07-20,,dang_xu_ly,0,,\n");
  const Receipt open = c.Submit(SubmissionKind::kDossiers, dir.File("open.csv"), "H01", "2023-07");
  CHECK(open.outcome == SubmitOutcome::kRejected);
  CHECK(open.sha256 == Sha256OfFile(dir.File("open.csv")));
  CHECK(QueryText(c.db(), "SELECT COUNT(*) FROM submissions WHERE kind = 'dossiers'") == "2\n");
}

TEST_CASE("a dossier exported again later is updated once, an older export never overwrites it", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  test::WriteFile(dir.File("may.csv"), kDossierHeader + "R-1,1.001612,H01,truc_tuyen,2023-05-02,2023-05-20,,dang_xu_ly,0,,\n");
  test::WriteFile(dir.File("june.csv"),
                  kDossierHeader + "R-1,1.001612,H01,truc_tuyen,2023-05-02,2023-05-20,2023-05-19,da_tra_ket_qua,0,,hai_long\n");
  test::WriteFile(dir.File("april.csv"),
                  kDossierHeader + "R-1,1.001612,H01,truc_tuyen,2023-05-02,2023-05-20,2023-05-03,rut_ho_so,0,,\n");
  CHECK(c.Submit(SubmissionKind::kDossiers, dir.File("may.csv"), "H01", "2023-05").rows_accepted == 1);
  CHECK(c.Submit(SubmissionKind::kDossiers, dir.File("june.csv"), "H01", "2023-06").rows_accepted == 1);
  const Receipt late_old = c.Submit(SubmissionKind::kDossiers, dir.File("april.csv"), "H01", "2023-04");
  CHECK(late_old.rows_accepted == 0);
  CHECK(late_old.rows_superseded == 1);
  CHECK(QueryText(c.db(), "SELECT COUNT(*), trang_thai, finished_at, danh_gia, export_month FROM dossiers") ==
        "1|da_tra_ket_qua|2023-05-19 00:00:00|hai_long|2023-06\n");
}

TEST_CASE("a failure in the middle of a submission leaves nothing behind", "[ingest]") {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  SubmitRequest request;
  request.kind = SubmissionKind::kDossiers;
  request.file = test::IngestFixture("dossiers_canonical.csv");
  request.unit = "H01";
  request.period = "2023-05";
  request.after_row_stored = [](int stored) {
    if (stored == 4) throw std::runtime_error("đĩa đầy (giả lập)");
  };
  CHECK_THROWS_WITH(Submit(c.db(), request), "đĩa đầy (giả lập)");
  CHECK(DumpDatabase(c.db()) == before);
}

TEST_CASE("a header-only file records that the unit had nothing to report", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "dossiers_header_only.csv", "X0202", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.rows_total == 0);
  CHECK(QueryText(c.db(), "SELECT ma_don_vi, period, kind, rows FROM unit_reports") == "X0202|2023-05|dossiers|0\n");
}

TEST_CASE("dossiers need the submitting unit and the export month", "[ingest]") {
  CatalogDb c;
  CHECK_THROWS_AS(c.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv"), UsageError);
  CHECK_THROWS_WITH(c.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "H99", "2023-05"),
                    "Đơn vị nộp \"H99\" không có trong danh mục đơn vị (hãy nộp danh mục đơn vị trước)");
  CHECK_THROWS_WITH(c.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "H01", "2023-13"),
                    "--period \"2023-13\" không hợp lệ: hồ sơ TTHC nộp theo tháng, dạng YYYY-MM");
}

TEST_CASE("discipline: only the forms the law allows for each category", "[ingest]") {
  CatalogDb c;
  const Receipt ok = c.Submit(SubmissionKind::kDiscipline, "discipline_canonical.csv");
  CHECK(ok.outcome == SubmitOutcome::kAccepted);
  CHECK(QueryText(c.db(), "SELECT so_quyet_dinh, ma_don_vi, decided_on, doi_tuong, hinh_thuc FROM discipline "
                          "ORDER BY 1") ==
        "12/QĐ-UBND|H01|2023-03-02|cong_chuc|khien_trach\n45/QĐ-UBND|X0101|2023-06-15|can_bo|canh_cao\n");
  CHECK(ok.dropped_columns == std::vector<std::string>{"ho_ten"});
  CHECK(DumpDatabase(c.db()).find("Nguyễn") == std::string::npos);
  const Receipt bad = c.Submit(SubmissionKind::kDiscipline, "bad_discipline_pair.csv");
  CHECK(Messages(bad) ==
        std::vector<std::string>{
            "f:2:5: cột \"hinh_thuc\": hình thức \"Giáng chức\" không áp dụng cho Viên chức (chỉ: khiển "
            "trách, cảnh cáo, cách chức, buộc thôi việc)",
            "f:3:5: cột \"hinh_thuc\": hình thức \"Hạ bậc lương\" không áp dụng cho Cán bộ (chỉ: khiển "
            "trách, cảnh cáo, cách chức, bãi nhiệm)",
            "f:4:5: cột \"hinh_thuc\": hình thức \"Bãi nhiệm\" không áp dụng cho Công chức (chỉ: khiển "
            "trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc)"});
}

TEST_CASE("evaluations: counts per unit, year and category", "[ingest]") {
  CatalogDb c;
  CHECK(c.Submit(SubmissionKind::kEvaluations, "evaluations_canonical.csv", {}, "2023").ok());
  CHECK(QueryText(c.db(), "SELECT ma_don_vi, nam, doi_tuong, hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh, "
                          "khong_hoan_thanh FROM evaluations ORDER BY doi_tuong") ==
        "H01|2023|cong_chuc|12|30|5|1\nH01|2023|vien_chuc|20|1200|40|0\n");
  const Receipt bad = c.Submit(SubmissionKind::kEvaluations, "bad_evaluations.csv", {}, "2023");
  CHECK(Messages(bad) ==
        std::vector<std::string>{"f:3:1: cột \"ma_don_vi\": mã \"H01 / 2023 / cong_chuc\" trùng với dòng 2",
                                 "f:4:2: cột \"nam\": \"23\" không phải số nguyên từ 1900 đến 2200",
                                 "f:4:4: cột \"hoan_thanh_xuat_sac\": \"-1\" không phải số nguyên từ 0 đến 1.000.000"});
}

TEST_CASE("units: one root, known parents, no cycles, unique codes", "[ingest]") {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  const Receipt r = c.Submit(SubmissionKind::kUnits, "bad_units.csv");
  CHECK(Messages(r) ==
        std::vector<std::string>{
            "f:2:4: cột \"ma_don_vi_cha\": đơn vị cha \"H09\" không có trong danh mục đơn vị",
            "f:3:1: cột \"ma_don_vi\": đã có đơn vị gốc cấp tỉnh \"T17\"; mỗi tỉnh chỉ có một gốc",
            "f:4:4: cột \"ma_don_vi_cha\": quan hệ cha–con tạo thành vòng lặp qua \"X0901\"",
            "f:5:4: cột \"ma_don_vi_cha\": quan hệ cha–con tạo thành vòng lặp qua \"X0902\"",
            "f:7:1: cột \"ma_don_vi\": mã đơn vị \"X0103\" trùng với dòng 6"});
  CHECK(DumpDatabase(c.db()) == before);
  // --partial keeps the one good row.
  const Receipt partial = c.Submit(SubmissionKind::kUnits, "bad_units.csv", {}, {}, true);
  CHECK(partial.rows_accepted == 1);
  CHECK(QueryText(c.db(), "SELECT ten_don_vi, cap, ma_don_vi_cha FROM units WHERE ma_don_vi='X0103'") ==
        "UBND xã Thống Nhất|xa|H01\n");
}

TEST_CASE("units: a code that is not a unit code (a path, an option, a space) is refused", "[ingest]") {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  const Receipt r = c.Submit(SubmissionKind::kUnits, "bad_unit_codes.csv");
  const std::string rule =
      "\" không hợp lệ: mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm (.), gạch dưới (_), gạch ngang (-), "
      "bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự";
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(Messages(r) == std::vector<std::string>{
                           "f:2:1: cột \"ma_don_vi\": mã đơn vị \"a/b" + rule,
                           "f:3:1: cột \"ma_don_vi\": mã đơn vị \".." + rule,
                           "f:4:1: cột \"ma_don_vi\": mã đơn vị \"../../../x" + rule,
                           "f:5:1: cột \"ma_don_vi\": mã đơn vị \"-rf" + rule,
                           "f:6:1: cột \"ma_don_vi\": mã đơn vị \"H 01" + rule,
                           "f:7:4: cột \"ma_don_vi_cha\": mã đơn vị \"../H01" + rule});
  CHECK(DumpDatabase(c.db()) == before);
  // --partial stores the one good row and none of the others.
  const Receipt partial = c.Submit(SubmissionKind::kUnits, "bad_unit_codes.csv", {}, {}, true);
  CHECK(partial.rows_accepted == 1);
  CHECK(partial.rows_rejected == 6);
  CHECK(QueryText(c.db(), "SELECT ma_don_vi FROM units WHERE ma_don_vi LIKE '%/%' OR ma_don_vi LIKE '.%' "
                          "OR ma_don_vi LIKE '-%' OR ma_don_vi LIKE '% %' OR ma_don_vi = 'X0904'") == "");
  CHECK(QueryText(c.db(), "SELECT ma_don_vi_cha FROM units WHERE ma_don_vi = 'X0905'") == "H01\n");
}

TEST_CASE("discipline and evaluations take a year only: a month is refused and stores nothing", "[ingest]") {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  try {
    c.Submit(SubmissionKind::kDiscipline, "discipline_canonical.csv", "T17", "2023-05");
    FAIL("a month was accepted for discipline");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) ==
          "--period \"2023-05\" không hợp lệ: kỷ luật CBCCVC nộp theo năm, dạng YYYY (ví dụ 2023)");
  }
  try {
    c.Submit(SubmissionKind::kEvaluations, "evaluations_canonical.csv", "H01", "2023-12");
    FAIL("a month was accepted for evaluations");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) ==
          "--period \"2023-12\" không hợp lệ: xếp loại CBCCVC nộp theo năm, dạng YYYY (ví dụ 2023)");
  }
  CHECK(DumpDatabase(c.db()) == before);
  // Units and procedures still take a year or a month; dossiers a month only.
  CHECK(c.Submit(SubmissionKind::kProcedures, "procedures_canonical.csv", {}, "2023-05").ok());
  CHECK_THROWS_AS(c.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "H01", "2023"), UsageError);
}

TEST_CASE("submit --unit must be a unit code", "[ingest]") {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  CHECK_THROWS_WITH(c.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "../H01", "2023-05"),
                    "--unit: mã đơn vị \"../H01\" không hợp lệ: mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu "
                    "chấm (.), gạch dưới (_), gạch ngang (-), bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự");
  CHECK(DumpDatabase(c.db()) == before);
}

TEST_CASE("procedures accept Vietnamese headers, labels and yes/no words", "[ingest]") {
  CatalogDb c;
  CHECK(c.Submit(SubmissionKind::kProcedures, "procedures_canonical.csv").ok());
  CHECK(QueryText(c.db(), "SELECT ma_tthc, ten_tthc, muc_do_dvc, co_phi, thanh_toan_truc_tuyen FROM procedures "
                          "WHERE ma_tthc IN ('1.001612','2.000908') ORDER BY 1") ==
        "1.001612|Đăng ký khai sinh|toan_trinh|0|0\n2.000908|Cấp bản sao từ sổ gốc|mot_phan|1|1\n");
}

TEST_CASE("a receipt quotes a long bad value as a short escaped excerpt, never whole") {
  test::TempDir dir;
  const std::string path = dir.File("long.csv");
  const std::string junk(3000, 'z');
  test::WriteFile(path, kDossierHeader + "L-1,1.001612,H01," + junk + ",2023-05-02,2023-05-10,,dang_xu_ly,0,,\n");
  const auto messages = Rejected(path);
  REQUIRE(messages.size() == 1);
  CHECK(messages[0].rfind("f:2:4: cột \"kenh_nop\": giá trị \"" + std::string(kQuotedChars, 'z') + "…\" không hợp lệ", 0) == 0);
  CHECK(messages[0].size() < 300);
}

}  // namespace baocao
