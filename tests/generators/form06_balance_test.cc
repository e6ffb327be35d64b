// Form 06 (tthc) balances in every row of every report, in every format (SPEC §5): the numbered
// columns satisfy (3) = (4) + (5) + (6) = (7) + (11), (7) = (8) + (9) + (10), (11) = (12) + (13)
// in the computed table (ColumnValue), in the Excel cells (the totals are formulas whose cached
// values are the sums), in the PDF text and, with the indicator keys of SPEC §7, in the JSON sidecar
// (every unit, every field of every unit, every level), for both sample provinces, several periods,
// the province, a unit under it and the province by field.
#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/period.h"
#include "generators/json_writer.h"
#include "generators/pdf_writer.h"
#include "generators/report_fixture.h"
#include "generators/report_template.h"
#include "generators/table_notes.h"
#include "generators/xlsx_check_fixture.h"
#include "generators/xlsx_formulas.h"
#include "generators/xlsx_read_fixture.h"
#include "generators/xlsx_writer.h"
#include "indicators/indicator_keys.h"
#include "indicators/indicators.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

using test::CollapseSpaces;
using test::CommandOutput;

// ---------------------------------------------------------------------------------------------
// The numbered columns (3)…(13) of a line, whatever they are read from.

struct Numbered {
  std::map<int, int64_t> n;  // column number -> value
  int64_t operator()(int k) const { return n.at(k); }
};

// The three balances of the form on one line; `where` says what is checked.
void CheckBalances(const Numbered& v, const std::string& where) {
  INFO(where << ": (3)=" << v(3) << " (4)=" << v(4) << " (5)=" << v(5) << " (6)=" << v(6)
             << " (7)=" << v(7) << " (8)=" << v(8) << " (9)=" << v(9) << " (10)=" << v(10)
             << " (11)=" << v(11) << " (12)=" << v(12) << " (13)=" << v(13));
  CHECK(v(3) == v(4) + v(5) + v(6));
  CHECK(v(3) == v(7) + v(11));
  CHECK(v(7) == v(8) + v(9) + v(10));
  CHECK(v(11) == v(12) + v(13));
}

// Column index (into the template's columns) of each numbered column "(n)".
std::map<int, size_t> NumberedColumns(const ReportTemplate& t) {
  const std::vector<std::string> numbers = ColumnNumbers(t);
  std::map<int, size_t> out;
  for (size_t c = 0; c < numbers.size(); ++c) {
    if (numbers[c].empty()) continue;
    out[std::stoi(numbers[c].substr(1, numbers[c].size() - 2))] = c;
  }
  return out;
}

// The number of value columns (everything but STT and name): the cells a PDF line prints after its
// name.
size_t ValueColumnCount(const ReportTemplate& t) {
  size_t n = 0;
  for (const auto& c : t.columns)
    if (c.kind != TemplateColumn::Kind::kIndex && c.kind != TemplateColumn::Kind::kName) ++n;
  return n;
}

// ---------------------------------------------------------------------------------------------
// A minimal JSON reader (objects, arrays, strings, numbers, true/false/null): enough for ToJson.

struct Json {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  bool boolean = false;
  double number = 0;
  std::string text;
  std::vector<Json> items;                             // array
  std::vector<std::pair<std::string, Json>> members;  // object, in order

  const Json* Find(const std::string& key) const {
    for (const auto& [k, v] : members)
      if (k == key) return &v;
    return nullptr;
  }
  const Json& At(const std::string& key) const {
    const Json* v = Find(key);
    INFO("JSON key " << key);
    REQUIRE(v != nullptr);
    return *v;
  }
  bool is_null() const { return type == Type::kNull; }
};

class JsonReader {
 public:
  explicit JsonReader(const std::string& text) : s_(text) {}
  Json Document() {
    Json v = Value();
    Space();
    if (at_ != s_.size()) Fail("text after the document");
    return v;
  }

