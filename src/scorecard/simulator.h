// The simulator behind `baocao chi-so tinh-diem FILE.json`: cases in the national portal's own input
// names -> the portal-shaped answer, scored with a rule pack.
//
// A case is {"group": "payment", "inputs": {…}}; a file holds one case or a JSON list of cases.
// Groups whose indicators read counts (progress, dvctt, payment) take the portal's input names
// (totalReceived, totalOnTime, authorityCount, …); dvctt also takes "syncedShare" as
// {"numerator": n, "denominator": d} or {"ratio": pct} (1 when not given), and channelTotalSum may be
// left out when channelOnlineSum, channelDirectSum and channelPostalSum are given (their sum).
// Groups of ratio indicators (transparency, digitized, satisfaction) take
// {"CODE": {"numerator": n, "denominator": d}} or {"CODE": {"ratio": pct}}. The answer, per case:
// {"group", "totalScore", "totalMaxScore", "metrics": {"CODE": {"ratio", "score", "maxScore"}}},
// numbers with at most 2 decimals; ratio is null for 0/0 and for a missing input, score is null
// for a missing input (it is not scored).
#pragma once

#include <string>
#include <vector>

#include "scorecard/rule_pack.h"
#include "scorecard/scorecard.h"

namespace baocao {

struct SimulatorCase {
  std::string group;
  ScoreInputs inputs;
};

struct SimulatorInput {
  std::vector<SimulatorCase> cases;
  bool list = false;  // the file held a JSON list (the answer is a list too)
};

// Reads the cases. Throws InputError(source_name, …) in Vietnamese naming the case (1-based) and
// the field: bad JSON (with its line and column), an unknown group or input, a negative or
// fractional count, a ratio outside 0..100.
SimulatorInput ParseSimulatorCases(const RulePack& pack, const std::string& text, const std::string& source_name);

// The answer for one case: the case's group scored, as JSON text (no trailing newline; indented
// by 2 when `indent`).
std::string SimulatorAnswer(const RulePack& pack, const SimulatorCase& c, bool indent = true);

// Reads the cases and answers them all: one JSON object, or a list when the input was a list;
// ends with a newline.
std::string RunSimulator(const RulePack& pack, const std::string& text, const std::string& source_name);

}  // namespace baocao
