#include "ingest/xls_file.h"

#include <freexl.h>
#include <unistd.h>

#include <cstring>

#include "core/errors.h"
#include "ingest/biff_workbook.h"
#include "ingest/cell_text.h"
#include "ingest/compound_file.h"
#include "ingest/problem.h"

namespace baocao {
namespace {

constexpr unsigned char kOle2[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

const char kDamaged[] =
    "tệp Excel 97-2003 (.xls) bị hỏng hoặc sai cấu trúc, không đọc được: hãy mở bằng Excel, lưu thành .xlsx "
    "(Excel Workbook) rồi nộp tệp .xlsx";
const char kPassword[] = "tệp Excel có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại";
const char kWord[] =
    "tệp là văn bản Word (.doc), không phải bảng tính Excel: hãy nộp tệp dữ liệu xuất từ phần mềm (.xlsx, .xls "
    "hoặc .csv)";
const char kNoWorkbook[] =
    "tệp Office này không phải bảng tính Excel: hãy nộp tệp dữ liệu xuất từ phần mềm (.xlsx, .xls hoặc .csv)";
const char kBiff5[] = "tệp Excel 5.0/95 quá cũ: hãy mở bằng Excel và lưu thành .xlsx";
const char kBiffOld[] = "tệp Excel 2.x–4.0 quá cũ: hãy mở bằng Excel và lưu thành .xlsx";
const char kNotWorksheet[] =
    "tệp Excel 97-2003 (.xls) có trang biểu đồ, trang macro hoặc biểu đồ đặt trong trang tính, không đọc được ở "
    "định dạng này: hãy mở bằng Excel, lưu thành .xlsx (Excel Workbook) rồi nộp tệp .xlsx";
const char kTooManyDates[] =
    "tệp Excel 97-2003 (.xls) có quá nhiều ô ngày tháng (hoặc ô định dạng ngày có giá trị quá lớn) để đọc ở định "
    "dạng này: hãy mở bằng Excel, lưu thành .xlsx (Excel Workbook) rồi nộp tệp .xlsx";

std::string TooManyCells() {
  return "tệp Excel 97-2003 (.xls) có vùng dữ liệu quá lớn (từ ô A1 đến ô cuối cùng có dữ liệu hoặc định dạng: "
         "hơn " + GroupedCount(kMaxCells) + " ô trên các trang tính cộng lại, hoặc gấp hơn " +
         std::to_string(kCellsPerRecord) + " lần số ô thật sự có trong tệp): hãy xóa các dòng, cột thừa ở cuối "
         "trang tính (Ctrl+End cho biết ô cuối cùng) hoặc lưu thành .xlsx";
}

std::string Why(BiffProblem problem) {
  switch (problem) {
    case BiffProblem::kDamaged: return kDamaged;
    case BiffProblem::kPassword: return kPassword;
    case BiffProblem::kBiff5: return kBiff5;
    case BiffProblem::kBiffOld: return kBiffOld;
    case BiffProblem::kNotWorksheet: return kNotWorksheet;
    case BiffProblem::kTooManyDates: return kTooManyDates;
    case BiffProblem::kTooManyCells: return TooManyCells();
  }
  return kDamaged;
}

bool IsOldBiffStart(const unsigned char* b) {
  // BOF of BIFF2 (0x0009, 4 bytes), BIFF3 (0x0209, 6) or BIFF4 (0x0409, 6), then a worksheet,
  // macro, chart or workbook type.
  const unsigned type = b[0] | b[1] << 8, size = b[2] | b[3] << 8;
  return (type == 0x0009 && size == 4) || ((type == 0x0209 || type == 0x0409) && size == 6);
}

// The number format codes Excel 97 does not write into the file (built into every copy of Excel).
std::string BuiltInFormatCode(uint16_t id) {
  switch (id) {
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 5: case 6: return "$#,##0_);($#,##0)";
    case 7: case 8: return "$#,##0.00_);($#,##0.00)";
    case 9: return "0%";
    case 10: return "0.00%";
    case 11: return "0.00E+00";
    case 12: return "# ?/?";
    case 13: return "# ??" "/??";
    case 37: case 38: return "#,##0 ;(#,##0)";
    case 39: case 40: return "#,##0.00;(#,##0.00)";
    case 41: case 42: return "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)";
    case 43: case 44: return "_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)";
    case 48: return "##0.0E+0";
    case 49: return "@";
    default: return "General";
  }
}

std::string NumberCellText(const BiffWorkbook& book, const BiffCell& cell) {
  const uint16_t format = cell.xf < book.xf_formats.size() ? book.xf_formats[cell.xf] : 0;
  const auto found = book.formats.find(format);
  const std::string code = found != book.formats.end() ? found->second : BuiltInFormatCode(format);
  if (IsBuiltInDateFormat(format) || IsDateFormatCode(code)) {
    if (auto date = SerialDateText(cell.number, book.date1904)) return *date;
    return NumberText(cell.number);
  }
  return NumberText(cell.number, FixedDecimals(code));
}

struct FreexlCloser {
  void operator()(const void* handle) const { freexl_close(handle); }
};
using FreexlHandle = std::unique_ptr<const void, FreexlCloser>;

// One worksheet's records, from the cells read by XlsFile.
class XlsSheetSource : public RecordSource {
 public:
  XlsSheetSource(const XlsFile::Sheet& sheet, const std::string& name, const CsvLimits& limits)
      : sheet_(sheet), name_(name), limits_(limits) {}

  bool Next(std::vector<std::string>& fields) override {
    const auto& cells = sheet_.cells;
    while (next_ < cells.size()) {
      const uint32_t row = cells[next_].row;
      row_ = static_cast<int>(row) + 1;
      fields.assign(std::min<size_t>(sheet_.columns, limits_.max_fields), std::string());
      bool blank = true;
      for (; next_ < cells.size() && cells[next_].row == row; ++next_) {
        const XlsFile::Cell& cell = cells[next_];
        if (cell.text.empty()) continue;
        const int column = cell.column + 1;
        if (cell.column >= limits_.max_fields)
          throw InputError(name_, row_, column,
                           "dòng có hơn " + GroupedCount(limits_.max_fields) + " cột (giới hạn: " +
                               GroupedCount(limits_.max_fields) + " cột một dòng)");
        if (cell.text.size() > limits_.max_field_bytes)
          throw InputError(name_, row_, column,
                           "ô dài hơn " + GroupedCount(limits_.max_field_bytes) + " byte (giới hạn: " +
                               GroupedCount(limits_.max_field_bytes) + " byte một ô)");
        fields[cell.column] = cell.text;
        blank = false;
      }
      if (!blank) return true;
    }
    fields.clear();
    return false;
  }

  int row() const override { return row_; }
  // The share of the sheet's cells returned so far (they are held in row order).
  std::optional<double> FractionRead() const override {
    if (sheet_.cells.empty()) return 1.0;
    return static_cast<double>(next_) / static_cast<double>(sheet_.cells.size());
  }

 private:
  const XlsFile::Sheet& sheet_;
  const std::string& name_;
  const CsvLimits& limits_;
  size_t next_ = 0;
  int row_ = 0;
};

}  // namespace

bool LooksLikeXls(const RegularFile& file) {
  unsigned char head[8] = {};
  const ssize_t n = pread(file.fd(), head, sizeof head, 0);
  if (n >= 8 && std::memcmp(head, kOle2, sizeof kOle2) == 0) return true;
  return n >= 4 && IsOldBiffStart(head);
}

XlsFile::XlsFile(const RegularFile& file, std::string name, CsvLimits limits)
    : name_(std::move(name)), limits_(limits) {
  const auto refuse = [&](const std::string& why) { throw InputError(name_, 0, 0, why); };
  unsigned char head[8] = {};
  if (pread(file.fd(), head, sizeof head, 0) >= 4 && IsOldBiffStart(head)) refuse(kBiffOld);

  const auto container = CompoundFile::Open(file.fd(), static_cast<uint64_t>(file.status().st_size));
  if (!container) refuse(kDamaged);

  // The workbook stream as freexl finds it: the first entry named "Workbook" (or Excel 5's "Book")
  // among those of the first directory sector.
  const CompoundFile::Entry* stream = nullptr;
  for (const auto& entry : container->entries()) {
    if (entry.type != 0 && (entry.name == "Workbook" || entry.name == "Book")) {
      stream = &entry;
      break;
    }
  }
  if (!stream) {
    if (container->FindStream("Workbook") || container->FindStream("Book")) refuse(kDamaged);
    if (container->Find("EncryptedPackage")) refuse(kPassword);
    if (container->Find("WordDocument")) refuse(kWord);
    refuse(kNoWorkbook);
  }
  if (stream->type != 2 || stream->index >= container->EntriesInFirstDirectorySector()) refuse(kDamaged);
  if (container->InMiniStream(*stream) || (container->HasMiniFat() && stream->size <= CompoundFile::kMiniCutoff)) {
    // freexl reads a small workbook from the start of the mini stream, whatever its chain says.
    if (stream->size >= CompoundFile::kMiniCutoff || !container->HasMiniFat() ||
        container->entries()[0].name != "Root Entry" || !container->MiniStreamFromStart(*stream))
      refuse(kDamaged);
  }
  const auto bytes = container->Read(*stream);
  if (!bytes) refuse(kDamaged);
  BiffWorkbook book;
  try {
    book = ReadBiffWorkbook(*bytes);
  } catch (const BiffRefused& refused) {
    refuse(Why(refused.problem));
  }

  const void* raw = nullptr;
  const int opened = freexl_open(file.ReadPath().c_str(), &raw);
  FreexlHandle handle(raw);
  unsigned int sheet_count = 0;
  if (opened != FREEXL_OK || !handle || freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, &sheet_count) != FREEXL_OK ||
      sheet_count != book.sheets.size())
    refuse(kDamaged);

