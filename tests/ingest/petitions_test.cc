// The petitions kind (phản ánh, kiến nghị; issue 13): submitted like dossiers by a unit for an export
// month, checked row by row, the row of the latest export month kept.
#include <catch2/catch.hpp>

#include "core/errors.h"
#include "ingest/ingest_fixture.h"
#include "ingest/workbook_builder_fixture.h"
#include "ingest/submission.h"

namespace baocao {
namespace {

using test::CatalogDb;
using test::DumpDatabase;
using test::QueryText;

constexpr const char* kPetitions =
    "SELECT ma_phan_anh, ma_don_vi, received_at, received_day, due_at, due_day, handled_at, handled_day, "
    "danh_gia, ma_ho_so, export_month FROM petitions ORDER BY ma_phan_anh";

constexpr const char* kCanonicalPetitions =
    "PA-001|H01|2023-05-02 08:00:00|19479|2023-05-12 17:00:00|19489|2023-05-10 09:00:00|19487|hai_long|Q-003|2023-05\n"
    "PA-002|X0101|2023-05-04 10:00:00|19481|2023-05-15 17:00:00|19492|2023-05-18 16:00:00|19495|khong_hai_long|NULL|2023-05\n"
    "PA-003|X0102|2023-05-20 14:30:00|19497|2023-05-31 17:00:00|19508|NULL|NULL|NULL|NULL|2023-05\n";

constexpr const char* kHeader = "ma_phan_anh,ma_don_vi,ngay_tiep_nhan,han_xu_ly,ngay_xu_ly,danh_gia,ma_ho_so\n";

}  // namespace

TEST_CASE("petitions: the canonical file is stored field by field, with who reported", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kPetitions, "petitions_canonical.csv", "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.rows_total == 3);
  CHECK(r.rows_accepted == 3);
  CHECK(r.errors.empty());
  CHECK(r.warnings.empty());
  CHECK(QueryText(c.db(), kPetitions) == kCanonicalPetitions);
  CHECK(QueryText(c.db(), "SELECT kind, ma_don_vi, period, file_name, rows_total, rows_accepted FROM submissions "
                          "WHERE id = " + std::to_string(r.submission_id)) ==
        "petitions|H01|2023-05|petitions_canonical.csv|3|3\n");
  CHECK(QueryText(c.db(), "SELECT ma_don_vi, period, kind, rows FROM unit_reports ORDER BY ma_don_vi") ==
        "H01|2023-05|petitions|1\nX0101|2023-05|petitions|1\nX0102|2023-05|petitions|1\n");
}

TEST_CASE("petitions: Vietnamese headers, labels and DD/MM/YYYY dates store the same records", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kPetitions, "petitions_vietnamese.csv", "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.warnings.empty());
  CHECK(QueryText(c.db(), kPetitions) == kCanonicalPetitions);
}

TEST_CASE("petitions: the receipt names the kind in Vietnamese", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kPetitions, "petitions_canonical.csv", "H01", "2023-05");
  CHECK(r.Text() ==
        "BIÊN NHẬN NỘP DỮ LIỆU số " + std::to_string(r.submission_id) + "\n"
        "Tệp: " + test::IngestFixture("petitions_canonical.csv") + "\n"
        "Loại dữ liệu: phản ánh, kiến nghị (petitions)\n"
        "Đơn vị nộp: H01\n"
        "Kỳ: 2023-05\n"
        "SHA-256: " + r.sha256 + "\n"
        "Thời điểm nộp: 2023-06-20 09:00:00\n"
        "Kết quả: ĐÃ TIẾP NHẬN toàn bộ tệp\n"
        "Số dòng dữ liệu: 3; tiếp nhận: 3; bị từ chối: 0\n"
        "Tổng kết: 3 dòng, 3 hợp lệ, 0 dòng lỗi, 0 cảnh báo.\n");
  CHECK(r.sha256.size() == 64);
}

