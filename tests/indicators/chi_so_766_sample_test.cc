// Issue 13's must-show, end to end: the sample province of fixtures/chi_so_766 (every optional input
// carried, except by X02 which exports none of them and no petitions) submitted through the real
// ingest, scored by the store's scorecards (ScorecardsFromStore), gives the chi_so_766 form exactly
// the hand computation of fixtures/chi_so_766/README.md, and "không có dữ liệu" where X02 lacks data.
#include <catch2/catch.hpp>

#include "generators/render.h"
#include "generators/report_fixture.h"
#include "generators/report_template.h"
#include "indicators/indicators.h"
#include "ingest/submission.h"
#include "test_support.h"

namespace baocao {
namespace {

void SubmitFile(Database& db, SubmissionKind kind, const std::string& file,
                std::optional<std::string> unit = std::nullopt) {
  SubmitRequest request;
  request.kind = kind;
  request.file = test::Fixture("chi_so_766/" + file);
  request.unit = unit;
  if (unit) request.period = "2026-08";
  request.now = "2026-09-01 08:00:00";
  const Receipt receipt = Submit(db, request);
  REQUIRE(receipt.outcome == SubmitOutcome::kAccepted);
  REQUIRE(receipt.rows_rejected == 0);
}

struct SampleProvince {
  Database db{":memory:"};
  SampleProvince() {
    SubmitFile(db, SubmissionKind::kUnits, "units.csv");
    SubmitFile(db, SubmissionKind::kProcedures, "procedures.csv");
    for (const char* unit : {"S01", "X01", "X02"})
      SubmitFile(db, SubmissionKind::kDossiers, std::string("dossiers_") + unit + "_2026-08.csv", unit);
    for (const char* unit : {"S01", "X01"})
      SubmitFile(db, SubmissionKind::kPetitions, std::string("petitions_") + unit + "_2026-08.csv", unit);
  }
};

const Scorecard& CardOf(const Report& r, const std::string& unit) {
  const auto it = r.scorecards.find(unit);
  REQUIRE(it != r.scorecards.end());
  return it->second;
}

// "code score" per indicator, "code -" for no data: the README's table, one column.
std::string Column(const Scorecard& card) {
  std::string out;
  for (const auto& g : card.groups)
    for (const auto& i : g.indicators)
      out += i.code + " " +
             (i.state == IndicatorScore::State::kNoData ? std::string("-") : std::to_string(i.score)) + "\n";
  return out;
}

TEST_CASE("chi_so_766 sample province: every unit's points equal the README's hand computation") {
  SampleProvince p;
  const Report r = ComputeReport(p.db, "chi_so_766", ParsePeriod("2026-08"));
  CHECK(r.period.Label() == "2026-08-cal");
  CHECK(r.period.from.Iso() == "2026-08-01");
  CHECK(r.period.to.Iso() == "2026-08-31");
  // The README's table, column by column (hundredths of a point).
  CHECK(Column(CardOf(r, "S01")) ==
        "PUBLISH_ON_TIME 600\nPUBLIC_UPDATE_ON_TIME 0\nPUBLIC_CONTENT_FULL 100\nDOSSIER_SYNC 429\n"
        "PROGRESS 1400\nDVCTT_3_1 167\nDVCTT_3_2 400\nDVCTT_3_3 429\nPAYMENT_A 300\nPAYMENT_B 83\n"
        "PAYMENT_C 200\nORIGINAL_RESULT_AVAILABLE 300\nSO_HOA_GIAY_TO_GIAI_QUYET 286\n"
        "REUSED_DIGITIZED_DATA 83\nSYNCED_WITH_DVCQG_PERSONAL_STORAGE 133\nCITIZEN_DATA_CONNECTED_DOSSIER 114\n"
        "CITIZEN_DATA_CONNECTED_FORMALITY 67\nELECTRONIC_CERTIFIED_COPY 33\nDOSSIER_RECEIVING_SATISFACTION 333\n"
        "PETITION_PROCESSING_ON_TIME 400\nPETITION_HANDLING_SATISFACTION 300\n");
  CHECK(Column(CardOf(r, "X02")) ==
        "PUBLISH_ON_TIME 0\nPUBLIC_UPDATE_ON_TIME 400\nPUBLIC_CONTENT_FULL 133\nDOSSIER_SYNC -\n"
        "PROGRESS 1556\nDVCTT_3_1 200\nDVCTT_3_2 267\nDVCTT_3_3 450\nPAYMENT_A 0\nPAYMENT_B 0\n"
        "PAYMENT_C 200\nORIGINAL_RESULT_AVAILABLE -\nSO_HOA_GIAY_TO_GIAI_QUYET -\n"
        "REUSED_DIGITIZED_DATA -\nSYNCED_WITH_DVCQG_PERSONAL_STORAGE -\nCITIZEN_DATA_CONNECTED_DOSSIER -\n"
        "CITIZEN_DATA_CONNECTED_FORMALITY 100\nELECTRONIC_CERTIFIED_COPY -\nDOSSIER_RECEIVING_SATISFACTION 444\n"
        "PETITION_PROCESSING_ON_TIME -\nPETITION_HANDLING_SATISFACTION -\n");
  // The totals row of the README.
  CHECK(CardOf(r, "S01").total == 6157);
  CHECK(CardOf(r, "X01").total == 7233);
  CHECK(CardOf(r, "X02").total == 3750);
  CHECK(CardOf(r, "X02").open == 3800);
  CHECK(CardOf(r, "T99").total == 6520);
  CHECK(CardOf(r, "T99").open == 0);
  // The form's values carry them: total, open points, rank among the communes.
  for (const auto& u : r.units) {
    if (u.ma_don_vi != "X02") continue;
    CHECK(u.values.at("score_total") == Value::Hundredths(3750));
    CHECK(u.values.at("score_open") == Value::Hundredths(3800));
    CHECK(u.values.at("rank_score") == Value::Count(2));
    CHECK(u.values.at("rank_score_of") == Value::Count(2));
  }
}

TEST_CASE("chi_so_766 sample province: X02's missing inputs read không có dữ liệu in the PDF and the JSON") {
  SampleProvince p;
  const Report r = ComputeReport(p.db, "chi_so_766", ParsePeriod("2026-08"));
  test::TempDir dir;
  const std::string json = dir.File("r.json");
  WriteFormat(r, Format::kJson, DefaultTemplatesDir(), json);
  const std::string text = test::ReadFile(json);
  CHECK(text.find("\"state\": \"no_data\"") != std::string::npos);
  const std::string pdf = dir.File("r.pdf");
  WriteFormat(r, Format::kPdf, DefaultTemplatesDir(), pdf);
  const std::string pdf_text =
      test::CollapseSpaces(test::CommandOutput("pdftotext -layout '" + pdf + "' - 2>/dev/null"));
  CHECK(pdf_text.find("không có dữ liệu") != std::string::npos);
  CHECK(pdf_text.find("37,50") != std::string::npos);
  CHECK(pdf_text.find("65,20") != std::string::npos);
}

}  // namespace
}  // namespace baocao
