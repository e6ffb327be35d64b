#include "generators/xlsx_check_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "generators/report_template.h"
#include "generators/xlsx_formulas.h"

namespace baocao::test {
namespace {

const std::string kDash = "—";

std::string Ref(int col, int row) { return ColumnLetters(col) + std::to_string(row); }

// "(A1+B2)" or "A1": the sum of the referenced numbers.
double SumOfRefs(const XlsxFile& file, int sheet, std::string expr) {
  expr.erase(std::remove(expr.begin(), expr.end(), '('), expr.end());
  expr.erase(std::remove(expr.begin(), expr.end(), ')'), expr.end());
  double sum = 0;
  size_t at = 0;
  while (at <= expr.size()) {
    size_t end = expr.find_first_of("+,", at);
    if (end == std::string::npos) end = expr.size();
    sum += file.Number(sheet, expr.substr(at, end - at));
    at = end + 1;
  }
  return sum;
}

void CheckLine(const XlsxFile& file, int sheet, const ReportTemplate& t, const TableRow& line,
               int row) {
  const UnitRow& unit = line.row;
  for (size_t c = 2; c < t.columns.size(); ++c) {
    const TemplateColumn& col = t.columns[c];
    const std::string ref = Ref(static_cast<int>(c), row);
    const XlsxCell& cell = file.Cells(sheet).at(ref);
    INFO(t.form << " " << unit.ten_don_vi << " " << ref << " " << col.keys[0]);
    if (!ColumnReported(col, unit)) {  // inside a merged "chưa báo cáo" run
      CHECK((cell.value == "chưa báo cáo" || cell.blank));
      if (c == 2 || ColumnReported(t.columns[c - 1], unit)) CHECK(cell.value == "chưa báo cáo");
      continue;
    }
    if (col.kind == TemplateColumn::Kind::kRank) {
      const std::string text = RankText(col, unit);
      if (line.kind != TableRow::Kind::kUnit) {
        CHECK(cell.value.empty());  // no rank on a total, level or field line
      } else {
        CHECK(cell.value == (text.empty() ? kDash : text));
      }
      continue;
    }
    const Value v = ColumnValue(col, unit);
    if (v.is_null()) {
      CHECK(cell.type == "s");
      CHECK(cell.value == kDash);
      CHECK(cell.formula.empty());
    } else if (col.kind == TemplateColumn::Kind::kRate) {
      CHECK(file.Number(sheet, ref) == Approx(v.rate).epsilon(1e-15));
    } else {
      CHECK(file.Number(sheet, ref) == static_cast<double>(v.count));
    }
  }
}

}  // namespace

const std::string kTemplates = std::string(BAOCAO_SOURCE_DIR) + "/templates";

int RowOf(const XlsxFile& file, int sheet, const std::string& name) {
  const std::string ref = file.Find(sheet, name);
  INFO("row of " << name);
  REQUIRE(ref.rfind("B", 0) == 0);
  return std::stoi(ref.substr(1));
}

double EvaluateFormula(const XlsxFile& file, int sheet, const std::string& formula) {
  INFO(formula);
  if (formula.rfind("IF(", 0) != 0 && formula.rfind("SUM(", 0) != 0)  // a balance: C5+D5+E5
    return SumOfRefs(file, sheet, formula);
  if (formula.rfind("SUM(", 0) == 0) {
    std::string refs = formula;
    for (size_t at; (at = refs.find("SUM")) != std::string::npos;) refs.erase(at, 3);
    return SumOfRefs(file, sheet, refs);
  }
  const std::string kGuard = "=0,\"—\",";
  const size_t guard = formula.find(kGuard);
  REQUIRE(formula.rfind("IF(", 0) == 0);
  REQUIRE(guard != std::string::npos);
  const std::string ratio =
      formula.substr(guard + kGuard.size(), formula.size() - guard - kGuard.size() - 1);
  const size_t slash = ratio.find('/');
  REQUIRE(slash != std::string::npos);
  const double den = SumOfRefs(file, sheet, formula.substr(3, guard - 3));
  if (den == 0) return -1;
  REQUIRE(SumOfRefs(file, sheet, ratio.substr(slash + 1)) == den);
  return SumOfRefs(file, sheet, ratio.substr(0, slash)) / den;
}

void CheckSheetAgainstReport(const XlsxFile& file, int sheet, const std::string& form,
                             const Report& report) {
  const ReportTemplate t = LoadTemplate(kTemplates, form);
  const auto merges = file.Merges(sheet);
  const int first = RowOf(file, sheet, "(2)") + 1;  // below the numbering row
  for (size_t i = 0; i < report.table.size(); ++i) {
    const TableRow& line = report.table[i];
    const int row = first + static_cast<int>(i);
    INFO(form << " line " << i << " " << line.row.ten_don_vi);
    CHECK(file.Value(sheet, Ref(0, row)) == line.index);
    CHECK(file.Value(sheet, Ref(1, row)).rfind(line.row.ten_don_vi, 0) == 0);
    CheckLine(file, sheet, t, line, row);
    if (!line.row.submitted && !line.row.people_submitted) {
      const std::string span = Ref(2, row) + ":" + Ref(static_cast<int>(t.columns.size()) - 1, row);
      CHECK(std::find(merges.begin(), merges.end(), span) != merges.end());
    }
  }
  for (const auto& [ref, cell] : file.Cells(sheet)) {
    if (cell.formula.empty()) continue;
    INFO(form << " " << ref << " =" << cell.formula);
    CHECK(EvaluateFormula(file, sheet, cell.formula) ==
          Approx(std::stod(cell.value)).epsilon(1e-15));
  }
}

}  // namespace baocao::test
