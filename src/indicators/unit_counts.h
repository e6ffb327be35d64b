// The counts behind every indicator of SPEC §4, for one unit's own records in one period.
//
// UnitCounts are plain integers that add up along the unit tree (Add); Values turns a (rolled-up)
// UnitCounts into the indicator values of SPEC §7, recomputing every rate from the counts. The
// classification of one dossier into these counts is ClassifyDossier: a pure function of the
// dossier's days and codes and the period, so that its rules can be read and tested in one place.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/checked_sum.h"
#include "core/period.h"
#include "indicators/report.h"

namespace baocao {

struct UnitCounts {
  // Dossier flow (SPEC §4): every dossier received by `to` and not finished before `from` falls in
  // exactly one of carried_over / new_*; and, separately, in exactly one of resolved_* / withdrawn /
  // returned / pending_* — unless its data contradicts itself, which the balance check catches.
  int64_t carried_over = 0;
  int64_t new_online = 0;
  int64_t new_in_person = 0;
  int64_t new_postal = 0;
  int64_t resolved_early = 0;
  int64_t resolved_on_time = 0;
  int64_t resolved_late = 0;
  int64_t withdrawn = 0;
  int64_t returned = 0;
  int64_t pending_within = 0;
  int64_t pending_overdue = 0;
  // Payment: dossiers received in the period with a fee and a payment form.
  int64_t paid_total = 0;
  int64_t paid_online = 0;
  int64_t paid_amount_total = 0;
  int64_t paid_amount_online = 0;
  // Satisfaction: dossiers resolved (da_tra_ket_qua) in the period that carry a rating.
  int64_t very_satisfied = 0;
  int64_t satisfied = 0;
  int64_t dissatisfied = 0;
  // People: decisions dated within the period (and the same period a year earlier); evaluation
  // head-counts of the period's year (and the year before).
  int64_t discipline_total = 0;
  int64_t discipline_previous_period = 0;
  std::map<std::string, int64_t> discipline_by_form;
  int64_t excellent = 0;
  int64_t good = 0;
  int64_t completed = 0;
  int64_t not_completed = 0;
  int64_t evaluated_previous_period = 0;
  int64_t excellent_previous_period = 0;
  // The period's year's evaluation head-counts per category (doi_tuong: can_bo | cong_chuc |
  // vien_chuc); they add up to excellent, good, completed, not_completed. For the quality rules
  // (quality/quality_rules.h: `excellent.cong_chuc <= 0.2 * good.cong_chuc`).
  struct Evaluations {
    int64_t excellent = 0;
    int64_t good = 0;
    int64_t completed = 0;
    int64_t not_completed = 0;
  };
  std::map<std::string, Evaluations> evaluations_by_category;

  // Totals and Add are checked sums (core/checked_sum.h): a total that does not fit in 64 bits
  // throws DataError instead of wrapping.
  int64_t new_total() const { return CheckedAdd(CheckedAdd(new_online, new_in_person), new_postal); }
  int64_t received_total() const { return CheckedAdd(carried_over, new_total()); }
  int64_t resolved_total() const {
    return CheckedAdd(CheckedAdd(resolved_early, resolved_on_time), resolved_late);
  }
  int64_t pending_total() const { return CheckedAdd(pending_within, pending_overdue); }
  int64_t rated_total() const { return CheckedAdd(CheckedAdd(very_satisfied, satisfied), dissatisfied); }
  int64_t evaluated_total() const {
    return CheckedAdd(CheckedAdd(CheckedAdd(excellent, good), completed), not_completed);
  }
  // received = resolved + withdrawn + returned + pending (SPEC §4).
  bool Balanced() const {
    return received_total() == CheckedAdd(CheckedAdd(CheckedAdd(resolved_total(), withdrawn), returned),
                                          pending_total());
  }

  void Add(const UnitCounts& other);
};

// One stored dossier as the aggregation reads it: calendar days and ASCII codes.
struct DossierFacts {
  int received_day = 0;
  int due_day = 0;
  bool finished = false;
  int finished_day = 0;
  std::string_view kenh_nop;
  std::string_view trang_thai;
  int64_t phi_le_phi = 0;
  std::string_view hinh_thuc_thanh_toan;  // empty when none
  std::string_view danh_gia;              // empty when none
};

// Adds one dossier to counts for the period [from, to]. A dossier received after `to` or finished
// before `from` adds nothing.
void ClassifyDossier(const DossierFacts& d, const Period& period, UnitCounts& counts);

// The indicator values of SPEC §7 (flow, payment, satisfaction, people) for counts.
Values ToValues(const UnitCounts& counts);

}  // namespace baocao
