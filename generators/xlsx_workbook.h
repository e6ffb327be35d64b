// Ownership of a libxlsxwriter workbook and checked access to its sheets and formats.
//
// XlsxWorkbook owns the lxw_workbook (freed without writing anything unless Close() succeeded),
// hands out cached formats described by a CellStyle, and turns every libxlsxwriter error into a
// baocao::Error with a Vietnamese message naming the file. XlsxSheet is a non-owning handle on one
// worksheet of it whose writers throw the same way; it must not outlive its workbook.
// Not thread-safe; one workbook per thread.
#pragma once

#include <xlsxwriter.h>

#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <tuple>

namespace baocao {

// Everything a cell format carries in our workbooks. Fonts are Times New Roman (the administrative
// document font, Nghị định 30/2020/NĐ-CP).
struct CellStyle {
  enum class Align { kLeft, kCenter, kRight };
  bool bold = false;
  bool italic = false;
  bool underline = false;
  bool border = false;
  bool wrap = false;
  Align align = Align::kLeft;
  int indent = 0;
  double size = 11;
  std::string num_format;  // "#,##0", "0.00%", or empty

  auto operator<=>(const CellStyle&) const = default;
};

class XlsxWorkbook;

class XlsxSheet {
 public:
  XlsxSheet(XlsxWorkbook& book, lxw_worksheet* sheet, std::string name)
      : book_(&book), sheet_(sheet), name_(std::move(name)) {}

  const std::string& name() const { return name_; }
  lxw_worksheet* raw() const { return sheet_; }

  void Text(int row, int col, const std::string& text, const CellStyle& style);
  void Number(int row, int col, double value, const CellStyle& style);
  // formula without the leading '=' is accepted too; cached is the value readers show.
  void Formula(int row, int col, const std::string& formula, double cached, const CellStyle& style);
  void Blank(int row, int col, const CellStyle& style);
  // Merges [first_row..last_row] x [first_col..last_col] with text; a single cell is just written.
  void Merge(int first_row, int first_col, int last_row, int last_col, const std::string& text,
             const CellStyle& style);
  void ColumnWidth(int col, double width);
  void RowHeight(int row, double points);

 private:
  void Check(lxw_error error, const std::string& what) const;

  XlsxWorkbook* book_;
  lxw_worksheet* sheet_;
  std::string name_;
};

struct DocumentProperties {
  std::string title, subject, author, company, comments;
  std::time_t created = 0;
};

class XlsxWorkbook {
 public:
  // Throws Error when libxlsxwriter cannot start a workbook for path.
  explicit XlsxWorkbook(std::string path);
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

  const std::string& path() const { return path_; }
  lxw_workbook* raw() const { return book_.get(); }

  XlsxSheet AddSheet(const std::string& name);
  lxw_format* Format(const CellStyle& style);
  void SetProperties(const DocumentProperties& properties);
  // Writes the file. Throws Error naming the path on failure.
  void Close();

  // Throws Error("Không ghi được tệp Excel <path> (<what>): <reason>") for an error, the reason in
  // Vietnamese for the errors an officer can act on (missing folder, permissions, full disk).
  void Check(lxw_error error, const std::string& what) const;

 private:
  struct Free {
    void operator()(lxw_workbook* book) const { lxw_workbook_free(book); }
  };
  std::string path_;
  std::unique_ptr<lxw_workbook, Free> book_;
  std::map<CellStyle, lxw_format*> formats_;  // owned by the workbook
};

}  // namespace baocao
