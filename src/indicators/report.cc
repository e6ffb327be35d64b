#include "indicators/report.h"

#include "indicators/indicator_keys.h"

namespace baocao {

Value Lookup(const UnitRow& row, const std::string& key) {
  if (!(IsPeopleKey(key) ? row.people_submitted : row.submitted)) return Value::Null();
  static const std::string kByForm = "discipline_by_form.";
  if (key.rfind(kByForm, 0) == 0) {
    const auto it = row.discipline_by_form.find(key.substr(kByForm.size()));
    return Value::Count(it == row.discipline_by_form.end() ? 0 : it->second);
  }
  const auto it = row.values.find(key);
  return it == row.values.end() ? Value::Null() : it->second;
}

}  // namespace baocao
