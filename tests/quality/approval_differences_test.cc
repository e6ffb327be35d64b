#include "quality/approval_differences.h"

#include <catch2/catch.hpp>

#include "indicators/approval.h"
#include "ingest/submission.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

std::string Text(const Value& v) { return v.is_null() ? "null" : std::to_string(v.count); }

std::string Lines(const std::vector<ApprovalDifference>& differences) {
  std::string out;
  for (const auto& d : differences)
    out += d.unit + " " + d.cap + " " + d.key + " (" + d.key_name + "): " + Text(d.approved) + " -> " + Text(d.current) + "\n";
  return out;
}

TEST_CASE("Approval differences list every own count of an approved unit that the data stored since changed",
          "[approval][quality]") {
  Database db(":memory:");
  test::LoadSampleProvince(db);
  const Period may = ParsePeriod("2023-05");
  CHECK(ApprovalDifferences(db, may, "").empty());  // nothing approved
  ApprovePeriod(db, {may, "H01", "nguyen.van.a", "2023-06-20 09:00:00"});
  CHECK(ApprovalDifferences(db, may, "").empty());  // approved, nothing changed since

  SubmitRequest request;
  request.kind = SubmissionKind::kDossiers;
  request.file = test::Fixture("approval/dossiers_H01_2023-07.csv");
  request.unit = "H01";
  request.period = "2023-07";
  request.now = "2023-07-20 08:00:00";
  REQUIRE(Submit(db, request).outcome == SubmitOutcome::kAccepted);

  const std::string expected =
      "H01 huyen new_total (Số hồ sơ tiếp nhận mới): 1 -> 2\n"
      "H01 huyen new_in_person (Tiếp nhận mới trực tiếp): 0 -> 1\n"
      "H01 huyen received_total (Tổng số hồ sơ nhận giải quyết): 2 -> 3\n"
      "H01 huyen resolved_total (Số hồ sơ đã giải quyết): 2 -> 3\n"
      "H01 huyen resolved_early (Giải quyết trước hạn): 1 -> 2\n"
      "X0102 xa resolved_total (Số hồ sơ đã giải quyết): 0 -> 1\n"
      "X0102 xa resolved_early (Giải quyết trước hạn): 0 -> 1\n"
      "X0102 xa pending_total (Số hồ sơ đang giải quyết): 1 -> 0\n"
      "X0102 xa pending_within (Đang giải quyết trong hạn): 1 -> 0\n";
  CHECK(Lines(ApprovalDifferences(db, may, "")) == expected);
  CHECK(Lines(ApprovalDifferences(db, may, "H01")) == expected);
  CHECK(Lines(ApprovalDifferences(db, may, "X0102")) ==
        expected.substr(expected.find("X0102")));
  CHECK(ApprovalDifferences(db, may, "H02").empty());  // not approved: the live data is what reports show
  CHECK(ApprovalDifferences(db, ParsePeriod("2023-06"), "").empty());
}

}  // namespace
}  // namespace baocao
