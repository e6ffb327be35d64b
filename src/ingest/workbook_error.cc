#include "ingest/workbook_error.h"

#include "ingest/problem.h"

namespace baocao {

std::string DamagedWorkbookWhy(const std::string& detail) {
  return "tệp Excel bị hỏng (" + detail + "): hãy mở tệp bằng Excel và lưu lại, hoặc xuất lại từ phần mềm một cửa";
}

std::string OversizedWorkbookWhy(const std::string& detail) {
  return "tệp Excel quá lớn (" + detail + "): hãy chia dữ liệu thành nhiều tệp nhỏ hơn rồi nộp từng tệp";
}

InputError DamagedWorkbook(const std::string& file, int row, int column, const std::string& detail) {
  return InputError(file, row, column, DamagedWorkbookWhy(detail));
}

InputError WorkbookZipError(const ZipError& error, const std::string& file, int row) {
  if (error.kind() == ZipError::Kind::kUnreadable) return InputError(file, row, 0, error.what());
  return DamagedWorkbook(file, row, 0, error.what());
}

std::string MebibyteText(unsigned long long bytes) {
  if (bytes % (1 << 20) != 0) return GroupedCount(static_cast<int64_t>(bytes)) + " byte";
  return GroupedCount(static_cast<int64_t>(bytes >> 20)) + " MiB";
}

}  // namespace baocao
