// One worksheet of an .xlsx workbook read as records, one <row> element at a time, streaming: the
// part is parsed as it is decompressed and the parse pauses after each row, so memory holds one row
// whatever the sheet's size.
//
// A <row> element is one record; rows absent from the XML are not returned, a row whose cells are
// all empty is returned blank (every field ""). Field i is column i (column A is field 0), gaps
// filled with "". Every record is as wide as the sheet's used range (its <dimension>, at most
// max_fields columns), as Excel's own CSV export writes every row of a sheet, or wider when a cell
// lies beyond it; a sheet without a dimension gives records that end at their last non-empty cell.
// row() is the row's r attribute (or the previous row + 1 when it has none); a cell without r is
// the one after the previous cell. Merged cells follow the rule of merged_cells.h.
//
// Cell text, as the same export's CSV would hold it:
//   shared (t="s"), inline (t="inlineStr") and formula (t="str") strings, rich text joined, phonetic
//   runs left out, OOXML escapes (_x000D_) decoded; booleans "1"/"0"; error cells their text ("#N/A");
//   t="d" dates as written; numbers by cell_text.h: a date-formatted number as its date
//   ("2023-05-03", "2023-05-03 08:15:00", in the workbook's date system), another number with the
//   decimals its format fixes ("0.000000": "1.000100") or as Excel's General shows it ("1.001612").
//   A formula with no cached value (as openpyxl writes them) reads as "".
//
// The limits of CsvLimits hold: a non-empty cell right of column max_fields, a cell over
// max_field_bytes, a row over max_record_bytes are refused (InputError at the row and column, the
// same Vietnamese as the CSV reader). Damage — bad XML, rows out of order or past 1.048.576, a shared
// string index out of range, … — is an InputError saying so (workbook_error.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ingest/cell_styles.h"
#include "ingest/csv_reader.h"
#include "ingest/merged_cells.h"
#include "ingest/record_source.h"
#include "ingest/shared_strings.h"
#include "ingest/xml_stream.h"
#include "ingest/zip_archive.h"

namespace baocao {

// What a worksheet reads from the rest of its workbook; owned by the workbook, which outlives it.
struct WorksheetContext {
  const ZipArchive& zip;
  const SharedStrings& strings;
  const CellStyles& styles;
  bool date1904 = false;
  std::string file;  // names the workbook in messages
};

class WorksheetReader : public RecordSource, private XmlHandler {
 public:
  // The most a worksheet part may decompress to: a million rows of a few dozen inline-string cells
  // fit several times over.
  static constexpr uint64_t kMaxPartBytes = 4ull << 30;

  // Reads the worksheet part at entry; merges are its ranges (ScanMergedCells).
  WorksheetReader(const WorksheetContext& context, size_t entry,
                  std::shared_ptr<const std::vector<CellRange>> merges, CsvLimits limits = {});
  WorksheetReader(const WorksheetReader&) = delete;
  WorksheetReader& operator=(const WorksheetReader&) = delete;

  bool Next(std::vector<std::string>& fields) override;
  int row() const override { return row_; }
  // The share of the worksheet part parsed (its rows are in order in it); the shared strings and
  // styles were read before the first row.
  std::optional<double> FractionRead() const override { return stream_.FractionParsed(); }

 private:
  enum class CellType { kNumber, kShared, kInline, kFormulaString, kBoolean, kError, kDate, kOther };

  void OnStart(const XmlName& name, const XmlAttributes& attributes) override;
  void OnEnd(const XmlName& name) override;
  void OnText(std::string_view text) override;
  void StartRow(const XmlAttributes& attributes);
  void StartCell(const XmlAttributes& attributes);
  void EndCell();
  void EndRow();
  void CellValue();  // text_ -> value_, by the cell's type and style
  [[noreturn]] void Damaged(int column, const std::string& detail) const;
  [[noreturn]] void Refuse(int column, const std::string& why) const;

  WorksheetContext context_;
  CsvLimits limits_;
  std::string part_;
  MergedCellFill merges_;
  XmlStream stream_;

  std::vector<std::string>* fields_ = nullptr;  // the record being read (Next's argument)
  bool in_sheet_data_ = false;
  bool in_row_ = false;
  bool in_cell_ = false;
  bool in_inline_ = false;  // inside <is>
  bool capture_ = false;    // character data goes to text_
  int phonetic_depth_ = 0;
  bool row_ready_ = false;

  size_t width_ = 0;      // the used range's columns (<dimension>): the least width of a record
  int row_ = 0;           // the row being read, or last read
  int last_row_ = 0;      // the row before it (rows must increase)
  int last_column_ = -1;  // the last cell's column in this row
  size_t row_bytes_ = 0;
  int column_ = 0;  // the cell being read
  CellType type_ = CellType::kNumber;
  size_t style_ = 0;
  size_t max_raw_;
  std::string text_;   // the cell's <v> or <is> text as written
  std::string value_;  // its text as returned
};

}  // namespace baocao
