#include <catch2/catch.hpp>

#include "quality/outliers.h"

namespace baocao {

TEST_CASE("outliers: a unit jumping from about 300 dossiers a month to 30.000", "[quality]") {
  const std::vector<double> history = {300, 310, 295, 305, 290, 320, 300, 315, 298, 302, 310, 305};
  // sorted: 290 295 298 300 300 302 | 305 305 310 310 315 320 -> median (302 + 305) / 2 = 303.5;
  // deviations sorted: 1.5 1.5 1.5 3.5 3.5 5.5 | 6.5 6.5 8.5 11.5 13.5 16.5 -> MAD 6;
  // M = 0.6745 * (30000 - 303.5) / 6 = 3338.3815...
  const RobustScore s = ModifiedZScore(history, 30000);
  CHECK(s.median == 303.5);
  CHECK(s.mad == 6.0);
  REQUIRE(s.score);
  CHECK(*s.score == Approx(3338.3815).margin(0.00005));
  CHECK(IsOutlier(s, 3.5));

  // A usual month is not flagged: 0.6745 * (312 - 303.5) / 6 = 0.9555...
  const RobustScore usual = ModifiedZScore(history, 312);
  CHECK(*usual.score == Approx(0.9555).margin(0.00005));
  CHECK_FALSE(IsOutlier(usual, 3.5));
  // Just above and below the threshold: x - 303.5 = 3.5 * 6 / 0.6745 = 31.134...
  CHECK(IsOutlier(ModifiedZScore(history, 334.7), 3.5));
  CHECK_FALSE(IsOutlier(ModifiedZScore(history, 334.6), 3.5));
  // Downwards too: online share collapsing.
  const std::vector<double> shares = {0.80, 0.82, 0.79, 0.81, 0.80, 0.83};
  const RobustScore drop = ModifiedZScore(shares, 0.05);
  CHECK(drop.median == Approx(0.805));
  CHECK(drop.mad == Approx(0.01));
  CHECK(*drop.score == Approx(-50.92475).margin(0.000005));
  CHECK(IsOutlier(drop, 3.5));
}

TEST_CASE("outliers: MAD = 0 falls back on the mean absolute deviation", "[quality]") {
  const std::vector<double> history = {100, 100, 100, 100, 100, 100, 100, 110, 90, 100, 100, 130};
  // median 100, MAD 0 (more than half equal); MeanAD = (10 + 10 + 30) / 12 = 4.1667;
  // M = (200 - 100) / (1.253314 * 4.1667) = 19.1492...
  const RobustScore s = ModifiedZScore(history, 200);
  CHECK(s.median == 100);
  CHECK(s.mad == 0);
  REQUIRE(s.score);
  CHECK(*s.score == Approx(19.1492).margin(0.00005));
  CHECK(IsOutlier(s, 3.5));
}

TEST_CASE("outliers: a flat history gives no score and no flag", "[quality]") {
  const RobustScore s = ModifiedZScore({50, 50, 50, 50, 50, 50}, 5000);
  CHECK(s.median == 50);
  CHECK(s.mad == 0);
  CHECK_FALSE(s.score.has_value());
  CHECK_FALSE(IsOutlier(s, 3.5));
}

TEST_CASE("outliers: median of an odd and an even count", "[quality]") {
  CHECK(Median({3, 1, 2}) == 2);
  CHECK(Median({4, 1, 3, 2}) == 2.5);
}

}  // namespace baocao