 private:
  [[noreturn]] void Fail(const std::string& what) {
    FAIL("JSON: " << what << " at offset " << at_ << ": " << s_.substr(at_, 40));
    throw std::runtime_error("unreachable");
  }
  void Space() {
    while (at_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[at_]))) ++at_;
  }
  void Expect(char c) {
    Space();
    if (at_ >= s_.size() || s_[at_] != c) Fail(std::string("expected '") + c + "'");
    ++at_;
  }
  bool Literal(const char* word) {
    const std::string w(word);
    if (s_.compare(at_, w.size(), w) != 0) return false;
    at_ += w.size();
    return true;
  }
  std::string String() {
    Expect('"');
    std::string out;
    while (at_ < s_.size() && s_[at_] != '"') {
      char c = s_[at_++];
      if (c == '\\') {
        if (at_ >= s_.size()) Fail("bad escape");
        const char e = s_[at_++];
        switch (e) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'u': {
            const int code = std::stoi(s_.substr(at_, 4), nullptr, 16);
            at_ += 4;
            out += static_cast<char>(code);  // only control characters are escaped this way
            break;
          }
          default: out += e;
        }
      } else {
        out += c;
      }
    }
    Expect('"');
    return out;
  }
  Json Value() {
    Space();
    if (at_ >= s_.size()) Fail("unexpected end");
    Json v;
    const char c = s_[at_];
    if (c == '{') {
      v.type = Json::Type::kObject;
      ++at_;
      Space();
      if (s_[at_] == '}') {
        ++at_;
        return v;
      }
      for (;;) {
        std::string key = String();
        Expect(':');
        v.members.emplace_back(std::move(key), Value());
        Space();
        if (s_[at_] == ',') {
          ++at_;
          continue;
        }
        Expect('}');
        return v;
      }
    }
    if (c == '[') {
      v.type = Json::Type::kArray;
      ++at_;
      Space();
      if (s_[at_] == ']') {
        ++at_;
        return v;
      }
      for (;;) {
        v.items.push_back(Value());
        Space();
        if (s_[at_] == ',') {
          ++at_;
          continue;
        }
        Expect(']');
        return v;
      }
    }
    if (c == '"') {
      v.type = Json::Type::kString;
      v.text = String();
      return v;
    }
    if (Literal("null")) return v;
    if (Literal("true")) {
      v.type = Json::Type::kBool;
      v.boolean = true;
      return v;
    }
    if (Literal("false")) {
      v.type = Json::Type::kBool;
      return v;
    }
    const char* begin = s_.c_str() + at_;
    char* end = nullptr;
    v.number = std::strtod(begin, &end);
    if (end == begin) Fail("not a value");
    v.type = Json::Type::kNumber;
    at_ += static_cast<size_t>(end - begin);
    return v;
  }

  const std::string& s_;
  size_t at_ = 0;
};

// The flow counts of one JSON object (a unit, a field, a level's values): key -> integer.
std::map<std::string, int64_t> FlowCounts(const Json& object, const std::string& where) {
  std::map<std::string, int64_t> out;
  for (const auto& key : FlowKeys()) {
    if (key.find("_rate") != std::string::npos) continue;
    const Json& v = object.At(key);
    INFO(where << " " << key);
    REQUIRE(v.type == Json::Type::kNumber);
    CHECK(v.number == static_cast<double>(static_cast<int64_t>(v.number)));
    out[key] = static_cast<int64_t>(v.number);
  }
  return out;
}

// The balances of SPEC §4/§7 over one object's flow counts.
void CheckJsonBalances(const std::map<std::string, int64_t>& f, const std::string& where) {
  INFO("JSON " << where);
  CHECK(f.at("received_total") == f.at("new_total") + f.at("carried_over"));
  CHECK(f.at("received_total") ==
        f.at("resolved_total") + f.at("withdrawn") + f.at("returned") + f.at("pending_total"));
  CHECK(f.at("new_total") == f.at("new_online") + f.at("new_in_person") + f.at("new_postal"));
  CHECK(f.at("resolved_total") ==
        f.at("resolved_early") + f.at("resolved_on_time") + f.at("resolved_late"));
  CHECK(f.at("pending_total") == f.at("pending_within") + f.at("pending_overdue"));
}

// ---------------------------------------------------------------------------------------------
// What the checks counted, so that a test cannot pass on nothing.

