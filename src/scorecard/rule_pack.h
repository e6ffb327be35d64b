// The 766 scorecard's rules as data: one TOML file per version of the decision under
// <rules>/chi_so_766/<valid_from>.toml (rules/README.md documents the format).
//
// A rule pack says which groups and indicators there are, their maxima and thresholds, which inputs
// (ScoreInputs::counts names) make each indicator's ratio, what 0/0 scores, and the Vietnamese words
// the advice uses. A new version of the decision is a new file, not new C++. The loader refuses a
// malformed pack with an InputError naming the file and line, in Vietnamese.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace baocao {

struct IndicatorRule {
  enum class Empty { kZero, kFull };  // what a 0/0 ratio scores (the portal's behaviour)

  std::string code;                      // PUBLISH_ON_TIME, PROGRESS, …
  std::string name;                      // Vietnamese
  int64_t max = 0;                       // hundredths of a point
  int64_t threshold = 10000;             // hundredths of a percent: full points from this ratio on
  std::vector<std::string> numerator;    // input names, added up
  std::vector<std::string> denominator;  // input names, added up
  // An optional second ratio the first is multiplied by (DVCTT_3_3: × the synced share). When its
  // inputs are absent or 0/0 the factor is `factor_default` (hundredths of a percent, 10000 = 1).
  std::optional<std::string> factor_numerator;
  std::optional<std::string> factor_denominator;
  int64_t factor_default = 10000;
  Empty empty = Empty::kZero;
  std::string noun;                      // what the numerator counts, for advice: "hồ sơ đúng hạn"
};

struct GroupRule {
  std::string code;    // transparency | progress | dvctt | payment | digitized | satisfaction
  int number = 0;      // 1..6
  std::string name;    // "Công khai, minh bạch"
  int64_t max = 0;     // hundredths of a point
  std::vector<IndicatorRule> indicators;
};

struct RulePack {
  std::string file;        // where it was read from
  Date valid_from;         // the first day it applies to
  std::string decision;    // "Quyết định số 766/QĐ-TTg ngày 23/6/2022 …"
  std::vector<GroupRule> groups;
  int64_t max = 0;         // the sum of the groups' maxima: 10000
  // What each input means, in Vietnamese, for "không có dữ liệu" advice: totalReceived -> "số hồ
  // sơ tiếp nhận trong kỳ (kể cả kỳ trước chuyển sang)".
  std::map<std::string, std::string> inputs;

  const GroupRule* Group(const std::string& code) const;
  // The input's Vietnamese meaning, or the name itself when the pack does not describe it.
  std::string InputMeaning(const std::string& input) const;
};

// Reads one rule pack file. Throws InputError (file, line, Vietnamese) when it is malformed: an
// unknown key, a missing field, a wrong type, an indicator without inputs, maxima of a group's
// indicators that do not add up to the group's, groups that do not add up to 100, a repeated code.
RulePack ReadRulePack(const std::string& path);

// The pack in force on period_end: the file <rules_dir>/chi_so_766/<valid_from>.toml with the latest
// valid_from <= period_end. Throws InputError when there is none (or the folder is missing).
RulePack LoadRulePack(const std::string& rules_dir, Date period_end);

// The file LoadRulePack reads for period_end, or nullopt when no version covers that day (a period
// before the decision). Throws InputError when the folder is missing.
std::optional<std::string> RulePackPathFor(const std::string& rules_dir, Date period_end);

// $BAOCAO_RULES when set and not empty, else <project>/rules.
std::string DefaultRulesDir();

}  // namespace baocao
