// An .xlsx (Office Open XML) workbook as an ExportFile: one table per worksheet, in the order of the
// workbook's tabs (chart sheets left out), named as the tab is; each read streaming by
// WorksheetReader.
//
// Opening reads the package's small parts — which part is the workbook (_rels/.rels), its sheets and
// date system (xl/workbook.xml), where each sheet's part is (xl/_rels/workbook.xml.rels), the cell
// styles (xl/styles.xml) and the shared strings (xl/sharedStrings.xml) — never a worksheet. A zip that
// is not a workbook is refused saying what it is (an OpenDocument spreadsheet, a Word document, a
// binary .xlsb, …) and what to do instead; a damaged one saying so (workbook_error.h).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ingest/cell_styles.h"
#include "ingest/export_file.h"
#include "ingest/merged_cells.h"
#include "ingest/package_relationships.h"
#include "ingest/shared_strings.h"
#include "ingest/zip_archive.h"

namespace baocao {

class XlsxFile : public ExportFile {
 public:
  // Opens the workbook at path; name names it in messages. Throws InputError (Vietnamese) when it is
  // not a workbook, is damaged or is over a limit.
  XlsxFile(const std::string& path, const std::string& name);
  ~XlsxFile() override;

  size_t TableCount() const override { return sheets_.size(); }
  std::string TableName(size_t index) const override { return sheets_.at(index).name; }
  // Reads worksheet index from its first row; the first Open of a sheet scans its merged cells (a
  // pass over the part), later ones reuse them. Throws std::out_of_range for an index past the end.
  std::unique_ptr<RecordSource> Open(size_t index) override;

  bool date1904() const { return date1904_; }

 private:
  struct Sheet {
    std::string name;
    size_t entry;
    std::shared_ptr<const std::vector<CellRange>> merges;  // scanned on the first Open
  };
  std::string FindWorkbookPart() const;
  std::optional<size_t> RelatedPart(const std::vector<Relationship>& relationships, const std::string& type,
                                    const std::string& workbook, const std::string& fallback) const;

  std::string name_;
  std::unique_ptr<ZipArchive> zip_;
  std::vector<Sheet> sheets_;
  bool date1904_ = false;
  CellStyles styles_;
  SharedStrings strings_;
};

// OpenExportFile's way into a workbook: an XlsxFile.
std::unique_ptr<ExportFile> OpenXlsxFile(const std::string& path, const std::string& name);

}  // namespace baocao
