#include "auth/auth_fixture.h"

#include <stdexcept>

#include "ingest/submission.h"
#include "test_support.h"

namespace baocao::test {

void LoadSampleUnits(Database& db) {
  SubmitRequest request;
  request.kind = SubmissionKind::kUnits;
  request.file = Fixture("sample/units.csv");
  request.period = "2023-01";
  request.now = "2023-01-15 08:00:00";
  const Receipt receipt = Submit(db, request);
  if (receipt.outcome != SubmitOutcome::kAccepted) throw std::runtime_error("sample units rejected");
}

DateTime At(int seconds) {
  DateTime t{Date::FromYmd(2026, 12, 1), 10 * 3600};
  t.seconds += seconds;
  while (t.seconds >= 86400) {
    t.seconds -= 86400;
    t.date = t.date.AddDays(1);
  }
  return t;
}

}  // namespace baocao::test
