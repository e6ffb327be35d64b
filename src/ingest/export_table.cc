#include "ingest/export_table.h"

#include <algorithm>

#include "core/text.h"
#include "ingest/row_reader.h"

namespace baocao {
namespace {

std::string RowRange(int first, int last) {
  return first == last ? "dòng " + std::to_string(first)
                       : "các dòng " + std::to_string(first) + "–" + std::to_string(last);
}

// Reads one record of a worksheet or a text file, naming the sheet in what it throws.
bool ReadRecord(RecordSource& source, const std::string& sheet, std::vector<std::string>& fields) {
  try {
    return source.Next(fields);
  } catch (const InputError& e) {
    if (sheet.empty()) throw;
    throw SheetInputError(e, sheet);
  }
}

// The index of the worksheet named `wanted`: as written, else ignoring case and accents.
std::optional<size_t> SheetNamed(ExportFile& file, const std::string& wanted) {
  for (size_t i = 0; i < file.TableCount(); ++i)
    if (file.TableName(i) == wanted) return i;
  for (size_t i = 0; i < file.TableCount(); ++i)
    if (FoldKey(file.TableName(i)) == FoldKey(wanted)) return i;
  return std::nullopt;
}

std::string SheetList(ExportFile& file) {
  std::string out;
  for (size_t i = 0; i < file.TableCount(); ++i) out += (i ? ", " : "") + Quoted(file.TableName(i));
  return out;
}

}  // namespace

ExportTable::ExportTable(std::unique_ptr<RecordSource> source, std::string sheet, bool grid,
                         std::vector<std::string> header, int header_row, SubmissionKind kind)
    : source_(std::move(source)), sheet_(std::move(sheet)), grid_(grid), header_(std::move(header)),
      header_row_(header_row), kind_(kind) {
  if (grid_)  // a worksheet's header ends at its last named column (title merges may reach further)
    while (!header_.empty() && Trim(header_.back()).empty()) header_.pop_back();
}

std::optional<ExportTable> ExportTable::Find(ExportFile& file, const std::string& name, SubmissionKind kind,
                                             const std::optional<std::string>& sheet) {
  const size_t tables = file.TableCount();
  const bool workbook = tables != 1 || !file.TableName(0).empty();
  if (sheet && !workbook)
    throw InputError(name, 0, 0, "--sheet chỉ dùng cho tệp Excel (.xlsx, .xls); tệp này là tệp văn bản");
  if (tables == 0) throw InputError(name, 0, 0, "tệp Excel không có trang tính nào");
  std::vector<size_t> candidates;
  if (sheet) {
    const auto index = SheetNamed(file, *sheet);
    if (!index)
      throw InputError(name, 0, 0, "tệp không có trang tính " + Quoted(*sheet) + "; các trang tính: " + SheetList(file));
    candidates.push_back(*index);
  } else {
    for (size_t i = 0; i < tables; ++i) candidates.push_back(i);
  }
  const size_t wanted = std::min(kHeaderColumns, ColumnsFor(kind).size());
  std::vector<std::string> fields;
  for (const size_t index : candidates) {
    const std::string sheet_name = file.TableName(index);
    auto source = file.Open(index);
    for (int looked = 0; looked < kTitleRowsSearched && ReadRecord(*source, sheet_name, fields);) {
      if (IsBlankRecord(fields)) continue;
      ++looked;
      if (CountKnownColumns(kind, fields) < wanted) continue;
      const int row = source->row();
      ExportTable table(std::move(source), sheet_name, workbook, fields, row, kind);
      if (workbook) {
        if (sheet)
          table.sheet_note_ = "đọc trang tính " + Quoted(sheet_name) + " (theo --sheet)";
        else if (tables > 1)
          table.sheet_note_ = "đọc trang tính " + Quoted(sheet_name) + " (trang tính thứ " + std::to_string(index + 1) +
                              " trong " + std::to_string(tables) + ", trang đầu tiên có dòng tiêu đề cột)";
      }
      return table;
    }
  }
  // No header row anywhere: the first candidate's row naming the most known columns (the first
  // non-blank row if none names any), so that the receipt says there which columns are missing.
  const size_t index = candidates.front();
  const std::string sheet_name = file.TableName(index);
  int best_row = 0;
  size_t best = 0;
  {
    auto probe = file.Open(index);
    for (int looked = 0; looked < kTitleRowsSearched && ReadRecord(*probe, sheet_name, fields);) {
      if (IsBlankRecord(fields)) continue;
      ++looked;
      const size_t known = CountKnownColumns(kind, fields);
      if (best_row == 0 || known > best) {
        best_row = probe->row();
        best = known;
      }
    }
  }
  if (best_row == 0) return std::nullopt;
  auto source = file.Open(index);
  while (ReadRecord(*source, sheet_name, fields) && source->row() != best_row) {
  }
  ExportTable table(std::move(source), sheet_name, workbook, fields, best_row, kind);
  if (workbook && tables > 1)
    table.sheet_note_ = "không trang tính nào có dòng tiêu đề cột của mẫu " + VietnameseName(kind) +
                        "; đọc trang tính " + Quoted(sheet_name);
  return table;
}

bool ExportTable::Read(std::vector<std::string>& fields, int& row) {
  if (!ReadRecord(*source_, sheet_, fields)) return false;
  row = source_->row();
  return true;
}

size_t ExportTable::RequiredCount() const {
  const auto& specs = ColumnsFor(kind_);
  return static_cast<size_t>(std::count_if(specs.begin(), specs.end(), [](const ColumnSpec& s) { return s.required; }));
}

size_t ExportTable::RequiredFilled(const std::vector<std::string>& fields) const {
  if (!map_) return 0;
  const auto& specs = ColumnsFor(kind_);
  size_t filled = 0;
  for (size_t i = 0; i < specs.size(); ++i) {
    const int field = map_->field_of[i];
    if (specs[i].required && field >= 0 && static_cast<size_t>(field) < fields.size() &&
        !Trim(fields[field]).empty())
      ++filled;
  }
  return filled;
}

bool ExportTable::LooksLikeData(const std::vector<std::string>& fields) const {
  if (!map_ || map_->field_of.empty()) return false;
  const int key = map_->field_of[0];  // the record's code: ma_ho_so, ma_don_vi, so_quyet_dinh, …
  if (key < 0 || static_cast<size_t>(key) >= fields.size() || Trim(fields[key]).empty()) return false;
  return 2 * RequiredFilled(fields) >= RequiredCount();
}

bool ExportTable::IsTotalRow(const std::vector<std::string>& fields) const {
  for (const auto& field : fields) {
    if (Trim(field).empty()) continue;
    if (field.size() > 100) return false;
    // An ASCII field's key begins with its first letter or digit, lowercased (FoldKey): every key
    // below begins with 't' or 'c', so a code ("X100101-230115-0003") is told apart without folding.
    if (std::all_of(field.begin(), field.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      const auto first = std::find_if(field.begin(), field.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      });
      if (first == field.end()) return false;  // an empty key
      if (*first != 't' && *first != 'T' && *first != 'c' && *first != 'C') return false;
    }
    const std::string key = FoldKey(field);
    return key == "tong_cong" || key == "tong_so" || key == "cong" || key == "tong" || key.rfind("tong_cong_", 0) == 0;
  }
  return false;
}

void ExportTable::Pad(std::vector<std::string>& fields) const {
  if (grid_ && fields.size() < header_.size()) fields.resize(header_.size());
}

// Reads what follows the total row: nothing of it is data, but a row that looks like data is
// reported rather than dropped.
void ExportTable::SkipRest(Problems& errors) {
  std::vector<std::string> fields;
  int row = 0;
  while (Read(fields, row)) {
    if (IsBlankRecord(fields) || IsTotalRow(fields)) continue;
    if (LooksLikeData(fields)) {
      errors.push_back({row, 0, "",
                        "dòng này nằm dưới dòng \"Tổng cộng\" (dòng " + std::to_string(total_row_) +
                            ") nhưng có mã và phần lớn các cột bắt buộc như một dòng dữ liệu: hãy chuyển dòng này lên trên "
                            "dòng \"Tổng cộng\" (hoặc xóa nếu không phải dữ liệu) rồi nộp lại"});
      continue;
    }
    if (trailer_rows_++ == 0) trailer_first_ = row;
    trailer_last_ = row;
  }
}

bool ExportTable::Next(std::vector<std::string>& fields, Problems& errors) {
  // Held rows (read ahead after a blank row) are released in order once they are known to be data.
  const auto release = [&] {
    fields = std::move(held_.front().fields);
    row_ = held_.front().row;
    held_.pop_front();
    Pad(fields);
    return true;
  };
  // At the end of the table: the held rows are data if one of them looks like data, else a
  // trailer (a signature block, notes) that is left out.
  const auto settle_held = [&] {
    const bool data = std::any_of(held_.begin(), held_.end(), [&](const Held& h) { return LooksLikeData(h.fields); });
    if (data) {
      releasing_ = true;
      return;
    }
    for (const auto& h : held_) {
      if (trailer_rows_++ == 0) trailer_first_ = h.row;
      trailer_last_ = h.row;
    }
    held_.clear();
  };
  for (;;) {
    if (releasing_) {
      if (!held_.empty()) return release();
      releasing_ = false;
    }
    if (ended_) return false;
    std::vector<std::string>& record = record_;
    int row = 0;
    if (!Read(record, row)) {
      ended_ = true;
      settle_held();
      continue;
    }
    if (IsBlankRecord(record)) {
      if (blank_rows_++ == 0) first_blank_row_ = row;
      after_blank_ = true;
      continue;
    }
    if (IsTotalRow(record)) {
      ended_ = true;
      total_row_ = row;
      settle_held();
      SkipRest(errors);
      continue;
    }
    if (!after_blank_ && held_.empty()) {
      fields.swap(record);
      row_ = row;
      Pad(fields);
      return true;
    }
    const bool data = LooksLikeData(record);
    held_.push_back({std::move(record), row});
    if (data || held_.size() > kHeldRows) {  // data goes on after the blank rows
      after_blank_ = false;
      releasing_ = true;
    }
  }
}

std::vector<std::string> ExportTable::Notes() const {
  std::vector<std::string> notes;
  if (!sheet_note_.empty()) notes.push_back(sheet_note_);
  if (header_row_ > 1)
    notes.push_back("dòng tiêu đề cột là dòng " + std::to_string(header_row_) + "; bỏ qua " +
                    RowRange(1, header_row_ - 1) + " phía trên (tiêu đề biểu, tên đơn vị)");
  if (total_row_ > 0)
    notes.push_back("dừng đọc ở dòng " + std::to_string(total_row_) +
                    " (dòng \"Tổng cộng\"): dòng này không phải dữ liệu" +
                    (trailer_rows_ > 0 ? "; bỏ qua " + RowRange(trailer_first_, trailer_last_) +
                                             " bên dưới (chữ ký, ghi chú)"
                                       : ""));
  else if (trailer_rows_ > 0)
    notes.push_back("bỏ qua " + RowRange(trailer_first_, trailer_last_) +
                    " cuối bảng, sau dòng trống (không đủ các cột bắt buộc: chữ ký, ghi chú)");
  return notes;
}

}  // namespace baocao
