// The outlier test of `baocao check`: a unit's value for the period against its own history, with
// the modified z-score (Iglewicz and Hoaglin) — robust to the very outliers it looks for.
//
//   M = 0.6745 · (x − median) / MAD        MAD = median of |h − median| over the history
// When MAD = 0 (more than half the history equal), M = (x − median) / (1.253314 · MeanAD), MeanAD
// being the mean absolute deviation from the median; when both are 0 there is no score.
#pragma once

#include <optional>
#include <vector>

namespace baocao {

struct RobustScore {
  double median = 0;
  double mad = 0;
  std::optional<double> score;  // nullopt: MAD and MeanAD both 0 (a flat history), never flagged
};

// The median of values (not empty): the middle one, or the mean of the two middle ones.
double Median(std::vector<double> values);

// The score of value against history (not empty).
RobustScore ModifiedZScore(const std::vector<double>& history, double value);

// |score| > threshold.
bool IsOutlier(const RobustScore& s, double threshold);

}  // namespace baocao
