// The table of an export that holds the data: which worksheet, which row is the header, where the
// data rows end — as "Xuất Excel" really lays it out.
//
// A one-stop-shop export often starts with a title block ("DANH SÁCH HỒ SƠ TIẾP NHẬN TỪ NGÀY …",
// the unit's name) above the header row and ends with a "Tổng cộng" row and a signature block. So:
// - The header row is the first row, among the first kTitleRowsSearched, that names at least
//   kHeaderColumns known columns of the kind (all of them for a kind with fewer). The rows above it
//   are skipped and the receipt says so. When no row qualifies, the row naming the most known
//   columns (or the first row) is taken, so that the receipt lists the missing columns there.
// - The sheet is the one named (`--sheet`), else the first worksheet that has such a header row.
// - Data rows follow the header. Blank rows are skipped (counted, as in a CSV). A "Tổng cộng" row
//   (its first non-empty cell is "Tổng cộng", "Tổng số", "Cộng" or "Tổng") ends the table: it and
//   what follows are not data — except a row that looks like data (its code and at least half of
//   the required columns filled), which is an error: data below the total is never dropped
//   silently. After a blank row, rows are held until one looks like data (then they all are data,
//   as in a CSV with blank lines); held rows still there at the end of the table (a signature
//   block, notes) are not data. The receipt says which rows were left out.
// - On a worksheet a row may end before the header does (Excel writes no empty trailing cells):
//   it is padded with empty cells to the header's width. A text file's short row stays short (an
//   error: a field is missing).
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.h"
#include "ingest/columns.h"
#include "ingest/export_file.h"
#include "ingest/problem.h"

namespace baocao {

// An InputError inside one worksheet: the receipt names the sheet with the cell.
class SheetInputError : public InputError {
 public:
  SheetInputError(const InputError& e, std::string sheet)
      : InputError(e.file(), e.row(), e.column(), e.why()), sheet_(std::move(sheet)) {}
  const std::string& sheet() const { return sheet_; }

 private:
  std::string sheet_;
};

class ExportTable {
 public:
  static constexpr int kTitleRowsSearched = 30;  // non-blank rows looked at for the header
  static constexpr size_t kHeaderColumns = 3;
  static constexpr size_t kHeldRows = 50;        // rows after a blank row held to tell data from a trailer

  // Finds the table of `kind` in file (named `name` in messages): the sheet named `sheet`, or as
  // above. Throws InputError (Vietnamese) for a sheet name the file does not have (listing those it
  // has), `sheet` given for a text file, a workbook with no worksheet; SheetInputError for what
  // RecordSource::Next throws while the header is searched. Returns nullopt for an empty table (no
  // record at all).
  static std::optional<ExportTable> Find(ExportFile& file, const std::string& name, SubmissionKind kind,
                                         const std::optional<std::string>& sheet);

  const std::string& sheet() const { return sheet_; }
  int header_row() const { return header_row_; }
  const std::vector<std::string>& header() const { return header_; }
  void set_header_map(const HeaderMap* map) { map_ = map; }  // the required columns' fields

  // The next data row (as RecordSource::Next); false at the end of the table. Throws
  // SheetInputError (on a worksheet) or InputError as RecordSource::Next does. Adds to errors the
  // rows below the total row that fill every required column.
  bool Next(std::vector<std::string>& fields, Problems& errors);
  int row() const { return row_; }
  // How much of the table's source has been read (RecordSource::FractionRead).
  std::optional<double> FractionRead() const { return source_->FractionRead(); }
  int blank_rows() const { return blank_rows_; }
  int first_blank_row() const { return first_blank_row_; }

  // What the receipt says about where the table was found and where it ended (Vietnamese).
  std::vector<std::string> Notes() const;

 private:
  ExportTable(std::unique_ptr<RecordSource> source, std::string sheet, bool grid, std::vector<std::string> header,
              int header_row, SubmissionKind kind);

  struct Held {
    std::vector<std::string> fields;
    int row;
  };
  bool Read(std::vector<std::string>& fields, int& row);
  size_t RequiredFilled(const std::vector<std::string>& fields) const;
  size_t RequiredCount() const;
  bool IsTotalRow(const std::vector<std::string>& fields) const;
  // A row with its code (the kind's first column) and at least half of the required columns.
  bool LooksLikeData(const std::vector<std::string>& fields) const;
  void SkipRest(Problems& errors);
  void Pad(std::vector<std::string>& fields) const;

  std::unique_ptr<RecordSource> source_;
  std::string sheet_;
  bool grid_;
  std::vector<std::string> header_;
  int header_row_;
  SubmissionKind kind_;
  const HeaderMap* map_ = nullptr;
  std::deque<Held> held_;  // rows read ahead after a blank row, not yet returned
  // The record being read: swapped with the caller's fields when returned, so that the strings of
  // earlier rows are read into again (ingest/csv_reader.cc reuses them) instead of made anew.
  std::vector<std::string> record_;
  bool ended_ = false;
  bool after_blank_ = false;  // a blank row came since the last data row
  bool releasing_ = false;    // the held rows are data: return them first
  int row_ = 0;
  int blank_rows_ = 0;
  int first_blank_row_ = 0;
  int total_row_ = 0;             // the "Tổng cộng" row, 0 if none
  int trailer_first_ = 0, trailer_last_ = 0, trailer_rows_ = 0;  // rows left out below the table
  std::string sheet_note_;        // why this sheet was read, for a workbook
};

}  // namespace baocao
