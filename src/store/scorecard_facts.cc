#include "store/scorecard_facts.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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

// The strings the scan compares against, and a transparent hash so that a row's views look up
// std::string keys without a copy.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class T>
using ByCode = std::unordered_map<std::string, T, ViewHash, std::equal_to<>>;

// One (unit, procedure) pair's counts; in_flow once a dossier of the pair is in the period's flow.
struct PairCounts {
  bool in_flow = false;
  DossierFlowFacts flow;  // without its codes: they are the maps' keys
};

struct UnitCounts {
  std::array<bool, kDossierFactCount> carried{};
  ByCode<PairCounts> procedures;
};

// The ma_ho_so every petition names: a dossier named by a petition is dissatisfied (SPEC §4).
// Petitions are a few per unit and month, so the set is small next to the dossiers.
std::unordered_set<std::string, ViewHash, std::equal_to<>> DossiersNamedByPetitions(Database& db) {
  std::unordered_set<std::string, ViewHash, std::equal_to<>> named;
  auto q = db.connection().Prepare("SELECT DISTINCT ma_ho_so FROM petitions WHERE ma_ho_so IS NOT NULL");
  while (q->Step()) named.emplace(q->GetText(0));
  return named;
}

// The flows, which procedures each unit ever received and the facts each unit carried, in ONE
// streaming pass over the dossiers received on or before `to`, counted here rather than by the
// database: three GROUP BYs (each a temporary B-tree over millions of rows) and a correlated
// petitions look-up per row took about 3.5 s for a province's year of 3,000,000 dossiers; the pass
// takes a fraction of it (issue 15). The counts are those of the SQL they replace
// (tests/store/scorecard_facts_test.cc keeps that SQL as the oracle):
//   a dossier is in the period's flow when received on or before `to` and not finished before
//   `from` (SPEC §4); new when received on or after `from`, carried over when received before it;
//   on time when pending at `to` (not finished, or finished after `to`) with its due day ≥ `to`, or
//   finished within the period da_tra_ket_qua on or before its due day, rut_ho_so or tra_lai.
void ReadDossierFacts(Database& db, int from, int to, ScorecardFacts& facts) {
  const auto named = DossiersNamedByPetitions(db);
  std::string sql =
      "SELECT ma_don_vi, ma_tthc, received_day, due_day, finished_day, kenh_nop, trang_thai, phi_le_phi, "
      "hinh_thuc_thanh_toan, danh_gia, ma_ho_so";
  for (const char* column : kDossierFactColumns) sql += std::string(", ") + column;
  sql += " FROM dossiers WHERE received_day <= ?1";
  constexpr int kFirstFact = 11;
  auto q = db.connection().Prepare(sql);
  BindAll(*q, to);
  ByCode<UnitCounts> units;
  UnitCounts* unit = nullptr;
  std::string unit_code;  // the code of `unit`: consecutive rows mostly share it (ma_ho_so starts with it)
  while (q->Step()) {
    const std::string_view code = q->GetText(0);
    if (unit == nullptr || code != unit_code) {
      unit_code.assign(code);
      unit = &units[unit_code];
    }
    const std::string_view procedure = q->GetText(1);
    auto pair = unit->procedures.find(procedure);
    if (pair == unit->procedures.end()) pair = unit->procedures.emplace(std::string(procedure), PairCounts{}).first;
    const int received = static_cast<int>(q->GetInt(2));
    const bool is_new = received >= from;
    for (int i = 0; i < kDossierFactCount; ++i) {
      const auto at = static_cast<size_t>(i);
      if (!unit->carried[at] && !q->IsNull(kFirstFact + i)) unit->carried[at] = true;
    }
    const bool finished = !q->IsNull(4);
    const int finished_day = finished ? static_cast<int>(q->GetInt(4)) : 0;
    if (finished && finished_day < from) continue;  // not in the period's flow
    PairCounts& p = pair->second;
    DossierFlowFacts& f = p.flow;
    p.in_flow = true;
    if (is_new) {
      ++f.new_total;
      const std::string_view kenh = q->GetText(5);
      if (kenh == "truc_tuyen") ++f.new_online;
      else if (kenh == "truc_tiep") ++f.new_direct;
      else if (kenh == "buu_chinh") ++f.new_postal;
      if (q->GetInt(7) > 0) {
        ++f.financial;
        if (q->GetText(8) == "truc_tuyen") ++f.paid_online;
      }
      for (int i = 0; i < kDossierFactCount; ++i) {
        const auto at = static_cast<size_t>(i);
        if (q->IsNull(kFirstFact + i)) continue;
        ++f.known[at];
        if (q->GetInt(kFirstFact + i) == 1) ++f.yes[at];
      }
    } else {
      ++f.carried;
    }
    const int due = static_cast<int>(q->GetInt(3));
    bool on_time = (!finished || finished_day > to) && due >= to;
    if (!on_time && finished && finished_day <= to) {
      const std::string_view state = q->GetText(6);
      on_time = (state == "da_tra_ket_qua" && finished_day <= due) || state == "rut_ho_so" || state == "tra_lai";
    }
    if (!on_time) continue;
    ++f.on_time;
    if (q->GetText(9) == "khong_hai_long" || (!named.empty() && named.contains(q->GetText(10))))
      ++f.on_time_dissatisfied;
  }
  // Out in the order of the codes (bytewise, as the SQL's ORDER BY on both engines).
  std::vector<std::pair<std::string_view, const UnitCounts*>> by_unit;
  by_unit.reserve(units.size());
  for (const auto& [code, counts] : units) by_unit.emplace_back(code, &counts);
  std::sort(by_unit.begin(), by_unit.end());
  for (const auto& [code, counts] : by_unit) {
    facts.facts_carried.emplace(std::string(code), counts->carried);
    std::vector<std::pair<std::string_view, const PairCounts*>> pairs;
    pairs.reserve(counts->procedures.size());
    for (const auto& [procedure, p] : counts->procedures) pairs.emplace_back(procedure, &p);
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [procedure, p] : pairs) {
      facts.ever_received.emplace_hint(facts.ever_received.end(), std::string(code), std::string(procedure));
      if (!p->in_flow) continue;
      DossierFlowFacts f = p->flow;
      f.ma_don_vi = code;
      f.ma_tthc = procedure;
      facts.flows.push_back(std::move(f));
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
  ScorecardFacts facts;
  ReadDossierFacts(db, from, to, facts);
  ReadProcedures(db, facts);
  ReadPetitions(db, from, to, facts);
  ReadPetitionReporters(db, export_months, facts);
  return facts;
}

}  // namespace baocao
