#include "indicators/flow_line_fixture.h"

#include <iterator>
#include <stdexcept>

namespace baocao::test {
namespace {

constexpr const char* kFlowKeys[] = {
    "carried_over",   "new_total",      "new_online",       "new_in_person", "new_postal",
    "received_total", "resolved_total", "resolved_early",   "resolved_on_time", "resolved_late",
    "withdrawn",      "returned",       "pending_total",    "pending_within", "pending_overdue"};

}  // namespace

const std::string kNullFlow = "- - - - - - - - - - - - - - -";

std::string Line(const UnitRow& row, const std::vector<const char*>& keys) {
  std::string out;
  for (const char* key : keys) {
    const Value v = Lookup(row, key);
    if (!out.empty()) out += ' ';
    out += v.is_null() ? "-" : v.kind == Value::Kind::kRate ? std::to_string(v.rate) : std::to_string(v.count);
  }
  return out;
}

std::string FlowLine(const UnitRow& row) {
  return Line(row, {std::begin(kFlowKeys), std::end(kFlowKeys)});
}

std::map<std::string, std::string> FlowTable(const Report& r) {
  std::map<std::string, std::string> out;
  for (const auto& u : r.units) out[u.ma_don_vi] = FlowLine(u);
  return out;
}

const UnitRow& Row(const Report& r, const std::string& code) {
  for (const auto& u : r.units)
    if (u.ma_don_vi == code) return u;
  throw std::runtime_error("no unit " + code);
}

const TableRow& TableLine(const Report& r, const std::string& name) {
  for (const auto& line : r.table)
    if (line.row.ten_don_vi == name) return line;
  throw std::runtime_error("no table line " + name);
}

}  // namespace baocao::test
