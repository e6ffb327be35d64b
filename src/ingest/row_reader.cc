#include "ingest/row_reader.h"

#include <algorithm>
#include <cctype>
#include <limits>

#include "core/text.h"

namespace baocao {
namespace {

// The problem of a required field left empty.
constexpr const char* kEmptyField = "không được để trống";

}  // namespace

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
  errors_.push_back({row_, ColumnOf(spec), Name(spec), "cột " + Quoted(Name(spec)) + ": " + message});
}

namespace {

// What an officer may know a hidden character as.
std::string HiddenCharacterText(const HiddenCharacter& h) {
  std::string name = CodePointName(h.code_point);
  switch (h.code_point) {
    case 0x0000: name += " (ký tự NUL)"; break;
    case 0x0009: name += " (tab)"; break;
    case 0x000A:
    case 0x000D: name += " (xuống dòng)"; break;
    case 0x00AD: name += " (gạch nối mềm)"; break;
    case 0x200B: name += " (khoảng trắng độ rộng 0)"; break;
    case 0xFEFF: name += " (dấu BOM)"; break;
    default: break;
  }
  return name + " ở vị trí " + std::to_string(h.position);
}

std::string GarblingText(const GarbledText& garbled) {
  GarbledText g = garbled;  // a Latin-1 decoder may have left invisible C1 controls in the word
  g.word = WithoutHiddenCharacters(g.word);
  g.sign = WithoutHiddenCharacters(g.sign);
  const std::string saved_wrong = "tệp đã bị lưu sai bảng mã: hãy mở tệp gốc đúng bảng mã và lưu lại theo UTF-8";
  switch (g.kind) {
    case Garbling::kReplacementCharacter:
      return "chữ " + Quoted(g.word) + " có ký tự thay thế U+FFFD (chữ đã mất khi chuyển bảng mã); " + saved_wrong;
    case Garbling::kQuestionMarks:
      return "chữ " + Quoted(g.word) + " có dấu \"?\" thay cho chữ cái (chữ đã mất khi chuyển bảng mã); " +
             saved_wrong;
    case Garbling::kDoubleEncodedUtf8:
      return "chữ " + Quoted(g.word) + " là chữ " + Quoted(g.meant) + " bị mã hóa UTF-8 hai lần; " + saved_wrong;
    case Garbling::kLegacyFont:
      return "chữ " + Quoted(g.word) + " có ký tự \"" + g.sign +
             "\" không có trong tiếng Việt (chữ gõ bằng phông VNI hoặc TCVN3); tệp đã bị lưu sai bảng mã: "
             "hãy chuyển mã sang Unicode rồi lưu lại theo UTF-8";
  }
  return "";
}

}  // namespace

std::optional<std::string> RowReader::Clean(int spec, bool name) {
  const std::string_view raw = Raw(spec);
  // Printable ASCII (the codes, dates and numbers of most fields) comes out of Nfc, FindHiddenCharacter
  // and AsciiSpaces as it went in: they are skipped (a name is still looked at for garbling: "Nguy?n").
  const bool plain = IsPrintableAscii(raw);
  if (!plain && !IsValidUtf8(raw)) {
    Fail(spec, "không phải văn bản UTF-8 hợp lệ (hãy lưu tệp theo bảng mã UTF-8)");
    return std::nullopt;
  }
  std::string text = plain ? std::string(raw) : Nfc(raw);
  if (name) {  // before the hidden characters: a Latin-1 decoder leaves C1 controls in garbled names
    if (const auto garbled = FindGarbling(text)) {
      Fail(spec, GarblingText(*garbled));
      return std::nullopt;
    }
  }
  if (plain) return text;
  if (const auto hidden = FindHiddenCharacter(text)) {
    Fail(spec, "có ký tự ẩn " + HiddenCharacterText(*hidden) +
                   " (ký tự điều khiển hoặc định dạng, không được phép); hãy xóa ký tự này rồi xuất lại tệp");
    return std::nullopt;
  }
  return AsciiSpaces(text);
}

std::string RowReader::Text(int spec) { return Clean(spec, false).value_or(""); }

std::string RowReader::Filled(int spec, std::optional<std::string> text) {
  if (!text) return "";
  if (text->empty()) Fail(spec, kEmptyField);
  return std::move(*text);
}

std::string RowReader::Required(int spec) { return Filled(spec, Clean(spec, false)); }

std::string_view RowReader::TextView(int spec, bool required, std::string& storage) {
  const std::string_view raw = Raw(spec);
  if (!IsPrintableAscii(raw)) {
    storage = required ? Required(spec) : Text(spec);
    return storage;
  }
  if (required && raw.empty()) Fail(spec, kEmptyField);
  return raw;
}

std::string RowReader::RequiredName(int spec) { return Filled(spec, Clean(spec, true)); }

