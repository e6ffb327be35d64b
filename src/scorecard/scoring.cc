#include "scorecard/scoring.h"

#include <functional>

#include "core/errors.h"
#include "scorecard/fixed_point.h"

namespace baocao {
namespace {

std::string Points(int64_t hundredths) { return FormatHundredthsShort(hundredths, ','); }

// The sum of the named inputs; the names that are absent go to `missing`.
int64_t Sum(const IndicatorRule& rule, const std::vector<std::string>& names, const ScoreInputs& inputs,
            std::vector<std::string>& missing) {
  int64_t sum = 0;
  for (const auto& name : names) {
    const auto it = inputs.counts.find(name);
    if (it == inputs.counts.end()) {
      missing.push_back(name);
      continue;
    }
    if (it->second < 0)
      throw DataError("chỉ tiêu " + rule.code + ": số liệu " + name + " âm (" + std::to_string(it->second) +
                      "); số liệu đầu vào phải từ 0 trở lên");
    sum += it->second;
  }
  return sum;
}

std::string JoinMeanings(const RulePack& pack, const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "; ") + pack.InputMeaning(n);
  return out;
}

// The whole points to aim for: the next whole point above `score` (at most max), then max.
std::vector<int64_t> Targets(int64_t score, int64_t max) {
  const int64_t next = std::min(max, (score / 100 + 1) * 100);
  if (next < max) return {next, max};
  return {max};
}

// The least x in [lo, hi] with reaches(x), or nullopt when even hi does not; reaches is monotone.
std::optional<int64_t> Least(int64_t lo, int64_t hi, const std::function<bool(int64_t)>& reaches) {
  if (hi < lo || !reaches(hi)) return std::nullopt;
  while (lo < hi) {
    const int64_t mid = lo + (hi - lo) / 2;
    if (reaches(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// "Cần thêm 120 hồ sơ đúng hạn để đạt 18/20 điểm; thêm 450 hồ sơ đúng hạn để đạt 20/20 điểm".
std::string CountAdvice(const IndicatorRule& rule, int64_t score, int64_t numerator, int64_t denominator,
                        const std::function<int64_t(int64_t)>& score_of) {
  std::string out;
  for (const int64_t target : Targets(score, rule.max)) {
    const bool first = out.empty();
    const std::string goal = Points(target) + "/" + Points(rule.max) + " điểm";
    const auto k = Least(0, denominator - numerator, [&](int64_t x) { return score_of(numerator + x) >= target; });
    if (!first) out += "; ";
    if (k) {
      out += (first ? "Cần thêm " : "thêm ") + FormatCountVi(*k) + " " + rule.noun + " để đạt " + goal;
    } else {
      out += std::string(first ? "Không" : "không") + " thể đạt " + goal + " chỉ bằng cách tăng số " + rule.noun +
             ": kể cả khi cả " + FormatCountVi(denominator) + " đều đạt, chỉ tiêu được " +
             Points(score_of(std::max(numerator, denominator))) + " điểm";
      break;
    }
  }
  return out;
}

// "Cần đạt tỷ lệ 85,5% để đạt 5/6 điểm; tỷ lệ 100% để đạt 6/6 điểm".
std::string RatioAdvice(const IndicatorRule& rule, int64_t score, int64_t pct) {
  std::string out;
  for (const int64_t target : Targets(score, rule.max)) {
    const bool first = out.empty();
    const auto p = Least(pct, 10000, [&](int64_t x) { return ScoreOf(rule.max, x, rule.threshold) >= target; });
    if (!p) break;  // a threshold above 100 % is refused by the loader; nothing to say
    if (!first) out += "; ";
    out += std::string(first ? "Cần đạt tỷ lệ " : "tỷ lệ ") + FormatHundredthsShort(*p, ',') + "% để đạt " +
           Points(target) + "/" + Points(rule.max) + " điểm";
  }
  return out;
}

}  // namespace

IndicatorScore ScoreIndicator(const RulePack& pack, const IndicatorRule& rule, const ScoreInputs& inputs) {
  IndicatorScore s;
  s.code = rule.code;
  s.name = rule.name;
  s.max = rule.max;
  s.threshold = rule.threshold;

  if (const auto given = inputs.ratios.find(rule.code); given != inputs.ratios.end()) {
    if (given->second < 0)
      throw DataError("chỉ tiêu " + rule.code + ": tỷ lệ âm; tỷ lệ phải từ 0 đến 100%");
    s.state = IndicatorScore::State::kScored;
    s.ratio = given->second;
    s.score = ScoreOf(rule.max, given->second, rule.threshold);
    s.lost = rule.max - s.score;
    if (s.lost > 0) s.advice = RatioAdvice(rule, s.score, given->second);
    return s;
  }

  std::vector<std::string> missing;
  const int64_t numerator = Sum(rule, rule.numerator, inputs, missing);
  const int64_t denominator = Sum(rule, rule.denominator, inputs, missing);
  if (!missing.empty()) {
    s.state = IndicatorScore::State::kNoData;
    s.open = rule.max;
    s.advice = "Không có dữ liệu: thiếu " + JoinMeanings(pack, missing) + ". Hãy bổ sung để tính " + Points(rule.max) +
               " điểm của chỉ tiêu này";
    return s;
  }
  s.numerator = numerator;
  s.denominator = denominator;
  if (denominator == 0) {
    s.state = IndicatorScore::State::kEmpty;
    s.score = rule.empty == IndicatorRule::Empty::kFull ? rule.max : 0;
    s.lost = rule.max - s.score;
    if (s.lost > 0)
      s.advice = "Trong kỳ " + JoinMeanings(pack, rule.denominator) + " bằng 0 nên chỉ tiêu được 0/" +
                 Points(rule.max) + " điểm (Cổng DVCQG chấm 0/0 là 0 điểm)";
    return s;
  }

  // The factor (DVCTT_3_3's synced share): its inputs when both are given and not 0/0, else the default.
  int64_t factor_numerator = rule.factor_default;
  int64_t factor_denominator = 10000;
  if (rule.factor_numerator && rule.factor_denominator) {
    std::vector<std::string> factor_missing;
    const int64_t fn = Sum(rule, {*rule.factor_numerator}, inputs, factor_missing);
    const int64_t fd = Sum(rule, {*rule.factor_denominator}, inputs, factor_missing);
    if (factor_missing.empty() && fd > 0) {
      factor_numerator = fn;
      factor_denominator = fd;
    }
  }
  const auto score_of = [&](int64_t n) {
    return ScoreOfCounts(rule.max, n, denominator, factor_numerator, factor_denominator, rule.threshold);
  };
  s.state = IndicatorScore::State::kScored;
  s.ratio = PercentOfProduct(numerator, denominator, factor_numerator, factor_denominator);
  s.score = score_of(numerator);  // from the exact ratio, not the rounded percentage (the portal's way)
  s.lost = rule.max - s.score;
  if (s.lost > 0) s.advice = CountAdvice(rule, s.score, numerator, denominator, score_of);
  return s;
}

Scorecard Score(const RulePack& pack, const ScoreInputs& inputs) {
  Scorecard card;
  card.pack = pack.valid_from.Iso();
  card.max = pack.max;
  for (const auto& rule : pack.groups) {
    GroupScore g;
    g.code = rule.code;
    g.name = rule.name;
    g.number = rule.number;
    g.max = rule.max;
    for (const auto& indicator : rule.indicators) {
      IndicatorScore s = ScoreIndicator(pack, indicator, inputs);
      g.score += s.score;
      g.open += s.open;
      g.indicators.push_back(std::move(s));
    }
    card.total += g.score;
    card.open += g.open;
    card.groups.push_back(std::move(g));
  }
  return card;
}

}  // namespace baocao
