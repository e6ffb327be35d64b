#include "indicators/score_inputs.h"

#include <array>
#include <cstdio>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "indicators/unit_tree.h"
#include "store/scorecard_facts.h"

namespace baocao {
namespace {

// The indicator codes of the dossier facts, in kDossierFactColumns' order.
constexpr std::array<const char*, kDossierFactCount> kDossierFactCodes = {
    "DOSSIER_SYNC",
    "ORIGINAL_RESULT_AVAILABLE",
    "SO_HOA_GIAY_TO_GIAI_QUYET",
    "REUSED_DIGITIZED_DATA",
    "SYNCED_WITH_DVCQG_PERSONAL_STORAGE",
    "CITIZEN_DATA_CONNECTED_DOSSIER",
    "ELECTRONIC_CERTIFIED_COPY"};

// The catalog-fact ratios: numerator, denominator and the procedures lacking a column.
struct CatalogRatio {
  int64_t numerator = 0;
  int64_t denominator = 0;
  int64_t unknown = 0;
  void Add(const CatalogRatio& o) {
    numerator += o.numerator;
    denominator += o.denominator;
    unknown += o.unknown;
  }
};

constexpr int kPublishOnTime = 0;
constexpr int kPublicUpdateOnTime = 1;
constexpr int kPublicContentFull = 2;
constexpr int kCitizenDataFormality = 3;
constexpr int kCatalogRatioCount = 4;
constexpr std::array<const char*, kCatalogRatioCount> kCatalogCodes = {
    "PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL", "CITIZEN_DATA_CONNECTED_FORMALITY"};

// One unit's own counts (then its subtree's, once added up).
struct Counts {
  int64_t new_total = 0, new_online = 0, new_direct = 0, new_postal = 0, carried = 0;
  int64_t on_time = 0, on_time_dissatisfied = 0, financial = 0, paid_online = 0;
  int64_t authority = 0, full = 0, partial = 0, online_dossier = 0;
  int64_t fee_formality = 0, fee_paid_online = 0, fee_with_dossier = 0;
  std::array<int64_t, kDossierFactCount> known{}, yes{};
  std::array<bool, kDossierFactCount> carried_fact{};
  std::array<CatalogRatio, kCatalogRatioCount> catalog{};
  PetitionFacts petitions;
  bool petitions_reported = false;

