#include "scorecard/fixed_point.h"

#include <catch2/catch.hpp>

namespace baocao {
namespace {

TEST_CASE("fixed point: percentages in hundredths, rounded half-up") {
  CHECK(PercentHundredths(1, 3) == 3333);
  CHECK(PercentHundredths(2, 3) == 6667);
  CHECK(PercentHundredths(87, 89) == 9775);          // 97,7528 %
  CHECK(PercentHundredths(144625, 184513) == 7838);  // the portal's 78,38 %
  CHECK(PercentHundredths(3, 4000) == 8);            // 0,075 % -> 0,08 (exactly half: up)
  CHECK(PercentHundredths(1, 1600) == 6);            // 0,0625 % -> 0,06
  CHECK(PercentHundredths(1, 400000) == 0);          // 0,0025 % -> 0,00
  CHECK(PercentHundredths(0, 5) == 0);
  CHECK(PercentHundredths(5, 5) == 10000);
  CHECK(PercentHundredths(600000000000LL, 600000000000LL) == 10000);  // no overflow
}

TEST_CASE("fixed point: an indicator's score, thresholds and caps") {
  CHECK(ScoreOf(200, 9775, 10000) == 196);  // 1,955 -> 1,96 (a double would say 1,95499…)
  CHECK(ScoreOf(200, 2500, 8000) == 63);    // 0,625 -> 0,63
  CHECK(ScoreOf(600, 7835, 9000) == 522);   // 5,2233…
  CHECK(ScoreOf(600, 9046, 9000) == 600);   // above the threshold: capped at the max
  CHECK(ScoreOf(200, 8750, 8000) == 200);
  CHECK(ScoreOf(600, 9893, 5000) == 600);
  CHECK(ScoreOf(2000, 7838, 10000) == 1568);
  CHECK(ScoreOf(2000, 9997, 10000) == 1999);  // 19,994
  CHECK(ScoreOf(2000, 9998, 10000) == 2000);  // 19,996 -> 20
  CHECK(ScoreOf(400, 0, 10000) == 0);
}

TEST_CASE("fixed point: points from counts use the exact ratio, not its rounded percentage") {
  // Phú Thọ, H44.101, CITIZEN_DATA_CONNECTED_DOSSIER: 752/1780 is 42,2472 % (printed 42,25 %); the
  // portal's score is 0,84 (2 × 0,422472 = 0,84494), not 0,85 (2 × 42,25 % = 0,845).
  CHECK(PercentHundredths(752, 1780) == 4225);
  CHECK(ScoreOf(200, 4225, 10000) == 85);
  CHECK(ScoreOfCounts(200, 752, 1780, 1, 1, 10000) == 84);
  CHECK(ScoreOfCounts(200, 8, 32, 1, 1, 8000) == 63);    // 0,625 exactly: half-up
  CHECK(ScoreOfCounts(200, 7, 8, 1, 1, 8000) == 200);    // 2,1875 capped
  CHECK(ScoreOfCounts(600, 40, 100, 50, 100, 5000) == 240);
  CHECK(ScoreOfCounts(2000, 0, 5, 1, 1, 10000) == 0);
}

TEST_CASE("fixed point: a product of two ratios is rounded once") {
  CHECK(PercentOfProduct(40, 100, 50, 100) == 2000);
  CHECK(PercentOfProduct(1, 3, 1, 3) == 1111);  // 11,111… %
  CHECK(PercentOfProduct(150956, 152595, 10000, 10000) == PercentHundredths(150956, 152595));
}

TEST_CASE("fixed point: parsing decimals into hundredths") {
  CHECK(ParseHundredths("87.5") == 8750);
  CHECK(ParseHundredths("87,5") == 8750);
  CHECK(ParseHundredths("6") == 600);
  CHECK(ParseHundredths("0.05") == 5);
  CHECK(ParseHundredths("0.125") == 13);  // half-up beyond 2 decimals
  CHECK(ParseHundredths("0.1249") == 12);
  CHECK(ParseHundredths("99.995") == 10000);
  CHECK_FALSE(ParseHundredths(""));
  CHECK_FALSE(ParseHundredths("-1"));
  CHECK_FALSE(ParseHundredths("1e2"));
  CHECK_FALSE(ParseHundredths(" 5"));
  CHECK_FALSE(ParseHundredths("5."));
  CHECK_FALSE(ParseHundredths(".5"));
  CHECK_FALSE(ParseHundredths("1.2.3"));
}

TEST_CASE("fixed point: formatting hundredths and counts the Vietnamese way") {
  CHECK(FormatHundredths(1785, ',') == "17,85");
  CHECK(FormatHundredths(600, ',') == "6,00");
  CHECK(FormatHundredths(5, '.') == "0.05");
  CHECK(FormatHundredths(-150, ',') == "-1,50");
  CHECK(FormatHundredthsShort(1785, '.') == "17.85");
  CHECK(FormatHundredthsShort(650, ',') == "6,5");
  CHECK(FormatHundredthsShort(600, ',') == "6");
  CHECK(FormatHundredthsShort(0, ',') == "0");
  CHECK(FormatCountVi(1234567) == "1.234.567");
  CHECK(FormatCountVi(999) == "999");
  CHECK(FormatCountVi(1000) == "1.000");
}

}  // namespace
}  // namespace baocao
