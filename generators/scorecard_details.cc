#include "generators/scorecard_details.h"

#include "generators/vietnamese_number.h"

namespace baocao {
namespace {

std::string Percent(int64_t hundredths) { return FormatHundredths(hundredths) + "%"; }

std::string Cell(const std::string& kind, const TemplateDetails& details, const GroupScore& g,
                 size_t k, const IndicatorScore& i) {
  const bool no_data = i.state == IndicatorScore::State::kNoData;
  if (kind == "index") return std::to_string(g.number) + "." + std::to_string(k + 1);
  if (kind == "indicator") return i.name.empty() ? i.code : i.name;
  if (kind == "result") {
    if (no_data) return details.no_data;
    if (i.state == IndicatorScore::State::kEmpty) return "0/0 (không phát sinh)";
    const std::string ratio = i.ratio ? Percent(*i.ratio) : kNullText;
    if (i.numerator && i.denominator)
      return FormatCount(*i.numerator) + "/" + FormatCount(*i.denominator) + " = " + ratio;
    return ratio;
  }
  if (kind == "score") return (no_data ? std::string(kNullText) : FormatHundredths(i.score)) + "/" + FormatHundredths(i.max);
  if (kind == "lost") return no_data ? FormatHundredths(i.open) + " chưa đánh giá" : FormatHundredths(i.lost);
  if (kind == "advice") return i.advice;
  return "";
}

std::string Heading(const UnitRow& row, const Scorecard* card) {
  std::string text = row.ten_don_vi + " (" + row.ma_don_vi + ")";
  if (card == nullptr) return text;
  text += ": tổng điểm " + FormatHundredths(card->total) + "/" + FormatHundredths(card->max);
  const Value rank = Lookup(row, "rank_score");
  if (!rank.is_null()) text += "; xếp hạng " + FormatRank(rank, Lookup(row, "rank_score_of"));
  if (card->open > 0) text += "; " + FormatHundredths(card->open) + " điểm chưa đánh giá (không có dữ liệu)";
  return text;
}

}  // namespace

std::vector<DetailBlock> ScorecardDetails(const TemplateDetails& details, const Report& report) {
  std::vector<DetailBlock> blocks;
  for (const UnitRow& row : report.units) {
    const auto it = report.scorecards.find(row.ma_don_vi);
    const Scorecard* card = it == report.scorecards.end() ? nullptr : &it->second;
    DetailBlock block;
    block.heading = Heading(row, card);
    if (card == nullptr) {
      block.note = "Không có dữ liệu để tính điểm trong kỳ";
      blocks.push_back(std::move(block));
      continue;
    }
    for (const GroupScore& g : card->groups) {
      for (size_t k = 0; k < g.indicators.size(); ++k) {
        const IndicatorScore& i = g.indicators[k];
        if (i.state != IndicatorScore::State::kNoData && i.lost <= 0) continue;
        std::vector<std::string> cells;
        for (const auto& column : details.columns) cells.push_back(Cell(column.kind, details, g, k, i));
        block.lines.push_back(std::move(cells));
      }
    }
    if (block.lines.empty()) block.note = details.nothing_lost;
    blocks.push_back(std::move(block));
  }
  return blocks;
}

DetailSection ScorecardDetailSection(const TemplateDetails& details, const Report& report) {
  DetailSection section;
  section.title = details.title;
  section.sheet_name = details.sheet_name;
  for (const auto& c : details.columns) {
    DetailColumn column;
    column.header = c.header;
    column.width = c.width;
    column.align = c.kind == "indicator" || c.kind == "advice" ? DetailColumn::Align::kLeft : DetailColumn::Align::kCenter;
    section.columns.push_back(std::move(column));
  }
  section.blocks = ScorecardDetails(details, report);
  return section;
}

}  // namespace baocao
