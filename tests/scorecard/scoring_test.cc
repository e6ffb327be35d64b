#include "scorecard/scoring.h"

#include <catch2/catch.hpp>

#include "core/errors.h"

namespace baocao {
namespace {

const RulePack& Pack() {
  static const RulePack pack = LoadRulePack(std::string(BAOCAO_SOURCE_DIR) + "/rules", Date::FromYmd(2026, 8, 31));
  return pack;
}

const IndicatorScore& Indicator(const Scorecard& card, const std::string& group, size_t i) {
  return card.Group(group)->indicators.at(i);
}

using State = IndicatorScore::State;

TEST_CASE("scoring: progress, its advice to the next whole point and to the full points") {
  ScoreInputs in;
  in.counts = {{"totalReceived", 1000}, {"totalOnTime", 800}};
  const Scorecard card = Score(Pack(), in);
  const IndicatorScore& p = Indicator(card, "progress", 0);
  CHECK(p.state == State::kScored);
  CHECK(p.ratio == 8000);
  CHECK(p.score == 1600);
  CHECK(p.lost == 400);
  CHECK(p.open == 0);
  CHECK(p.advice == "Cần thêm 50 hồ sơ đúng hạn để đạt 17/20 điểm; thêm 200 hồ sơ đúng hạn để đạt 20/20 điểm");
  CHECK(card.Group("progress")->score == 1600);
}

TEST_CASE("scoring: advice counts are exact under the portal's rounding (thousands with '.')") {
  // Phú Thọ's month (dvc-progress-tree): 144.625 of 184.513 on time, 15,68 points. 147.565 on time is
  // 79,9754… % -> 79,98 % -> 15,996 -> 16; 147.564 would be 79,97 % -> 15,99. 184.467 is 99,975 %
  // -> 99,98 % -> 19,996 -> 20 points without every dossier on time.
  ScoreInputs in;
  in.counts = {{"totalReceived", 184513}, {"totalOnTime", 144625}};
  const IndicatorScore p = Indicator(Score(Pack(), in), "progress", 0);
  CHECK(p.score == 1568);
  CHECK(p.advice == "Cần thêm 2.940 hồ sơ đúng hạn để đạt 16/20 điểm; thêm 39.842 hồ sơ đúng hạn để đạt 20/20 điểm");
  in.counts["totalOnTime"] = 147565;
  CHECK(Indicator(Score(Pack(), in), "progress", 0).score == 1600);
  in.counts["totalOnTime"] = 147564;
  CHECK(Indicator(Score(Pack(), in), "progress", 0).score == 1599);
  in.counts["totalOnTime"] = 184467;
  CHECK(Indicator(Score(Pack(), in), "progress", 0).score == 2000);
  CHECK(Indicator(Score(Pack(), in), "progress", 0).advice.empty());
}

TEST_CASE("scoring: one clause when the next whole point is the max") {
  ScoreInputs in;
  in.counts = {{"totalReceived", 100}, {"totalOnTime", 97}};  // 19,4 points
  CHECK(Indicator(Score(Pack(), in), "progress", 0).advice == "Cần thêm 3 hồ sơ đúng hạn để đạt 20/20 điểm");
}

TEST_CASE("scoring: thresholds cap the points (80 % and 90 % give the full points)") {
  ScoreInputs in;
  in.counts = {{"totalDossierOnlinePaymentSuccess", 44}, {"totalDossierFinancialObligation", 44},
               {"totalDossierOnlineFormalityPaymentSuccess", 7}, {"totalFeeDossierFormality", 0},
               {"totalFeeFormality", 8}};
  const Scorecard card = Score(Pack(), in);
  CHECK(Indicator(card, "payment", 1).ratio == 8750);
  CHECK(Indicator(card, "payment", 1).score == 200);  // 2,1875 capped at 2
  CHECK(Indicator(card, "payment", 2).score == 0);
  CHECK(Indicator(card, "payment", 2).advice ==
        "Cần thêm 4 TTHC có phí có hồ sơ ghi nhận phí, lệ phí để đạt 1/2 điểm; thêm 7 TTHC có phí có hồ sơ ghi nhận "
        "phí, lệ phí để đạt 2/2 điểm");
  CHECK(card.Group("payment")->score == 800);
}

TEST_CASE("scoring: 0/0 is kEmpty, scored 0 or the full points as the portal does") {
  ScoreInputs in;
  in.counts = {{"DOSSIER_SYNC.numerator", 0}, {"DOSSIER_SYNC.denominator", 0},
               {"totalReceived", 0}, {"totalOnTime", 0},
               {"DOSSIER_RECEIVING_SATISFACTION.numerator", 0}, {"DOSSIER_RECEIVING_SATISFACTION.denominator", 0},
               {"PETITION_PROCESSING_ON_TIME.numerator", 0}, {"PETITION_PROCESSING_ON_TIME.denominator", 0},
               {"PETITION_HANDLING_SATISFACTION.numerator", 0}, {"PETITION_HANDLING_SATISFACTION.denominator", 0}};
  const Scorecard card = Score(Pack(), in);
  const IndicatorScore& sync = Indicator(card, "transparency", 3);
  CHECK(sync.state == State::kEmpty);
  CHECK_FALSE(sync.ratio);
  CHECK(sync.numerator == 0);
  CHECK(sync.denominator == 0);
  CHECK(sync.score == 0);
  CHECK(sync.lost == 600);
  CHECK(sync.open == 0);
  CHECK(sync.advice ==
        "Trong kỳ số hồ sơ có ghi cột đồng bộ Cổng DVCQG bằng 0 nên chỉ tiêu được 0/6 điểm (Cổng DVCQG chấm 0/0 là 0 điểm)");
  CHECK(card.Group("transparency")->max == 1800);  // the group max stays 18
  CHECK(Indicator(card, "progress", 0).state == State::kEmpty);
  CHECK(Indicator(card, "progress", 0).score == 0);
  CHECK(Indicator(card, "satisfaction", 0).score == 0);
  CHECK(Indicator(card, "satisfaction", 1).state == State::kEmpty);
  CHECK(Indicator(card, "satisfaction", 1).score == 600);
  CHECK(Indicator(card, "satisfaction", 1).lost == 0);
  CHECK(Indicator(card, "satisfaction", 1).advice.empty());
  CHECK(Indicator(card, "satisfaction", 2).score == 600);
  CHECK(card.Group("satisfaction")->score == 1200);
}

TEST_CASE("scoring: a missing input is kNoData, its points open, the advice naming it") {
  ScoreInputs in;
  in.counts = {{"totalReceived", 10}};
  const Scorecard card = Score(Pack(), in);
  const IndicatorScore& p = Indicator(card, "progress", 0);
  CHECK(p.state == State::kNoData);
  CHECK(p.score == 0);
  CHECK(p.lost == 0);
  CHECK(p.open == 2000);
  CHECK_FALSE(p.ratio);
  CHECK(p.advice ==
        "Không có dữ liệu: thiếu số hồ sơ giải quyết trước hạn, đúng hạn và đang giải quyết còn trong hạn. Hãy bổ "
        "sung để tính 20 điểm của chỉ tiêu này");
  CHECK(card.Group("progress")->open == 2000);
  CHECK(card.Group("progress")->no_data());
  CHECK(card.open == 10000);  // nothing else was given either
  CHECK(card.total == 0);
  CHECK(card.max == 10000);
  CHECK(card.pack == "2022-06-23");

  ScoreInputs none;
  const IndicatorScore d31 = Indicator(Score(Pack(), none), "dvctt", 0);
  CHECK(d31.advice ==
        "Không có dữ liệu: thiếu số TTHC cung cấp dịch vụ công trực tuyến một phần; số TTHC cung cấp dịch vụ công "
        "trực tuyến toàn trình; số TTHC thuộc thẩm quyền của đơn vị. Hãy bổ sung để tính 2 điểm của chỉ tiêu này");
}

TEST_CASE("scoring: DVCTT_3_3 is the online share times the synced share (1 when not given)") {
  ScoreInputs in;
  in.counts = {{"channelOnlineSum", 40}, {"channelTotalSum", 100}};
  CHECK(Indicator(Score(Pack(), in), "dvctt", 2).score == 480);  // 40 % of 50 % -> 4,8
  in.counts["DOSSIER_SYNC.numerator"] = 50;
  in.counts["DOSSIER_SYNC.denominator"] = 100;
  const IndicatorScore d33 = Indicator(Score(Pack(), in), "dvctt", 2);
  CHECK(d33.ratio == 2000);
  CHECK(d33.score == 240);
  CHECK(d33.advice ==
        "Cần thêm 10 hồ sơ nộp trực tuyến để đạt 3/6 điểm; thêm 60 hồ sơ nộp trực tuyến để đạt 6/6 điểm");
  in.counts["DOSSIER_SYNC.numerator"] = 0;  // 0/0 synced: the default share, 1
  in.counts["DOSSIER_SYNC.denominator"] = 0;
  CHECK(Indicator(Score(Pack(), in), "dvctt", 2).score == 480);
}

TEST_CASE("scoring: when the numerator alone cannot reach the points, the advice says so") {
  ScoreInputs in;
  in.counts = {{"channelOnlineSum", 10}, {"channelTotalSum", 100},
               {"DOSSIER_SYNC.numerator", 40}, {"DOSSIER_SYNC.denominator", 100}};
  const IndicatorScore d33 = Indicator(Score(Pack(), in), "dvctt", 2);
  CHECK(d33.score == 48);
  CHECK(d33.advice ==
        "Cần thêm 11 hồ sơ nộp trực tuyến để đạt 1/6 điểm; không thể đạt 6/6 điểm chỉ bằng cách tăng số hồ sơ nộp "
        "trực tuyến: kể cả khi cả 100 đều đạt, chỉ tiêu được 4,8 điểm");
}

TEST_CASE("scoring: a percentage given alone scores and advises by the percentage needed") {
  ScoreInputs in;
  in.ratios = {{"ELECTRONIC_CERTIFIED_COPY", 5000}, {"REUSED_DIGITIZED_DATA", 4000}};
  const Scorecard card = Score(Pack(), in);
  const IndicatorScore& copy = Indicator(card, "digitized", 6);
  CHECK(copy.state == State::kScored);
  CHECK(copy.score == 100);
  CHECK_FALSE(copy.numerator);
  CHECK(copy.advice == "Cần đạt tỷ lệ 99,75% để đạt 2/2 điểm");
  const IndicatorScore& reused = Indicator(card, "digitized", 2);
  CHECK(reused.score == 100);
  CHECK(reused.advice == "Cần đạt tỷ lệ 79,8% để đạt 2/2 điểm");
  ScoreInputs half;
  half.ratios = {{"ORIGINAL_RESULT_AVAILABLE", 1000}};  // 0,6 points; 16,59 % -> 0,9954 -> 1, 16,58 % -> 0,99
  CHECK(Indicator(Score(Pack(), half), "digitized", 0).advice ==
        "Cần đạt tỷ lệ 16,59% để đạt 1/6 điểm; tỷ lệ 99,92% để đạt 6/6 điểm");
}

TEST_CASE("scoring: group and total are sums of the rounded indicator scores") {
  // Phú Thọ, dossier-digitized month overview: 4,33 + 0,46 + 0,04 + 0 + 0,93 + 0,46 + 2 = 8,22.
  ScoreInputs in;
  in.counts = {{"ORIGINAL_RESULT_AVAILABLE.numerator", 133274}, {"ORIGINAL_RESULT_AVAILABLE.denominator", 184513},
               {"SO_HOA_GIAY_TO_GIAI_QUYET.numerator", 21233}, {"SO_HOA_GIAY_TO_GIAI_QUYET.denominator", 184513},
               {"REUSED_DIGITIZED_DATA.numerator", 3160}, {"REUSED_DIGITIZED_DATA.denominator", 184513},
               {"SYNCED_WITH_DVCQG_PERSONAL_STORAGE.numerator", 0},
               {"SYNCED_WITH_DVCQG_PERSONAL_STORAGE.denominator", 184513},
               {"CITIZEN_DATA_CONNECTED_DOSSIER.numerator", 85644},
               {"CITIZEN_DATA_CONNECTED_DOSSIER.denominator", 184513},
               {"CITIZEN_DATA_CONNECTED_FORMALITY.numerator", 297},
               {"CITIZEN_DATA_CONNECTED_FORMALITY.denominator", 1301},
               {"totalReceived", 184513}, {"totalOnTime", 144625}};
  in.ratios = {{"ELECTRONIC_CERTIFIED_COPY", 10000}};
  const Scorecard card = Score(Pack(), in);
  CHECK(card.Group("digitized")->score == 822);
  CHECK(card.Group("progress")->score == 1568);
  CHECK(card.total == 822 + 1568);
  CHECK(card.open == 1800 + 1200 + 1000 + 1800);
}

TEST_CASE("scoring: a negative input is refused") {
  ScoreInputs in;
  in.counts = {{"totalReceived", 10}, {"totalOnTime", -1}};
  try {
    Score(Pack(), in);
    FAIL("a negative count was scored");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()) == "chỉ tiêu PROGRESS: số liệu totalOnTime âm (-1); số liệu đầu vào phải từ 0 trở lên");
  }
}

}  // namespace
}  // namespace baocao
