// A report layout kept as data: one TOML file per form in templates/ (see templates/README.md).
//
// The template names the document's texts (form code, title, unit of measure, receiving unit) and
// the table's columns: their multi-row header path, what each prints (an index, the unit name, a
// count, a rate or a rank) and which indicator keys of SPEC §7 feed it. Excel and PDF generators both
// print from the same template, so a new form or a changed column is an edit here, not C++.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "indicators/report.h"

namespace baocao {

struct TemplateColumn {
  enum class Kind { kIndex, kName, kCount, kRate, kRank, kScore };
  Kind kind = Kind::kCount;
  // Header cells from the top row down. Adjacent columns sharing a prefix are merged under it; a path
  // shorter than the deepest one is merged down to the numbering row.
  std::vector<std::string> header;
  // kCount: the keys whose values are added (usually one). kRate/kRank: keys[0] is the indicator.
  std::vector<std::string> keys;
  // kRate: keys added for the numerator and the denominator, for the Excel formula; each key must
  // be printed by a count column of the same template (else the cell holds the value only).
  std::vector<std::string> numerator;
  std::vector<std::string> denominator;
  // kRank: the key holding N, the number of ranked units, printed as "rank/N" (e.g. "rank_of").
  std::string of;
  double width = 12;  // in Excel character units; the PDF scales widths to the page
  // Whether the column gets a number "(n)" in the numbering row (false: our own columns after a
  // Government Office form's, printed unnumbered).
  bool numbered = true;
  // kCount: the numbers "(n)" of the columns this one equals the sum of in every row (a form's
  // balance, e.g. (3) = (4) + (5) + (6)); Excel writes it as that formula with the value cached.
  std::vector<int> equals_sum_of;
  // kScore (points in hundredths, chi_so_766): printed with two decimals ("17,85", Excel 0.00);
  // `signed`: a change, "+2,35" / "−1,10"; `null_text`: what a null value prints (default "—").
  bool is_signed = false;
  std::optional<std::string> null_text;
};

// chi_so_766: the section "Chi tiết điểm bị trừ và cách khắc phục" after the table — one block per
// unit: a heading line (the unit, its total, rank and open points), then one line per indicator
// that lost points or has no data. Its columns are fixed kinds with texts and widths from the
// template: index, indicator, result, score, lost, advice.
struct TemplateDetailColumn {
  std::string kind;
  std::string header;
  double width = 12;
};

struct TemplateDetails {
  std::string title;       // "CHI TIẾT ĐIỂM BỊ TRỪ VÀ CÁCH KHẮC PHỤC"
  std::string sheet_name;  // its Excel sheet
  std::string no_data = "không có dữ liệu";
  std::string nothing_lost = "không bị trừ điểm ở chỉ số nào";
  std::vector<TemplateDetailColumn> columns;
};

// A section of findings after the table (kiem_tra; Report::sections of the same kind): its title,
// its Excel sheet, the line printed when it has no line, and its columns — which cell of a line
// each prints (the key of Report::sections' lines), with its header, width and alignment.
struct TemplateSectionColumn {
  std::string key;
  std::string header;
  double width = 12;
  std::string align = "center";  // left (words, wrapped) | center | right
};

struct TemplateSection {
  std::string kind;        // violations | outliers | timeliness | differences
  std::string title;       // "I. VI PHẠM QUY TẮC KIỂM TRA"
  std::string sheet_name;  // ≤ 31 characters
  std::string empty;       // "Không có vi phạm quy tắc nào."
  std::vector<TemplateSectionColumn> columns;
};

// A block of headline figures printed above the table, from Report::catalog (source "catalog"),
// Report::reporting (source "reporting": the units' reporting rates) or the root unit's values
// (source "root").
struct TemplateFigure {
  std::string label;
  std::string key;
  std::string source = "root";  // root | catalog | reporting
};

// A bar chart of one rate for the units of one level (e.g. on-time rate by district). Generators
// that cannot draw charts ignore it; chart_series.h chooses what is plotted.
struct TemplateChart {
  std::string title;          // "{level}" stands for the level's name (see levels)
  std::string key;            // a rate key of SPEC §7
  std::string cap = "auto";   // the level plotted; "auto": the most numerous under the root
  // The level's name in the title, per cap; caps not listed get the built-in names
  // (huyen "huyện, thành phố", xa "xã, phường, đặc khu", so_nganh "sở, ban, ngành").
  std::map<std::string, std::string> levels;
  int all_up_to = 30;  // up to this many units: all, in report order
  int best_worst = 10;  // more: sorted by the rate, only this many best and this many worst
};

// A text that holds between two days, both inclusive; a missing bound is open. The `basis` of a
// template is a list of them (a plain `basis = "…"` string is one without bounds).
struct DatedText {
  std::string text;
  std::optional<Date> from;
  std::optional<Date> until;

