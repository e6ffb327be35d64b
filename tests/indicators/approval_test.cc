// Approving a period (indicators/approval.h): the snapshot, the substitution into every report of
// the period, the stamp, byte-identical files after later data, and the lock on submissions.
#include "indicators/approval.h"

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "generators/render.h"
#include "generators/report_template.h"
#include "generators/xlsx_read_fixture.h"
#include "indicators/indicators.h"
#include "ingest/submission.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

const Period kMay = ParsePeriod("2023-05");

struct Sample {
  Sample() { test::LoadSampleProvince(db); }
  ApproveResult Approve(const std::string& unit, const std::string& by, const std::string& at) {
    return ApprovePeriod(db, {kMay, unit, by, at});
  }
  Receipt SubmitDossiers(const std::string& fixture, const std::string& unit, const std::string& month) {
    SubmitRequest request;
    request.kind = SubmissionKind::kDossiers;
    request.file = test::Fixture("approval/" + fixture);
    request.unit = unit;
    request.period = month;
    request.now = "2023-07-20 08:00:00";
    return Submit(db, request);
  }
  // Every format of a report of May, as bytes.
  std::string Files(const std::string& form, const std::string& root = "") {
    const Report report = ComputeReport(db, form, kMay, root);
    std::string all;
    for (Format format : {Format::kJson, Format::kXlsx, Format::kPdf}) {
      const std::string path = dir.File(form + "." + FormatExtension(format));
      WriteFormat(report, format, DefaultTemplatesDir(), path);
      all += test::ReadFile(path) + "\n----\n";
    }
    return all;
  }
  Database db{":memory:"};
  test::TempDir dir;
};

Value Own(const Report& r, const std::string& unit, const std::string& key) {
  for (const auto& row : r.units)
    if (row.ma_don_vi == unit) return row.own.at(key);
  FAIL("no unit " << unit);
  return {};
}

TEST_CASE("An approved period's reports stay byte-identical after a later export changes its live data, and carry the stamp",
          "[approval]") {
  Sample s;
  const Report before = ComputeReport(s.db, "tong_hop", kMay);
  CHECK_FALSE(before.approval.has_value());
  const ApproveResult r = s.Approve("", "tran.thi.b", "2023-06-21 10:00:00");
  CHECK(r.approval.root == "T17");
  CHECK(r.approval.period == "2023-05");
  CHECK(r.unit_name == "UBND tỉnh Hòa Bình");
  CHECK(r.units_taken == 11);
  CHECK(r.units_kept == 0);
  CHECK(r.approval.catalog.has_value());

  const Report approved = ComputeReport(s.db, "tong_hop", kMay);
  REQUIRE(approved.approval.has_value());
  CHECK(*approved.approval == ApprovalStamp{"2023-06-21 10:00:00", "tran.thi.b", Date::FromYmd(2023, 6, 21)});
  // The frozen figures are the figures of the moment: only the stamp differs.
  CHECK(approved.units.size() == before.units.size());
  for (size_t i = 0; i < approved.units.size(); ++i) {
    CHECK(approved.units[i].values == before.units[i].values);
    CHECK(approved.units[i].own == before.units[i].own);
  }
  CHECK(approved.catalog == before.catalog);

  const std::string files = s.Files("tong_hop");
  const std::string tthc = s.Files("tthc");
  const std::string ky_luat = s.Files("ky_luat");
  CHECK(files.find("\"approval\": {\"approved_at\": \"2023-06-21 10:00:00\", \"approved_by\": \"tran.thi.b\", "
                   "\"approved_on\": \"2023-06-21\"},\n") != std::string::npos);
  test::XlsxFile xlsx(s.dir.File("tong_hop.xlsx"));
  CHECK_FALSE(xlsx.Find(1, "Số liệu đã được phê duyệt ngày 21/06/2023 (người phê duyệt: tran.thi.b)").empty());

  // July's export re-exports a May dossier as resolved and brings one more May dossier: accepted.
  const Receipt july = s.SubmitDossiers("dossiers_H01_2023-07.csv", "H01", "2023-07");
  CHECK(july.outcome == SubmitOutcome::kAccepted);
  CHECK(july.rows_accepted == 2);
  const Report live = BuildReport(ComputeLiveFigures(s.db, kMay), "tong_hop");
  CHECK(Own(live, "H01", "new_in_person") == Value::Count(1));
  CHECK(Own(live, "X0102", "pending_within") == Value::Count(0));
  CHECK(Own(approved, "H01", "new_in_person") == Value::Count(0));
  CHECK(Own(approved, "X0102", "pending_within") == Value::Count(1));
  CHECK_FALSE(live.approval.has_value());

  CHECK(s.Files("tong_hop") == files);
  CHECK(s.Files("tthc") == tthc);
  CHECK(s.Files("ky_luat") == ky_luat);
}

