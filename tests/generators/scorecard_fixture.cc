#include "generators/scorecard_fixture.h"

#include <tuple>
#include <vector>

namespace baocao::test {
namespace {

struct Spec {
  const char* group;
  const char* group_name;
  int number;
  std::vector<std::tuple<const char*, const char*, int64_t>> indicators;  // code, name, max
};

const std::vector<Spec>& Specs() {
  static const std::vector<Spec> kSpecs = {
      {"transparency", "Công khai, minh bạch", 1,
       {{"PUBLISH_ON_TIME", "Công bố TTHC đúng hạn", 600},
        {"PUBLIC_UPDATE_ON_TIME", "Công khai TTHC đúng hạn", 400},
        {"PUBLIC_CONTENT_FULL", "Công khai đầy đủ nội dung", 200},
        {"DOSSIER_SYNC", "Đồng bộ hồ sơ lên Cổng DVCQG", 600}}},
      {"progress", "Tiến độ giải quyết", 2, {{"PROGRESS", "Giải quyết hồ sơ đúng hạn", 2000}}},
      {"dvctt", "Dịch vụ công trực tuyến", 3,
       {{"DVCTT_3_1", "TTHC cung cấp trực tuyến", 200},
        {"DVCTT_3_2", "Dịch vụ có phát sinh hồ sơ trực tuyến", 400},
        {"DVCTT_3_3", "Hồ sơ nộp trực tuyến", 600}}},
      {"payment", "Thanh toán trực tuyến", 4,
       {{"PAYMENT_A", "Hồ sơ thanh toán trực tuyến", 600},
        {"PAYMENT_B", "TTHC có thanh toán trực tuyến", 200},
        {"PAYMENT_C", "TTHC có dữ liệu phí, lệ phí", 200}}},
      {"digitized", "Số hóa hồ sơ", 5,
       {{"ORIGINAL_RESULT_AVAILABLE", "Kết quả điện tử bản gốc", 600},
        {"SO_HOA_GIAY_TO_GIAI_QUYET", "Số hóa thành phần hồ sơ", 400},
        {"REUSED_DIGITIZED_DATA", "Tái sử dụng dữ liệu số hóa", 200},
        {"SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "Đồng bộ kho dữ liệu cá nhân", 400},
        {"CITIZEN_DATA_CONNECTED_DOSSIER", "Hồ sơ sử dụng dữ liệu dân cư", 200},
        {"CITIZEN_DATA_CONNECTED_FORMALITY", "TTHC kết nối dữ liệu dân cư", 200},
        {"ELECTRONIC_CERTIFIED_COPY", "Chứng thực bản sao điện tử", 200}}},
      {"satisfaction", "Mức độ hài lòng", 6,
       {{"DOSSIER_RECEIVING_SATISFACTION", "Hài lòng khi tiếp nhận, giải quyết hồ sơ", 600},
        {"PETITION_PROCESSING_ON_TIME", "Xử lý phản ánh, kiến nghị đúng hạn", 600},
        {"PETITION_HANDLING_SATISFACTION", "Hài lòng với xử lý phản ánh, kiến nghị", 600}}},
  };
  return kSpecs;
}

void Sum(Scorecard& card) {
  card.total = card.open = 0;
  for (auto& g : card.groups) {
    g.score = g.open = 0;
    for (const auto& i : g.indicators) {
      g.score += i.score;
      g.open += i.open;
    }
    card.total += g.score;
    card.open += g.open;
  }
}

Scorecard With(std::initializer_list<std::tuple<const char*, int64_t, const char*>> changes) {
  Scorecard card = FullScorecard();
  for (const auto& [code, score, advice] : changes)
    SetIndicator(card, code, IndicatorScore::State::kScored, score, -1, -1, -1, advice);
  return card;
}

}  // namespace

const char* const kProgressAdvice = "Cần thêm 12 hồ sơ đúng hạn để đạt 18/20 điểm; thêm 108 hồ sơ để đạt 20/20 điểm";

Scorecard FullScorecard() {
  Scorecard card;
  card.pack = "2022-06-23";
  card.max = 10000;
  for (const Spec& s : Specs()) {
    GroupScore g;
    g.code = s.group;
    g.name = s.group_name;
    g.number = s.number;
    for (const auto& [code, name, max] : s.indicators) {
      IndicatorScore i;
      i.code = code;
      i.name = name;
      i.state = IndicatorScore::State::kScored;
      i.max = max;
      i.score = max;
      i.ratio = 10000;
      g.max += max;
      g.indicators.push_back(i);
    }
    card.groups.push_back(g);
  }
  Sum(card);
  return card;
}

void SetIndicator(Scorecard& card, const std::string& code, IndicatorScore::State state, int64_t score,
                  int64_t numerator, int64_t denominator, int64_t ratio, const std::string& advice) {
  for (auto& g : card.groups)
    for (auto& i : g.indicators) {
      if (i.code != code) continue;
      i.state = state;
      const bool no_data = state == IndicatorScore::State::kNoData;
      i.score = no_data ? 0 : score;
      i.lost = no_data ? 0 : i.max - i.score;
      i.open = no_data ? i.max : 0;
      i.numerator = numerator < 0 ? std::nullopt : std::optional<int64_t>(numerator);
      i.denominator = denominator < 0 ? std::nullopt : std::optional<int64_t>(denominator);
      i.ratio = ratio < 0 ? std::nullopt : std::optional<int64_t>(ratio);
      i.advice = advice;
    }
  Sum(card);
}

std::map<std::string, Scorecard> FakeScorecards(const Period& period) {
  using State = IndicatorScore::State;
  std::map<std::string, Scorecard> out;
  if (period.calendar && period.kind == Period::Kind::kMonth && period.year == 2026 && period.index == 8) {
    Scorecard t17 = FullScorecard();
    SetIndicator(t17, "PUBLISH_ON_TIME", State::kNoData, 0, -1, -1, -1,
                 "Chưa có dữ liệu: cần ngày quyết định công bố và ngày hiệu lực của các TTHC");
    SetIndicator(t17, "PROGRESS", State::kScored, 1785, 892, 1000, 8925, kProgressAdvice);
    out["T17"] = t17;
    out["S01"] = With({{"DVCTT_3_3", 300, "Cần thêm hồ sơ trực tuyến"}});
    Scorecard h01 = FullScorecard();
    for (const char* code : {"ORIGINAL_RESULT_AVAILABLE", "SO_HOA_GIAY_TO_GIAI_QUYET", "REUSED_DIGITIZED_DATA",
                             "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "CITIZEN_DATA_CONNECTED_DOSSIER",
                             "CITIZEN_DATA_CONNECTED_FORMALITY", "ELECTRONIC_CERTIFIED_COPY"})
      SetIndicator(h01, code, State::kNoData, 0, -1, -1, -1, "Chưa có dữ liệu số hóa");
    out["H01"] = h01;
    out["H02"] = With({{"PROGRESS", 0, "Cần giải quyết đúng hạn"}, {"PAYMENT_B", 0, "Cần thanh toán trực tuyến"}});
    out["H03"] = With({{"PROGRESS", 1815, "Cần thêm 3 hồ sơ đúng hạn"}});
    Scorecard x0101 = FullScorecard();
    SetIndicator(x0101, "PAYMENT_A", State::kEmpty, 0, 0, 0, -1, "Chưa có hồ sơ có nghĩa vụ tài chính");
    out["X0101"] = x0101;
    out["X0102"] = FullScorecard();
    out["X0201"] = With({{"DOSSIER_SYNC", 0, "Cần đồng bộ hồ sơ"}, {"PETITION_HANDLING_SATISFACTION", 200, "Cần nâng mức hài lòng"}});
    out["X0301"] = With({{"PROGRESS", 1999, "Cần thêm 1 hồ sơ đúng hạn"}});
  } else if (period.calendar && period.kind == Period::Kind::kMonth && period.year == 2026 && period.index == 7) {
    out["T17"] = With({{"PROGRESS", 950, ""}});
    out["S01"] = With({{"DVCTT_3_3", 300, ""}});
    out["H01"] = With({{"PROGRESS", 0, ""}, {"PAYMENT_A", 510, ""}});
  }
  return out;
}

}  // namespace baocao::test
