// Hand-made 766 scorecards over the sample province (fixtures/sample/units.csv) for the chi_so_766
// tests: a fake ScorecardSource for calendar months 2026-08 and 2026-07, every figure chosen so
// that each cell the form prints is known in advance (see scorecard_fixture.cc).
#pragma once

#include <map>
#include <string>

#include "indicators/scorecard_report.h"
#include "scorecard/scorecard.h"

namespace baocao::test {

// Every group and indicator at its full points (the decision's maxima; total 100,00).
Scorecard FullScorecard();

// Sets one indicator's state and score (hundredths; lost/open derived), then the group's and the
// card's sums. numerator/denominator/ratio: -1 for none.
void SetIndicator(Scorecard& card, const std::string& code, IndicatorScore::State state, int64_t score,
                  int64_t numerator = -1, int64_t denominator = -1, int64_t ratio = -1,
                  const std::string& advice = "");

// August 2026: T17 91,85 (PUBLISH_ON_TIME no data, 6,00 open; PROGRESS 892/1.000 = 89,25% →
// 17,85), S01 97,00, S02 none, H01 78,00 (digitized group without data), H02 78,00, H03 98,15,
// X0101 94,00 (PAYMENT_A 0/0 scored 0), X0102 100,00, X0201 90,00, X0202 none, X0301 99,99.
// July 2026: T17 89,50, S01 97,00, H01 79,10. Any other period: none.
std::map<std::string, Scorecard> FakeScorecards(const Period& period);

// The advice of T17's PROGRESS.
extern const char* const kProgressAdvice;

}  // namespace baocao::test