TEST_CASE("Approving the province after a district keeps the district's approval, and a unit inside an approved subtree is refused",
          "[approval]") {
  Sample s;
  const ApproveResult district = s.Approve("H01", "nguyen.van.a", "2023-06-20 09:00:00");
  CHECK(district.units_taken == 3);
  CHECK_FALSE(district.approval.catalog.has_value());
  CHECK_FALSE(ComputeReport(s.db, "tthc", kMay).approval.has_value());
  CHECK(ComputeReport(s.db, "tthc", kMay, "H01").approval ==
        ApprovalStamp{"2023-06-20 09:00:00", "nguyen.van.a", Date::FromYmd(2023, 6, 20)});
  try {
    s.Approve("X0101", "tran.thi.b", "2023-06-21 10:00:00");
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) ==
          "Không phê duyệt được: số liệu kỳ 2023-05 của đơn vị X0101 (UBND phường Phương Lâm) đã được phê duyệt cùng "
          "H01 (UBND thành phố Hòa Bình) (Đã phê duyệt ngày 20/06/2023 lúc 09:00:00 bởi nguyen.van.a); muốn phê duyệt "
          "lại, hãy rút phê duyệt trước: baocao unapprove --period 2023-05 --unit H01 --reason \"…\"");
  }
  const ApproveResult province = s.Approve("", "tran.thi.b", "2023-06-21 10:00:00");
  CHECK(province.units_taken == 8);
  CHECK(province.units_kept == 3);
  // The province's report: the latest approval's date, the root's approver.
  CHECK(ComputeReport(s.db, "tthc", kMay).approval ==
        ApprovalStamp{"2023-06-21 10:00:00", "tran.thi.b", Date::FromYmd(2023, 6, 21)});
  CHECK(ComputeReport(s.db, "tthc", kMay, "H01").approval ==
        ApprovalStamp{"2023-06-20 09:00:00", "nguyen.van.a", Date::FromYmd(2023, 6, 20)});
  // Another label of the same months is another period: not approved.
  CHECK_FALSE(ComputeReport(s.db, "tthc", ParsePeriod("2023-05", true)).approval.has_value());
}

TEST_CASE("A submission that would change an approved month is refused naming the approver, and unapproving lets it in",
          "[approval]") {
  Sample s;
  s.Approve("H01", "nguyen.van.a", "2023-06-20 09:00:00");
  const std::string dossiers = test::QueryText(s.db, "SELECT COUNT(*) FROM dossiers");
  const Receipt refused = s.SubmitDossiers("dossiers_H01_2023-05_bo_sung.csv", "H01", "2023-05");
  CHECK(refused.outcome == SubmitOutcome::kRejected);
  REQUIRE(refused.errors.size() == 1);
  CHECK(refused.errors[0].row == 0);
  CHECK(refused.errors[0].message ==
        "Không nhận tệp: số liệu Tháng 5/2023 (kỳ 2023-05) của đơn vị H01 đã được phê duyệt ngày 20/06/2023 lúc "
        "09:00:00 bởi nguyen.van.a; tệp hồ sơ TTHC tháng xuất 2023-05 sẽ làm thay đổi số liệu đã phê duyệt. Muốn nộp, "
        "hãy đề nghị người phê duyệt rút phê duyệt trước: baocao unapprove --period 2023-05 --unit H01 --reason \"…\"");
  CHECK(test::QueryText(s.db, "SELECT COUNT(*) FROM dossiers") == dossiers);

  // The province's file is not locked by itself, but a row of an approved unit is.
  s.Approve("H02", "nguyen.van.c", "2023-06-20 10:30:00");
  const Receipt province = s.SubmitDossiers("dossiers_T17_2023-05_H02.csv", "T17", "2023-05");
  CHECK(province.outcome == SubmitOutcome::kRejected);
  REQUIRE(province.errors.size() == 1);
  CHECK(province.errors[0].message.rfind(
            "Không nhận tệp: số liệu Tháng 5/2023 (kỳ 2023-05) của đơn vị H02 đã được phê duyệt ngày 20/06/2023 lúc "
            "10:30:00 bởi nguyen.van.c;",
            0) == 0);
  CHECK(test::QueryText(s.db, "SELECT COUNT(*) FROM dossiers") == dossiers);
  CHECK(test::QueryText(s.db, "SELECT COUNT(*) FROM submissions WHERE period = '2023-07' OR file_name LIKE '%bo_sung%' "
                              "OR file_name LIKE '%_H02.csv'") == "0\n");
  // A later month is accepted.
  CHECK(s.SubmitDossiers("dossiers_H01_2023-07.csv", "H01", "2023-07").outcome == SubmitOutcome::kAccepted);

  // Withdrawing needs a reason, and the root of the approval.
  CHECK_THROWS_WITH(WithdrawApproval(s.db, {kMay, "H01", "tran.thi.b", "2023-06-25 15:30:00", " "}),
                    "Cần nêu lý do rút phê duyệt: lý do được ghi vào nhật ký");
  CHECK_THROWS_WITH(WithdrawApproval(s.db, {kMay, "X0101", "tran.thi.b", "2023-06-25 15:30:00", "bổ sung"}),
                    "Đơn vị X0101 (UBND phường Phương Lâm) không phải là đơn vị được phê duyệt kỳ 2023-05: số liệu "
                    "của nó thuộc lần phê duyệt của H01 (Đã phê duyệt ngày 20/06/2023 lúc 09:00:00 bởi nguyen.van.a); "
                    "hãy rút phê duyệt đó: baocao unapprove --period 2023-05 --unit H01 --reason \"…\"");
  CHECK_THROWS_WITH(WithdrawApproval(s.db, {kMay, "H03", "tran.thi.b", "2023-06-25 15:30:00", "bổ sung"}),
                    "Kỳ 2023-05 của đơn vị H03 (UBND huyện Mai Châu) chưa được phê duyệt: không có gì để rút");
  const ApprovalRecord withdrawn =
      WithdrawApproval(s.db, {kMay, "H01", "tran.thi.b", "2023-06-25 15:30:00", "H01 nộp bổ sung hồ sơ tháng 5"});
  CHECK(withdrawn.root == "H01");
  CHECK(test::QueryText(s.db, "SELECT ma_don_vi, withdrawn_by, withdrawn_at, withdraw_reason FROM approvals ORDER BY id") ==
        "H01|tran.thi.b|2023-06-25 15:30:00|H01 nộp bổ sung hồ sơ tháng 5\nH02|NULL|NULL|NULL\n");
  const Receipt accepted = s.SubmitDossiers("dossiers_H01_2023-05_bo_sung.csv", "H01", "2023-05");
  CHECK(accepted.outcome == SubmitOutcome::kAccepted);
  CHECK_FALSE(ComputeReport(s.db, "tthc", kMay, "H01").approval.has_value());
}

