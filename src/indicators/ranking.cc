#include "indicators/ranking.h"

#include <map>

namespace baocao {
namespace {

bool Ranked(const RankInput& r) { return r.eligible && r.denominator > 0; }

__extension__ typedef __int128 Wide;  // products of two 64-bit counts

// a/b > c/d for positive denominators, exactly.
bool Greater(const RankInput& a, const RankInput& b) {
  return static_cast<Wide>(a.numerator) * b.denominator > static_cast<Wide>(b.numerator) * a.denominator;
}

}  // namespace

std::vector<RankResult> Rank(const std::vector<RankInput>& inputs) {
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t i = 0; i < inputs.size(); ++i)
    if (Ranked(inputs[i])) groups[inputs[i].group].push_back(i);
  std::vector<RankResult> results(inputs.size());
  for (const auto& [group, members] : groups) {
    for (size_t i : members) {
      int better = 0;
      for (size_t j : members) better += Greater(inputs[j], inputs[i]) ? 1 : 0;
      results[i] = {better + 1, static_cast<int>(members.size())};
    }
  }
  return results;
}

}  // namespace baocao