struct Tally {
  int table_lines = 0;      // lines of Report::table checked
  int figure_lines = 0;     // of them, lines with figures (balances checked)
  int xlsx_lines = 0;       // Excel rows whose balances were checked
  int pdf_lines = 0;        // PDF lines whose balances were checked
  int json_objects = 0;     // JSON objects (units, fields, levels) whose balances were checked
  int json_units = 0;       // JSON units whose fields were added up
};

// Every line of the table, through ColumnValue.
void CheckTable(const ReportTemplate& t, const Report& report, const std::string& label,
                Tally& tally) {
  const auto cols = NumberedColumns(t);
  for (size_t i = 0; i < report.table.size(); ++i) {
    const TableRow& line = report.table[i];
    ++tally.table_lines;
    if (!line.row.submitted) continue;
    Numbered v;
    for (int k = 3; k <= 13; ++k) {
      const Value value = ColumnValue(t.columns[cols.at(k)], line.row);
      INFO(label << " line " << i << " " << line.row.ten_don_vi << " (" << k << ")");
      REQUIRE(value.kind == Value::Kind::kCount);
      v.n[k] = value.count;
    }
    CheckBalances(v, label + " table line " + std::to_string(i) + " " + line.row.ten_don_vi);
    ++tally.figure_lines;
    // A line with parts is their sum, column by column (a level of its units, the total of the
    // levels, a unit of its fields).
    if (line.parts.empty()) continue;
    for (int k = 3; k <= 13; ++k) {
      int64_t sum = 0;
      for (size_t part : line.parts) {
        const Value pv = ColumnValue(t.columns[cols.at(k)], report.table[part].row);
        if (!pv.is_null()) sum += pv.count;
      }
      INFO(label << " line " << i << " " << line.row.ten_don_vi << " (" << k << ") = sum of its "
                 << line.parts.size() << " parts");
      CHECK(sum == v(k));
    }
  }
}

// The Excel sheet: every line's cells, the (3), (7), (11) cells formulas of their parts.
void CheckXlsx(const ReportTemplate& t, const Report& report, const std::string& path,
               const std::string& label, Tally& tally) {
  const test::XlsxFile file(path);
  const auto cols = NumberedColumns(t);
  const int first = test::RowOf(file, 1, "(2)") + 1;
  const std::map<int, std::vector<int>> formulas = {{3, {4, 5, 6}}, {7, {8, 9, 10}}, {11, {12, 13}}};
  for (size_t i = 0; i < report.table.size(); ++i) {
    const TableRow& line = report.table[i];
    const int row = first + static_cast<int>(i);
    INFO(label << " xlsx row " << row << " (line " << i << ") " << line.row.ten_don_vi);
    CHECK(file.Value(1, CellRef(row - 1, 1)).rfind(line.row.ten_don_vi, 0) == 0);
    if (!line.row.submitted) {
      CHECK(file.Value(1, CellRef(row - 1, static_cast<int>(cols.at(3)))) == "chưa báo cáo");
      continue;
    }
    Numbered v;
    for (int k = 3; k <= 13; ++k) {
      const double number = file.Number(1, CellRef(row - 1, static_cast<int>(cols.at(k))));
      v.n[k] = static_cast<int64_t>(number);
      CHECK(number == static_cast<double>(v.n[k]));
      CHECK(v.n[k] == ColumnValue(t.columns[cols.at(k)], line.row).count);
    }
    CheckBalances(v, label + " xlsx row " + std::to_string(row));
    for (const auto& [total, parts] : formulas) {
      const std::string ref = CellRef(row - 1, static_cast<int>(cols.at(total)));
      const test::XlsxCell& cell = file.Cells(1).at(ref);
      std::string expected;
      for (int p : parts)
        expected += (expected.empty() ? "" : "+") + CellRef(row - 1, static_cast<int>(cols.at(p)));
      INFO(ref << " (" << total << ") =" << cell.formula);
      CHECK(cell.formula == expected);
      int64_t sum = 0;
      for (int p : parts) sum += v(p);
      CHECK(std::stod(cell.value) == static_cast<double>(sum));
      if (!cell.formula.empty())
        CHECK(test::EvaluateFormula(file, 1, cell.formula) == static_cast<double>(sum));
    }
    ++tally.xlsx_lines;
  }
}

