// The records of one table of an export — the lines of a text file, the rows of one worksheet — read
// one at a time, whatever the file's format.
//
// Field i of a record is the table's column i + 1 (a worksheet's column A is field 0), so that a
// problem found in field i is reported at column i + 1 (`file:17:3`, `file.xlsx[Sheet1]:C17`).
// Every source keeps the limits of CsvLimits (fields per record, bytes per field) and refuses a
// record that breaks one, so that memory stays flat however large or hostile the file is.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace baocao {

class RecordSource {
 public:
  virtual ~RecordSource() = default;

  // Reads the next record into fields; returns false at the end of the table. A record may be
  // blank (every field empty: a spreadsheet's empty row); rows that hold nothing at all may be
  // skipped. Throws InputError(file, row, column, why) when the rest of the table cannot be read
  // (a quote never closed, a limit passed, a damaged workbook): why is Vietnamese.
  virtual bool Next(std::vector<std::string>& fields) = 0;

  // The row of the last record read, 1-based, as the officer sees it: the line of a text file on
  // which the record begins, the row number of a worksheet.
  virtual int row() const = 0;

  // How much of the table has been read, from 0 to 1, for the time a long submission has left: a
  // text file's bytes read so far over its size, an .xlsx worksheet part's bytes parsed over its
  // uncompressed size, an .xls sheet's cells returned over its cells; nullopt when the source
  // cannot tell (a file whose size cannot be read, a zip directory that declares no size).
  virtual std::optional<double> FractionRead() const { return std::nullopt; }
};

}  // namespace baocao
