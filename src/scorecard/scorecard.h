// The 766 scorecard (Quyết định 766/QĐ-TTg): the inputs one unit is scored on and the scores it gets.
//
// Every number is exact: percentages and points are fixed-point hundredths (87,5 % is 8750, 17,85
// points is 1785), rounded half-up to 2 decimals as the national portal does (issue 13): each ratio
// is shown as a percentage rounded half-up to 2 decimals; each indicator's score is
// min(max, max × ratio / threshold) rounded half-up to 2 decimals, from the exact ratio (the
// captured portal answers show it is not computed from the rounded percentage: scoring.h); a
// group's score is the sum of its indicators' rounded scores, the total the sum of the groups'.
//
// The rules (groups, indicators, maxima, thresholds, which inputs feed each ratio) are data: a rule
// pack under rules/chi_so_766/ (rule_pack.h). This header only holds the types every layer shares:
// the indicators layer fills ScoreInputs from the store, scoring turns them into a Scorecard, the
// generators print it, the simulator (`baocao chi-so tinh-diem`) reads inputs from JSON.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace baocao {

// What one unit is scored on for one period, by input name. Names are the national portal's where
// it has them (totalReceived, totalOnTime, authorityCount, …, totalFeeFormality) and
// "<INDICATOR_CODE>.numerator" / "<INDICATOR_CODE>.denominator" for the indicators the portal reports
// as a ratio (PUBLISH_ON_TIME.numerator, …). An input that is absent has no data: the indicators
// that need it read "không có dữ liệu" and leave their points open (never 0, never a guess).
struct ScoreInputs {
  std::map<std::string, int64_t> counts;
  // Indicators whose percentage alone is known (the simulator's {"ratio": 87.5}): code -> hundredths
  // of a percent (8750). It replaces the ratio of the counts for that indicator.
  std::map<std::string, int64_t> ratios;
  // Counts of records that lacked the fact an indicator needs (e.g. dossiers without the sync
  // column), by indicator code: printed beside the indicator, not scored.
  std::map<std::string, int64_t> unknown;
};

struct IndicatorScore {
  enum class State {
    kScored,   // a ratio with a non-zero denominator (or a given percentage)
    kEmpty,    // 0/0: scored by the rule pack's `empty` rule (0 or the full points), as the portal does
    kNoData,   // an input is missing: "không có dữ liệu", its points left open
  };
  std::string code;        // PUBLISH_ON_TIME, PROGRESS, DVCTT_3_1, PAYMENT_A, …
  std::string name;        // Vietnamese, from the rule pack
  State state = State::kNoData;
  int64_t max = 0;         // hundredths of a point (600 = 6 points)
  int64_t threshold = 10000;  // hundredths of a percent (8000 = 80 %)
  std::optional<int64_t> numerator;    // the ratio's parts, when it came from counts
  std::optional<int64_t> denominator;
  std::optional<int64_t> ratio;        // hundredths of a percent, rounded half-up; null unless kScored
  int64_t score = 0;       // hundredths of a point; 0 for kNoData
  int64_t lost = 0;        // max - score for kScored and kEmpty; 0 for kNoData
  int64_t open = 0;        // max for kNoData, else 0
  // Vietnamese: what it would take to win the lost points back, e.g. "Cần thêm 120 hồ sơ đúng hạn
  // để đạt 18/20 điểm; thêm 450 hồ sơ đúng hạn để đạt 20/20 điểm" (or the percentage needed when only
  // a percentage was given); for kNoData what input is missing. Empty when nothing is lost.
  std::string advice;
};

struct GroupScore {
  std::string code;   // the portal's group: transparency | progress | dvctt | payment | digitized | satisfaction
  std::string name;   // "Công khai, minh bạch", …
  int number = 0;     // 1..6 as the decision numbers them
  int64_t max = 0;    // hundredths of a point (1800 = 18)
  int64_t score = 0;  // the sum of its indicators' scores
  int64_t open = 0;   // the sum of its kNoData indicators' maxima
  std::vector<IndicatorScore> indicators;

  // Whether every indicator of the group lacks data (the group reads "không có dữ liệu").
  bool no_data() const {
    for (const auto& i : indicators)
      if (i.state != IndicatorScore::State::kNoData) return false;
    return !indicators.empty();
  }
};

struct Scorecard {
  std::string pack;          // the rule pack's valid_from, "2022-06-23"
  std::vector<GroupScore> groups;
  int64_t total = 0;         // hundredths of a point, out of max
  int64_t max = 0;           // 10000 (100 points)
  int64_t open = 0;          // points left open by missing inputs

  const GroupScore* Group(const std::string& code) const {
    for (const auto& g : groups)
      if (g.code == code) return &g;
    return nullptr;
  }
};

}  // namespace baocao