std::vector<std::string> Tokens(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

std::string Join(const std::vector<std::string>& tokens, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + tokens[i];
  return out;
}

// A printed value cell: a count in Vietnamese notation (1.234), a rate (72,40%) or "—".
bool IsValueCell(const std::string& token) {
  static const std::regex kCell(R"((\d{1,3}(\.\d{3})*)|(\d{1,3},\d{2}%)|—)");
  return std::regex_match(token, kCell);
}

// "1.234" -> 1234.
std::optional<int64_t> ParseCount(const std::string& token) {
  static const std::regex kCount(R"(\d{1,3}(\.\d{3})*)");
  if (!std::regex_match(token, kCount)) return std::nullopt;
  std::string digits;
  for (char c : token)
    if (c != '.') digits += c;
  return std::stoll(digits);
}

// The PDF read back (pdftotext -layout): the table's lines in order, each the line's STT, its name
// and footnote mark (wrapped names read across the lines above and below), then its cells.
void CheckPdf(const ReportTemplate& t, const Report& report, const std::string& path,
              const std::string& label, Tally& tally) {
  const std::string layout = CommandOutput("pdftotext -layout '" + path + "' - 2>/dev/null");
  const size_t numbering = layout.find("(1)");
  REQUIRE(numbering != std::string::npos);
  std::vector<std::string> lines;
  {
    std::istringstream in(layout.substr(numbering));
    for (std::string l; std::getline(in, l);) lines.push_back(l);
  }
  const TableNotes notes = MakeTableNotes(t, report);
  const size_t cells = ValueColumnCount(t);
  const auto cols = NumberedColumns(t);
  // Cell position (0-based, after the name) of each numbered column.
  std::map<int, size_t> cell_of;
  {
    size_t at = 0;
    std::map<size_t, size_t> position;
    for (size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c].kind == TemplateColumn::Kind::kIndex ||
          t.columns[c].kind == TemplateColumn::Kind::kName)
        continue;
      position[c] = at++;
    }
    for (const auto& [k, c] : cols)
      if (position.count(c)) cell_of[k] = position[c];
  }
  size_t cursor = 0;
  for (size_t i = 0; i < report.table.size(); ++i) {
    const TableRow& line = report.table[i];
    const std::string name = line.row.ten_don_vi + notes.marks[i];
    INFO(label << " pdf line " << i << " \"" << name << "\"");
    if (!line.row.submitted) {
      size_t j = cursor;
      while (j < lines.size() && !(lines[j].find(name) != std::string::npos &&
                                   lines[j].find("chưa báo cáo") != std::string::npos))
        ++j;
      REQUIRE(j < lines.size());
      cursor = j + 1;
      continue;
    }
    // The next text line that ends with a full row of value cells.
    size_t j = cursor;
    std::vector<std::string> tokens;
    for (; j < lines.size(); ++j) {
      tokens = Tokens(lines[j]);
      if (tokens.size() < cells) continue;
      bool all = true;
      for (size_t k = tokens.size() - cells; k < tokens.size() && all; ++k) all = IsValueCell(tokens[k]);
      if (all) break;
    }
    REQUIRE(j < lines.size());
    size_t name_from = 0;
    const size_t name_to = tokens.size() - cells;
    if (!line.index.empty()) {
      REQUIRE(name_to > 0);
      CHECK(tokens[0] == line.index);
      name_from = 1;
    }
    const std::string fragment = Join(tokens, name_from, name_to);
    const std::string above = j > cursor ? CollapseSpaces(lines[j - 1]) : "";
    const std::string below = j + 1 < lines.size() ? CollapseSpaces(lines[j + 1]) : "";
    const bool named = fragment == name || CollapseSpaces(fragment + " " + below) == name ||
                       CollapseSpaces(above + " " + fragment) == name ||
                       CollapseSpaces(above + " " + fragment + " " + below) == name;
    INFO("printed: \"" << lines[j] << "\" (above: \"" << above << "\", below: \"" << below << "\")");
    CHECK(named);
    Numbered v;
    for (int k = 3; k <= 13; ++k) {
      const std::string& token = tokens[name_to + cell_of.at(k)];
      const auto count = ParseCount(token);
      INFO("(" << k << ") printed " << token);
      REQUIRE(count.has_value());
      v.n[k] = *count;
      CHECK(v.n[k] == ColumnValue(t.columns[cols.at(k)], line.row).count);
    }
    CheckBalances(v, label + " pdf line " + std::to_string(i) + " " + name);
    ++tally.pdf_lines;
    cursor = j + 1;
  }
}