  for (size_t s = 0; s < book.sheets.size(); ++s) {
    BiffSheet& biff = book.sheets[s];
    Sheet& sheet = sheets_.emplace_back();
    const char* sheet_name = nullptr;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_get_worksheet_name(raw, static_cast<unsigned short>(s), &sheet_name) != FREEXL_OK || !sheet_name ||
        freexl_select_active_worksheet(raw, static_cast<unsigned short>(s)) != FREEXL_OK ||
        freexl_worksheet_dimensions(raw, &rows, &columns) != FREEXL_OK || rows != biff.rows ||
        columns != biff.columns)
      refuse(kDamaged);
    sheet.name = sheet_name;
    sheet.columns = biff.columns;
    sheet.cells.reserve(biff.cells.size());
    for (BiffCell& cell : biff.cells) {
      std::string text;
      switch (cell.kind) {
        case BiffCell::Kind::kText: {
          FreeXL_CellValue value{};
          if (freexl_get_cell_value(raw, cell.row, cell.column, &value) != FREEXL_OK ||
              (value.type != FREEXL_CELL_TEXT && value.type != FREEXL_CELL_SST_TEXT) || !value.value.text_value)
            refuse(kDamaged);
          text = value.value.text_value;
          break;
        }
        case BiffCell::Kind::kNumber: text = NumberCellText(book, cell); break;
        case BiffCell::Kind::kBool: text = cell.code ? "1" : "0"; break;
        case BiffCell::Kind::kError:
        case BiffCell::Kind::kString: text = std::move(cell.text); break;
      }
      sheet.cells.push_back({cell.row, cell.column, std::move(text)});
    }
  }
  if (book.date1904)
    notes_.push_back("bảng tính dùng hệ ngày 1904 (Excel cho Mac): ngày tháng đã được đọc theo hệ này");
}

std::unique_ptr<RecordSource> XlsFile::Open(size_t index) {
  return std::make_unique<XlsSheetSource>(sheets_.at(index), name_, limits_);
}

}  // namespace baocao
