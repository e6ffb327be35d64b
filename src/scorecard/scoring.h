// Scoring a unit's inputs against a rule pack: ScoreInputs -> Scorecard, with the advice texts.
//
// Exactly as the national portal computes it (issue 13, checked against captured portal answers in
// tests/scorecard/): each ratio is shown as a percentage rounded half-up to 2 decimals; each
// indicator scores min(max, max × ratio / threshold) rounded half-up to 2 decimals, computed from the
// exact ratio of the counts — not from the rounded percentage, which the table suggested but
// the portal's answers contradict (Phú Thọ H44.101: 752/1780 is shown as 42,25 % and scores 0,84 of
// 2, not 0,85) — or from the percentage when only that is given; a group is the sum of its
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
