// The workbook part (xl/workbook.xml): the sheets in the order Excel shows their tabs, each with its
// name and the relationship that names its part, and the workbook's date system (1900 or 1904).
#pragma once

#include <string>
#include <vector>

#include "ingest/zip_archive.h"

namespace baocao {

struct WorkbookSheet {
  std::string name;             // as the tab shows it (UTF-8)
  std::string relationship_id;  // r:id, "" when missing
};

struct WorkbookPart {
  std::vector<WorkbookSheet> sheets;
  bool date1904 = false;  // <workbookPr date1904="1"/>: serial 0 is 1904-01-01
};

// Reads the workbook part at entry. Throws InputError (damaged XML, over the part's size limit).
WorkbookPart ReadWorkbookPart(const ZipArchive& zip, size_t entry, const std::string& file);

}  // namespace baocao
