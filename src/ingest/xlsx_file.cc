#include "ingest/xlsx_file.h"

#include <algorithm>
#include <stdexcept>

#include "core/text.h"
#include "ingest/workbook_error.h"
#include "ingest/workbook_part.h"
#include "ingest/worksheet_reader.h"

namespace baocao {
namespace {

constexpr size_t kMaxMergedRanges = 1048576;

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return s;
}

bool StartsWith(const std::string& s, std::string_view prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

constexpr const char* kSaveAs = ": hãy lưu thành .xlsx hoặc CSV UTF-8";

}  // namespace

XlsxFile::XlsxFile(const std::string& path, const std::string& name) : name_(name) {
  try {
    zip_ = std::make_unique<ZipArchive>(path);
  } catch (const ZipError& e) {
    throw WorkbookZipError(e, name_, 0);
  }
  const std::string workbook = FindWorkbookPart();
  const auto workbook_entry = zip_->Find(workbook);
  if (!workbook_entry) throw DamagedWorkbook(name_, 0, 0, "thiếu phần " + workbook);
  const WorkbookPart part = ReadWorkbookPart(*zip_, *workbook_entry, name_);
  date1904_ = part.date1904;

  const std::string rels_part = RelationshipsPartOf(workbook);
  const auto rels_entry = zip_->Find(rels_part);
  if (!rels_entry) throw DamagedWorkbook(name_, 0, 0, "thiếu phần " + rels_part);
  const std::vector<Relationship> relationships = ReadRelationships(*zip_, *rels_entry, workbook, name_);

  for (const WorkbookSheet& sheet : part.sheets) {
    const auto r = std::find_if(relationships.begin(), relationships.end(),
                                [&](const Relationship& x) { return x.id == sheet.relationship_id; });
    if (r == relationships.end())
      throw DamagedWorkbook(name_, 0, 0,
                            "trang tính " + Quoted(sheet.name) + " không có trong phần " + rels_part);
    if (r->type != "worksheet" || r->external) continue;  // chart sheets, dialog and macro sheets
    const auto entry = zip_->Find(r->target);
    if (!entry)
      throw DamagedWorkbook(name_, 0, 0, "thiếu phần " + r->target + " của trang tính " + Quoted(sheet.name));
    sheets_.push_back({sheet.name, *entry, nullptr});
  }
  if (sheets_.empty())
    throw InputError(name_, 0, 0,
                     "sổ Excel không có trang tính dữ liệu nào (chỉ có trang biểu đồ hoặc không có trang nào): "
                     "hãy đặt dữ liệu vào một trang tính rồi lưu lại");

  if (const auto styles = RelatedPart(relationships, "styles", workbook, "styles.xml"))
    styles_ = CellStyles::Read(*zip_, *styles, name_);
  if (const auto strings = RelatedPart(relationships, "sharedStrings", workbook, "sharedStrings.xml"))
    strings_ = SharedStrings::Read(*zip_, *strings, name_);
}

XlsxFile::~XlsxFile() = default;

// The part a relationship of the given type targets; else the usual part next to the workbook, when
// the archive has it (some writers leave the relationship out).
std::optional<size_t> XlsxFile::RelatedPart(const std::vector<Relationship>& relationships, const std::string& type,
                                            const std::string& workbook, const std::string& fallback) const {
  for (const Relationship& r : relationships) {
    if (r.type != type || r.external) continue;
    const auto entry = zip_->Find(r.target);
    if (!entry) throw DamagedWorkbook(name_, 0, 0, "thiếu phần " + r.target);
    return entry;
  }
  return zip_->Find(ResolveTarget(workbook, fallback));
}

// The workbook part that the package's relationships name, refusing what is not a workbook.
std::string XlsxFile::FindWorkbookPart() const {
  std::string target;
  if (const auto rels = zip_->Find("_rels/.rels")) {
    for (const Relationship& r : ReadRelationships(*zip_, *rels, "", name_)) {
      if (r.type == "officeDocument" && !r.external) {
        target = r.target;
        break;
      }
    }
  }
  if (target.empty() && zip_->Find("xl/workbook.xml")) target = "xl/workbook.xml";
  const std::string lower = Lower(target);
  if (EndsWith(lower, ".bin")) throw InputError(name_, 0, 0, std::string("sổ Excel nhị phân (.xlsb) chưa được nhận") + kSaveAs);
  if (StartsWith(lower, "word/") || (target.empty() && zip_->Find("word/document.xml")))
    throw InputError(name_, 0, 0, "tệp Word (.docx), không phải bảng tính Excel: hãy xuất dữ liệu thành .xlsx hoặc CSV UTF-8");
  if (StartsWith(lower, "ppt/") || (target.empty() && zip_->Find("ppt/presentation.xml")))
    throw InputError(name_, 0, 0,
                     "tệp PowerPoint (.pptx), không phải bảng tính Excel: hãy xuất dữ liệu thành .xlsx hoặc CSV UTF-8");
  if (!target.empty()) return target;
  if (const auto mimetype = zip_->Find("mimetype")) {
    char head[64] = {};
    size_t n = 0;
    try {
      ZipArchive::Entry entry = zip_->Open(*mimetype);
      n = entry.Read(head, sizeof head);
    } catch (const ZipError&) {
      n = 0;  // unreadable: not an OpenDocument file as far as can be told
    }
    const std::string_view type(head, n);
    if (type.substr(0, 46) == "application/vnd.oasis.opendocument.spreadsheet")
      throw InputError(name_, 0, 0, std::string("bảng tính OpenDocument (.ods) chưa được nhận") + kSaveAs);
    if (type.substr(0, 35) == "application/vnd.oasis.opendocument.")
      throw InputError(name_, 0, 0,
                       "tệp OpenDocument không phải bảng tính: hãy xuất dữ liệu thành .xlsx hoặc CSV UTF-8");
  }
  throw InputError(name_, 0, 0,
                   "tệp nén zip nhưng không phải sổ Excel (.xlsx): hãy nộp tệp .xlsx hoặc CSV UTF-8 xuất từ phần mềm một cửa");
}

std::unique_ptr<RecordSource> XlsxFile::Open(size_t index) {
  Sheet& sheet = sheets_.at(index);
  if (!sheet.merges)
    sheet.merges = std::make_shared<const std::vector<CellRange>>(
        ScanMergedCells(*zip_, sheet.entry, name_, WorksheetReader::kMaxPartBytes, kMaxMergedRanges,
                        static_cast<int>(CsvLimits{}.max_fields)));
  return std::make_unique<WorksheetReader>(WorksheetContext{*zip_, strings_, styles_, date1904_, name_}, sheet.entry,
                                           sheet.merges);
}

std::unique_ptr<ExportFile> OpenXlsxFile(const std::string& path, const std::string& name) {
  return std::make_unique<XlsxFile>(path, name);
}

}  // namespace baocao
