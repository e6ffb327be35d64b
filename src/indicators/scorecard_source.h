// Where the chi_so_766 report gets its scorecards in production: the store's inputs
// (indicators/score_inputs.h, ComputeScoreInputs) scored with the rule pack in force
// (scorecard/rule_pack.h, LoadRulePack + Score).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/period.h"
#include "scorecard/scorecard.h"
#include "store/database.h"

namespace baocao {

// Every unit's scorecard for the calendar period, by ma_don_vi (ScorecardSource's contract,
// indicators/scorecard_report.h): a unit with nothing to score left out, an empty map for a period
// no rule pack covers.
std::map<std::string, Scorecard> ScorecardsFromStore(Database& db, const Period& period);

// The same for several periods, in their order, the dossiers read once (ComputeScoreInputs).
std::vector<std::map<std::string, Scorecard>> ScorecardsFromStore(Database& db, const std::vector<Period>& periods);

}  // namespace baocao
