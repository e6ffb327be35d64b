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
  return std::move(ScorecardsFromStore(db, std::vector<Period>{period}).front());
}

std::vector<std::map<std::string, Scorecard>> ScorecardsFromStore(Database& db, const std::vector<Period>& periods) {
  const std::string rules_dir = DefaultRulesDir();
  std::vector<std::map<std::string, Scorecard>> out(periods.size());
  // The periods a rule pack covers; one before the decision has nothing to score.
  std::vector<Period> scored;
  std::vector<RulePack> packs;
  std::vector<size_t> at;
  for (size_t i = 0; i < periods.size(); ++i) {
    const std::optional<std::string> pack_file = RulePackPathFor(rules_dir, periods[i].to);
    if (!pack_file) continue;
    scored.push_back(periods[i]);
    packs.push_back(ReadRulePack(*pack_file));
    at.push_back(i);
  }
  if (scored.empty()) return out;
  const WorkingCalendar calendar = LoadWorkingCalendar(rules_dir);
  const auto inputs = ComputeScoreInputs(db, scored, calendar);
  for (size_t k = 0; k < scored.size(); ++k)
    for (const auto& [unit, in] : inputs[k])
      if (HasAnythingToScore(in)) out[at[k]].emplace(unit, Score(packs[k], in));
  return out;
}

}  // namespace baocao
