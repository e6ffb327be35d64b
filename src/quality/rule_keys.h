// The names a quality rule's expression may use (rules/kiem_tra.toml), and their values for one unit.
//
// Every COUNT key of SPEC §7 (flow, payment amounts, satisfaction, people; not rates), plus
// `overdue_total` (resolved_late + pending_overdue), `discipline_by_form.<hinh_thuc>`, the year's
// evaluation head-counts per category `excellent.<doi_tuong>`, `good.<…>`, `completed.<…>`,
// `not_completed.<…>` (doi_tuong: can_bo | cong_chuc | vien_chuc), and `previous.<any of these>`: the
// same key for the previous period of the same kind.
#pragma once

#include <optional>
#include <string>

#include "indicators/unit_counts.h"

namespace baocao {

// What a key's value is read from, which says when the unit has one: dossier keys need the unit to
// have reported dossiers for the period; people keys its discipline and evaluations for the period's
// year; people-previous keys (discipline_previous_period, evaluated_previous_period,
// excellent_previous_period) the year before.
enum class KeySource { kDossiers, kPeople, kPeoplePreviousYear };

struct RuleKey {
  bool previous = false;  // "previous.<key>"
  std::string name;       // without "previous."
  KeySource source = KeySource::kDossiers;
};

// The key named by text, or nullopt when it is not one.
std::optional<RuleKey> ParseRuleKey(const std::string& text);

// The value of a known key (name without "previous.") in the counts of one unit.
int64_t RuleKeyValue(const UnitCounts& counts, const std::string& name);

// For error messages: the keys, in Vietnamese-friendly groups.
std::string RuleKeysHelp();

}  // namespace baocao
