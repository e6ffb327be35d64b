// The indicator keys of SPEC §7 and which of them each form carries.
//
// Counts are added along the unit tree; rates are recomputed from the added counts (never averaged);
// ranks are computed across the province. A form's JSON, Excel and PDF print exactly the keys listed
// for it here, in this order.
#pragma once

#include <string>
#include <vector>

namespace baocao {

// The discipline forms (hinh_thuc codes) in the order reports print them.
const std::vector<std::string>& DisciplineForms();

// The keys of one form (tthc | dvc | ky_luat | tong_hop | chi_so_766), without `discipline_by_form` (an object,
// printed apart for ky_luat and tong_hop). Throws UsageError for an unknown form.
const std::vector<std::string>& FormKeys(const std::string& form);

// Whether a form carries discipline_by_form, and the province-wide catalog indicators.
bool FormHasDisciplineByForm(const std::string& form);
bool FormHasCatalog(const std::string& form);

// The catalog keys (SPEC §7 "catalog"), in print order.
const std::vector<std::string>& CatalogKeys();

// The flow keys (SPEC §7 "flow"), in print order: the keys of a field in `by_field`.
const std::vector<std::string>& FlowKeys();

// Whether a key is a people key (discipline and evaluations, "discipline_by_form.*" included): its
// value follows the yearly people reporting, not the dossiers'.
bool IsPeopleKey(const std::string& key);

// Every form name, in the order `report --help` lists them.
const std::vector<std::string>& Forms();

}  // namespace baocao
