#include "ingest/export_file.h"

#include <unistd.h>

#include <cstring>

#include "ingest/csv_reader.h"
#include "ingest/text_encoding.h"
#include "ingest/xls_file.h"
#include "ingest/xlsx_file.h"

namespace baocao {
namespace {

// A text export: one table, read as UTF-8 (converted first when it came in another encoding) by
// CsvReader, which detects the delimiter.
class TextFile : public ExportFile {
 public:
  TextFile(const std::string& path, const std::string& name) : text_(path, name), name_(name) {
    if (!text_.note().empty()) notes_.push_back(text_.note());
  }
  size_t TableCount() const override { return 1; }
  std::string TableName(size_t) const override { return ""; }
  std::unique_ptr<RecordSource> Open(size_t) override {
    return std::make_unique<CsvReader>(text_.path(), CsvLimits{}, name_);
  }

 private:
  Utf8Text text_;
  std::string name_;
};

// Whether the file begins with these bytes (read at offset 0 of its descriptor; a read error says no,
// and the reader chosen then reports it).
bool BeginsWith(const RegularFile& file, const char* magic, size_t size) {
  char head[8] = {};
  return ::pread(file.fd(), head, size, 0) == static_cast<ssize_t>(size) && std::memcmp(head, magic, size) == 0;
}

}  // namespace

std::unique_ptr<ExportFile> OpenExportFile(const RegularFile& file, const std::string& name) {
  if (LooksLikeXls(file)) return std::make_unique<XlsFile>(file, name);
  if (BeginsWith(file, "PK\x03\x04", 4)) return OpenXlsxFile(file.ReadPath(), name);  // a zip: .xlsx
  return std::make_unique<TextFile>(file.ReadPath(), name);
}

}  // namespace baocao
