#include "indicators/unit_counts.h"

#include "core/checked_sum.h"

namespace baocao {

// Checked: stored values are bounded at submit (README, "Limits"), but a sum that does not fit must
// fail with a message, never wrap.
void UnitCounts::Add(const UnitCounts& o) {
  AddTo(carried_over, o.carried_over);
  AddTo(new_online, o.new_online);
  AddTo(new_in_person, o.new_in_person);
  AddTo(new_postal, o.new_postal);
  AddTo(resolved_early, o.resolved_early);
  AddTo(resolved_on_time, o.resolved_on_time);
  AddTo(resolved_late, o.resolved_late);
  AddTo(withdrawn, o.withdrawn);
  AddTo(returned, o.returned);
  AddTo(pending_within, o.pending_within);
  AddTo(pending_overdue, o.pending_overdue);
  AddTo(paid_total, o.paid_total);
  AddTo(paid_online, o.paid_online);
  AddTo(paid_amount_total, o.paid_amount_total);
  AddTo(paid_amount_online, o.paid_amount_online);
  AddTo(very_satisfied, o.very_satisfied);
  AddTo(satisfied, o.satisfied);
  AddTo(dissatisfied, o.dissatisfied);
  AddTo(discipline_total, o.discipline_total);
  AddTo(discipline_previous_period, o.discipline_previous_period);
  for (const auto& [form, n] : o.discipline_by_form) AddTo(discipline_by_form[form], n);
  AddTo(excellent, o.excellent);
  AddTo(good, o.good);
  AddTo(completed, o.completed);
  AddTo(not_completed, o.not_completed);
  AddTo(evaluated_previous_period, o.evaluated_previous_period);
  AddTo(excellent_previous_period, o.excellent_previous_period);
  for (const auto& [category, e] : o.evaluations_by_category) {
    Evaluations& mine = evaluations_by_category[category];
    AddTo(mine.excellent, e.excellent);
    AddTo(mine.good, e.good);
    AddTo(mine.completed, e.completed);
    AddTo(mine.not_completed, e.not_completed);
  }
}

void ClassifyDossier(const DossierFacts& d, const Period& period, UnitCounts& c) {
  // The ++ below count dossiers one by one: they cannot reach 2^63. Amounts are summed checked.
  const int from = period.from.days;
  const int to = period.to.days;
  if (d.received_day > to || (d.finished && d.finished_day < from)) return;

  // Received: carried over from before the period, or new in it by channel.
  const bool is_new = d.received_day >= from;
  if (!is_new) {
    ++c.carried_over;
  } else if (d.kenh_nop == "truc_tuyen") {
    ++c.new_online;
  } else if (d.kenh_nop == "truc_tiep") {
    ++c.new_in_person;
  } else if (d.kenh_nop == "buu_chinh") {
    ++c.new_postal;
  }

  // Outcome at the end of the period.
  bool resolved = false;
  if (!d.finished || d.finished_day > to) {
    ++(d.due_day < to ? c.pending_overdue : c.pending_within);
  } else if (d.trang_thai == "da_tra_ket_qua") {
    resolved = true;
    if (d.finished_day < d.due_day) {
      ++c.resolved_early;
    } else if (d.finished_day == d.due_day) {
      ++c.resolved_on_time;
    } else {
      ++c.resolved_late;
    }
  } else if (d.trang_thai == "rut_ho_so") {
    ++c.withdrawn;
  } else if (d.trang_thai == "tra_lai") {
    ++c.returned;
  }  // anything else is left out, and the balance check names the unit

  if (is_new && d.phi_le_phi > 0 && !d.hinh_thuc_thanh_toan.empty()) {
    const bool online = d.hinh_thuc_thanh_toan == "truc_tuyen";
    ++c.paid_total;
    AddTo(c.paid_amount_total, d.phi_le_phi);
    if (online) {
      ++c.paid_online;
      AddTo(c.paid_amount_online, d.phi_le_phi);
    }
  }

  if (resolved) {
    if (d.danh_gia == "rat_hai_long") {
      ++c.very_satisfied;
    } else if (d.danh_gia == "hai_long") {
      ++c.satisfied;
    } else if (d.danh_gia == "khong_hai_long") {
      ++c.dissatisfied;
    }
  }
}

Values ToValues(const UnitCounts& c) {
  Values v;
  auto count = [&v](const char* key, int64_t n) { v[key] = Value::Count(n); };
  count("carried_over", c.carried_over);
  count("new_total", c.new_total());
  count("new_online", c.new_online);
  count("new_in_person", c.new_in_person);
  count("new_postal", c.new_postal);
  count("received_total", c.received_total());
  count("resolved_total", c.resolved_total());
  count("resolved_early", c.resolved_early);
  count("resolved_on_time", c.resolved_on_time);
  count("resolved_late", c.resolved_late);
  count("withdrawn", c.withdrawn);
  count("returned", c.returned);
  count("pending_total", c.pending_total());
  count("pending_within", c.pending_within);
  count("pending_overdue", c.pending_overdue);
  v["online_rate"] = Value::Rate(c.new_online, c.new_total());
  v["on_time_rate"] = Value::Rate(CheckedAdd(c.resolved_early, c.resolved_on_time), c.resolved_total());

  count("paid_total", c.paid_total);
  count("paid_online", c.paid_online);
  v["online_payment_rate"] = Value::Rate(c.paid_online, c.paid_total);
  count("paid_amount_total", c.paid_amount_total);
  count("paid_amount_online", c.paid_amount_online);
  v["online_payment_amount_rate"] = Value::Rate(c.paid_amount_online, c.paid_amount_total);

  count("rated_total", c.rated_total());
  count("very_satisfied", c.very_satisfied);
  count("satisfied", c.satisfied);
  count("dissatisfied", c.dissatisfied);
  v["satisfaction_rate"] = Value::Rate(CheckedAdd(c.very_satisfied, c.satisfied), c.rated_total());

  count("discipline_total", c.discipline_total);
  count("discipline_previous_period", c.discipline_previous_period);
  count("evaluated_total", c.evaluated_total());
  count("excellent", c.excellent);
  count("good", c.good);
  count("completed", c.completed);
  count("not_completed", c.not_completed);
  v["excellent_rate"] = Value::Rate(c.excellent, c.evaluated_total());
  count("evaluated_previous_period", c.evaluated_previous_period);
  count("excellent_previous_period", c.excellent_previous_period);
  v["excellent_rate_previous_period"] =
      Value::Rate(c.excellent_previous_period, c.evaluated_previous_period);
  return v;
}

}  // namespace baocao