  void Add(const Counts& o) {
    new_total += o.new_total;
    new_online += o.new_online;
    new_direct += o.new_direct;
    new_postal += o.new_postal;
    carried += o.carried;
    on_time += o.on_time;
    on_time_dissatisfied += o.on_time_dissatisfied;
    financial += o.financial;
    paid_online += o.paid_online;
    authority += o.authority;
    full += o.full;
    partial += o.partial;
    online_dossier += o.online_dossier;
    fee_formality += o.fee_formality;
    fee_paid_online += o.fee_paid_online;
    fee_with_dossier += o.fee_with_dossier;
    for (size_t i = 0; i < known.size(); ++i) {
      known[i] += o.known[i];
      yes[i] += o.yes[i];
      carried_fact[i] = carried_fact[i] || o.carried_fact[i];
    }
    for (size_t i = 0; i < catalog.size(); ++i) catalog[i].Add(o.catalog[i]);
    petitions.handled += o.petitions.handled;
    petitions.on_time += o.petitions.on_time;
    petitions.rated += o.petitions.rated;
    petitions.satisfied += o.petitions.satisfied;
    petitions_reported = petitions_reported || o.petitions_reported;
  }
};

// Per (unit, procedure) flow of the period.
using FlowKey = std::pair<std::string, std::string>;

bool IsOnlineService(const ProcedureFacts& p) {
  return p.muc_do_dvc == "toan_trinh" || p.muc_do_dvc == "mot_phan";
}

// Which catalog-fact ratios have data at all: the catalog carries the column(s).
std::array<bool, kCatalogRatioCount> CatalogCarries(const std::vector<ProcedureFacts>& procedures) {
  std::array<bool, kCatalogRatioCount> carries{};
  for (const auto& p : procedures) {
    if (p.ngay_quyet_dinh_cong_bo && p.ngay_hieu_luc) carries[kPublishOnTime] = true;
    if (p.ngay_quyet_dinh_cong_bo && p.ngay_cong_khai) carries[kPublicUpdateOnTime] = true;
    if (p.cong_khai_day_du) carries[kPublicContentFull] = true;
    if (p.ket_noi_du_lieu_dan_cu) carries[kCitizenDataFormality] = true;
  }
  return carries;
}

// Adds procedure p of P(u) to the unit's own counts; flow is the unit's flow of p (nullptr if none).
void AddProcedure(const ProcedureFacts& p, const DossierFlowFacts* flow, const Period& period,
                  const WorkingCalendar& calendar, Counts& c) {
  const int from = period.from.days;
  const int to = period.to.days;
  ++c.authority;
  if (p.muc_do_dvc == "toan_trinh") ++c.full;
  if (p.muc_do_dvc == "mot_phan") ++c.partial;
  if (IsOnlineService(p) && flow != nullptr && flow->new_online > 0) ++c.online_dossier;
  if (p.co_phi) {
    ++c.fee_formality;
    if (flow != nullptr && flow->paid_online > 0) ++c.fee_paid_online;
    if (flow != nullptr && flow->financial > 0) ++c.fee_with_dossier;
  }
  // Announced within the period: on time when it takes effect at least 5 working days later.
  if (p.ngay_quyet_dinh_cong_bo && *p.ngay_quyet_dinh_cong_bo >= from && *p.ngay_quyet_dinh_cong_bo <= to) {
    CatalogRatio& r = c.catalog[kPublishOnTime];
    if (!p.ngay_hieu_luc) {
      ++r.unknown;
    } else {
      ++r.denominator;
      if (*p.ngay_hieu_luc >= calendar.AddWorkingDays(Date{*p.ngay_quyet_dinh_cong_bo}, 5).days) ++r.numerator;
    }
  }
  // Published on the national database within the period: on time within 5 working days of the
  // announcement decision.
  if (p.ngay_cong_khai && *p.ngay_cong_khai >= from && *p.ngay_cong_khai <= to) {
    CatalogRatio& r = c.catalog[kPublicUpdateOnTime];
    if (!p.ngay_quyet_dinh_cong_bo) {
      ++r.unknown;
    } else {
      ++r.denominator;
      if (*p.ngay_cong_khai <= calendar.AddWorkingDays(Date{*p.ngay_quyet_dinh_cong_bo}, 5).days) ++r.numerator;
    }
  }
  const auto add_flag = [](const std::optional<bool>& flag, CatalogRatio& r) {
    if (!flag) {
      ++r.unknown;
      return;
    }
    ++r.denominator;
    if (*flag) ++r.numerator;
  };
  add_flag(p.cong_khai_day_du, c.catalog[kPublicContentFull]);
  add_flag(p.ket_noi_du_lieu_dan_cu, c.catalog[kCitizenDataFormality]);
}

void PutRatio(ScoreInputs& in, const std::string& code, int64_t numerator, int64_t denominator) {
  in.counts[code + ".numerator"] = numerator;
  in.counts[code + ".denominator"] = denominator;
}

ScoreInputs ToInputs(const Counts& c, const std::array<bool, kCatalogRatioCount>& catalog_carries) {
  ScoreInputs in;
  const int64_t total_received = c.carried + c.new_total;
  in.counts["totalReceived"] = total_received;
  in.counts["totalOnTime"] = c.on_time;
  in.counts["authorityCount"] = c.authority;
  in.counts["fullCount"] = c.full;
  in.counts["partialCount"] = c.partial;
  in.counts["onlineServiceTotal"] = c.full + c.partial;
  in.counts["onlineDossierCount"] = c.online_dossier;
  in.counts["channelOnlineSum"] = c.new_online;
  in.counts["channelDirectSum"] = c.new_direct;
  in.counts["channelPostalSum"] = c.new_postal;
  in.counts["channelTotalSum"] = c.new_total;
  in.counts["totalDossierFinancialObligation"] = c.financial;
  in.counts["totalDossierOnlinePaymentSuccess"] = c.paid_online;
  in.counts["totalFeeFormality"] = c.fee_formality;
  in.counts["totalDossierOnlineFormalityPaymentSuccess"] = c.fee_paid_online;
  in.counts["totalFeeDossierFormality"] = c.fee_with_dossier;
  for (size_t i = 0; i < kDossierFactCodes.size(); ++i) {
    const std::string code = kDossierFactCodes[i];
    if (c.known[i] > 0 || (c.new_total == 0 && c.carried_fact[i])) PutRatio(in, code, c.yes[i], c.known[i]);
    if (c.new_total > c.known[i]) in.unknown[code] = c.new_total - c.known[i];
  }
  for (size_t i = 0; i < kCatalogCodes.size(); ++i) {
    if (!catalog_carries[i]) continue;
    PutRatio(in, kCatalogCodes[i], c.catalog[i].numerator, c.catalog[i].denominator);
    if (c.catalog[i].unknown > 0) in.unknown[kCatalogCodes[i]] = c.catalog[i].unknown;
  }
  PutRatio(in, "DOSSIER_RECEIVING_SATISFACTION", c.on_time - c.on_time_dissatisfied, total_received);
  if (c.petitions_reported) {
    PutRatio(in, "PETITION_PROCESSING_ON_TIME", c.petitions.on_time, c.petitions.handled);
    PutRatio(in, "PETITION_HANDLING_SATISFACTION", c.petitions.satisfied, c.petitions.rated);
  }
  return in;
}

}  // namespace

std::vector<std::string> CalendarMonths(const Period& period) {
  std::vector<std::string> months;
  int year = period.from.year();
  int month = period.from.month();
  const int last = period.to.year() * 12 + period.to.month();
  while (year * 12 + month <= last) {
    char label[16];
    std::snprintf(label, sizeof label, "%04d-%02d", year, month);
    months.emplace_back(label);
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  return months;
}

namespace {

std::map<std::string, ScoreInputs> InputsOf(Database& db, const Period& period, const WorkingCalendar& calendar,
                                            const ScorecardFacts& facts) {
  const UnitTree tree = UnitTree::Load(db, CalendarMonths(period).front());

  std::unordered_map<std::string, const ProcedureFacts*> catalog;
  for (const auto& p : facts.procedures) catalog.emplace(p.ma_tthc, &p);
  std::map<FlowKey, const DossierFlowFacts*> flows;
  for (const auto& f : facts.flows) flows.emplace(FlowKey{f.ma_don_vi, f.ma_tthc}, &f);

  // Each unit's own counts.
  std::vector<Counts> counts(static_cast<size_t>(tree.size()));
  const auto own = [&](const std::string& unit) -> Counts* {
    const int at = tree.Find(unit);
    return at < 0 ? nullptr : &counts[static_cast<size_t>(at)];
  };
  for (const auto& f : facts.flows) {
    Counts* c = own(f.ma_don_vi);
    if (c == nullptr) continue;  // a unit no longer in the catalog
    c->new_total += f.new_total;
    c->new_online += f.new_online;
    c->new_direct += f.new_direct;
    c->new_postal += f.new_postal;
    c->carried += f.carried;
    c->on_time += f.on_time;
    c->on_time_dissatisfied += f.on_time_dissatisfied;
    c->financial += f.financial;
    c->paid_online += f.paid_online;
    for (size_t i = 0; i < c->known.size(); ++i) {
      c->known[i] += f.known[i];
      c->yes[i] += f.yes[i];
    }
  }
  for (const auto& [unit, procedure] : facts.ever_received) {
    Counts* c = own(unit);
    const auto p = catalog.find(procedure);
    if (c == nullptr || p == catalog.end()) continue;  // a procedure outside the catalog is not P(u)
    const auto flow = flows.find(FlowKey{unit, procedure});
    AddProcedure(*p->second, flow == flows.end() ? nullptr : flow->second, period, calendar, *c);
  }
  for (const auto& [unit, carried] : facts.facts_carried) {
    if (Counts* c = own(unit)) c->carried_fact = carried;
  }
  for (const auto& [unit, p] : facts.petitions) {
    if (Counts* c = own(unit)) c->petitions = p;
  }
  // A petitions file of a unit covers its subtree (parents come first in pre-order).
  const std::vector<bool> covered = tree.CoveredBy(facts.petition_reporters);
  for (size_t i = 0; i < covered.size(); ++i) counts[i].petitions_reported = covered[i];

  // Add each subtree up: children come after their parent in pre-order.
  for (int i = tree.size() - 1; i >= 0; --i) {
    const int parent = tree.node(i).parent_index;
    if (parent >= 0) counts[static_cast<size_t>(parent)].Add(counts[static_cast<size_t>(i)]);
  }

  const auto carries = CatalogCarries(facts.procedures);
  std::map<std::string, ScoreInputs> inputs;
  for (int i = 0; i < tree.size(); ++i) inputs.emplace(tree.node(i).code, ToInputs(counts[static_cast<size_t>(i)], carries));
  return inputs;
}

}  // namespace

std::map<std::string, ScoreInputs> ComputeScoreInputs(Database& db, const Period& period,
                                                      const WorkingCalendar& calendar) {
  return std::move(ComputeScoreInputs(db, std::vector<Period>{period}, calendar).front());
}

std::vector<std::map<std::string, ScoreInputs>> ComputeScoreInputs(Database& db, const std::vector<Period>& periods,
                                                                   const WorkingCalendar& calendar) {
  std::vector<ScorecardWindow> windows;
  for (const Period& p : periods) windows.push_back({p.from.days, p.to.days, CalendarMonths(p)});
  const std::vector<ScorecardFacts> facts = LoadScorecardFacts(db, windows);
  std::vector<std::map<std::string, ScoreInputs>> out;
  for (size_t i = 0; i < periods.size(); ++i) out.push_back(InputsOf(db, periods[i], calendar, facts[i]));
  return out;
}

}  // namespace baocao
