#include "ingest/row_reader.h"

#include <limits>

#include "core/text.h"

namespace baocao {

RowReader::RowReader(const HeaderMap& map, const std::vector<ColumnSpec>& specs,
                     const std::vector<std::string>& fields, int row, Problems& errors)
    : map_(map), specs_(specs), fields_(fields), row_(row), errors_(errors),
      errors_before_(errors.size()) {}

bool RowReader::WellFormed() {
  const size_t width = map_.width();
  bool extra_values = false;
  for (size_t i = width; i < fields_.size(); ++i)
    if (!Trim(fields_[i]).empty()) extra_values = true;
  if (fields_.size() >= width && !extra_values) return true;
  errors_.push_back({row_, 0, "",
                     "dòng có " + std::to_string(fields_.size()) + " cột nhưng tiêu đề có " +
                         std::to_string(width) + " cột"});
  return false;
}

int RowReader::ColumnOf(int spec) const {
  return spec >= 0 && map_.field_of[spec] >= 0 ? map_.field_of[spec] + 1 : 0;
}

std::string_view RowReader::Raw(int spec) const {
  const int field = map_.field_of[spec];
  if (field < 0 || static_cast<size_t>(field) >= fields_.size()) return {};
  return Trim(fields_[field]);
}

std::string RowReader::Name(int spec) const {
  const int field = map_.field_of[spec];
  return field >= 0 ? map_.names[field] : specs_[spec].key;
}

void RowReader::Fail(int spec, const std::string& message) {
  if (spec < 0) {
    errors_.push_back({row_, 0, "", message});
    return;
  }
  errors_.push_back({row_, ColumnOf(spec), Name(spec), "cột \"" + Name(spec) + "\": " + message});
}

std::string RowReader::Text(int spec) {
  const std::string_view raw = Raw(spec);
  if (!IsValidUtf8(raw)) {
    Fail(spec, "không phải văn bản UTF-8 hợp lệ (hãy lưu tệp theo bảng mã UTF-8)");
    return {};
  }
  return Nfc(raw);
}

std::string RowReader::Required(int spec) {
  std::string text = Text(spec);
  if (text.empty() && IsValidUtf8(Raw(spec))) Fail(spec, "không được để trống");
  return text;
}

std::optional<std::string> RowReader::Enum(int spec, const Enumeration& e, bool required) {
  const std::string text = required ? Required(spec) : Text(spec);
  if (text.empty()) return std::nullopt;
  auto code = e.Parse(text);
  if (!code) Fail(spec, "giá trị \"" + text + "\" không hợp lệ; chấp nhận: " + e.Accepted());
  return code;
}

std::optional<DateTime> RowReader::When(int spec, bool required) {
  const std::string text = required ? Required(spec) : Text(spec);
  if (text.empty()) return std::nullopt;
  auto when = ParseDateTime(text);
  if (!when)
    Fail(spec, "ngày \"" + text +
                   "\" không hợp lệ (dạng đúng: YYYY-MM-DD hoặc DD/MM/YYYY, có thể kèm giờ HH:MM)");
  return when;
}

namespace {

// Parses digits with optional thousands grouping by '.', ',' or ' ' (groups of exactly 3).
std::optional<int64_t> ParseGroupedInteger(std::string_view s) {
  if (s.empty()) return std::nullopt;
  char separator = 0;
  int group = 0;
  bool first_group = true;
  int64_t value = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (value > (std::numeric_limits<int64_t>::max() - 9) / 10) return std::nullopt;
      value = value * 10 + (c - '0');
      ++group;
      continue;
    }
    if (c != '.' && c != ',' && c != ' ') return std::nullopt;
    if (separator != 0 && c != separator) return std::nullopt;
    if (group == 0 || group > 3 || (!first_group && group != 3)) return std::nullopt;
    separator = c;
    first_group = false;
    group = 0;
  }
  if (group == 0 || (separator != 0 && group != 3)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<int64_t> RowReader::Integer(int spec, bool required, int64_t min, int64_t max) {
  const std::string text = required ? Required(spec) : Text(spec);
  if (text.empty()) return std::nullopt;
  const auto value = ParseGroupedInteger(text);
  if (!value || *value < min || *value > max) {
    Fail(spec, "\"" + text + "\" không phải số nguyên từ " + std::to_string(min) +
                   (max == std::numeric_limits<int64_t>::max() ? " trở lên"
                                                               : " đến " + std::to_string(max)));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> RowReader::Flag(int spec) {
  const std::string text = Text(spec);
  const std::string key = FoldKey(text);
  if (key == "1" || key == "co" || key == "true" || key == "x") return true;
  if (key == "0" || key == "khong" || key == "false" || key.empty()) return false;
  Fail(spec, "giá trị \"" + text + "\" không hợp lệ; chấp nhận: 1 (có) hoặc 0 (không)");
  return std::nullopt;
}

}  // namespace baocao
