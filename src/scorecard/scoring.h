// Scoring a unit's inputs against a rule pack: ScoreInputs -> Scorecard, with the advice texts.
//
// Exactly as the national portal computes it (issue 13, checked against captured portal answers in
// tests/scorecard/): each ratio becomes a percentage rounded half-up to 2 decimals, each indicator
// scores min(max, max × pct / threshold) rounded half-up to 2 decimals, a group is the sum of its
// indicators, the total the sum of the groups. A 0/0 ratio is kEmpty and scores by the pack's
// `empty` rule; a missing input is kNoData: no score, its points left open, advice naming it.
#pragma once

#include "scorecard/rule_pack.h"
#include "scorecard/scorecard.h"

namespace baocao {

// Throws DataError (Vietnamese) when an input is negative.
Scorecard Score(const RulePack& pack, const ScoreInputs& inputs);

// One indicator of the pack.
IndicatorScore ScoreIndicator(const RulePack& pack, const IndicatorRule& rule, const ScoreInputs& inputs);

}  // namespace baocao
