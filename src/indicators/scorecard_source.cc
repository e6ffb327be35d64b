#include "indicators/scorecard_source.h"

#include "core/working_calendar.h"
#include "indicators/score_inputs.h"
#include "scorecard/rule_pack.h"
#include "scorecard/scoring.h"

namespace baocao {
namespace {

// Whether a unit's subtree has anything to be scored on: a dossier to deal with in the period or a
// procedure of its authority. A unit with neither (nothing exported yet, or a period before any
// data) has no scorecard: it reads "không có dữ liệu", is not ranked and has no change.
bool HasAnythingToScore(const ScoreInputs& inputs) {
  for (const char* key : {"totalReceived", "authorityCount"}) {
    const auto it = inputs.counts.find(key);
    if (it != inputs.counts.end() && it->second > 0) return true;
  }
  return false;
}

}  // namespace

std::map<std::string, Scorecard> ScorecardsFromStore(Database& db, const Period& period) {
  const std::string rules_dir = DefaultRulesDir();
  const std::optional<std::string> pack_file = RulePackPathFor(rules_dir, period.to);
  if (!pack_file) return {};  // a period before the decision: nothing to score
  const RulePack pack = ReadRulePack(*pack_file);
  const WorkingCalendar calendar = LoadWorkingCalendar(rules_dir);
  std::map<std::string, Scorecard> out;
  for (const auto& [unit, inputs] : ComputeScoreInputs(db, period, calendar))
    if (HasAnythingToScore(inputs)) out.emplace(unit, Score(pack, inputs));
  return out;
}

}  // namespace baocao
