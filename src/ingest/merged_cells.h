// Merged cells of a worksheet, and the rule by which a reader gives their value to the rows it
// returns.
//
// The rule: a merged range shows one value, its top-left cell's, and a reader returns the table an
// officer sees on screen.
//  - In a range that spans several rows, every row below the first gets that value in the range's
//    first column: a name merged down over three rows reads on each of the three rows.
//  - Every other cell of a range is empty, whatever the file holds there (Excel hides such values):
//    a title merged across A1:K1 reads as one field, in column A.
// So a range over A2:B4 gives A2's value in column A of rows 2, 3 and 4, and nothing in column B.
// Ranges must not overlap (Excel refuses such a file); an overlap is reported as damage.
//
// The <mergeCells> list follows <sheetData> in the part, so ScanMergedCells reads it first, by a raw
// scan of the decompressed part for `<mergeCell ref="…"/>` (no XML parse), before the rows stream.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ingest/zip_archive.h"

namespace baocao {

struct CellRange {
  int top = 0, left = 0, bottom = 0, right = 0;  // rows 1-based, columns 0-based, inclusive
};

// The merged ranges of the worksheet part at entry, sorted by top row then left column; ranges of a
// single cell and ranges that begin right of column max_columns are left out (they change nothing
// a reader returns). Throws InputError: a ref that is not a range of the grid, more than
// max_ranges ranges, a part over max_part_bytes uncompressed, a damaged zip.
std::vector<CellRange> ScanMergedCells(const ZipArchive& zip, size_t entry, const std::string& file,
                                       uint64_t max_part_bytes, size_t max_ranges, int max_columns);

// Applies the rule to rows in increasing order. Holds at most one value per column (ranges cannot
// overlap), so memory stays within max_columns fields however many ranges there are.
class MergedCellFill {
 public:
  MergedCellFill(std::shared_ptr<const std::vector<CellRange>> ranges, int max_columns, std::string file,
                 std::string part);
  // fields is worksheet row `row` as read (field i = column i); it is changed to what the officer
  // sees, and may grow. Throws InputError for ranges that overlap.
  void Apply(int row, std::vector<std::string>& fields);

 private:
  struct Active {
    CellRange range;
    std::string value;  // the top-left cell's
  };
  std::shared_ptr<const std::vector<CellRange>> ranges_;
  int max_columns_;
  std::string file_;
  std::string part_;
  size_t next_ = 0;                 // the first range not yet reached
  std::vector<Active> active_;      // ranges that cover the current row
  std::vector<int> covered_until_;  // per column: the last row an activated range covers
};

}  // namespace baocao
