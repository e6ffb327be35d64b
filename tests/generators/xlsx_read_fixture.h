// Reading back the workbooks the tests write: the parts of the zip (through `unzip -p`), the cells
// of a sheet with their shared strings resolved, formulas and cached values, and the merged ranges.
// Just enough of SpreadsheetML for the workbooks libxlsxwriter writes.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace baocao::test {

struct XlsxCell {
  std::string type;     // "" number, "s" shared string, "str" formula string, "b" boolean
  std::string value;    // the number as written, or the string (shared strings resolved)
  std::string formula;  // without '=', XML entities decoded; empty for a constant
  bool blank = false;   // <c .../> with a format only
};

class XlsxFile {
 public:
  explicit XlsxFile(std::string path);

  // The text of a part, e.g. "xl/workbook.xml". Fails the test when it is missing.
  std::string Part(const std::string& name) const;
  bool HasPart(const std::string& name) const;
  // Cells of xl/worksheets/sheet<n>.xml (1-based), by reference ("C12").
  const std::map<std::string, XlsxCell>& Cells(int sheet) const;
  // "A1:B2" for every <mergeCell> of the sheet.
  std::vector<std::string> Merges(int sheet) const;

  // The cell's text or number as written ("" for a missing or blank cell).
  std::string Value(int sheet, const std::string& ref) const;
  double Number(int sheet, const std::string& ref) const;  // fails unless the cell holds a number
  // The reference of a text cell whose value is text (the first in the order of references as
  // strings: "B14" before "O3"), or "" when none.
  std::string Find(int sheet, const std::string& text) const;

 private:
  std::string path_;
  std::vector<std::string> strings_;
  mutable std::map<int, std::map<std::string, XlsxCell>> cells_;
};

std::string DecodeXml(const std::string& text);

}  // namespace baocao::test
