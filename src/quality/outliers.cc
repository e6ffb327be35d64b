#include "quality/outliers.h"

#include <algorithm>
#include <cmath>

namespace baocao {

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

RobustScore ModifiedZScore(const std::vector<double>& history, double value) {
  RobustScore s;
  s.median = Median(history);
  std::vector<double> deviations;
  double sum = 0;
  for (const double h : history) {
    deviations.push_back(std::fabs(h - s.median));
    sum += deviations.back();
  }
  s.mad = Median(deviations);
  if (s.mad > 0) {
    s.score = 0.6745 * (value - s.median) / s.mad;
  } else {
    const double mean_ad = sum / static_cast<double>(history.size());
    if (mean_ad > 0) s.score = (value - s.median) / (1.253314 * mean_ad);
  }
  return s;
}

bool IsOutlier(const RobustScore& s, double threshold) { return s.score && std::fabs(*s.score) > threshold; }

}  // namespace baocao
