// Aggregating units (SPEC §2): a district whose own UBND never has a dossier of its own and never
// submits, while its communes do. It is not expected, never missing; its row is its communes'.
#include <catch2/catch.hpp>

#include "indicators/flow_line_fixture.h"
#include "indicators/indicators.h"
#include "indicators/reporting_status.h"
#include "ingest/submission.h"
#include "test_support.h"

namespace baocao {
namespace {

constexpr const char* kHeader = test::kDossierCsvHeader;

// T → H1 → X1, X2 and T → S1; nobody at T or H1 ever has a dossier of its own.
class Province {
 public:
  Province() {
    test::WriteFile(dir_.File("units.csv"),
                    "ma_don_vi,ten_don_vi,cap,ma_don_vi_cha\n"
                    "T,UBND tỉnh Thử,tinh,\nS1,Sở Tư pháp,so_nganh,T\nH1,UBND huyện Một,huyen,T\n"
                    "X1,UBND xã Một,xa,H1\nX2,UBND xã Hai,xa,H1\n");
    Submit(SubmissionKind::kUnits, dir_.File("units.csv"), {}, {});
    Submit(SubmissionKind::kProcedures, test::Fixture("sample/procedures.csv"), {}, {});
  }
  // A dossiers file of `unit` for May 2023 with `rows` (each "code,unit,channel,status").
  void Dossiers(const std::string& unit, const std::vector<std::string>& rows) {
    std::string text = kHeader;
    for (const auto& r : rows) {
      const auto c1 = r.find(','), c2 = r.find(',', c1 + 1), c3 = r.find(',', c2 + 1);
      const std::string code = r.substr(0, c1), who = r.substr(c1 + 1, c2 - c1 - 1),
                        channel = r.substr(c2 + 1, c3 - c2 - 1), status = r.substr(c3 + 1);
      const bool done = status != "dang_xu_ly";
      text += code + ",1.001612," + who + "," + channel + ",2023-05-02,2023-05-10," +
              (done ? "2023-05-08" : "") + "," + status + ",0,,\n";
    }
    const std::string file = dir_.File("dossiers_" + unit + ".csv");
    test::WriteFile(file, text);
    Submit(SubmissionKind::kDossiers, file, unit, "2023-05");
  }
  Report Compute(const std::string& form, const std::string& root = "") {
    return ComputeReport(db_, form, ParsePeriod("2023-05"), root);
  }
  Database& db() { return db_; }

 private:
  void Submit(SubmissionKind kind, const std::string& file, std::optional<std::string> unit,
              std::optional<std::string> period) {
    SubmitRequest request;
    request.kind = kind;
    request.file = file;
    request.unit = std::move(unit);
    request.period = std::move(period);
    request.now = "2023-05-20 08:00:00";
    const Receipt receipt = Submit(db_, request);
    REQUIRE(receipt.ok());
  }
  static Receipt Submit(Database& db, const SubmitRequest& request) { return baocao::Submit(db, request); }

  test::TempDir dir_;
  Database db_{":memory:"};
};

}  // namespace

TEST_CASE("an aggregating district: its row is its communes', it is never missing", "[indicators]") {
  Province p;
  p.Dossiers("S1", {"S-1,S1,truc_tuyen,da_tra_ket_qua"});
  p.Dossiers("X1", {"X1-1,X1,truc_tuyen,da_tra_ket_qua", "X1-2,X1,truc_tiep,dang_xu_ly"});
  p.Dossiers("X2", {"X2-1,X2,buu_chinh,rut_ho_so"});

  const Report r = p.Compute("dvc");
  CHECK(r.warnings.empty());
  const UnitRow& h1 = test::Row(r, "H1");
  CHECK(h1.submitted);
  CHECK_FALSE(h1.missing);
  CHECK(h1.coverage.expected == 2);
  CHECK(h1.coverage.reported == 2);
  CHECK(test::Line(h1, {"received_total", "resolved_total", "withdrawn", "pending_total"}) == "3 1 1 1");
  CHECK(test::Line(r.root_row(), {"received_total", "resolved_total", "withdrawn", "pending_total"}) ==
        "4 2 1 1");
  CHECK(h1.values.at("rank_on_time") == Value::Count(1));  // ranked on its communes' figures

  const ReportingStatus s = ComputeReportingStatus(p.db(), ParsePeriod("2023-05"));
  CHECK(s.missing() == 0);
  CHECK_FALSE(s.units[2].expected);  // H1
  CHECK(s.levels.back().total == 3);  // S1, X1, X2

  // Form 06 by level: no Cấp huyện (H1 has nothing of its own), Cấp tỉnh and Cấp xã only.
  const Report f06 = p.Compute("tthc");
  REQUIRE(f06.table.size() == 1 + 1 + 1 + 2 + 1);
  CHECK(f06.table[0].row.ten_don_vi == "Cấp tỉnh");
  CHECK(f06.table[2].row.ten_don_vi == "Cấp xã");
  CHECK(test::FlowLine(f06.table[2].row) == test::FlowLine(h1));
}

TEST_CASE("an aggregating district with a commune missing: sums kept, the gap told", "[indicators]") {
  Province p;
  p.Dossiers("S1", {"S-1,S1,truc_tuyen,da_tra_ket_qua"});
  p.Dossiers("X1", {"X1-1,X1,truc_tuyen,da_tra_ket_qua", "X1-2,X1,truc_tiep,dang_xu_ly"});

  const Report r = p.Compute("tthc");
  CHECK(r.warnings == std::vector<std::string>{"Chưa báo cáo: X2 UBND xã Hai (tháng 2023-05)"});
  const UnitRow& h1 = test::Row(r, "H1");
  CHECK(h1.submitted);
  CHECK(h1.coverage.expected == 2);
  CHECK(h1.coverage.reported == 1);
  CHECK(h1.coverage.missing == std::vector<std::string>{"X2 UBND xã Hai"});
  CHECK(test::Line(h1, {"received_total"}) == "2");
  CHECK(test::Line(r.root_row(), {"received_total"}) == "3");
  CHECK_FALSE(test::Row(r, "X2").submitted);

  // Nobody under H1 reported: only then is its row "chưa báo cáo".
  Province q;
  q.Dossiers("S1", {"S-1,S1,truc_tuyen,da_tra_ket_qua"});
  const Report alone = q.Compute("tthc");
  CHECK_FALSE(test::Row(alone, "H1").submitted);
  CHECK(alone.root_row().submitted);  // the province row is never blank while a unit reported
  CHECK(alone.warnings.size() == 2);
  CHECK(test::Line(q.Compute("tthc", "H1").root_row(), {"received_total"}) == "-");
}

}  // namespace baocao