// The JSON sidecar: every unit, every field of every unit and every level balance; the fields of a
// unit add up to it; the levels add up to the root.
void CheckJson(const Report& report, const std::string& label, Tally& tally) {
  const std::string text = ToJson(report);
  const Json doc = JsonReader(text).Document();
  const Json& units = doc.At("units");
  REQUIRE(units.type == Json::Type::kArray);
  REQUIRE(units.items.size() == report.units.size());
  std::optional<std::map<std::string, int64_t>> root;
  for (size_t u = 0; u < units.items.size(); ++u) {
    const Json& unit = units.items[u];
    const std::string code = unit.At("ma_don_vi").text;
    const std::string where = label + " unit " + code;
    INFO(where);
    CHECK(code == report.units[u].ma_don_vi);
    const Json& submitted = unit.At("submitted");
    REQUIRE(submitted.type == Json::Type::kBool);
    CHECK(submitted.boolean == report.units[u].submitted);
    if (!submitted.boolean) {
      CHECK(unit.At("received_total").is_null());
      CHECK(unit.At("by_field").is_null());
      continue;
    }
    const auto figures = FlowCounts(unit, where);
    CheckJsonBalances(figures, where);
    ++tally.json_objects;
    if (u == 0) root = figures;
    const Json& by_field = unit.At("by_field");
    REQUIRE(by_field.type == Json::Type::kObject);
    std::map<std::string, int64_t> sum;
    for (const auto& [field, values] : by_field.members) {
      const auto f = FlowCounts(values, where + " field " + field);
      CheckJsonBalances(f, where + " field " + field);
      ++tally.json_objects;
      for (const auto& [key, n] : f) sum[key] += n;
    }
    for (const auto& [key, n] : figures) {
      INFO(where << ": fields add up for " << key);
      CHECK(sum[key] == n);
    }
    ++tally.json_units;
  }
  const Json& levels = doc.At("levels");
  REQUIRE(levels.type == Json::Type::kArray);
  std::map<std::string, int64_t> level_sum;
  for (const Json& level : levels.items) {
    const std::string where = label + " level " + level.At("level").text;
    const Json& values = level.At("values");
    if (values.is_null()) continue;
    const auto f = FlowCounts(values, where);
    CheckJsonBalances(f, where);
    ++tally.json_objects;
    for (const auto& [key, n] : f) level_sum[key] += n;
  }
  if (!level_sum.empty() && root) {
    for (const auto& [key, n] : *root) {
      INFO(label << ": the levels add up to the root for " << key);
      CHECK(level_sum[key] == n);
    }
  }
}

// ---------------------------------------------------------------------------------------------

struct ReportSpec {
  std::string period;
  std::string root;  // "" for the province
  bool by_field = false;
};

class Form06Province {
 public:
  enum class Which { kSample, kTwoLevel };
  explicit Form06Province(Which which) : template_(LoadTemplate(test::kTemplates, "tthc")) {
    if (which == Which::kSample) {
      test::LoadSampleProvince(db_);
    } else {
      test::LoadTwoLevelProvince(db_);
    }
  }

  // Computes the report, checks the table, writes and checks xlsx, pdf and json.
  Report Check(const ReportSpec& spec) {
    const std::string label = "tthc " + (spec.root.empty() ? std::string("province") : spec.root) +
                              " " + spec.period + (spec.by_field ? " by field" : "");
    INFO(label);
    Report report = ComputeReport(db_, "tthc", ParsePeriod(spec.period), spec.root,
                                  ReportOptions{spec.by_field});
    REQUIRE_FALSE(report.table.empty());
    CHECK(report.table.back().kind == TableRow::Kind::kTotal);
    CheckTable(template_, report, label, tally);
    const std::string stem = dir_.File("r" + std::to_string(++written_));
    WriteXlsx(report, test::kTemplates, stem + ".xlsx");
    CheckXlsx(template_, report, stem + ".xlsx", label, tally);
    WritePdf(report, test::kTemplates, stem + ".pdf");
    CheckPdf(template_, report, stem + ".pdf", label, tally);
    CheckJson(report, label, tally);
    return report;
  }

