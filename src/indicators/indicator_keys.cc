#include "indicators/indicator_keys.h"

#include <map>

#include "core/errors.h"

namespace baocao {
namespace {

const std::vector<std::string> kFlow = {
    "carried_over",   "new_total",        "new_online",      "new_in_person",  "new_postal",
    "received_total", "resolved_total",   "resolved_early",  "resolved_on_time", "resolved_late",
    "withdrawn",      "returned",         "pending_total",   "pending_within", "pending_overdue",
    "online_rate",    "on_time_rate"};
const std::vector<std::string> kPayment = {"paid_total",        "paid_online",
                                           "online_payment_rate", "paid_amount_total",
                                           "paid_amount_online", "online_payment_amount_rate"};
const std::vector<std::string> kSatisfaction = {"rated_total", "very_satisfied", "satisfied",
                                                "dissatisfied", "satisfaction_rate"};
const std::vector<std::string> kPeople = {
    "discipline_total", "discipline_previous_period", "evaluated_total", "excellent", "good",
    "completed", "not_completed", "excellent_rate", "evaluated_previous_period",
    "excellent_previous_period", "excellent_rate_previous_period"};
const std::vector<std::string> kFlowRanks = {"rank_on_time", "rank_of", "rank_online",
                                             "rank_online_of"};
const std::vector<std::string> kSatisfactionRanks = {"rank_satisfaction", "rank_satisfaction_of"};
const std::vector<std::string> kScores = {
    "score_total",   "score_max",     "score_open",      "score_transparency", "score_progress",
    "score_dvctt",   "score_payment", "score_digitized", "score_satisfaction", "rank_score",
    "rank_score_of", "score_change"};

std::vector<std::string> Join(std::initializer_list<const std::vector<std::string>*> parts) {
  std::vector<std::string> out;
  for (const auto* p : parts) out.insert(out.end(), p->begin(), p->end());
  return out;
}

const std::map<std::string, std::vector<std::string>>& KeysByForm() {
  static const std::map<std::string, std::vector<std::string>> kKeys = {
      {"tthc", Join({&kFlow, &kFlowRanks})},
      {"dvc", Join({&kFlow, &kPayment, &kSatisfaction, &kFlowRanks, &kSatisfactionRanks})},
      {"ky_luat", kPeople},
      {"tong_hop",
       Join({&kFlow, &kPayment, &kSatisfaction, &kPeople, &kFlowRanks, &kSatisfactionRanks})},
      {"chi_so_766", kScores},
      {"kiem_tra", {"errors", "warnings", "outliers", "reported_on_time", "differences"}},
  };
  return kKeys;
}

}  // namespace

const std::vector<std::string>& DisciplineForms() {
  static const std::vector<std::string> kForms = {"khien_trach", "canh_cao",  "ha_bac_luong",
                                                  "giang_chuc",  "cach_chuc", "buoc_thoi_viec",
                                                  "bai_nhiem"};
  return kForms;
}

const std::vector<std::string>& FormKeys(const std::string& form) {
  const auto it = KeysByForm().find(form);
  if (it == KeysByForm().end())
    throw UsageError("Biểu báo cáo \"" + form + "\" không có (tthc, dvc, ky_luat, tong_hop, chi_so_766, kiem_tra)");
  return it->second;
}

bool FormHasDisciplineByForm(const std::string& form) {
  return form == "ky_luat" || form == "tong_hop";
}

bool FormHasCatalog(const std::string& form) { return form == "dvc" || form == "tong_hop"; }

const std::vector<std::string>& CatalogKeys() {
  static const std::vector<std::string> kKeys = {
      "procedures_total",  "procedures_full_online", "procedures_partial_online",
      "full_online_rate",  "online_capable_rate",    "fee_procedures",
      "fee_procedures_payable_online", "fee_online_payable_rate"};
  return kKeys;
}

const std::vector<std::string>& FlowKeys() { return kFlow; }

bool IsPeopleKey(const std::string& key) {
  if (key.rfind("discipline_by_form", 0) == 0) return true;
  for (const auto& k : kPeople)
    if (k == key) return true;
  return false;
}

const std::vector<std::string>& Forms() {
  static const std::vector<std::string> kForms = {"tthc", "dvc", "ky_luat", "tong_hop", "chi_so_766", "kiem_tra"};
  return kForms;
}

}  // namespace baocao
