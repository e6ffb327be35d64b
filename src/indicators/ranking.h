// Ranking units of the same `cap` across the province by a rate (SPEC §4): the highest rate ranks
// 1, ties share a rank (1, 2, 2, 4), a unit without a value is not ranked and not counted in N.
// Rates compare exactly as fractions, so 1/3 and 2/6 tie.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baocao {

struct RankInput {
  std::string group;     // the unit's cap
  int64_t numerator = 0;
  int64_t denominator = 0;  // 0: no value, not ranked
  bool eligible = true;     // false: not reported, not ranked
};

struct RankResult {
  std::optional<int> rank;  // nullopt when not ranked
  int of = 0;               // N of the unit's group (0 when not ranked)
};

std::vector<RankResult> Rank(const std::vector<RankInput>& inputs);

}  // namespace baocao
