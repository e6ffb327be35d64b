// An Excel 97–2003 workbook (.xls, BIFF8 inside an OLE2 compound file) as an ExportFile: one table
// per worksheet, in the workbook's order, named as the sheet tab (UTF-8).
//
// Read through Debian's libfreexl (the text cells and the sheet names), checked and completed by our
// own reading of the same records (compound_file.h, biff_workbook.h): numbers with their number
// format, dates, formula results, booleans and error values, all as the CSV of the same export
// holds them (cell_text.h): an integer "200000"; "1.000100" under the format "0.000000"; a date
// "2023-04-17", with a time "2023-04-17 08:00:00" (1900 or 1904 date system, from the DATEMODE
// record); TRUE/FALSE "1"/"0"; "#DIV/0!"; text as typed, leading zeros kept ("0123"). A formula
// reads as its result as last saved. A merged range holds its value in its top-left cell only, the
// others read empty, as in the CSV Excel writes. Field i is column i + 1 (column A = field 0);
// every record is as wide as the sheet's used range (its DIMENSION record), trailing empty fields
// included; rows that hold nothing are skipped; row() is the sheet's row number.
//
// Memory: not streaming. libfreexl loads the whole workbook: 16 bytes for every cell of every sheet's
// used range, bounded by the format (65,536 rows × 256 columns a sheet) and here by 65,536 × 256
// cells for all sheets together (256 MiB) and by 64 times the cells the file writes (at least 2^20
// cells, 16 MiB: a small file cannot declare a huge empty range); the workbook is refused above
// that, and when its date cells would cost freexl more than kMaxDateSteps (biff_workbook.h). Our
// own reading holds the workbook stream (at most the file's size) while the constructor runs. The
// values read are kept until the XlsFile is destroyed; freexl's copy is released when the
// constructor returns.
//
// Refused, each with a Vietnamese InputError that says what to do: a damaged file, one encrypted
// with a password (an .xls with FILEPASS, or a password-protected .xlsx, which is an OLE2 file
// holding "EncryptedPackage"), a Word document, another OLE2 file that holds no workbook, Excel
// 5.0/95 and older, a workbook with a chart sheet, a macro sheet or a chart inside a worksheet
// (freexl 1.0.6 loses a sheet's cells then), a field longer than CsvLimits::max_field_bytes.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/regular_file.h"
#include "ingest/csv_reader.h"
#include "ingest/export_file.h"

namespace baocao {

// Whether the file begins as an .xls does: the OLE2 signature D0 CF 11 E0 A1 B1 1A E1, or the first
// record of an Excel 2.x–4.0 file (refused by XlsFile as too old). Reads 8 bytes at offset 0.
bool LooksLikeXls(const RegularFile& file);

class XlsFile : public ExportFile {
 public:
  // Reads the whole workbook. Throws InputError(name, 0, 0, why) when it cannot be read.
  XlsFile(const RegularFile& file, std::string name, CsvLimits limits = {});

  size_t TableCount() const override { return sheets_.size(); }
  std::string TableName(size_t index) const override { return sheets_.at(index).name; }
  std::unique_ptr<RecordSource> Open(size_t index) override;

  struct Cell {
    uint32_t row;     // 0-based
    uint16_t column;  // 0-based
    std::string text;
  };
  struct Sheet {
    std::string name;
    uint16_t columns = 0;
    std::vector<Cell> cells;  // sorted by (row, column)
  };

 private:
  std::string name_;
  CsvLimits limits_;
  std::vector<Sheet> sheets_;
};

}  // namespace baocao