TEST_CASE("An approved year locks discipline and evaluations of that year for its units, and every export month of the year",
          "[approval]") {
  Sample s;
  const auto submit_discipline = [&](const std::string& fixture, const std::string& unit) {
    SubmitRequest request;
    request.kind = SubmissionKind::kDiscipline;
    request.file = test::Fixture("approval/" + fixture);
    request.unit = unit;
    request.period = "2023";
    request.now = "2023-12-20 08:00:00";
    return Submit(s.db, request);
  };
  // A month approved: people files of the year are not locked.
  s.Approve("H02", "nguyen.van.c", "2023-06-20 10:30:00");
  CHECK(submit_discipline("discipline_T17_2023_X0201.csv", "T17").outcome == SubmitOutcome::kAccepted);
  WithdrawApproval(s.db, {kMay, "H02", "nguyen.van.c", "2023-06-21 08:00:00", "phê duyệt cả năm"});

  ApprovePeriod(s.db, {ParsePeriod("2023"), "H02", "nguyen.van.c", "2023-12-18 14:00:00"});
  const std::string decisions = test::QueryText(s.db, "SELECT COUNT(*) FROM discipline");
  const Receipt refused = submit_discipline("discipline_T17_2023_X0201.csv", "T17");
  CHECK(refused.outcome == SubmitOutcome::kDuplicate);  // the same file as before: nothing would change
  std::string changed = test::ReadFile(test::Fixture("approval/discipline_T17_2023_X0201.csv"));
  changed.replace(changed.find("khien_trach"), 11, "canh_cao");
  test::WriteFile(s.dir.File("discipline_T17_2023.csv"), changed);
  SubmitRequest request;
  request.kind = SubmissionKind::kDiscipline;
  request.file = s.dir.File("discipline_T17_2023.csv");
  request.unit = "T17";
  request.period = "2023";
  const Receipt locked = Submit(s.db, request);
  CHECK(locked.outcome == SubmitOutcome::kRejected);
  REQUIRE(locked.errors.size() == 1);
  CHECK(locked.errors[0].message ==
        "Không nhận tệp: số liệu Năm 2023 (kỳ 2023) của đơn vị X0201 (thuộc H02) đã được phê duyệt ngày 18/12/2023 lúc "
        "14:00:00 bởi nguyen.van.c; tệp kỷ luật năm 2023 sẽ làm thay đổi số liệu đã phê duyệt. Muốn nộp, hãy đề nghị "
        "người phê duyệt rút phê duyệt trước: baocao unapprove --period 2023 --unit H02 --reason \"…\"");
  CHECK(test::QueryText(s.db, "SELECT COUNT(*) FROM discipline") == decisions);
  // Units outside the approval are not locked.
  CHECK(submit_discipline("discipline_H01_2023.csv", "H01").outcome == SubmitOutcome::kAccepted);
  // The year's export months are locked for dossiers too.
  CHECK(s.SubmitDossiers("dossiers_T17_2023-05_H02.csv", "T17", "2023-05").outcome == SubmitOutcome::kRejected);
}

}  // namespace
}  // namespace baocao
