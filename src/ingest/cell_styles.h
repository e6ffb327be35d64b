// The number format behind each cell style of a workbook (xl/styles.xml: cellXfs → numFmt): whether a
// number cell of that style shows a date, and how many decimals it fixes. That is all a reader needs
// to give a number cell the text the same export's CSV holds (see cell_text.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/zip_archive.h"

namespace baocao {

struct NumberFormat {
  bool date = false;     // a date or time format: the number is a serial date
  int8_t decimals = -1;  // decimals the format fixes (0–15), -1 for none (General, percent, …)
};

class CellStyles {
 public:
  // No styles part: every cell is General.
  CellStyles() = default;
  // Reads the styles part at entry. Throws InputError (damaged XML, more than 65.536 number formats
  // or 1.048.576 cell styles: far beyond Excel's own 64.000).
  static CellStyles Read(const ZipArchive& zip, size_t entry, const std::string& file);

  // The format of cell style index (a cell's s attribute); General for an index with no style (Excel
  // would repair such a file; its numbers still read).
  NumberFormat Of(size_t index) const { return index < formats_.size() ? formats_[index] : NumberFormat{}; }

  // The format of a built-in number format id (0 General, 2 "0.00", 14 a date, …).
  static NumberFormat BuiltIn(int id);
  // The format of a format code ("dd/mm/yyyy", "#,##0.00", "0.0%").
  static NumberFormat OfCode(const std::string& code);

 private:
  std::vector<NumberFormat> formats_;
};

}  // namespace baocao
