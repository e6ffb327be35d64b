// The text of a workbook's cell as the same export written as CSV would hold it, so that an .xlsx,
// an .xls and a CSV of one export give the same fields: numbers without binary noise, dates in ISO.
#pragma once

#include <optional>
#include <string>

namespace baocao {

// A number cell. Integral values below 10^15 print as integers ("200000", "-3"); others with at most
// 15 significant digits and no trailing zeros ("1.001612", not "1.001612000000001"; "0.5"). When the
// cell's number format shows a fixed count of decimals ("0.000000" → 6), pass it as decimals: the
// number prints with exactly that many ("1.000100"), as the officer sees it in Excel. Never uses
// exponents or thousands separators; NaN and infinities (not in valid files) print as "".
std::string NumberText(double value, int decimals = -1);

// A date cell: the serial number in the workbook's date system (1900: day 1 = 1900-01-01, with
// Excel's nonexistent 29/02/1900 as serial 60; 1904: day 0 = 1904-01-01) as "YYYY-MM-DD" when it
// has no time of day, else "YYYY-MM-DD HH:MM:SS" (rounded to the second). nullopt for serials
// outside 1900-01-01 … 9999-12-31 (the cell then reads as a number).
std::optional<std::string> SerialDateText(double serial, bool date1904);

// Whether an Excel number format code shows a date or a time (d, m, y, h, s outside quotes,
// brackets and escapes: "dd/mm/yyyy", "[$-42A]d/m/yyyy h:mm", "yyyy-mm-dd hh:mm:ss"), and the
// built-in format ids that do (14–22, 27–36, 45–47, 50–58).
bool IsDateFormatCode(const std::string& code);
bool IsBuiltInDateFormat(int id);

// The count of decimals a number format code fixes ("0.000000" → 6, "#,##0.00" → 2, "0" → 0), or
// -1 for "General" and codes that do not fix one (several sections, scientific, fractions, text).
int FixedDecimals(const std::string& code);

}  // namespace baocao