  bool Covers(Date day) const {
    return (!from || *from <= day) && (!until || day <= *until);
  }
};

struct ReportTemplate {
  std::string form;             // tthc | dvc | ky_luat | tong_hop
  std::string form_code;        // "Biểu số 06/VPCP/KSTT"
  // The legal basis line, by date: the one that covers the period's end prints (BasisFor).
  std::vector<DatedText> basis;
  std::string title;            // upper-case Vietnamese title
  std::string unit_of_measure;  // "Đơn vị tính: Số hồ sơ TTHC"
  // `receiving_unit = "…"`: the same receiving unit whatever the reporting unit's level.
  std::string receiving_unit;
  // `[receiving_unit]` table: the receiving unit by the reporting unit's cap (tinh, so_nganh,
  // huyen, xa); when given it replaces the plain string (ReceivingUnitFor).
  std::map<std::string, std::string> receiving_units;
  std::string sheet_name;       // Excel sheet name (≤ 31 characters)
  std::vector<TemplateFigure> figures;
  std::vector<TemplateColumn> columns;
  std::vector<std::string> sheets;  // tong_hop: the forms whose sheets follow the summary
  std::vector<TemplateChart> charts;
  std::optional<TemplateDetails> details;  // chi_so_766
  std::vector<TemplateSection> sections;   // kiem_tra, in print order

  // Number of header rows (the deepest header path).
  int HeaderDepth() const;
};

// Loads templates/<form>.toml from dir. Throws InputError naming the file (and line when the TOML
// parser knows it) for a malformed template.
ReportTemplate LoadTemplate(const std::string& dir, const std::string& form);

// The default templates folder: $BAOCAO_TEMPLATES if set, else <project>/templates.
std::string DefaultTemplatesDir();

// The basis line in force on period_end (the end day of the report's period): the text of the first
// `basis` entry that covers it, "" when none does (the line is left out).
std::string BasisFor(const ReportTemplate& t, Date period_end);

// The receiving unit of a report whose root unit is of level `cap`: the `[receiving_unit]` entry
// for it, or the plain `receiving_unit` string when the template has no table; "" for a cap the
// table does not list (the line is left out).
std::string ReceivingUnitFor(const ReportTemplate& t, const std::string& cap);

// The value a column prints for a row: null for index/name columns and unreported units; a count
// column adds its keys (null if any is null); a rate or rank column gives keys[0].
Value ColumnValue(const TemplateColumn& column, const UnitRow& row);

// A rank column's text: "2/10" (rank / the value of column.of, by default the N key of the rank:
// RankOfKey), "2" when N is null, empty when the rank is null.
std::string RankText(const TemplateColumn& column, const UnitRow& row);

// The numbering row's text per column: "(1)", "(2)", ... over the numbered columns, "" for the others.
std::vector<std::string> ColumnNumbers(const ReportTemplate& t);

// Whether a column's figures are reported for a row: people columns follow the row's people
// reporting (people_submitted), the others its dossiers (submitted). Index and name: true.
bool ColumnReported(const TemplateColumn& column, const UnitRow& row);

// The value a headline figure prints: from Report::catalog (source "catalog"), Report::reporting
// (source "reporting"; null when not computed) or the root unit.
Value FigureValue(const TemplateFigure& figure, const Report& report);

// Whether a root figure's kind was reported (people figures follow the yearly people reporting,
// the others the dossiers'): when not, it prints "chưa báo cáo", never a number. Catalog: true.
bool FigureReported(const TemplateFigure& figure, const Report& report);

}  // namespace baocao