TEST_CASE("petitions: every problem of a bad file is listed, and nothing is stored", "[ingest]") {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  const Receipt r = c.Submit(SubmissionKind::kPetitions, "bad_petitions.csv", "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(r.submission_id == 0);
  CHECK(DumpDatabase(c.db()) == before);
  std::vector<std::string> messages;
  for (const auto& e : r.errors) messages.push_back(e.Format("f"));
  CHECK(messages ==
        std::vector<std::string>{
            "f:3:2: cột \"ma_don_vi\": đơn vị \"X0201\" không thuộc đơn vị nộp \"H01\"",
            "f:3:4: cột \"han_xu_ly\": hạn xử lý 01/05/2023 trước ngày tiếp nhận 04/05/2023",
            "f:3:5: cột \"ngay_xu_ly\": ngày xử lý 03/05/2023 trước ngày tiếp nhận 04/05/2023",
            "f:4:6: cột \"danh_gia\": phản ánh, kiến nghị chưa xử lý (ngày xử lý trống) thì chưa có đánh giá "
            "(để trống)",
            "f:5:1: cột \"ma_phan_anh\": mã \"PA-001\" trùng với dòng 2",
            "f:6:2: cột \"ma_don_vi\": mã đơn vị \"H09\" không có trong danh mục đơn vị",
            "f:6:3: cột \"ngay_tiep_nhan\": ngày \"hôm nay\" không hợp lệ (dạng đúng: YYYY-MM-DD hoặc "
            "DD/MM/YYYY, có thể kèm giờ HH:MM)",
            "f:6:6: cột \"danh_gia\": giá trị \"tạm được\" không hợp lệ; chấp nhận: rat_hai_long (Rất hài "
            "lòng), hai_long (Hài lòng), khong_hai_long (Không hài lòng)"});
  CHECK(r.rows_total == 5);
  CHECK(r.rows_rejected == 4);
}

TEST_CASE("petitions: a petition exported again later wins, an older export is superseded", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  test::WriteFile(dir.File("may.csv"), std::string(kHeader) + "PA-9,X0101,2023-05-20,2023-06-05,,,\n");
  test::WriteFile(dir.File("june.csv"), std::string(kHeader) + "PA-9,X0101,2023-05-20,2023-06-05,2023-06-02,rat_hai_long,\n");
  test::WriteFile(dir.File("april.csv"), std::string(kHeader) + "PA-9,X0102,2023-05-20,2023-06-05,,,\n");
  CHECK(c.Submit(SubmissionKind::kPetitions, dir.File("may.csv"), "H01", "2023-05").rows_accepted == 1);
  CHECK(c.Submit(SubmissionKind::kPetitions, dir.File("june.csv"), "H01", "2023-06").rows_accepted == 1);
  const Receipt old = c.Submit(SubmissionKind::kPetitions, dir.File("april.csv"), "H01", "2023-04");
  CHECK(old.outcome == SubmitOutcome::kAccepted);
  CHECK(old.rows_accepted == 0);
  CHECK(old.rows_superseded == 1);
  CHECK(old.Text().find("giữ nguyên bản đã có từ kỳ xuất dữ liệu mới hơn: 1") != std::string::npos);
  CHECK(QueryText(c.db(), "SELECT COUNT(*), ma_don_vi, handled_at, danh_gia, export_month FROM petitions") ==
        "1|X0101|2023-06-02 00:00:00|rat_hai_long|2023-06\n");
}

TEST_CASE("petitions: the same file again changes nothing and says so", "[ingest]") {
  CatalogDb c;
  const Receipt first = c.Submit(SubmissionKind::kPetitions, "petitions_canonical.csv", "H01", "2023-05");
  const std::string before = DumpDatabase(c.db());
  const Receipt again = c.Submit(SubmissionKind::kPetitions, "petitions_canonical.csv", "H01", "2023-05");
  CHECK(again.outcome == SubmitOutcome::kDuplicate);
  CHECK(again.submission_id == first.submission_id);
  CHECK(DumpDatabase(c.db()) == before);
}

TEST_CASE("petitions need the submitting unit and an export month", "[ingest]") {
  CatalogDb c;
  CHECK_THROWS_WITH(c.Submit(SubmissionKind::kPetitions, "petitions_canonical.csv"),
                    "Nộp phản ánh, kiến nghị cần --unit (đơn vị nộp) và --period (tháng xuất dữ liệu, YYYY-MM)");
  CHECK_THROWS_WITH(c.Submit(SubmissionKind::kPetitions, "petitions_canonical.csv", "H01", "2023"),
                    "--period \"2023\" không hợp lệ: phản ánh, kiến nghị nộp theo tháng, dạng YYYY-MM");
}

TEST_CASE("petitions: a missing required column is named with its Vietnamese label", "[ingest]") {
  CatalogDb c;
  test::TempDir dir;
  test::WriteFile(dir.File("p.csv"), "ma_phan_anh,ma_don_vi,ngay_tiep_nhan,ngay_xu_ly\nPA-1,H01,2023-05-02,\n");
  const Receipt r = c.Submit(SubmissionKind::kPetitions, dir.File("p.csv"), "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kRejected);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].Format("f") == "f:1: thiếu cột bắt buộc \"han_xu_ly\" (Hạn xử lý)");
}

TEST_CASE("the kind petitions is parsed and named", "[ingest]") {
  CHECK(ParseSubmissionKind("petitions") == SubmissionKind::kPetitions);
  CHECK(ToString(SubmissionKind::kPetitions) == "petitions");
  CHECK(VietnameseName(SubmissionKind::kPetitions) == "phản ánh, kiến nghị");
  CHECK_THROWS_WITH(ParseSubmissionKind("complaints"),
                    "Loại dữ liệu không hợp lệ: \"complaints\" (chọn một trong: units, procedures, dossiers, "
                    "discipline, evaluations, petitions)");
}

}  // namespace baocao

