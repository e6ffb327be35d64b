#include "generators/report_template.h"

#include <algorithm>
#include <cstdlib>

#include "core/checked_sum.h"
#include "core/errors.h"
#include "core/toml_table.h"
#include "generators/vietnamese_number.h"
#include "indicators/indicator_keys.h"

namespace baocao {
namespace {

template <typename View>
std::vector<std::string> Strings(View node) {
  std::vector<std::string> out;
  if (const auto* array = node.as_array()) {
    for (const auto& item : *array) out.push_back(item.value_or(std::string()));
  } else if (node.is_string()) {
    out.push_back(node.value_or(std::string()));
  }
  return out;
}

TemplateColumn::Kind ParseKind(const std::string& kind, const std::string& file, int line) {
  if (kind == "index") return TemplateColumn::Kind::kIndex;
  if (kind == "name") return TemplateColumn::Kind::kName;
  if (kind == "count") return TemplateColumn::Kind::kCount;
  if (kind == "rate") return TemplateColumn::Kind::kRate;
  if (kind == "rank") return TemplateColumn::Kind::kRank;
  if (kind == "score") return TemplateColumn::Kind::kScore;
  throw InputError(file, line, 0,
                   "loại cột \"" + kind + "\" không hợp lệ (index, name, count, rate, rank, score)");
}

TemplateColumn ParseColumn(const toml::table& t, const std::string& file) {
  const int line = static_cast<int>(t.source().begin.line);
  TemplateColumn c;
  c.kind = ParseKind(t["kind"].value_or(std::string("count")), file, line);
  c.header = Strings(t["header"]);
  c.keys = Strings(t["keys"]);
  if (c.keys.empty()) c.keys = Strings(t["key"]);
  c.numerator = Strings(t["numerator"]);
  c.denominator = Strings(t["denominator"]);
  c.of = t["of"].value_or(std::string());
  c.width = t["width"].value_or(12.0);
  c.numbered = t["numbered"].value_or(true);
  c.is_signed = t["signed"].value_or(false);
  if (const auto* text = t["null_text"].as_string()) c.null_text = text->get();
  if (const auto* sum = t["equals_sum_of"].as_array())
    for (const auto& n : *sum) c.equals_sum_of.push_back(static_cast<int>(n.value_or(int64_t{0})));
  if (c.header.empty()) throw InputError(file, line, 0, "cột thiếu tiêu đề (header)");
  const bool needs_key = c.kind != TemplateColumn::Kind::kIndex &&
                         c.kind != TemplateColumn::Kind::kName;
  if (needs_key && c.keys.empty())
    throw InputError(file, line, 0, "cột \"" + c.header.back() + "\" thiếu chỉ tiêu (key)");
  return c;
}

constexpr const char* kCaps[] = {"tinh", "so_nganh", "huyen", "xa"};

// A day of a dated text: a TOML date (2026-02-15) or the same as a string ("2026-02-15").
std::optional<Date> ParseDay(const toml::node* node, const char* name, const std::string& file,
                             int line) {
  if (node == nullptr) return std::nullopt;
  if (const auto* d = node->as_date()) {
    const auto v = d->get();
    if (IsValidYmd(v.year, v.month, v.day)) return Date::FromYmd(v.year, v.month, v.day);
  } else if (const auto* s = node->as_string()) {
    if (const auto day = ParseIsoDate(s->get())) return day;
  }
  throw InputError(file, line, 0,
                   std::string("ngày \"") + name + "\" của căn cứ (basis) không hợp lệ (dạng đúng: 2026-02-15)");
}

// `basis = "…"` or `[[basis]]` tables with `text`, `from`, `until`.
std::vector<DatedText> ParseBasis(const toml::table& doc, const std::string& file) {
  std::vector<DatedText> out;
  const auto node = doc["basis"];
  if (const auto* text = node.as_string()) {
    if (!text->get().empty()) out.push_back({text->get(), std::nullopt, std::nullopt});
    return out;
  }
  const auto* array = node.as_array();
  if (array == nullptr) {
    if (node) throw InputError(file, static_cast<int>(node.node()->source().begin.line), 0,
                               "căn cứ (basis) phải là một chuỗi hoặc các bảng [[basis]]");
    return out;
  }
  for (const auto& item : *array) {
    const auto* t = item.as_table();
    const int line = static_cast<int>(item.source().begin.line);
    if (t == nullptr || !(*t)["text"].is_string())
      throw InputError(file, line, 0, "mỗi bảng [[basis]] cần có text, from, until (ngày)");
    DatedText d{(*t)["text"].value_or(std::string()), ParseDay(t->get("from"), "from", file, line),
                ParseDay(t->get("until"), "until", file, line)};
    if (d.from && d.until && *d.until < *d.from)
      throw InputError(file, line, 0, "căn cứ (basis): ngày until trước ngày from");
    for (const auto& other : out) {
      const bool apart = (d.until && other.from && *d.until < *other.from) ||
                         (other.until && d.from && *other.until < *d.from);
      if (!apart)
        throw InputError(file, line, 0,
                         "căn cứ (basis): khoảng ngày chồng lên căn cứ \"" + other.text + "\"");
    }
    out.push_back(std::move(d));
  }
  return out;
}

// `receiving_unit = "…"` (kept in t.receiving_unit) or a `[receiving_unit]` table by cap.
void ParseReceivingUnit(const toml::table& doc, const std::string& file, ReportTemplate& t) {
  const auto node = doc["receiving_unit"];
  if (node.is_string()) {
    t.receiving_unit = node.value_or(std::string());
    return;
  }
  const auto* table = node.as_table();
  if (table == nullptr) {
    if (node) throw InputError(file, static_cast<int>(node.node()->source().begin.line), 0,
                               "đơn vị nhận báo cáo (receiving_unit) phải là một chuỗi hoặc bảng "
                               "[receiving_unit] theo cấp");
    return;
  }
  for (const auto& [key, value] : *table) {
    const std::string cap(key.str());
    const int line = static_cast<int>(value.source().begin.line);
    if (std::find(std::begin(kCaps), std::end(kCaps), cap) == std::end(kCaps))
      throw InputError(file, line, 0,
                       "[receiving_unit]: cấp \"" + cap + "\" không hợp lệ (tinh, so_nganh, huyen, xa)");
    if (!value.is_string())
      throw InputError(file, line, 0, "[receiving_unit]: " + cap + " phải là một chuỗi");
    t.receiving_units[cap] = value.value_or(std::string());
  }
}

}  // namespace

int ReportTemplate::HeaderDepth() const {
  size_t depth = 1;
  for (const auto& c : columns) depth = std::max(depth, c.header.size());
  return static_cast<int>(depth);
}

ReportTemplate LoadTemplate(const std::string& dir, const std::string& form) {
  const std::string file = dir + "/" + form + ".toml";
  const toml::table doc = ParseTomlFile(file,
                                        "mẫu báo cáo không đọc được: sai cú pháp TOML ở vị trí này (kiểm tra dấu "
                                        "ngoặc kép quanh chữ, dấu = giữa tên và giá trị, dấu ngoặc vuông của danh sách)");
  ReportTemplate t;
  t.form = doc["form"].value_or(form);
  t.form_code = doc["form_code"].value_or(std::string());
  t.basis = ParseBasis(doc, file);
  t.title = doc["title"].value_or(std::string());
  t.unit_of_measure = doc["unit_of_measure"].value_or(std::string());
  ParseReceivingUnit(doc, file, t);
  t.sheet_name = doc["sheet_name"].value_or(form);
  t.sheets = Strings(doc["sheets"]);
  if (const auto* figures = doc["figures"].as_array()) {
    for (const auto& node : *figures) {
      const auto* f = node.as_table();
      if (f == nullptr) continue;
      t.figures.push_back({(*f)["label"].value_or(std::string()),
                           (*f)["key"].value_or(std::string()),
                           (*f)["source"].value_or(std::string("root"))});
      const std::string& source = t.figures.back().source;
      if (source != "root" && source != "catalog" && source != "reporting")
        throw InputError(file, static_cast<int>(node.source().begin.line), 0,
                         "source = \"" + source + "\" không hợp lệ: chọn root, catalog hoặc reporting");
    }
  }
  if (const auto* charts = doc["charts"].as_array()) {
    for (const auto& node : *charts) {
      const auto* c = node.as_table();
      if (c == nullptr) continue;
      TemplateChart chart;
      chart.title = (*c)["title"].value_or(std::string());
      chart.key = (*c)["key"].value_or(std::string());
      chart.cap = (*c)["cap"].value_or(std::string("auto"));
      if (const auto* levels = (*c)["levels"].as_table()) {
        for (const auto& [cap, name] : *levels)
          chart.levels[std::string(cap.str())] = name.value_or(std::string());
      }
      chart.all_up_to = (*c)["all_up_to"].value_or(chart.all_up_to);
      chart.best_worst = (*c)["best_worst"].value_or(chart.best_worst);
      t.charts.push_back(std::move(chart));
    }
  }
  if (const auto* details = doc["details"].as_table()) {
    TemplateDetails d;
    d.title = (*details)["title"].value_or(std::string());
    d.sheet_name = (*details)["sheet_name"].value_or(std::string("Chi tiết"));
    d.no_data = (*details)["no_data"].value_or(d.no_data);
    d.nothing_lost = (*details)["nothing_lost"].value_or(d.nothing_lost);
    static const char* kKinds[] = {"index", "indicator", "result", "score", "lost", "advice"};
    if (const auto* columns = (*details)["columns"].as_array()) {
      for (const auto& node : *columns) {
        const auto* c = node.as_table();
        if (c == nullptr) continue;
        TemplateDetailColumn col{(*c)["kind"].value_or(std::string()),
                                 (*c)["header"].value_or(std::string()), (*c)["width"].value_or(12.0)};
        if (std::find(std::begin(kKinds), std::end(kKinds), col.kind) == std::end(kKinds))
          throw InputError(file, static_cast<int>(node.source().begin.line), 0,
                           "cột chi tiết \"" + col.kind +
                               "\" không hợp lệ (index, indicator, result, score, lost, advice)");
        d.columns.push_back(std::move(col));
      }
    }
    if (d.columns.empty())
      throw InputError(file, static_cast<int>(details->source().begin.line), 0,
                       "[details] cần các cột [[details.columns]]");
    t.details = std::move(d);
  }
  if (const auto* sections = doc["sections"].as_array()) {
    for (const auto& node : *sections) {
      const auto* sec = node.as_table();
      if (sec == nullptr) continue;
      const int line = static_cast<int>(node.source().begin.line);
      TemplateSection ts;
      ts.kind = (*sec)["kind"].value_or(std::string());
      ts.title = (*sec)["title"].value_or(std::string());
      ts.sheet_name = (*sec)["sheet_name"].value_or(std::string());
      ts.empty = (*sec)["empty"].value_or(std::string());
      if (ts.kind.empty() || ts.title.empty() || ts.sheet_name.empty() || ts.empty.empty())
        throw InputError(file, line, 0, "mỗi [[sections]] cần kind, title, sheet_name và empty");
      if (const auto* columns = (*sec)["columns"].as_array()) {
        for (const auto& cnode : *columns) {
          const auto* c = cnode.as_table();
          if (c == nullptr) continue;
          TemplateSectionColumn col{(*c)["key"].value_or(std::string()), (*c)["header"].value_or(std::string()),
                                    (*c)["width"].value_or(12.0), (*c)["align"].value_or(std::string("center"))};
          if (col.key.empty() || (col.align != "left" && col.align != "center" && col.align != "right"))
            throw InputError(file, static_cast<int>(cnode.source().begin.line), 0,
                             "cột của [[sections]] cần key, và align là left, center hoặc right");
          ts.columns.push_back(std::move(col));
        }
      }
      if (ts.columns.empty())
        throw InputError(file, line, 0, "[[sections]] \"" + ts.kind + "\" cần các cột [[sections.columns]]");
      t.sections.push_back(std::move(ts));
    }
  }
  if (const auto* columns = doc["columns"].as_array()) {
    for (const auto& node : *columns) {
      if (const auto* c = node.as_table()) t.columns.push_back(ParseColumn(*c, file));
    }
  }
  const std::vector<std::string> numbers = ColumnNumbers(t);
  for (const auto& c : t.columns) {
    for (int n : c.equals_sum_of) {
      const auto it = std::find(numbers.begin(), numbers.end(), "(" + std::to_string(n) + ")");
      if (c.kind != TemplateColumn::Kind::kCount || it == numbers.end() ||
          t.columns[static_cast<size_t>(it - numbers.begin())].kind != TemplateColumn::Kind::kCount)
        throw InputError(file, 0, 0, "cột \"" + c.header.back() + "\": equals_sum_of chỉ gồm số thứ tự (" +
                                         std::to_string(n) + ") của một cột số liệu có đánh số");
    }
  }
  if (t.title.empty()) throw InputError(file, 0, 0, "mẫu báo cáo thiếu tiêu đề (title)");
  if (t.columns.empty() && t.sheets.empty())
    throw InputError(file, 0, 0, "mẫu báo cáo không có cột nào (columns)");
  return t;
}

std::string DefaultTemplatesDir() {
  if (const char* env = std::getenv("BAOCAO_TEMPLATES"); env != nullptr && *env != '\0') return env;
  return std::string(BAOCAO_SOURCE_DIR) + "/templates";
}

std::string BasisFor(const ReportTemplate& t, Date period_end) {
  for (const auto& b : t.basis)
    if (b.Covers(period_end)) return b.text;
  return "";
}

std::string ReceivingUnitFor(const ReportTemplate& t, const std::string& cap) {
  if (t.receiving_units.empty()) return t.receiving_unit;
  const auto it = t.receiving_units.find(cap);
  return it == t.receiving_units.end() ? "" : it->second;
}

Value ColumnValue(const TemplateColumn& column, const UnitRow& row) {
  switch (column.kind) {
    case TemplateColumn::Kind::kIndex:
    case TemplateColumn::Kind::kName:
      return Value::Null();
    case TemplateColumn::Kind::kRate:
    case TemplateColumn::Kind::kRank:
    case TemplateColumn::Kind::kScore:
      return Lookup(row, column.keys.front());
    case TemplateColumn::Kind::kCount:
      break;
  }
  int64_t sum = 0;
  for (const auto& key : column.keys) {
    const Value v = Lookup(row, key);
    if (v.is_null()) return Value::Null();
    sum = CheckedAdd(sum, v.count);
  }
  return Value::Count(sum);
}

std::string RankText(const TemplateColumn& column, const UnitRow& row) {
  const Value rank = Lookup(row, column.keys.front());
  if (rank.is_null()) return "";
  return FormatRank(rank, Lookup(row, column.of.empty() ? RankOfKey(column.keys.front()) : column.of));
}

std::vector<std::string> ColumnNumbers(const ReportTemplate& t) {
  std::vector<std::string> numbers;
  int n = 0;
  for (const auto& c : t.columns) numbers.push_back(c.numbered ? "(" + std::to_string(++n) + ")" : "");
  return numbers;
}

bool ColumnReported(const TemplateColumn& column, const UnitRow& row) {
  if (column.kind == TemplateColumn::Kind::kIndex || column.kind == TemplateColumn::Kind::kName)
    return true;
  return IsPeopleKey(column.keys.front()) ? row.people_submitted : row.submitted;
}

bool FigureReported(const TemplateFigure& figure, const Report& report) {
  if (figure.source == "catalog" || figure.source == "reporting") return true;
  const UnitRow& root = report.root_row();
  if (!IsPeopleKey(figure.key)) return root.submitted;
  // A people count is null only when its year was not reported (the previous year's, say).
  const bool count = figure.key.find("rate") == std::string::npos;
  return root.people_submitted && !(count && FigureValue(figure, report).is_null());
}

Value FigureValue(const TemplateFigure& figure, const Report& report) {
  if (figure.source == "catalog") {
    const auto it = report.catalog.find(figure.key);
    return it == report.catalog.end() ? Value::Null() : it->second;
  }
  if (figure.source == "reporting") {
    const auto it = report.reporting.find(figure.key);
    return it == report.reporting.end() ? Value::Null() : it->second;
  }
  return Lookup(report.root_row(), figure.key);
}

}  // namespace baocao
