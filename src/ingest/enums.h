// The enumerations of SPEC §2, accepted as their ASCII code or their Vietnamese label (any case,
// NFC or NFD, with or without diacritics), plus the numeric codes of the National Public Service
// Portal where it has them (KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baocao {

struct EnumValue {
  std::string code;   // truc_tuyen
  std::string label;  // Trực tuyến
  std::vector<std::string> aliases = {};  // other accepted spellings (folded by FoldKey)
};

class Enumeration {
 public:
  Enumeration(std::string name, std::vector<EnumValue> values);

  // The code for text, or nullopt. Results are cached (bounded), so repeated values cost a lookup.
  std::optional<std::string> Parse(std::string_view text) const;
  // "truc_tuyen (Trực tuyến), truc_tiep (Trực tiếp), …" for error messages.
  std::string Accepted() const;
  // The Vietnamese label of a code (the code itself when unknown).
  const std::string& Label(const std::string& code) const;
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::vector<EnumValue> values_;
  std::unordered_map<std::string, std::string> by_key_;  // folded spelling -> code
  mutable std::unordered_map<std::string, std::optional<std::string>> cache_;
};

const Enumeration& CapEnum();
const Enumeration& ServiceLevelEnum();
const Enumeration& ChannelEnum();
const Enumeration& StatusEnum();
const Enumeration& PaymentEnum();
const Enumeration& RatingEnum();
const Enumeration& CategoryEnum();       // doi_tuong
const Enumeration& DisciplineFormEnum();  // hinh_thuc

// Whether the law allows discipline form `form` for category `category` (SPEC §2).
bool DisciplineAllowed(const std::string& category, const std::string& form);
// The forms allowed for a category, as Vietnamese labels: "khiển trách, cảnh cáo, …".
std::string AllowedFormsText(const std::string& category);

}  // namespace baocao
