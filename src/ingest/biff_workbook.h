// The Workbook stream of an .xls (BIFF8, Excel 97–2003) read record by record: what libfreexl does
// not tell and what it must not be given.
//
// libfreexl (see xls_file.h) reads the text cells and the sheet names. It does not give a number's
// raw value with its number format (it prints dates itself, wrongly after 2100, and drops the time
// of a date-formatted cell), nor formula results, nor error values; these are read here. And it
// trusts the file: a date cell costs it one loop step per day of the serial (2^31 steps for a
// hostile one), a declared sheet size is allocated whole (16 bytes a cell), a string longer than its
// record is read past the record, a repeated cell leaks. So every record freexl reads is checked
// here first, against the shapes it reads safely, and the workbook is refused otherwise.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

// One cell that holds something. Cells are sorted by (row, column).
struct BiffCell {
  enum class Kind : uint8_t {
    kText,    // LABEL / LABELSST: its text is read through freexl
    kNumber,  // NUMBER, RK, MULRK, a formula's number: number and xf
    kBool,    // BOOLERR (a boolean) or a formula's boolean: code 1 or 0
    kError,   // BOOLERR (an error) or a formula's error: text "#DIV/0!", "#N/A", …
    kString,  // a formula's text (STRING record) or an RSTRING: text
  };
  uint32_t row = 0;     // 0-based
  uint16_t column = 0;  // 0-based
  Kind kind = Kind::kText;
  uint16_t xf = 0;
  uint8_t code = 0;
  double number = 0;
  std::string text;
};

struct BiffSheet {
  uint32_t rows = 0;     // DIMENSION: last row + 1 (at most 65,536)
  uint16_t columns = 0;  // DIMENSION: last column + 1 (at most 256)
  std::vector<BiffCell> cells;
};

struct BiffWorkbook {
  bool date1904 = false;                  // DATEMODE: the 1904 date system (Excel for Mac)
  std::vector<uint16_t> xf_formats;       // XF index -> number format id
  std::map<uint16_t, std::string> formats;  // number format id -> code (FORMAT records, UTF-8)
  std::vector<BiffSheet> sheets;          // in BOUNDSHEET order (the workbook's order)
};

// Why a workbook is refused.
enum class BiffProblem {
  kDamaged,        // records that contradict the format, or that freexl would misread
  kPassword,       // FILEPASS: the workbook is encrypted
  kBiff5,          // Excel 5.0/95 (BOF version 0x0500)
  kBiffOld,        // Excel 2.x–4.0
  kNotWorksheet,   // a chart sheet, a macro sheet, a chart inside a worksheet
  kTooManyDates,   // freexl would spend more than kMaxDateSteps loop steps on date cells
  kTooManyCells,   // the sheets declare more than kMaxCells cells in all, or than
                   // max(kMinCells, kCellsPerRecord × the cells the file writes)
};

struct BiffRefused {
  BiffProblem problem;
};

// Reads the Workbook stream. Throws BiffRefused.
BiffWorkbook ReadBiffWorkbook(std::string_view stream);

// Limits on what freexl is given (see above). freexl allocates 16 bytes for every cell a sheet's
// DIMENSION declares: 65,536 × 256 cells (one full sheet of the format, 256 MiB) for all sheets
// together at most, and no more than 64 times the cells the file really writes (blank formatted
// cells included; at least 2^20 cells, 16 MiB), so that a small file cannot make it allocate much:
// a real sheet's used range is mostly filled. freexl computes a date by stepping one day at a time
// from 1900, about 1 ns a step: 2^33 steps (a few seconds) is 65,536 rows × 3 date columns of
// today's dates.
constexpr uint64_t kMaxCells = 65536ULL * 256;
constexpr uint64_t kMinCells = 1ULL << 20;
constexpr uint64_t kCellsPerRecord = 64;
constexpr uint64_t kMaxDateSteps = 1ULL << 33;

// Excel's text for an error code (0x07 -> "#DIV/0!").
std::string BiffErrorText(uint8_t code);

}  // namespace baocao
