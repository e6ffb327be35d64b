// ComputeScoreInputs on the sample province fixtures/chi_so_766/ (its README computes every input
// and every score by hand), and the Scorecard each unit gets from the rule pack.
#include "indicators/score_inputs.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "core/period.h"
#include "indicators/score_inputs_fixture.h"
#include "scorecard/rule_pack.h"
#include "scorecard/scoring.h"

namespace baocao {
namespace {

using Counts = std::map<std::string, int64_t>;

// The inputs every unit shares the shape of; ratios given as {numerator, denominator}.
Counts Base(int64_t received, int64_t on_time, int64_t authority, int64_t full, int64_t partial,
            int64_t online_dossier, int64_t online, int64_t direct, int64_t postal, int64_t financial,
            int64_t paid_online, int64_t fee_formality, int64_t fee_paid_online, int64_t fee_with_dossier) {
  return Counts{{"totalReceived", received},
                {"totalOnTime", on_time},
                {"authorityCount", authority},
                {"fullCount", full},
                {"partialCount", partial},
                {"onlineServiceTotal", full + partial},
                {"onlineDossierCount", online_dossier},
                {"channelOnlineSum", online},
                {"channelDirectSum", direct},
                {"channelPostalSum", postal},
                {"channelTotalSum", online + direct + postal},
                {"totalDossierFinancialObligation", financial},
                {"totalDossierOnlinePaymentSuccess", paid_online},
                {"totalFeeFormality", fee_formality},
                {"totalDossierOnlineFormalityPaymentSuccess", fee_paid_online},
                {"totalFeeDossierFormality", fee_with_dossier}};
}

void Ratio(Counts& c, const std::string& code, int64_t numerator, int64_t denominator) {
  c[code + ".numerator"] = numerator;
  c[code + ".denominator"] = denominator;
}

std::map<std::string, ScoreInputs> Computed() {
  Database db(":memory:");
  test::LoadChiSo766Province(db);
  return ComputeScoreInputs(db, ParsePeriod("2026-08", /*calendar=*/true),
                            LoadWorkingCalendar(test::RepositoryRulesDir()));
}

}  // namespace

TEST_CASE("the sample province's inputs for August 2026 are the README's hand-computed ones", "[score_inputs]") {
  const auto inputs = Computed();
  REQUIRE(inputs.size() == 4);

  // S01 — Sở Tư pháp.
  Counts s01 = Base(10, 7, 3, 1, 1, 2, 4, 3, 1, 6, 3, 3, 1, 3);
  Ratio(s01, "PUBLISH_ON_TIME", 1, 1);
  Ratio(s01, "PUBLIC_UPDATE_ON_TIME", 0, 1);
  Ratio(s01, "PUBLIC_CONTENT_FULL", 1, 2);
  Ratio(s01, "CITIZEN_DATA_CONNECTED_FORMALITY", 1, 3);
  Ratio(s01, "DOSSIER_SYNC", 5, 7);
  Ratio(s01, "ORIGINAL_RESULT_AVAILABLE", 3, 6);
  Ratio(s01, "SO_HOA_GIAY_TO_GIAI_QUYET", 5, 7);
  Ratio(s01, "REUSED_DIGITIZED_DATA", 2, 6);
  Ratio(s01, "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", 2, 6);
  Ratio(s01, "CITIZEN_DATA_CONNECTED_DOSSIER", 4, 7);
  Ratio(s01, "ELECTRONIC_CERTIFIED_COPY", 1, 6);
  Ratio(s01, "DOSSIER_RECEIVING_SATISFACTION", 5, 10);
  Ratio(s01, "PETITION_PROCESSING_ON_TIME", 2, 3);
  Ratio(s01, "PETITION_HANDLING_SATISFACTION", 1, 2);
  CHECK(inputs.at("S01").counts == s01);
  CHECK(inputs.at("S01").unknown == Counts{{"PUBLIC_UPDATE_ON_TIME", 1},
                                           {"PUBLIC_CONTENT_FULL", 1},
                                           {"DOSSIER_SYNC", 1},
                                           {"ORIGINAL_RESULT_AVAILABLE", 2},
                                           {"SO_HOA_GIAY_TO_GIAI_QUYET", 1},
                                           {"REUSED_DIGITIZED_DATA", 2},
                                           {"SYNCED_WITH_DVCQG_PERSONAL_STORAGE", 2},
                                           {"CITIZEN_DATA_CONNECTED_DOSSIER", 1},
                                           {"ELECTRONIC_CERTIFIED_COPY", 2}});

  // X01 — UBND xã Hòa Bình.
  Counts x01 = Base(10, 9, 3, 1, 2, 2, 4, 3, 1, 3, 2, 1, 1, 1);
  Ratio(x01, "PUBLISH_ON_TIME", 0, 1);
  Ratio(x01, "PUBLIC_UPDATE_ON_TIME", 2, 2);
  Ratio(x01, "PUBLIC_CONTENT_FULL", 2, 3);
  Ratio(x01, "CITIZEN_DATA_CONNECTED_FORMALITY", 1, 2);
  Ratio(x01, "DOSSIER_SYNC", 6, 8);
  Ratio(x01, "ORIGINAL_RESULT_AVAILABLE", 6, 8);
  Ratio(x01, "SO_HOA_GIAY_TO_GIAI_QUYET", 6, 8);
  Ratio(x01, "REUSED_DIGITIZED_DATA", 4, 8);
  Ratio(x01, "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", 3, 8);
  Ratio(x01, "CITIZEN_DATA_CONNECTED_DOSSIER", 4, 8);
  Ratio(x01, "ELECTRONIC_CERTIFIED_COPY", 3, 8);
  Ratio(x01, "DOSSIER_RECEIVING_SATISFACTION", 8, 10);
  Ratio(x01, "PETITION_PROCESSING_ON_TIME", 2, 2);
  Ratio(x01, "PETITION_HANDLING_SATISFACTION", 1, 2);
  CHECK(inputs.at("X01").counts == x01);
  CHECK(inputs.at("X01").unknown == Counts{{"PUBLISH_ON_TIME", 1}, {"CITIZEN_DATA_CONNECTED_FORMALITY", 1}});

  // X02 — UBND xã An Lạc: no optional dossier columns, no petitions file.
  Counts x02 = Base(9, 7, 3, 1, 2, 2, 3, 5, 0, 3, 0, 1, 0, 1);
  Ratio(x02, "PUBLISH_ON_TIME", 0, 1);
  Ratio(x02, "PUBLIC_UPDATE_ON_TIME", 2, 2);
  Ratio(x02, "PUBLIC_CONTENT_FULL", 2, 3);
  Ratio(x02, "CITIZEN_DATA_CONNECTED_FORMALITY", 1, 2);
  Ratio(x02, "DOSSIER_RECEIVING_SATISFACTION", 6, 9);
  CHECK(inputs.at("X02").counts == x02);
  CHECK(inputs.at("X02").unknown == Counts{{"PUBLISH_ON_TIME", 1},
                                           {"CITIZEN_DATA_CONNECTED_FORMALITY", 1},
                                           {"DOSSIER_SYNC", 8},
                                           {"ORIGINAL_RESULT_AVAILABLE", 8},
                                           {"SO_HOA_GIAY_TO_GIAI_QUYET", 8},
                                           {"REUSED_DIGITIZED_DATA", 8},
                                           {"SYNCED_WITH_DVCQG_PERSONAL_STORAGE", 8},
                                           {"CITIZEN_DATA_CONNECTED_DOSSIER", 8},
                                           {"ELECTRONIC_CERTIFIED_COPY", 8}});

  // T99 — the province: the sum of its units' own inputs.
  Counts t99 = Base(29, 23, 9, 3, 5, 6, 11, 11, 2, 12, 5, 5, 2, 5);
  Ratio(t99, "PUBLISH_ON_TIME", 1, 3);
  Ratio(t99, "PUBLIC_UPDATE_ON_TIME", 4, 5);
  Ratio(t99, "PUBLIC_CONTENT_FULL", 5, 8);
  Ratio(t99, "CITIZEN_DATA_CONNECTED_FORMALITY", 3, 7);
  Ratio(t99, "DOSSIER_SYNC", 11, 15);
  Ratio(t99, "ORIGINAL_RESULT_AVAILABLE", 9, 14);
  Ratio(t99, "SO_HOA_GIAY_TO_GIAI_QUYET", 11, 15);
  Ratio(t99, "REUSED_DIGITIZED_DATA", 6, 14);
  Ratio(t99, "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", 5, 14);
  Ratio(t99, "CITIZEN_DATA_CONNECTED_DOSSIER", 8, 15);
  Ratio(t99, "ELECTRONIC_CERTIFIED_COPY", 4, 14);
  Ratio(t99, "DOSSIER_RECEIVING_SATISFACTION", 19, 29);
  Ratio(t99, "PETITION_PROCESSING_ON_TIME", 4, 5);
  Ratio(t99, "PETITION_HANDLING_SATISFACTION", 2, 4);
  CHECK(inputs.at("T99").counts == t99);
  CHECK(inputs.at("T99").unknown == Counts{{"PUBLISH_ON_TIME", 2},
                                           {"PUBLIC_UPDATE_ON_TIME", 1},
                                           {"PUBLIC_CONTENT_FULL", 1},
                                           {"CITIZEN_DATA_CONNECTED_FORMALITY", 2},
                                           {"DOSSIER_SYNC", 9},
                                           {"ORIGINAL_RESULT_AVAILABLE", 10},
                                           {"SO_HOA_GIAY_TO_GIAI_QUYET", 9},
                                           {"REUSED_DIGITIZED_DATA", 10},
                                           {"SYNCED_WITH_DVCQG_PERSONAL_STORAGE", 10},
                                           {"CITIZEN_DATA_CONNECTED_DOSSIER", 9},
                                           {"ELECTRONIC_CERTIFIED_COPY", 10}});
}

TEST_CASE("the sample province's scorecards for August 2026 are the README's hand-computed points", "[score_inputs]") {
  const auto inputs = Computed();
  const RulePack pack = LoadRulePack(test::RepositoryRulesDir(), Date::FromYmd(2026, 8, 31));
  const Scorecard s01 = Score(pack, inputs.at("S01"));
  const Scorecard x01 = Score(pack, inputs.at("X01"));
  const Scorecard x02 = Score(pack, inputs.at("X02"));
  const Scorecard t99 = Score(pack, inputs.at("T99"));
  CHECK(s01.total == 6157);
  CHECK(s01.open == 0);
  CHECK(x01.total == 7233);
  CHECK(x01.open == 0);
  CHECK(x02.total == 3750);
  CHECK(x02.open == 3800);  // 6 sync + 22 digitized but CITIZEN_DATA_CONNECTED_FORMALITY's 2 + 12 petitions
  CHECK(x02.Group("digitized")->score == 100);
  CHECK(x02.Group("satisfaction")->score == 444);
  CHECK(t99.total == 6520);
  CHECK(t99.open == 0);
  CHECK(t99.Group("dvctt")->score == 903);  // 2,00 + 3,00 + 4,03
}

}  // namespace baocao
