#include "ingest/workbook_part.h"

#include "ingest/xml_stream.h"

namespace baocao {
namespace {

bool XmlTrue(const char* value) {
  const std::string_view v = value == nullptr ? "" : value;
  return v == "1" || v == "true";
}

class WorkbookHandler : public XmlHandler {
 public:
  explicit WorkbookHandler(WorkbookPart& out) : out_(out) {}
  void OnStart(const XmlName& name, const XmlAttributes& attributes) override {
    if (name.Is(XmlNamespace::kSpreadsheet, "workbookPr")) {
      out_.date1904 = XmlTrue(attributes.Find("date1904"));
    } else if (name.Is(XmlNamespace::kSpreadsheet, "sheets")) {
      in_sheets_ = true;
    } else if (in_sheets_ && name.Is(XmlNamespace::kSpreadsheet, "sheet")) {
      const char* sheet_name = attributes.Find("name");
      const char* id = attributes.Find("id", XmlNamespace::kRelationships);
      out_.sheets.push_back({sheet_name != nullptr ? sheet_name : "", id != nullptr ? id : ""});
    }
  }
  void OnEnd(const XmlName& name) override {
    if (name.Is(XmlNamespace::kSpreadsheet, "sheets")) in_sheets_ = false;
  }
  void OnText(std::string_view) override {}

 private:
  WorkbookPart& out_;
  bool in_sheets_ = false;
};

}  // namespace

WorkbookPart ReadWorkbookPart(const ZipArchive& zip, size_t entry, const std::string& file) {
  WorkbookPart out;
  WorkbookHandler handler(out);
  XmlStream(zip, entry, file, handler, XmlLimits{}).ParseToEnd();
  return out;
}

}  // namespace baocao
