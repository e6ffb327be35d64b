// ComputeScoreInputs on tiny hand-made databases: the edges of the contract's rules (0/0 against no
// data, unknown counts, what is carried over, withdrawn dossiers, the roll-up, petitions files).
#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>

#include "core/period.h"
#include "indicators/score_inputs.h"
#include "store/record_store.h"

namespace baocao {
namespace {

using Counts = std::map<std::string, int64_t>;

DateTime At(int y, int m, int d) { return DateTime{Date::FromYmd(y, m, d), 9 * 3600}; }

// A province T with a district H under it and a commune X under H; one fee procedure P (toan_trinh)
// and one free procedure Q (khong), without the optional catalog columns.
class Province {
 public:
  Province() : db_(":memory:"), store_(db_) {
    store_.WriteUnit(UnitRecord{"T", "Tỉnh", "tinh", "", 1});
    store_.WriteUnit(UnitRecord{"H", "Huyện", "huyen", "T", 2});
    store_.WriteUnit(UnitRecord{"X", "Xã", "xa", "H", 3});
    ProcedureRecord p{"P", "Thủ tục P", "Lĩnh vực", "toan_trinh", true, true, {}, {}, {}, {}, {}};
    store_.WriteProcedure(p);
    ProcedureRecord q{"Q", "Thủ tục Q", "Lĩnh vực", "khong", false, false, {}, {}, {}, {}, {}};
    store_.WriteProcedure(q);
  }

  // A dossier of `unit`; finished empty while pending.
  DossierRecord& Dossier(const std::string& code, const std::string& unit, DateTime received, DateTime due,
                         std::optional<DateTime> finished, const std::string& status) {
    DossierRecord d;
    d.ma_ho_so = code;
    d.ma_tthc = "P";
    d.ma_don_vi = unit;
    d.kenh_nop = "truc_tuyen";
    d.received = received;
    d.due = due;
    d.finished = finished;
    d.trang_thai = status;
    pending_.push_back(d);
    return pending_.back();
  }

  void Petitions(const std::string& unit, const std::string& month, std::vector<PetitionRecord> rows) {
    petitions_.push_back({unit, month, std::move(rows)});
  }

  std::map<std::string, ScoreInputs> Compute(const std::string& period = "2026-08") {
    SubmissionRecord s{"dossiers", std::string("T"), std::string("2026-08"), "d.csv", "sha", "2026-09-01", "strict", "", ""};
    const int64_t id = store_.BeginSubmission(s);
    int row = 1;
    for (const auto& d : pending_) store_.WriteDossier(d, "2026-08", id, ++row);
    for (const auto& [unit, month, rows] : petitions_) {
      SubmissionRecord p{"petitions", unit, month, "p.csv", "sha-p", "2026-09-01", "strict", "", ""};
      const int64_t pid = store_.BeginSubmission(p);
      for (const auto& r : rows) store_.WritePetition(r, month, pid, ++row);
      store_.RecordUnitReport(unit, month, "petitions", pid, static_cast<int>(rows.size()));
    }
    pending_.clear();
    petitions_.clear();
    return ComputeScoreInputs(db_, ParsePeriod(period, true), WorkingCalendar());
  }

