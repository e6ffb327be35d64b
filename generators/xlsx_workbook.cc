#include "generators/xlsx_workbook.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "core/errors.h"

namespace baocao {
namespace {

// libxlsxwriter's reasons in Vietnamese where an officer can act on them; its own text otherwise.
std::string Reason(lxw_error error) {
  switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
      return "không tạo được tệp (thư mục không tồn tại hoặc không có quyền ghi)";
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
      return "không dùng được tệp tạm trong thư mục tạm của hệ thống";
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      return "hết bộ nhớ";
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
      return "lỗi khi ghi tệp nén (ổ đĩa đầy?)";
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
      return "tên trang dài quá 31 ký tự (sheet_name của mẫu báo cáo)";
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
      return "tên trang có ký tự không được dùng [ ] : * ? / \\ (sheet_name của mẫu báo cáo)";
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
      return "tên trang không được bắt đầu hay kết thúc bằng dấu ' (sheet_name của mẫu báo cáo)";
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
      return "hai trang trùng tên (sheet_name của các mẫu báo cáo)";
    default:
      return lxw_strerror(error);
  }
}

// Where libxlsxwriter keeps a workbook's parts while it writes them (it zips them at close): a
// dozen temporary files a workbook, thousands in a run that writes every unit's reports. Creating
// and deleting that many files in /tmp on ext4 cost more than writing the workbooks (the kernel's
// inode allocator searching past recently deleted inodes), so they go to /dev/shm, in memory, when
// it is a writable folder and $TMPDIR does not name another; else to libxlsxwriter's default
// ($TMPDIR or /tmp). A part is a few kilobytes: a report's sheets are tables of units.
char* PartsDir() {
  static std::string dir = [] {
    const char* tmpdir = std::getenv("TMPDIR");
    if (tmpdir != nullptr && *tmpdir != '\0') return std::string();
    std::error_code ignored;
    if (std::filesystem::is_directory("/dev/shm", ignored) && access("/dev/shm", W_OK | X_OK) == 0)
      return std::string("/dev/shm");
    return std::string();
  }();
  return dir.empty() ? nullptr : dir.data();
}

}  // namespace

void XlsxSheet::Check(lxw_error error, const std::string& what) const {
  book_->Check(error, "trang \"" + name_ + "\", " + what);
}

void XlsxSheet::Text(int row, int col, const std::string& text, const CellStyle& style) {
  Check(worksheet_write_string(sheet_, row, col, text.c_str(), book_->Format(style)), "ô chữ");
}

void XlsxSheet::Number(int row, int col, double value, const CellStyle& style) {
  Check(worksheet_write_number(sheet_, row, col, value, book_->Format(style)), "ô số");
}

void XlsxSheet::Formula(int row, int col, const std::string& formula, double cached,
                        const CellStyle& style) {
  Check(
      worksheet_write_formula_num(sheet_, row, col, formula.c_str(), book_->Format(style), cached),
      "công thức " + formula);
}

void XlsxSheet::Blank(int row, int col, const CellStyle& style) {
  Check(worksheet_write_blank(sheet_, row, col, book_->Format(style)), "ô trống");
}

void XlsxSheet::Merge(int first_row, int first_col, int last_row, int last_col,
                      const std::string& text, const CellStyle& style) {
  if (first_row == last_row && first_col == last_col) {
    Text(first_row, first_col, text, style);
    return;
  }
  Check(worksheet_merge_range(sheet_, first_row, first_col, last_row, last_col, text.c_str(),
                              book_->Format(style)),
        "gộp ô");
}

void XlsxSheet::ColumnWidth(int col, double width) {
  Check(worksheet_set_column(sheet_, col, col, width, nullptr), "độ rộng cột");
}

void XlsxSheet::RowHeight(int row, double points) {
  Check(worksheet_set_row(sheet_, row, points, nullptr), "chiều cao dòng");
}

XlsxWorkbook::XlsxWorkbook(std::string path) : path_(std::move(path)) {
  lxw_workbook_options options = {};
  options.tmpdir = PartsDir();
  book_.reset(workbook_new_opt(path_.c_str(), &options));
  if (!book_) throw Error("Không tạo được tệp Excel " + path_);
}

void XlsxWorkbook::Check(lxw_error error, const std::string& what) const {
  if (error == LXW_NO_ERROR) return;
  throw Error("Không ghi được tệp Excel " + path_ + " (" + what + "): " + Reason(error));
}

XlsxSheet XlsxWorkbook::AddSheet(const std::string& name) {
  lxw_worksheet* sheet = workbook_add_worksheet(book_.get(), name.c_str());
  if (sheet == nullptr) {
    Check(workbook_validate_sheet_name(book_.get(), name.c_str()), "trang \"" + name + "\"");
    throw Error("Không ghi được tệp Excel " + path_ + ": không tạo được trang \"" + name + "\"");
  }
  return XlsxSheet(*this, sheet, name);
}

lxw_format* XlsxWorkbook::Format(const CellStyle& s) {
  const auto it = formats_.find(s);
  if (it != formats_.end()) return it->second;
  lxw_format* f = workbook_add_format(book_.get());
  if (f == nullptr) throw Error("Không ghi được tệp Excel " + path_ + ": hết bộ nhớ");
  format_set_font_name(f, "Times New Roman");
  format_set_font_size(f, s.size);
  if (s.bold) format_set_bold(f);
  if (s.italic) format_set_italic(f);
  if (s.underline) format_set_underline(f, LXW_UNDERLINE_SINGLE);
  if (s.border) format_set_border(f, LXW_BORDER_THIN);
  if (s.wrap) format_set_text_wrap(f);
  switch (s.align) {
    case CellStyle::Align::kLeft:
      format_set_align(f, LXW_ALIGN_LEFT);
      break;
    case CellStyle::Align::kCenter:
      format_set_align(f, LXW_ALIGN_CENTER);
      break;
    case CellStyle::Align::kRight:
      format_set_align(f, LXW_ALIGN_RIGHT);
      break;
  }
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  if (s.indent > 0) format_set_indent(f, static_cast<uint8_t>(s.indent));
  if (!s.num_format.empty()) format_set_num_format(f, s.num_format.c_str());
  formats_.emplace(s, f);
  return f;
}

void XlsxWorkbook::SetProperties(const DocumentProperties& p) {
  // libxlsxwriter copies the strings.
  const auto text = [](const std::string& s) {
    return s.empty() ? nullptr : const_cast<char*>(s.c_str());
  };
  lxw_doc_properties props = {};
  props.title = text(p.title);
  props.subject = text(p.subject);
  props.author = text(p.author);
  props.company = text(p.company);
  props.comments = text(p.comments);
  props.created = p.created;
  Check(workbook_set_properties(book_.get(), &props), "thuộc tính tài liệu");
}

void XlsxWorkbook::Close() {
  // workbook_close formats the document's creation date with gmtime(), whose result lives in one
  // buffer shared by every thread: two workbooks closed at once (a run writes units' reports on
  // several threads) could swap their dates. One close at a time; the rest of a workbook, and PDFs,
  // are written in parallel.
  static std::mutex closing;
  std::lock_guard lock(closing);
  lxw_workbook* book = book_.release();
  // workbook_close writes the file and frees the workbook whatever the outcome.
  Check(workbook_close(book), "đóng tệp");
}

}  // namespace baocao
