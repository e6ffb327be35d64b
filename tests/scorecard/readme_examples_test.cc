// The README's worked examples of the 766 scorecard (one per group) are what the simulator computes:
// fixtures/chi_so_766/readme_examples.json holds each case and the README's hand-computed points.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>

#include "scorecard/scoring.h"
#include "scorecard/simulator.h"
#include "test_support.h"

namespace baocao {
namespace {

using nlohmann::json;

int64_t Hundredths(const json& number) { return std::llround(number.get<double>() * 100); }

RulePack Pack() { return LoadRulePack(std::string(BAOCAO_SOURCE_DIR) + "/rules", Date::FromYmd(2026, 8, 31)); }

TEST_CASE("README worked examples: every group's hand-computed points are the simulator's") {
  const RulePack pack = Pack();
  const json doc = json::parse(test::ReadFile(test::Fixture("chi_so_766/readme_examples.json")));
  REQUIRE(doc.at("cases").size() == 6);
  for (const auto& c : doc.at("cases")) {
    const SimulatorInput input = ParseSimulatorCases(pack, c.at("case").dump(), "readme_examples.json");
    const json ours = json::parse(SimulatorAnswer(pack, input.cases.at(0)));
    INFO(ours.at("group").get<std::string>());
    CHECK(Hundredths(ours.at("totalScore")) == c.at("expected").at("totalScore").get<int64_t>());
    for (const auto& [code, points] : c.at("expected").at("scores").items()) {
      INFO(code);
      CHECK(Hundredths(ours.at("metrics").at(code).at("score")) == points.get<int64_t>());
    }
    CHECK(ours.at("metrics").size() == c.at("expected").at("scores").size());
  }
}

TEST_CASE("README worked examples: the progress example's advice is the README's sentence") {
  ScoreInputs inputs;
  inputs.counts = {{"totalReceived", 1234}, {"totalOnTime", 1180}};
  const Scorecard card = Score(Pack(), inputs);
  const IndicatorScore& progress = card.Group("progress")->indicators.at(0);
  CHECK(progress.score == 1912);
  CHECK(progress.ratio == 9562);
  CHECK(progress.advice == "Cần thêm 54 hồ sơ đúng hạn để đạt 20/20 điểm");
}

}  // namespace
}  // namespace baocao
