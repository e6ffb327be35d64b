// The words every part of the .xlsx reader uses for a workbook it cannot read: damaged (a broken
// zip, bad XML, a missing part) or over a size limit. Each says what the officer can do about it.
#pragma once

#include <string>

#include "core/errors.h"
#include "ingest/zip_archive.h"

namespace baocao {

// "tệp Excel bị hỏng (<detail>): hãy mở tệp bằng Excel và lưu lại, hoặc xuất lại từ phần mềm một cửa"
std::string DamagedWorkbookWhy(const std::string& detail);

// "tệp Excel quá lớn (<detail>): hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nộp từng tệp"
std::string OversizedWorkbookWhy(const std::string& detail);

// The InputError of a damaged workbook: file names the file, row/column where known (0 if not).
InputError DamagedWorkbook(const std::string& file, int row, int column, const std::string& detail);

// The InputError for a ZipError met while reading the workbook: damaged (DamagedWorkbookWhy) or the
// file unreadable (the system's reason, in Vietnamese).
InputError WorkbookZipError(const ZipError& error, const std::string& file, int row);

// "1 MiB", "4.096 MiB": a byte limit as the messages write it (grouped; "5 byte" when not whole MiB).
std::string MebibyteText(unsigned long long bytes);

}  // namespace baocao
