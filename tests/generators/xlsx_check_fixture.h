// Checks of a written report sheet against the Report it was written from, shared by the Excel
// writer's tests on hand-built reports and the end-to-end tests on the sample province.
#pragma once

#include <string>

#include "generators/xlsx_read_fixture.h"
#include "indicators/report.h"

namespace baocao::test {

extern const std::string kTemplates;  // <source>/templates

// The 1-based row of the line whose name cell (column B) reads name; fails the test when none.
int RowOf(const XlsxFile& file, int sheet, const std::string& name);

// Every value cell of every unit row and of the totals row against the report, column by column of
// the form's template: counts exactly, rates as the cached value of the formula (or the number),
// ranks as "r/N", nulls as "—", an unreported unit as "chưa báo cáo" merged across its value cells;
// and every formula of the sheet evaluated from the cells it names equals its cached value.
void CheckSheetAgainstReport(const XlsxFile& file, int sheet, const std::string& form,
                             const Report& report);

// Evaluates the formulas the writer produces — SUM(refs)[+SUM(refs)] and IF(den=0,"—",num/den) with
// num and den sums of references — from the sheet's cached numbers. Fails the test for another
// shape. A rate whose denominator is 0 gives -1.
double EvaluateFormula(const XlsxFile& file, int sheet, const std::string& formula);

}  // namespace baocao::test