namespace baocao {

TEST_CASE("petitions: an .xlsx export with dates as serials stores the same records as the CSV", "[ingest][formats]") {
  auto text = [](const std::string& ref, const std::string& value) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
  };
  auto date = [](const std::string& ref, const std::string& serial) {
    return "<c r=\"" + ref + "\" s=\"1\"><v>" + serial + "</v></c>";
  };
  const std::string rows =
      "<row r=\"1\">" + text("A1", "Mã phản ánh") + text("B1", "Mã đơn vị") + text("C1", "Ngày tiếp nhận") +
      text("D1", "Hạn xử lý") + text("E1", "Ngày xử lý") + text("F1", "Đánh giá") + text("G1", "Mã hồ sơ") + "</row>"
      "<row r=\"2\">" + text("A2", "PA-001") + text("B2", "H01") + date("C2", "45048.333333333336") +
      date("D2", "45058.708333333336") + date("E2", "45056.375") + text("F2", "Hài lòng") + text("G2", "Q-003") +
      "</row>"
      "<row r=\"3\">" + text("A3", "PA-003") + text("B3", "X0102") + date("C3", "45066.604166666664") +
      date("D3", "45077.708333333336") + "</row>";
  test::TempDir dir;
  test::WriteFile(dir.File("petitions_H01_2023-05.xlsx"),
                  test::ZipBytes(test::WorkbookParts(test::SheetXml(rows), "", test::StylesXml({0, 22}))));
  test::CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kPetitions, dir.File("petitions_H01_2023-05.xlsx"), "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.errors.empty());
  CHECK(test::QueryText(c.db(), kPetitions) ==
        "PA-001|H01|2023-05-02 08:00:00|19479|2023-05-12 17:00:00|19489|2023-05-10 09:00:00|19487|hai_long|Q-003|2023-05\n"
        "PA-003|X0102|2023-05-20 14:30:00|19497|2023-05-31 17:00:00|19508|NULL|NULL|NULL|NULL|2023-05\n");
}

}  // namespace baocao