std::optional<std::string> RowReader::Enum(int spec, const Enumeration& e, bool required) {
  std::string storage;
  const std::string_view text = TextView(spec, required, storage);
  if (text.empty()) return std::nullopt;
  auto code = e.Parse(text);
  if (!code) Fail(spec, "giá trị " + Quoted(text) + " không hợp lệ; chấp nhận: " + e.Accepted());
  return code;
}

std::optional<DateTime> RowReader::When(int spec, bool required) {
  std::string storage;
  const std::string_view text = TextView(spec, required, storage);
  if (text.empty()) return std::nullopt;
  auto when = ParseDateTime(text);
  if (!when)
    Fail(spec, "ngày " + Quoted(text) +
                   " không hợp lệ (dạng đúng: YYYY-MM-DD hoặc DD/MM/YYYY, có thể kèm giờ HH:MM)");
  return when;
}

namespace {

enum class Parsed { kNumber, kNotNumber, kTooLarge };

// Parses digits with optional thousands grouping by '.', ',' or ' ' (groups of exactly 3). A number
// that does not fit in 64 bits is kTooLarge, not kNotNumber.
Parsed ParseGroupedInteger(std::string_view s, int64_t& value) {
  if (s.empty()) return Parsed::kNotNumber;
  char separator = 0;
  int group = 0;
  bool first_group = true;
  bool too_large = false;
  value = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (value > (std::numeric_limits<int64_t>::max() - 9) / 10) too_large = true;
      if (!too_large) value = value * 10 + (c - '0');
      ++group;
      continue;
    }
    if (c != '.' && c != ',' && c != ' ') return Parsed::kNotNumber;
    if (separator != 0 && c != separator) return Parsed::kNotNumber;
    if (group == 0 || group > 3 || (!first_group && group != 3)) return Parsed::kNotNumber;
    separator = c;
    first_group = false;
    group = 0;
  }
  if (group == 0 || (separator != 0 && group != 3)) return Parsed::kNotNumber;
  return too_large ? Parsed::kTooLarge : Parsed::kNumber;
}

// A bound as officers write numbers: 1.000.000 (years and other small numbers as they are).
std::string BoundText(int64_t n) {
  std::string digits = std::to_string(n);
  if (n < 10000) return digits;
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

// The number without a fraction of one or two zeros written by a spreadsheet's number format
// ("75000.00", "75,000.00", "1.500.000,00"): the decimal mark is the one the grouping does not use.
// Three zeros are a group of thousands ("1.000"), not a fraction.
std::string_view WithoutZeroFraction(std::string_view s) {
  const size_t mark = s.find_last_of(".,");
  if (mark == std::string_view::npos || mark == 0) return s;
  const std::string_view fraction = s.substr(mark + 1);
  if (fraction.empty() || fraction.size() > 2 || fraction.find_first_not_of('0') != std::string_view::npos) return s;
  const std::string_view whole = s.substr(0, mark);
  if (whole.find(s[mark]) != std::string_view::npos) return s;  // "1.000.00": not a decimal mark
  return whole;
}

}  // namespace

std::optional<int64_t> RowReader::Integer(int spec, bool required, int64_t min, int64_t max,
                                          std::string_view per) {
  std::string storage;
  const std::string_view text = TextView(spec, required, storage);
  if (text.empty()) return std::nullopt;
  int64_t value = 0;
  const Parsed parsed = ParseGroupedInteger(WithoutZeroFraction(text), value);
  if (parsed == Parsed::kTooLarge || (parsed == Parsed::kNumber && value > max)) {
    Fail(spec, Quoted(text) + " vượt quá giới hạn " + BoundText(max) + (per.empty() ? "" : " ") +
                   std::string(per));
    return std::nullopt;
  }
  if (parsed == Parsed::kNotNumber || value < min) {
    Fail(spec, Quoted(text) + " không phải số nguyên từ " + BoundText(min) + " đến " + BoundText(max));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> RowReader::Flag(int spec) {
  const std::string text = Text(spec);
  // Words fold ("Có", "KHÔNG"); digits or ASCII punctuation are taken as written, so that "-1",
  // "--1", "-0" and "01" are refused rather than folded to 1 and 0.
  const bool words = std::all_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalpha(u) || u == ' ';
  });
  const std::string key = words ? FoldKey(text) : text;
  if (key == "1" || key == "co" || key == "true" || key == "x") return true;
  if (key == "0" || key == "khong" || key == "false" || key.empty()) return false;
  Fail(spec, "giá trị " + Quoted(text) + " không hợp lệ; chấp nhận: 1 (có) hoặc 0 (không)");
  return std::nullopt;
}

bool IsBlankRecord(const std::vector<std::string>& fields) {
  return std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return Trim(f).empty(); });
}

}  // namespace baocao
