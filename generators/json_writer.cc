#include "generators/json_writer.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <utility>
#include <vector>

#include "core/errors.h"
#include "indicators/indicator_keys.h"

namespace baocao {
namespace {

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

// Hundredths as a JSON number with two decimals: 1785 -> 17.85, -110 -> -1.10.
std::string Hundredths(int64_t n) {
  const uint64_t magnitude = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s%llu.%02llu", n < 0 ? "-" : "",
                static_cast<unsigned long long>(magnitude / 100), static_cast<unsigned long long>(magnitude % 100));
  return buf;
}

std::string Number(const Value& v) {
  switch (v.kind) {
    case Value::Kind::kNull:
      return "null";
    case Value::Kind::kCount:
      return std::to_string(v.count);
    case Value::Kind::kHundredths:
      return Hundredths(v.count);
    case Value::Kind::kRate: {
      char buf[32];
      const auto r = std::to_chars(buf, buf + sizeof buf, v.rate);
      return std::string(buf, r.ptr);
    }
  }
  return "null";
}

std::string PeriodObject(const Period& p) {
  static const char* kKinds[] = {"month", "quarter", "half", "year", "range"};
  return "{\"label\": " + Quote(p.Label()) + ", \"title\": " + Quote(p.Title()) +
         ", \"kind\": \"" + kKinds[static_cast<int>(p.kind)] +
         "\", \"calendar\": " + (p.calendar ? "true" : "false") + ", \"from\": \"" + p.from.Iso() +
         "\", \"to\": \"" + p.to.Iso() + "\"}";
}

std::string Bool(bool b) { return b ? "true" : "false"; }

std::string CoverageFields(const std::string& prefix, const Coverage& c) {
  return ", \"" + prefix + "units_expected\": " + std::to_string(c.expected) + ", \"" + prefix +
         "units_reported\": " + std::to_string(c.reported);
}

// The flow keys of one field, on one line.
std::string FieldObject(const Values& values) {
  std::string out = "{";
  const auto& keys = FlowKeys();
  for (size_t i = 0; i < keys.size(); ++i) {
    const auto it = values.find(keys[i]);
    out += (i ? ", \"" : "\"") + keys[i] + "\": " + Number(it == values.end() ? Value::Null() : it->second);
  }
  return out + "}";
}

std::string UnitObject(const Report& report, const UnitRow& row) {
  std::string out = "    {\"ma_don_vi\": " + Quote(row.ma_don_vi) +
                    ", \"ten_don_vi\": " + Quote(row.ten_don_vi) + ", \"cap\": " + Quote(row.cap) +
                    ", \"ma_don_vi_cha\": " +
                    (row.ma_don_vi_cha.empty() ? std::string("null") : Quote(row.ma_don_vi_cha)) +
                    ", \"level\": " + std::to_string(row.depth) +
                    ", \"submitted\": " + Bool(row.submitted) + CoverageFields("", row.coverage);
  if (report.form == "tong_hop")
    out += ", \"people_submitted\": " + Bool(row.people_submitted) + CoverageFields("people_", row.people_coverage);
  for (const auto& key : FormKeys(report.form)) out += ",\n      \"" + key + "\": " + Number(Lookup(row, key));
  if (report.form == "tthc") {
    out += ",\n      \"by_field\": ";
    if (!row.submitted) {
      out += "null";
    } else {
      out += "{";
      bool first = true;
      for (const auto& [field, values] : row.by_field) {
        out += std::string(first ? "\n" : ",\n") + "        " + Quote(field) + ": " + FieldObject(values);
        first = false;
      }
      out += first ? "}" : "\n      }";
    }
  }
  if (FormHasDisciplineByForm(report.form)) {
    out += ",\n      \"discipline_by_form\": ";
    if (!row.people_submitted) {
      out += "null";
    } else {
      out += "{";
      const auto& forms = DisciplineForms();
      for (size_t i = 0; i < forms.size(); ++i)
        out += (i ? ", \"" : "\"") + forms[i] + "\": " + Number(Lookup(row, "discipline_by_form." + forms[i]));
      out += "}";
    }
  }
  return out + "}";
}

std::string Optional(const std::optional<int64_t>& n, bool hundredths) {
  if (!n) return "null";
  return hundredths ? Hundredths(*n) : std::to_string(*n);
}

const char* StateName(IndicatorScore::State state) {
  switch (state) {
    case IndicatorScore::State::kScored: return "scored";
    case IndicatorScore::State::kEmpty: return "empty";
    case IndicatorScore::State::kNoData: return "no_data";
  }
  return "no_data";
}

std::string IndicatorObject(const IndicatorScore& i) {
  return "{\"code\": " + Quote(i.code) + ", \"name\": " + Quote(i.name) + ", \"state\": \"" +
         StateName(i.state) + "\", \"numerator\": " + Optional(i.numerator, false) +
         ", \"denominator\": " + Optional(i.denominator, false) + ", \"ratio\": " + Optional(i.ratio, true) +
         ", \"score\": " + (i.state == IndicatorScore::State::kNoData ? "null" : Hundredths(i.score)) +
         ", \"max\": " + Hundredths(i.max) + ", \"lost\": " + Hundredths(i.lost) +
         ", \"open\": " + Hundredths(i.open) +
         ", \"advice\": " + (i.advice.empty() ? std::string("null") : Quote(i.advice)) + "}";
}

std::string GroupObject(const GroupScore& g) {
  bool all_empty = !g.indicators.empty();
  for (const auto& i : g.indicators) all_empty = all_empty && i.state == IndicatorScore::State::kEmpty;
  const char* state = g.no_data() ? "no_data" : all_empty ? "empty" : "scored";
  std::string out = "        {\"code\": " + Quote(g.code) + ", \"number\": " + std::to_string(g.number) +
                    ", \"name\": " + Quote(g.name) + ", \"state\": \"" + state +
                    "\", \"numerator\": null, \"denominator\": null, \"ratio\": null, \"score\": " +
                    (g.no_data() ? std::string("null") : Hundredths(g.score)) + ", \"max\": " + Hundredths(g.max) +
                    ", \"lost\": " + Hundredths(g.max - g.score - g.open) + ", \"open\": " + Hundredths(g.open) +
                    ", \"advice\": null,\n          \"indicators\": [";
  for (size_t k = 0; k < g.indicators.size(); ++k)
    out += (k ? ",\n            " : "\n            ") + IndicatorObject(g.indicators[k]);
  return out + (g.indicators.empty() ? "]}" : "\n          ]}");
}

// chi_so_766: every unit's total, rank and change, and its scorecard's groups and indicators.
std::string ScorecardUnitObject(const Report& report, const UnitRow& row) {
  std::string out = "    {\"ma_don_vi\": " + Quote(row.ma_don_vi) + ", \"ten_don_vi\": " + Quote(row.ten_don_vi) +
                    ", \"cap\": " + Quote(row.cap) + ", \"ma_don_vi_cha\": " +
                    (row.ma_don_vi_cha.empty() ? std::string("null") : Quote(row.ma_don_vi_cha)) +
                    ", \"level\": " + std::to_string(row.depth);
  for (const auto& [name, key] : std::vector<std::pair<const char*, const char*>>{
           {"total", "score_total"}, {"max", "score_max"}, {"open", "score_open"},
           {"rank", "rank_score"}, {"rank_of", "rank_score_of"}, {"change", "score_change"}})
    out += std::string(", \"") + name + "\": " + Number(Lookup(row, key));
  const auto card = report.scorecards.find(row.ma_don_vi);
  if (card == report.scorecards.end()) return out + ", \"groups\": null}";
  out += ",\n      \"groups\": [";
  const auto& groups = card->second.groups;
  for (size_t g = 0; g < groups.size(); ++g) out += (g ? ",\n" : "\n") + GroupObject(groups[g]);
  return out + (groups.empty() ? "]}" : "\n      ]}");
}

// kiem_tra: a unit's (or the total's) counts of findings.
std::string FindingCountsObject(const UnitRow& row, bool total) {
  std::string out = total ? "{" : "    {\"ma_don_vi\": " + Quote(row.ma_don_vi) + ", \"ten_don_vi\": " +
                                      Quote(row.ten_don_vi) + ", \"cap\": " + Quote(row.cap) +
                                      ", \"ma_don_vi_cha\": " +
                                      (row.ma_don_vi_cha.empty() ? std::string("null") : Quote(row.ma_don_vi_cha)) +
                                      ", \"level\": " + std::to_string(row.depth) + ", ";
  bool first = true;
  for (const auto& key : FormKeys("kiem_tra")) {
    out += std::string(first ? "\"" : ", \"") + key + "\": " + Number(Lookup(row, key));
    first = false;
  }
  return out + "}";
}

std::string CellJson(const SectionCell& cell) {
  switch (cell.kind) {
    case SectionCell::Kind::kText:
      return Quote(cell.text);
    case SectionCell::Kind::kValue:
      return Number(cell.value);
    case SectionCell::Kind::kList: {
      std::string out = "[";
      for (size_t i = 0; i < cell.list.size(); ++i) out += (i ? ", " : "") + Number(cell.list[i]);
      return out + "]";
    }
  }
  return "null";
}

// Report::sections: each kind with its lines, every cell typed (keys in alphabetical order).
std::string SectionsArray(const Report& report) {
  std::string out = "  \"sections\": [";
  for (size_t s = 0; s < report.sections.size(); ++s) {
    const ReportSection& section = report.sections[s];
    out += (s ? ",\n    {\"kind\": " : "\n    {\"kind\": ") + Quote(section.kind) + ", \"lines\": [";
    for (size_t l = 0; l < section.lines.size(); ++l) {
      out += l ? ",\n      {" : "\n      {";
      bool first = true;
      for (const auto& [key, cell] : section.lines[l]) {
        out += (first ? "" : ", ") + Quote(key) + ": " + CellJson(cell);
        first = false;
      }
      out += "}";
    }
    out += section.lines.empty() ? "]}" : "\n    ]}";
  }
  return out + (report.sections.empty() ? "],\n" : "\n  ],\n");
}

}  // namespace

