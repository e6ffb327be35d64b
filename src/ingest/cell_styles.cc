#include "ingest/cell_styles.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <unordered_map>

#include "ingest/cell_text.h"
#include "ingest/problem.h"
#include "ingest/workbook_error.h"
#include "ingest/xml_stream.h"

namespace baocao {
namespace {

constexpr size_t kMaxNumberFormats = 65536;
constexpr size_t kMaxCellStyles = 1048576;

int IdOf(const char* text) {
  int id = 0;
  if (text == nullptr) return 0;
  const auto [end, error] = std::from_chars(text, text + std::strlen(text), id);
  return error == std::errc() && *end == '\0' ? id : 0;
}

class StylesHandler : public XmlHandler {
 public:
  StylesHandler(const std::string& file, const std::string& part) : file_(file), part_(part) {}
  void OnStart(const XmlName& name, const XmlAttributes& attributes) override {
    if (name.ns != XmlNamespace::kSpreadsheet) return;
    if (name.local == "numFmts") {
      in_formats_ = true;
    } else if (name.local == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (in_formats_ && name.local == "numFmt") {
      const char* code = attributes.Find("formatCode");
      if (custom_.size() == kMaxNumberFormats)
        throw DamagedWorkbook(file_, 0, 0, "phần " + part_ + " có hơn " + GroupedCount(kMaxNumberFormats) + " định dạng số");
      custom_[IdOf(attributes.Find("numFmtId"))] = CellStyles::OfCode(code != nullptr ? code : "");
    } else if (in_cell_xfs_ && name.local == "xf") {
      if (ids.size() == kMaxCellStyles)
        throw DamagedWorkbook(file_, 0, 0, "phần " + part_ + " có hơn " + GroupedCount(kMaxCellStyles) + " kiểu ô");
      ids.push_back(IdOf(attributes.Find("numFmtId")));
    }
  }
  void OnEnd(const XmlName& name) override {
    if (name.Is(XmlNamespace::kSpreadsheet, "numFmts")) in_formats_ = false;
    if (name.Is(XmlNamespace::kSpreadsheet, "cellXfs")) in_cell_xfs_ = false;
  }
  void OnText(std::string_view) override {}

  NumberFormat FormatOf(int id) const {
    const auto custom = custom_.find(id);
    return custom != custom_.end() ? custom->second : CellStyles::BuiltIn(id);
  }

  std::vector<int> ids;  // numFmtId of each cellXfs entry, in order

 private:
  const std::string& file_;
  const std::string& part_;
  std::unordered_map<int, NumberFormat> custom_;
  bool in_formats_ = false;
  bool in_cell_xfs_ = false;
};

}  // namespace

NumberFormat CellStyles::BuiltIn(int id) {
  if (IsBuiltInDateFormat(id)) return {true, -1};
  switch (id) {
    case 1: case 3: case 5: case 6: case 37: case 38: case 41: case 42: return {false, 0};
    case 2: case 4: case 7: case 8: case 39: case 40: case 43: case 44: return {false, 2};
    default: return {};  // General, percent, scientific, fractions, text
  }
}

NumberFormat CellStyles::OfCode(const std::string& code) {
  if (IsDateFormatCode(code)) return {true, -1};
  // A percent shows the value times 100: fixing its decimals would cut digits of the value.
  if (code.find('%') != std::string::npos) return {};
  const int decimals = FixedDecimals(code);
  return {false, static_cast<int8_t>(std::min(decimals, 15))};
}

CellStyles CellStyles::Read(const ZipArchive& zip, size_t entry, const std::string& file) {
  const std::string part = zip.EntryName(entry);
  StylesHandler handler(file, part);
  XmlLimits limits;
  limits.max_part_bytes = 64u << 20;  // bloated styles parts (thousands of styles) run to a few MiB
  XmlStream(zip, entry, file, handler, limits).ParseToEnd();
  CellStyles styles;
  styles.formats_.reserve(handler.ids.size());
  for (const int id : handler.ids) styles.formats_.push_back(handler.FormatOf(id));
  return styles;
}

}  // namespace baocao
