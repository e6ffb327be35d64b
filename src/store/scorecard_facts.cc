#include "store/scorecard_facts.h"

#include <algorithm>
#include <memory>
#include <string_view>

#include "core/text.h"
#include "store/dossier_split_read.h"

namespace baocao {
namespace {

std::optional<int> OptionalInt(SqlStatement& q, int column) {
  if (q.IsNull(column)) return std::nullopt;
  return static_cast<int>(q.GetInt(column));
}

std::optional<bool> OptionalBool(SqlStatement& q, int column) {
  if (q.IsNull(column)) return std::nullopt;
  return q.GetInt(column) != 0;
}

// A condition as a number (1 when it holds, else 0), for SUM and MAX: PostgreSQL's comparisons are
// booleans. A condition that is NULL counts 0, as SQLite's SUM skipped it.
std::string Count(const std::string& condition) { return "CASE WHEN " + condition + " THEN 1 ELSE 0 END"; }

// One (unit, procedure) pair's counts in one window: ever once the unit received a dossier of it on
// or before the window's end, in_flow once one is in the window's flow.
struct PairCounts {
  bool ever = false;
  bool in_flow = false;
  DossierFlowFacts flow;  // without its codes: they are the maps' keys
};

// One unit's tally over the windows (not indicators/unit_counts.h's UnitCounts: the scorecard's own).
struct UnitTally {
  explicit UnitTally(size_t windows) : carried(windows) {}
  std::vector<std::array<bool, kDossierFactCount>> carried;  // by window
  StringMap<std::vector<PairCounts>> procedures;             // by window
};

// b's counts added to a's.
void Add(DossierFlowFacts& a, const DossierFlowFacts& b) {
  a.new_total += b.new_total;
  a.new_online += b.new_online;
  a.new_direct += b.new_direct;
  a.new_postal += b.new_postal;
  a.carried += b.carried;
  a.on_time += b.on_time;
  a.on_time_dissatisfied += b.on_time_dissatisfied;
  a.financial += b.financial;
  a.paid_online += b.paid_online;
  for (size_t i = 0; i < a.known.size(); ++i) {
    a.known[i] += b.known[i];
    a.yes[i] += b.yes[i];
  }
}

// b's tally (of other dossiers, read by another part) added to a's: what one part would have counted.
void Add(UnitTally& a, const UnitTally& b) {
  for (size_t w = 0; w < a.carried.size(); ++w)
    for (size_t i = 0; i < a.carried[w].size(); ++i) a.carried[w][i] = a.carried[w][i] || b.carried[w][i];
  for (const auto& [procedure, counts] : b.procedures) {
    auto it = a.procedures.find(procedure);
    if (it == a.procedures.end()) {
      a.procedures.emplace(procedure, counts);
      continue;
    }
    for (size_t w = 0; w < counts.size(); ++w) {
      PairCounts& into = it->second[w];
      into.ever = into.ever || counts[w].ever;
      into.in_flow = into.in_flow || counts[w].in_flow;
      Add(into.flow, counts[w].flow);
    }
  }
}

// What one part of the dossiers' read counts (ForEachDossierRow: parts read on threads of their own).
struct PartTally {
  StringMap<UnitTally> units;
  UnitTally* unit = nullptr;
  std::string unit_code;  // the code of `unit`: consecutive rows often share it (a file's rows are stored together)
  std::array<int, kDossierFactCount> fact{};  // the row's facts: 0, 1, or 2 for NULL
};

// The ma_ho_so every petition names: a dossier named by a petition is dissatisfied (SPEC §4).
// Petitions are a few per unit and month, so the set is small next to the dossiers.
StringSet DossiersNamedByPetitions(Database& db) {
  StringSet named;
  auto q = db.connection().Prepare("SELECT DISTINCT ma_ho_so FROM petitions WHERE ma_ho_so IS NOT NULL");
  while (q->Step()) named.emplace(q->GetText(0));
  return named;
}

// The optional facts of a row in one number, base 3 (0, 1, or 2 for NULL; the first column the
// lowest digit): one column read per row instead of fourteen.
std::string PackedFacts() {
  std::string sql;
  int weight = 1;
  for (const char* column : kDossierFactColumns) {
    sql += std::string(sql.empty() ? "" : " + ") + std::to_string(weight) + " * COALESCE(" + column + ", 2)";
    weight *= 3;
  }
  return sql;
}

// The flows, which procedures each unit ever received and the facts each unit carried, of every
// window in ONE streaming pass over the dossiers received on or before the last window's end,
// counted here rather than by the database: three GROUP BYs (each a temporary B-tree over millions
// of rows) and a correlated petitions look-up per row took about 3.5 s per period for a province's
// year of 3,000,000 dossiers, and a chi_so_766 report reads two periods (issue 15). The counts are
// those of the SQL they replace (tests/store/scorecard_facts_test.cc keeps that SQL as the oracle):
//   a dossier is in a period's flow when received on or before `to` and not finished before
//   `from` (SPEC §4); new when received on or after `from`, carried over when received before it;
//   on time when pending at `to` (not finished, or finished after `to`) with its due day ≥ `to`, or
//   finished within the period da_tra_ket_qua on or before its due day, rut_ho_so or tra_lai.
// The pass is split over the cores as the other reads of the dossiers are (store/dossier_split_read.h):
// each part counts its rows into its own tallies, added together at the end (a province that keeps
// several years reads every one of them here: `province_year_bench --years 3`).
void ReadDossierFacts(Database& db, const std::vector<ScorecardWindow>& windows, std::vector<ScorecardFacts>& facts,
                      const DossierScanSplit& split) {
  const size_t n = windows.size();
  int last = windows.front().to;
  for (const auto& w : windows) last = std::max(last, w.to);
  const auto named = DossiersNamedByPetitions(db);
  std::vector<PartTally> parts(static_cast<size_t>(DossierParts(split)));
  ForEachDossierRow(
      db,
      "SELECT ma_don_vi, ma_tthc, received_day, due_day, finished_day, kenh_nop, trang_thai, phi_le_phi, "
      "hinh_thuc_thanh_toan, danh_gia, ma_ho_so, " +
          PackedFacts() + " FROM dossiers WHERE received_day <= ?1",
      1, [&](SqlStatement& q) { BindAll(q, last); },
      [&](int part, SqlStatement& q) {
        PartTally& t = parts[static_cast<size_t>(part)];
        const std::string_view code = q.GetText(0);
        if (t.unit == nullptr || code != t.unit_code) {
          t.unit_code.assign(code);
          t.unit = &t.units.try_emplace(t.unit_code, n).first->second;
        }
        const std::string_view procedure = q.GetText(1);
        auto pair = t.unit->procedures.find(procedure);
        if (pair == t.unit->procedures.end())
          pair = t.unit->procedures.emplace(std::string(procedure), std::vector<PairCounts>(n)).first;
        const int received = static_cast<int>(q.GetInt(2));
        const bool finished = !q.IsNull(4);
        const int finished_day = finished ? static_cast<int>(q.GetInt(4)) : 0;
        const int due = static_cast<int>(q.GetInt(3));
        int64_t packed = q.GetInt(11);
        for (int& f : t.fact) {
          f = static_cast<int>(packed % 3);
          packed /= 3;
        }
        // The texts, read at most once, when a window needs them.
        std::string_view kenh, state, payment, rating;
        bool have_texts = false;
        int dissatisfied = -1;  // unknown yet
        for (size_t w = 0; w < n; ++w) {
          const int from = windows[w].from;
          const int to = windows[w].to;
          if (received > to) continue;
          PairCounts& p = pair->second[w];
          p.ever = true;
          auto& carried = t.unit->carried[w];
          for (size_t i = 0; i < carried.size(); ++i) carried[i] = carried[i] || t.fact[i] != 2;
          if (finished && finished_day < from) continue;  // not in the period's flow
          if (!have_texts) {
            kenh = q.GetText(5);
            state = q.GetText(6);
            payment = q.GetText(8);
            rating = q.GetText(9);
            have_texts = true;
          }
          DossierFlowFacts& f = p.flow;
          p.in_flow = true;
          if (received >= from) {
            ++f.new_total;
            if (kenh == "truc_tuyen") ++f.new_online;
            else if (kenh == "truc_tiep") ++f.new_direct;
            else if (kenh == "buu_chinh") ++f.new_postal;
            if (q.GetInt(7) > 0) {
              ++f.financial;
              if (payment == "truc_tuyen") ++f.paid_online;
            }
            for (size_t i = 0; i < t.fact.size(); ++i) {
              if (t.fact[i] == 2) continue;
              ++f.known[i];
              if (t.fact[i] == 1) ++f.yes[i];
            }
          } else {
            ++f.carried;
          }
          bool on_time = (!finished || finished_day > to) && due >= to;
          if (!on_time && finished && finished_day <= to)
            on_time = (state == "da_tra_ket_qua" && finished_day <= due) || state == "rut_ho_so" || state == "tra_lai";
          if (!on_time) continue;
          ++f.on_time;
          if (dissatisfied < 0)
            dissatisfied = rating == "khong_hai_long" || (!named.empty() && named.contains(q.GetText(10))) ? 1 : 0;
          f.on_time_dissatisfied += dissatisfied;
        }
      },
      split);
  // The parts' tallies added into the first.
  StringMap<UnitTally>& units = parts.front().units;
  for (size_t k = 1; k < parts.size(); ++k)
    for (auto& [code, tally] : parts[k].units) {
      auto it = units.find(code);
      if (it == units.end()) units.emplace(code, std::move(tally));
      else Add(it->second, tally);
    }
  // Out in the order of the codes (bytewise, as the SQL's ORDER BY on both engines).
  std::vector<std::pair<std::string_view, const UnitTally*>> by_unit;
  by_unit.reserve(units.size());
  for (const auto& [code, counts] : units) by_unit.emplace_back(code, &counts);
  std::sort(by_unit.begin(), by_unit.end());
  for (const auto& [code, counts] : by_unit) {
    std::vector<std::pair<std::string_view, const std::vector<PairCounts>*>> pairs;
    pairs.reserve(counts->procedures.size());
    for (const auto& [procedure, p] : counts->procedures) pairs.emplace_back(procedure, &p);
    std::sort(pairs.begin(), pairs.end());
    for (size_t w = 0; w < n; ++w) {
      bool any = false;
      for (const auto& [procedure, p] : pairs) {
        const PairCounts& c = (*p)[w];
        if (!c.ever) continue;
        any = true;
        facts[w].ever_received.emplace_hint(facts[w].ever_received.end(), std::string(code), std::string(procedure));
        if (!c.in_flow) continue;
        DossierFlowFacts f = c.flow;
        f.ma_don_vi = code;
        f.ma_tthc = procedure;
        facts[w].flows.push_back(std::move(f));
      }
      if (any) facts[w].facts_carried.emplace(std::string(code), counts->carried[w]);
    }
  }
}

void ReadProcedures(Database& db, ScorecardFacts& facts) {
  auto q = db.connection().Prepare(
      "SELECT ma_tthc, muc_do_dvc, co_phi, ngay_quyet_dinh_cong_bo, ngay_hieu_luc, "
      "ngay_cong_khai, cong_khai_day_du, ket_noi_du_lieu_dan_cu FROM procedures ORDER BY ma_tthc");
  while (q->Step()) {
    ProcedureFacts p;
    p.ma_tthc = q->GetString(0);
    p.muc_do_dvc = q->GetString(1);
    p.co_phi = q->GetInt(2) != 0;
    p.ngay_quyet_dinh_cong_bo = OptionalInt(*q, 3);
    p.ngay_hieu_luc = OptionalInt(*q, 4);
    p.ngay_cong_khai = OptionalInt(*q, 5);
    p.cong_khai_day_du = OptionalBool(*q, 6);
    p.ket_noi_du_lieu_dan_cu = OptionalBool(*q, 7);
    facts.procedures.push_back(std::move(p));
  }
}

void ReadPetitions(Database& db, int from, int to, ScorecardFacts& facts) {
  auto q = db.connection().Prepare("SELECT ma_don_vi, COUNT(*), SUM(" + Count("handled_day <= due_day") + "), SUM(" +
                                   Count("danh_gia IS NOT NULL") + "), SUM(" +
                                   Count("danh_gia = 'rat_hai_long' OR danh_gia = 'hai_long'") +
                                   ") FROM petitions WHERE handled_day BETWEEN ?1 AND ?2 GROUP BY ma_don_vi");
  BindAll(*q, from, to);
  while (q->Step()) {
    PetitionFacts& p = facts.petitions[q->GetString(0)];
    p.handled = q->GetInt(1);
    p.on_time = q->GetInt(2);
    p.rated = q->GetInt(3);
    p.satisfied = q->GetInt(4);
  }
}

void ReadPetitionReporters(Database& db, const std::vector<std::string>& export_months,
                           ScorecardFacts& facts) {
  auto q = db.connection().Prepare("SELECT DISTINCT ma_don_vi FROM unit_reports WHERE kind = 'petitions' AND period = ?1");
  for (const auto& month : export_months) {
    q->Reset();
    BindAll(*q, month);
    while (q->Step()) facts.petition_reporters.insert(q->GetString(0));
  }
}

}  // namespace

ScorecardFacts LoadScorecardFacts(Database& db, int from, int to,
                                  const std::vector<std::string>& export_months) {
  return std::move(LoadScorecardFacts(db, {ScorecardWindow{from, to, export_months}}).front());
}

std::vector<ScorecardFacts> LoadScorecardFacts(Database& db, const std::vector<ScorecardWindow>& windows,
                                               const DossierScanSplit& split) {
  std::vector<ScorecardFacts> facts(windows.size());
  if (windows.empty()) return facts;
  ReadDossierFacts(db, windows, facts, split);
  ReadProcedures(db, facts.front());  // the catalog, the same for every window
  for (size_t w = 0; w < windows.size(); ++w) {
    if (w > 0) facts[w].procedures = facts.front().procedures;
    ReadPetitions(db, windows[w].from, windows[w].to, facts[w]);
    ReadPetitionReporters(db, windows[w].export_months, facts[w]);
  }
  return facts;
}

}  // namespace baocao
