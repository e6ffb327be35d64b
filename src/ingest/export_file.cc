#include "ingest/export_file.h"

#include "ingest/csv_reader.h"
#include "ingest/text_encoding.h"

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

}  // namespace

std::unique_ptr<ExportFile> OpenExportFile(const RegularFile& file, const std::string& name) {
  return std::make_unique<TextFile>(file.ReadPath(), name);
}

}  // namespace baocao
