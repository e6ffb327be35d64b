#include "jobs/clock.h"

#include <ctime>

namespace baocao {

DateTime SystemClock::Now() const {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  return DateTime{Date::FromYmd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday),
                  local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec};
}

void FixedClock::Advance(int seconds) {
  const int total = now_.seconds + seconds;
  const int days = total >= 0 ? total / 86400 : -((-total + 86399) / 86400);
  now_.date = now_.date.AddDays(days);
  now_.seconds = total - days * 86400;
}

}  // namespace baocao
