#include "ingest/export_file.h"

#include "ingest/csv_reader.h"
#include "ingest/xls_file.h"

namespace baocao {
namespace {

// A text export: one table, read by CsvReader (which detects the delimiter).
class TextFile : public ExportFile {
 public:
  TextFile(std::string path, std::string name) : path_(std::move(path)), name_(std::move(name)) {}
  size_t TableCount() const override { return 1; }
  std::string TableName(size_t) const override { return ""; }
  std::unique_ptr<RecordSource> Open(size_t) override {
    return std::make_unique<CsvReader>(path_, CsvLimits{}, name_);
  }

 private:
  std::string path_;
  std::string name_;
};

}  // namespace

std::unique_ptr<ExportFile> OpenExportFile(const RegularFile& file, const std::string& name) {
  if (LooksLikeXls(file)) return std::make_unique<XlsFile>(file, name);
  return std::make_unique<TextFile>(file.ReadPath(), name);
}

}  // namespace baocao
