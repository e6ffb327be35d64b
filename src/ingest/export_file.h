// A submitted export file, whatever its format: a text file (CSV or tab-separated, in whichever
// encoding it came) holds one table; a workbook (.xlsx, .xls) holds one table per worksheet.
//
// The format is told by the file's first bytes, never by its name: a zip archive is read as .xlsx,
// an OLE2 compound file as .xls, anything else as text.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/regular_file.h"
#include "ingest/record_source.h"

namespace baocao {

class ExportFile {
 public:
  virtual ~ExportFile() = default;

  // The tables: one for a text file, one per worksheet of a workbook (in the workbook's order).
  virtual size_t TableCount() const = 0;
  // "" for a text file; the worksheet's name ("Sheet1", "Hồ sơ") for a workbook.
  virtual std::string TableName(size_t index) const = 0;
  // Reads table `index` from its first record. May be called again for the same table (the header
  // search reads the first rows of each sheet, then the chosen sheet is read from its start); the
  // ExportFile must outlive the sources it opens. Throws InputError as RecordSource::Next does.
  virtual std::unique_ptr<RecordSource> Open(size_t index) = 0;

  // What the reader did that the receipt says (Vietnamese), e.g. "tệp mã hóa Windows-1258, đã chuyển
  // sang UTF-8".
  const std::vector<std::string>& notes() const { return notes_; }

 protected:
  std::vector<std::string> notes_;
};

// Opens a submitted file. name names the file in messages (file.ReadPath() is only a way to read
// it). Throws InputError(name, row, column, why) — why in Vietnamese — when the file cannot be read
// as any accepted format: a damaged or encrypted workbook, text whose encoding cannot be told (at
// the first byte that gives it away).
std::unique_ptr<ExportFile> OpenExportFile(const RegularFile& file, const std::string& name);

}  // namespace baocao
