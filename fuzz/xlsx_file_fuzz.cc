// Fuzz target: the .xlsx reader (XlsxFile, WorksheetReader) on arbitrary bytes.
//
// Input: one beginning with "PK" is the file itself (the seeds are the workbooks of
// fixtures/ingest/excel). Any other is split at its 0xFF bytes into the XML of a worksheet, a
// shared-string table, a styles part and a workbook part, and a valid zip (stored, so no CRC or
// deflate stands in the way) is built around them: mutations then reach the XML handlers.
//
// Checks the reader's promises besides memory and undefined behaviour: it ends; the only exception
// is an InputError; rows go forward within 1…1.048.576; a record holds at most 256 fields of at most
// 4.096 bytes; the share read stays within 0…1 and never goes back, 1 once the sheet has ended;
// reading a sheet again gives the same records (or error).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/errors.h"
#include "fuzz_input.h"
#include "ingest/cell_reference.h"
#include "ingest/workbook_builder_fixture.h"
#include "ingest/xlsx_file.h"

namespace {

struct Read {
  std::vector<std::vector<std::string>> records;
  std::vector<int> rows;
  std::string error;
  bool operator==(const Read& o) const { return records == o.records && rows == o.rows && error == o.error; }
};

Read ReadTable(baocao::ExportFile& file, size_t index) {
  Read read;
  try {
    auto source = file.Open(index);
    std::vector<std::string> fields;
    int last = 0;
    double share = 0;
    const auto share_forward = [&] {  // the share read stays within 0…1 and never goes back
      const auto now = source->FractionRead();
      if (now && (*now < share || *now > 1.0)) std::abort();
      if (now) share = *now;
    };
    while (source->Next(fields)) {
      const int row = source->row();
      if (row <= last || row > baocao::kMaxSheetRows) std::abort();  // rows go forward, within the grid
      last = row;
      share_forward();
      if (fields.size() > 256) std::abort();
      for (const auto& f : fields)
        if (f.size() > 4096) std::abort();
      read.records.push_back(fields);
      read.rows.push_back(row);
    }
    share_forward();
    if (source->FractionRead() && *source->FractionRead() != 1.0) std::abort();  // 1 once the sheet ended
  } catch (const baocao::InputError& e) {
    if (e.row() < 0 || e.column() < 0 || e.why().empty()) std::abort();
    read.error = e.what();
  }
  return read;
}

std::string BuildWorkbook(const uint8_t* data, size_t size) {
  std::vector<std::string> parts(1);
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == 0xFF) parts.emplace_back();
    else parts.back() += static_cast<char>(data[i]);
  }
  parts.resize(std::max<size_t>(parts.size(), 4));
  auto zip = baocao::test::WorkbookParts(parts[0], parts[1], parts[2]);
  if (!parts[3].empty()) baocao::test::SetPart(zip, "xl/workbook.xml", parts[3]);
  return baocao::test::ZipBytes(zip, false);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static baocao::fuzz::MemoryFile file;
  if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
    file.Write(data, size);
  } else {
    const std::string zip = BuildWorkbook(data, size);
    file.Write(reinterpret_cast<const uint8_t*>(zip.data()), zip.size());
  }
  try {
    baocao::XlsxFile workbook(file.path(), "f.xlsx");
    if (workbook.TableCount() == 0) std::abort();  // no worksheet is an InputError
    for (size_t i = 0; i < workbook.TableCount() && i < 4; ++i) {
      const Read first = ReadTable(workbook, i);
      if (i == 0 && !(ReadTable(workbook, i) == first)) std::abort();  // the same again
    }
  } catch (const baocao::InputError& e) {
    if (e.file() != "f.xlsx" || e.why().empty()) std::abort();
  }
  return 0;
}