  Tally tally;

 private:
  Database db_{":memory:"};
  test::TempDir dir_;
  ReportTemplate template_;
  int written_ = 0;
};

TEST_CASE("form 06 balance: every tthc line of the sample province, in the table, xlsx, pdf and json",
          "[form06][pdf]") {
  Form06Province province(Form06Province::Which::kSample);
  for (const std::string period : {"2023-04", "2023-05", "2023-06", "2023-Q2"}) {
    province.Check({period, ""});
    province.Check({period, "H02"});
    province.Check({period, "X0101"});
    province.Check({period, "", true});
  }
  const Tally& t = province.tally;
  CHECK(t.table_lines > 0);
  CHECK(t.figure_lines > 0);
  CHECK(t.figure_lines <= t.table_lines);
  CHECK(t.xlsx_lines == t.figure_lines);
  CHECK(t.pdf_lines == t.figure_lines);
  CHECK(t.json_units > 0);
  CHECK(t.json_objects > t.json_units);
}

TEST_CASE("form 06 balance: every tthc line of the two-level province, in the table, xlsx, pdf and json",
          "[form06][pdf]") {
  Form06Province province(Form06Province::Which::kTwoLevel);
  // 2025-Q4 needs the export month 2025-12 that nobody has sent: every line "chưa báo cáo".
  for (const std::string period : {"2025-09", "2025-10", "2025-11", "2025-Q4"}) {
    province.Check({period, ""});
    province.Check({period, "X01"});
    province.Check({period, "", true});
  }
  const Tally& t = province.tally;
  CHECK(t.table_lines > 0);
  CHECK(t.figure_lines > 0);
  CHECK(t.xlsx_lines == t.figure_lines);
  CHECK(t.pdf_lines == t.figure_lines);
  CHECK(t.json_units > 0);
  CHECK(t.json_objects > t.json_units);
}

// The hand-worked figures of fixtures/two_level/README.md, so that the balances above are not
// checked on nothing.
TEST_CASE("form 06 balance: the two-level province's October 2025 by hand", "[form06][pdf]") {
  Form06Province province(Form06Province::Which::kTwoLevel);
  const ReportTemplate t = LoadTemplate(test::kTemplates, "tthc");
  const auto cols = NumberedColumns(t);
  auto numbered = [&](const TableRow& line) {
    std::vector<int64_t> out;
    for (int k = 3; k <= 13; ++k) out.push_back(ColumnValue(t.columns[cols.at(k)], line.row).count);
    return out;
  };
  for (const bool by_field : {false, true}) {
    INFO("by field: " << by_field);
    const Report report = province.Check({"2025-10", "", by_field});
    const TableRow& total = report.table.back();
    REQUIRE(total.kind == TableRow::Kind::kTotal);
    REQUIRE(total.row.submitted);
    CHECK(numbered(total) == std::vector<int64_t>{41, 15, 18, 8, 31, 7, 17, 7, 10, 7, 3});
    std::map<std::string, int64_t> level_received;
    for (const TableRow& line : report.table)
      if (line.kind == TableRow::Kind::kLevel)
        level_received[line.row.ten_don_vi] = ColumnValue(t.columns[cols.at(3)], line.row).count;
    CHECK(level_received == std::map<std::string, int64_t>{{"Cấp tỉnh", 10}, {"Cấp xã", 31}});
    CHECK(report.root_row().coverage.expected == 19);
    CHECK(report.root_row().coverage.reported == 18);
  }
  const Tally& tally = province.tally;
  CHECK(tally.table_lines > 0);
  CHECK(tally.figure_lines > 0);
  CHECK(tally.pdf_lines == tally.figure_lines);
}

}  // namespace
}  // namespace baocao