 private:
  struct PetitionFile {
    std::string unit;
    std::string month;
    std::vector<PetitionRecord> rows;
  };
  Database db_;
  RecordStore store_;
  std::vector<DossierRecord> pending_;
  std::vector<PetitionFile> petitions_;
};

std::optional<int64_t> Input(const ScoreInputs& in, const std::string& name) {
  const auto it = in.counts.find(name);
  if (it == in.counts.end()) return std::nullopt;
  return it->second;
}

}  // namespace

TEST_CASE("a dossier fact is 0/0 with nothing new once carried, absent when never carried", "[score_inputs]") {
  Province p;
  // X's dossier of July carried the sync column; H's own dossier of July did not.
  p.Dossier("X1", "X", At(2026, 7, 1), At(2026, 7, 3), At(2026, 7, 2), "da_tra_ket_qua").dong_bo_dvcqg = true;
  p.Dossier("H1", "H", At(2026, 7, 1), At(2026, 7, 3), At(2026, 7, 2), "da_tra_ket_qua");
  const auto in = p.Compute();
  CHECK(Input(in.at("X"), "DOSSIER_SYNC.numerator") == 0);
  CHECK(Input(in.at("X"), "DOSSIER_SYNC.denominator") == 0);
  CHECK(Input(in.at("H"), "DOSSIER_SYNC.denominator") == 0);  // its subtree carried it
  CHECK(Input(in.at("X"), "ORIGINAL_RESULT_AVAILABLE.denominator") == std::nullopt);
  CHECK(in.at("X").unknown.empty());
  // Finished before the period: neither carried over nor new.
  CHECK(Input(in.at("T"), "totalReceived") == 0);
  CHECK(Input(in.at("T"), "totalOnTime") == 0);
  // P was received by X and H on or before the period's end: it is in both P(u), so counted twice.
  CHECK(Input(in.at("X"), "authorityCount") == 1);
  CHECK(Input(in.at("H"), "authorityCount") == 2);
  CHECK(Input(in.at("T"), "fullCount") == 2);
  CHECK(Input(in.at("T"), "totalFeeFormality") == 2);
  CHECK(Input(in.at("T"), "totalFeeDossierFormality") == 0);
  // The catalog carries none of its optional columns: those ratios have no data.
  CHECK(Input(in.at("T"), "PUBLISH_ON_TIME.denominator") == std::nullopt);
  CHECK(Input(in.at("T"), "PUBLIC_CONTENT_FULL.denominator") == std::nullopt);
}

TEST_CASE("new dossiers lacking a fact are counted as unknown, all lacking it means no data", "[score_inputs]") {
  Province p;
  p.Dossier("X1", "X", At(2026, 8, 3), At(2026, 8, 5), At(2026, 8, 4), "da_tra_ket_qua").dong_bo_dvcqg = true;
  p.Dossier("X2", "X", At(2026, 8, 3), At(2026, 8, 5), At(2026, 8, 4), "da_tra_ket_qua").dong_bo_dvcqg = false;
  p.Dossier("X3", "X", At(2026, 8, 3), At(2026, 8, 5), At(2026, 8, 4), "da_tra_ket_qua");
  p.Dossier("H1", "H", At(2026, 8, 3), At(2026, 8, 5), At(2026, 8, 4), "da_tra_ket_qua");
  const auto in = p.Compute();
  CHECK(Input(in.at("X"), "DOSSIER_SYNC.numerator") == 1);
  CHECK(Input(in.at("X"), "DOSSIER_SYNC.denominator") == 2);
  CHECK(in.at("X").unknown.at("DOSSIER_SYNC") == 1);
  CHECK(in.at("X").unknown.at("ELECTRONIC_CERTIFIED_COPY") == 3);
  CHECK(Input(in.at("X"), "ELECTRONIC_CERTIFIED_COPY.denominator") == std::nullopt);
  CHECK(Input(in.at("H"), "DOSSIER_SYNC.denominator") == 2);
  CHECK(in.at("H").unknown.at("DOSSIER_SYNC") == 2);
  CHECK(Input(in.at("T"), "channelOnlineSum") == 4);
  CHECK(Input(in.at("T"), "onlineDossierCount") == 2);  // P at X and P at H
}

TEST_CASE("withdrawn and returned dossiers count on time, late and overdue ones do not", "[score_inputs]") {
  Province p;
  p.Dossier("W", "X", At(2026, 7, 20), At(2026, 7, 25), At(2026, 8, 10), "rut_ho_so");      // carried, withdrawn late
  p.Dossier("R", "X", At(2026, 8, 3), At(2026, 8, 4), At(2026, 8, 12), "tra_lai");          // returned late
  p.Dossier("L", "X", At(2026, 8, 3), At(2026, 8, 4), At(2026, 8, 5), "da_tra_ket_qua");    // late
  p.Dossier("O", "X", At(2026, 8, 3), At(2026, 8, 28), std::nullopt, "dang_xu_ly");         // overdue at 31/08
  p.Dossier("E", "X", At(2026, 8, 3), At(2026, 8, 31), std::nullopt, "dang_xu_ly");         // due on the last day
  p.Dossier("S", "X", At(2026, 8, 3), At(2026, 8, 20), At(2026, 9, 2), "da_tra_ket_qua");   // finished after the period
  p.Dossier("K", "X", At(2026, 8, 3), At(2026, 8, 5), At(2026, 8, 4), "da_tra_ket_qua").danh_gia = "khong_hai_long";
  const auto in = p.Compute();
  const ScoreInputs& x = in.at("X");
  CHECK(Input(x, "totalReceived") == 7);
  CHECK(Input(x, "totalOnTime") == 4);  // W, R, E, K; S was pending and overdue at 31/08
  CHECK(Input(x, "DOSSIER_RECEIVING_SATISFACTION.numerator") == 3);
  CHECK(Input(x, "DOSSIER_RECEIVING_SATISFACTION.denominator") == 7);
}

TEST_CASE("an on-time dossier named by a petition is not a satisfied one", "[score_inputs]") {
  Province p;
  p.Dossier("A", "X", At(2026, 8, 3), At(2026, 8, 5), At(2026, 8, 4), "da_tra_ket_qua");
  p.Dossier("B", "X", At(2026, 8, 3), At(2026, 8, 5), At(2026, 8, 4), "da_tra_ket_qua");
  p.Petitions("X", "2026-08",
              {PetitionRecord{"PA1", "X", At(2026, 8, 6), At(2026, 8, 10), At(2026, 8, 11), "hai_long", "B"},
               PetitionRecord{"PA2", "X", At(2026, 8, 6), At(2026, 8, 10), std::nullopt, "", ""}});
  const auto in = p.Compute();
  CHECK(Input(in.at("X"), "totalOnTime") == 2);
  CHECK(Input(in.at("X"), "DOSSIER_RECEIVING_SATISFACTION.numerator") == 1);
  CHECK(Input(in.at("X"), "PETITION_PROCESSING_ON_TIME.numerator") == 0);
  CHECK(Input(in.at("X"), "PETITION_PROCESSING_ON_TIME.denominator") == 1);
  CHECK(Input(in.at("X"), "PETITION_HANDLING_SATISFACTION.numerator") == 1);
  CHECK(Input(in.at("X"), "PETITION_HANDLING_SATISFACTION.denominator") == 1);
  CHECK(Input(in.at("H"), "PETITION_PROCESSING_ON_TIME.denominator") == 1);
}

TEST_CASE("petitions inputs need a petitions file of the subtree or an ancestor for the period", "[score_inputs]") {
  SECTION("no file: no data anywhere") {
    Province p;
    const auto in = p.Compute();
    CHECK(Input(in.at("T"), "PETITION_PROCESSING_ON_TIME.denominator") == std::nullopt);
    CHECK(Input(in.at("X"), "PETITION_HANDLING_SATISFACTION.denominator") == std::nullopt);
  }
  SECTION("a header-only file of the province covers every unit: 0/0") {
    Province p;
    p.Petitions("T", "2026-08", {});
    const auto in = p.Compute();
    CHECK(Input(in.at("X"), "PETITION_PROCESSING_ON_TIME.denominator") == 0);
    CHECK(Input(in.at("H"), "PETITION_HANDLING_SATISFACTION.numerator") == 0);
    CHECK(Input(in.at("T"), "PETITION_HANDLING_SATISFACTION.denominator") == 0);
  }
  SECTION("a commune's file of July covers it and its ancestors in July only") {
    Province p;
    p.Petitions("X", "2026-07", {});
    const auto august = p.Compute("2026-08");
    CHECK(Input(august.at("X"), "PETITION_PROCESSING_ON_TIME.denominator") == std::nullopt);
    const auto july = p.Compute("2026-07");
    CHECK(Input(july.at("X"), "PETITION_PROCESSING_ON_TIME.denominator") == 0);
    CHECK(Input(july.at("T"), "PETITION_PROCESSING_ON_TIME.denominator") == 0);
  }
}

TEST_CASE("the calendar months of a period are its petitions files' export months", "[score_inputs]") {
  CHECK(CalendarMonths(ParsePeriod("2026-08", true)) == std::vector<std::string>{"2026-08"});
  CHECK(CalendarMonths(ParsePeriod("2026-Q4", true)) ==
        std::vector<std::string>{"2026-10", "2026-11", "2026-12"});
}

}  // namespace baocao
