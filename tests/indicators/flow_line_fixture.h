// Indicator values as short text lines, for exact assertions on whole rows of a report.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "indicators/report.h"

namespace baocao::test {

// The values of keys, space separated: counts as integers, rates as std::to_string, "-" for null.
std::string Line(const UnitRow& row, const std::vector<const char*>& keys);

// The flow keys in SPEC §7 order: carried_over new_total new_online new_in_person new_postal
// received_total resolved_total resolved_early resolved_on_time resolved_late withdrawn returned
// pending_total pending_within pending_overdue.
std::string FlowLine(const UnitRow& row);

// A flow line of all nulls.
extern const std::string kNullFlow;

// unit code -> flow line, for every unit of the report.
std::map<std::string, std::string> FlowTable(const Report& r);

// The row of a unit; throws std::runtime_error when the report has none.
const UnitRow& Row(const Report& r, const std::string& code);

// The line of the report's table whose printed name is `name`; throws when none.
const TableRow& TableLine(const Report& r, const std::string& name);

}  // namespace baocao::test
