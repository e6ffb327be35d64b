#include "ingest/worksheet_reader.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "core/text.h"
#include "ingest/cell_reference.h"
#include "ingest/cell_text.h"
#include "ingest/ooxml_escapes.h"
#include "ingest/problem.h"
#include "ingest/workbook_error.h"

namespace baocao {
namespace {

std::string_view TrimAscii(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

template <typename Number>
bool ParseWhole(std::string_view s, Number& value) {
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  return error == std::errc() && end == s.data() + s.size() && !s.empty();
}

}  // namespace

WorksheetReader::WorksheetReader(const WorksheetContext& context, size_t entry,
                                 std::shared_ptr<const std::vector<CellRange>> merges, CsvLimits limits)
    : context_(context),
      limits_(limits),
      part_(context.zip.EntryName(entry)),
      merges_(std::move(merges), static_cast<int>(limits.max_fields), context.file, part_),
      stream_(context.zip, entry, context.file, *this, XmlLimits{kMaxPartBytes, 128, 4u << 20}),
      max_raw_((limits.max_field_bytes + 1) * 8) {}

void WorksheetReader::Damaged(int column, const std::string& detail) const {
  throw DamagedWorkbook(context_.file, row_, column, detail);
}

void WorksheetReader::Refuse(int column, const std::string& why) const {
  throw InputError(context_.file, row_, column, why);
}

bool WorksheetReader::Next(std::vector<std::string>& fields) {
  fields_ = &fields;
  row_ready_ = false;
  while (!row_ready_) {
    if (!stream_.Parse()) break;
  }
  fields_ = nullptr;
  if (!row_ready_) fields.clear();
  return row_ready_;
}

void WorksheetReader::OnStart(const XmlName& name, const XmlAttributes& attributes) {
  if (name.ns != XmlNamespace::kSpreadsheet) return;
  const std::string_view n = name.local;
  if (in_cell_) {
    if (n == "v") {
      capture_ = type_ != CellType::kInline;
    } else if (n == "is") {
      in_inline_ = true;
    } else if (n == "rPh") {
      ++phonetic_depth_;
    } else if (n == "t") {
      capture_ = in_inline_ && phonetic_depth_ == 0;
    }
  } else if (in_row_) {
    if (n == "c") StartCell(attributes);
  } else if (in_sheet_data_) {
    if (n == "row") StartRow(attributes);
  } else if (n == "sheetData") {
    in_sheet_data_ = true;
  } else if (n == "dimension") {
    // The used range ("A1:K14"): its last column is every record's width. A ref that is not a
    // range of the grid says nothing (records then end at their last non-empty cell).
    const std::string_view ref = TrimAscii(attributes.Find("ref") != nullptr ? attributes.Find("ref") : "");
    const size_t colon = ref.find(':');
    if (const auto last = ParseCellReference(colon == std::string_view::npos ? ref : ref.substr(colon + 1)))
      width_ = std::min(static_cast<size_t>(last->column) + 1, limits_.max_fields);
  }
}

void WorksheetReader::OnEnd(const XmlName& name) {
  if (name.ns != XmlNamespace::kSpreadsheet) return;
  const std::string_view n = name.local;
  if (in_cell_) {
    if (n == "v" || n == "t") {
      capture_ = false;
    } else if (n == "rPh") {
      if (phonetic_depth_ > 0) --phonetic_depth_;
    } else if (n == "is") {
      in_inline_ = false;
    } else if (n == "c") {
      EndCell();
    }
  } else if (in_row_) {
    if (n == "row") EndRow();
  } else if (in_sheet_data_ && n == "sheetData") {
    in_sheet_data_ = false;
    stream_.Stop();  // the rest (merged cells, print settings) is not needed here
  }
}

void WorksheetReader::OnText(std::string_view text) {
  if (!capture_) return;
  if (text_.size() + text.size() > max_raw_)  // escapes are 7 bytes a character at most
    Refuse(column_ + 1, "ô dài hơn " + GroupedCount(static_cast<int64_t>(limits_.max_field_bytes)) +
                            " byte (giới hạn: " + GroupedCount(static_cast<int64_t>(limits_.max_field_bytes)) +
                            " byte một ô)");
  text_.append(text);
}

void WorksheetReader::StartRow(const XmlAttributes& attributes) {
  const char* r = attributes.Find("r");
  long number = last_row_ + 1L;
  if (r != nullptr) {
    const std::string_view text = TrimAscii(r);
    if (!ParseWhole(text, number) || number < 1) {
      row_ = 0;
      Damaged(0, "phần " + part_ + " có số dòng " + Quoted(text) + " không hợp lệ");
    }
  }
  if (number > kMaxSheetRows) {
    row_ = 0;
    Damaged(0, "phần " + part_ + " có dòng số " + GroupedCount(number) + ", quá số dòng tối đa của Excel (" +
                   GroupedCount(kMaxSheetRows) + ")");
  }
  if (number <= last_row_) {
    row_ = static_cast<int>(number);
    Damaged(0, "phần " + part_ + " ghi dòng " + GroupedCount(number) + " sau dòng " + GroupedCount(last_row_) +
                   " (các dòng phải theo thứ tự tăng dần)");
  }
  row_ = static_cast<int>(number);
  in_row_ = true;
  last_column_ = -1;
  row_bytes_ = 0;
  for (std::string& f : *fields_) f.clear();
  stream_.set_error_row(row_);
}

void WorksheetReader::StartCell(const XmlAttributes& attributes) {
  int column = last_column_ + 1;
  if (const char* r = attributes.Find("r")) {
    // The row is the <row>'s; only the column is taken from the reference.
    const auto reference = ParseCellReference(TrimAscii(r));
    if (!reference) Damaged(0, "phần " + part_ + " có ô " + Quoted(r) + " không hợp lệ");
    column = reference->column;
  }
  if (column >= kMaxSheetColumns)
    Damaged(0, "dòng có hơn " + GroupedCount(kMaxSheetColumns) + " ô, quá số cột tối đa của Excel (phần " + part_ + ")");
  if (column <= last_column_)
    Damaged(column + 1, "phần " + part_ + " ghi ô " + CellName(row_, column) + " sau ô " +
                            CellName(row_, last_column_) + " (các ô của một dòng phải theo thứ tự)");
  column_ = column;
  const char* t = attributes.Find("t");
  const std::string_view type = t != nullptr ? t : "n";
  type_ = type == "n"           ? CellType::kNumber
          : type == "s"         ? CellType::kShared
          : type == "inlineStr" ? CellType::kInline
          : type == "str"       ? CellType::kFormulaString
          : type == "b"         ? CellType::kBoolean
          : type == "e"         ? CellType::kError
          : type == "d"         ? CellType::kDate
                                : CellType::kOther;
  style_ = 0;
  if (const char* s = attributes.Find("s")) {
    if (!ParseWhole(TrimAscii(s), style_)) style_ = 0;
  }
  text_.clear();
  in_cell_ = true;
  in_inline_ = false;
  capture_ = false;
  phonetic_depth_ = 0;
}

void WorksheetReader::CellValue() {
  value_.clear();
  switch (type_) {
    case CellType::kNumber: {
      const std::string_view text = TrimAscii(text_);
      double number = 0;
      if (text.empty()) return;
      if (!ParseWhole(text, number)) {  // not a number after all: the text as written
        value_.assign(text);
        return;
      }
      const NumberFormat format = context_.styles.Of(style_);
      if (format.date) {
        if (auto date = SerialDateText(number, context_.date1904)) {
          value_ = std::move(*date);
          return;
        }
        value_ = NumberText(number);
        return;
      }
      value_ = NumberText(number, format.decimals);
      return;
    }
    case CellType::kShared: {
      const std::string_view text = TrimAscii(text_);
      size_t index = 0;
      if (text.empty()) return;  // <c t="s"/>: a styled empty cell
      if (!ParseWhole(text, index))
        Damaged(column_ + 1, "ô " + CellName(row_, column_) + " có chỉ số chuỗi dùng chung " + Quoted(text) +
                                 " không hợp lệ");
      if (index >= context_.strings.size())
        Damaged(column_ + 1, "ô " + CellName(row_, column_) + " trỏ tới chuỗi dùng chung số " +
                                 GroupedCount(static_cast<int64_t>(index)) + " nhưng bảng chuỗi dùng chung chỉ có " +
                                 GroupedCount(static_cast<int64_t>(context_.strings.size())) + " chuỗi");
      value_.assign(context_.strings[index]);
      return;
    }
    case CellType::kInline:
    case CellType::kFormulaString: AppendOoxmlText(text_, value_); return;
    case CellType::kBoolean: {
      const std::string_view text = TrimAscii(text_);
      if (text == "1" || text == "true") value_ = "1";
      else if (text == "0" || text == "false") value_ = "0";
      else value_.assign(text);
      return;
    }
    case CellType::kError:
    case CellType::kDate:
    case CellType::kOther: value_ = text_; return;
  }
}

void WorksheetReader::EndCell() {
  in_cell_ = false;
  capture_ = false;
  last_column_ = column_;
  CellValue();
  if (value_.empty()) return;
  const int column = column_ + 1;
  if (value_.size() > limits_.max_field_bytes)
    Refuse(column, "ô dài hơn " + GroupedCount(static_cast<int64_t>(limits_.max_field_bytes)) +
                       " byte (giới hạn: " + GroupedCount(static_cast<int64_t>(limits_.max_field_bytes)) +
                       " byte một ô)");
  if (static_cast<size_t>(column_) >= limits_.max_fields)
    Refuse(column, "dòng có hơn " + GroupedCount(static_cast<int64_t>(limits_.max_fields)) + " cột (giới hạn: " +
                       GroupedCount(static_cast<int64_t>(limits_.max_fields)) + " cột một dòng)");
  row_bytes_ += value_.size();
  if (row_bytes_ > limits_.max_record_bytes)
    Refuse(column, "dòng dài hơn " + GroupedCount(static_cast<int64_t>(limits_.max_record_bytes)) +
                       " byte (giới hạn: " + GroupedCount(static_cast<int64_t>(limits_.max_record_bytes)) +
                       " byte một dòng)");
  std::vector<std::string>& fields = *fields_;
  const size_t index = static_cast<size_t>(column_);
  if (fields.size() <= index) fields.resize(index + 1);
  fields[index].swap(value_);  // value_ takes the cleared field's buffer for the next cell
}

void WorksheetReader::EndRow() {
  in_row_ = false;
  std::vector<std::string>& fields = *fields_;
  merges_.Apply(row_, fields);
  size_t width = fields.size();
  while (width > 0 && fields[width - 1].empty()) --width;
  fields.resize(std::max(width, width_));
  last_row_ = row_;
  row_ready_ = true;
  stream_.set_error_row(0);
  stream_.Pause();
}

}  // namespace baocao