std::string ToJson(const Report& report) {
  std::string out = "{\n  \"form\": " + Quote(report.form) + ",\n  \"period\": " +
                    PeriodObject(report.period) + ",\n";
  if (report.previous) out += "  \"previous_period\": " + PeriodObject(*report.previous) + ",\n";
  out += "  \"root\": " + Quote(report.root) + ",\n  \"place\": " + Quote(report.place) +
         ",\n  \"issued_on\": \"" + report.issued_on.Iso() + "\",\n";
  if (report.approval)
    out += "  \"approval\": {\"approved_at\": " + Quote(report.approval->approved_at) +
           ", \"approved_by\": " + Quote(report.approval->approved_by) + ", \"approved_on\": \"" +
           report.approval->approved_on.Iso() + "\"},\n";
  if (FormHasCatalog(report.form)) {
    out += "  \"catalog\": {";
    const auto& keys = CatalogKeys();
    for (size_t i = 0; i < keys.size(); ++i) {
      const auto it = report.catalog.find(keys[i]);
      out += (i ? ", \"" : "\"") + keys[i] + "\": " + Number(it == report.catalog.end() ? Value::Null() : it->second);
    }
    out += "},\n";
  }
  if (!report.reporting.empty()) {  // tong_hop: the units' reporting rates
    out += "  \"reporting\": {";
    bool first = true;
    for (const char* key : {"units_expected", "units_reported", "units_on_time", "units_reported_rate",
                            "units_on_time_rate"}) {
      const auto it = report.reporting.find(key);
      out += std::string(first ? "\"" : ", \"") + key + "\": " +
             Number(it == report.reporting.end() ? Value::Null() : it->second);
      first = false;
    }
    out += "},\n";
  }
  if (report.form == "tthc") {  // form 06's level subtotals, as printed
    out += "  \"levels\": [";
    bool first = true;
    for (const TableRow& line : report.table) {
      if (line.kind != TableRow::Kind::kLevel) continue;
      out += std::string(first ? "\n" : ",\n") + "    {\"level\": " + Quote(line.row.ten_don_vi) +
             ", \"submitted\": " + Bool(line.row.submitted) + CoverageFields("", line.row.coverage) +
             ", \"values\": " + (line.row.submitted ? FieldObject(line.row.values) : "null") + "}";
      first = false;
    }
    out += first ? "],\n" : "\n  ],\n";
  }
  if (report.form == "kiem_tra") {  // counts per unit, the total line, then the findings
    out += "  \"units\": [\n";
    for (size_t i = 0; i < report.units.size(); ++i)
      out += FindingCountsObject(report.units[i], false) + (i + 1 < report.units.size() ? ",\n" : "\n");
    out += "  ],\n  \"total\": ";
    bool has_total = false;
    for (const TableRow& line : report.table)
      if (line.kind == TableRow::Kind::kTotal) {
        out += FindingCountsObject(line.row, true);
        has_total = true;
      }
    out += std::string(has_total ? "" : "null") + ",\n" + SectionsArray(report);
    out += "  \"warnings\": [";
    for (size_t i = 0; i < report.warnings.size(); ++i)
      out += (i ? ",\n    " : "\n    ") + Quote(report.warnings[i]);
    out += report.warnings.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
  }
  out += "  \"units\": [\n";
  for (size_t i = 0; i < report.units.size(); ++i)
    out += (report.form == "chi_so_766" ? ScorecardUnitObject(report, report.units[i])
                                        : UnitObject(report, report.units[i])) +
           (i + 1 < report.units.size() ? ",\n" : "\n");
  out += "  ],\n  \"warnings\": [";
  for (size_t i = 0; i < report.warnings.size(); ++i)
    out += (i ? ",\n    " : "\n    ") + Quote(report.warnings[i]);
  out += report.warnings.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

void WriteJson(const Report& report, const std::string& path) {
  const std::string text = ToJson(report);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw Error("Không ghi được tệp " + path);
}

}  // namespace baocao
