#include "ingest/enums.h"

#include <algorithm>

#include "core/text.h"

namespace baocao {
namespace {
constexpr size_t kCacheLimit = 4096;
}

Enumeration::Enumeration(std::string name, std::vector<EnumValue> values)
    : name_(std::move(name)), values_(std::move(values)) {
  for (const auto& v : values_) {
    by_key_[FoldKey(v.code)] = v.code;
    by_key_[FoldKey(v.label)] = v.code;
    for (const auto& alias : v.aliases) by_key_[FoldKey(alias)] = v.code;
  }
}

std::optional<std::string> Enumeration::Parse(std::string_view text) const {
  const std::string raw(text);
  if (const auto hit = cache_.find(raw); hit != cache_.end()) return hit->second;
  std::optional<std::string> code;
  if (const auto it = by_key_.find(FoldKey(text)); it != by_key_.end()) code = it->second;
  if (cache_.size() < kCacheLimit) cache_.emplace(raw, code);
  return code;
}

std::string Enumeration::Accepted() const {
  std::string out;
  for (const auto& v : values_) {
    if (!out.empty()) out += ", ";
    out += v.code + " (" + v.label + ")";
  }
  return out;
}

const std::string& Enumeration::Label(const std::string& code) const {
  for (const auto& v : values_)
    if (v.code == code) return v.label;
  return code;
}

const Enumeration& CapEnum() {
  static const Enumeration e("cap", {{"tinh", "Tỉnh", {"Thành phố trực thuộc trung ương"}},
                                     {"so_nganh", "Sở, ban, ngành", {"Sở", "Sở ngành", "Ban ngành"}},
                                     {"huyen", "Huyện/thành phố", {"Huyện", "Quận", "Thị xã"}},
                                     {"xa", "Xã/phường/thị trấn/đặc khu", {"Xã", "Phường", "Thị trấn", "Đặc khu", "Xã/phường/thị trấn"}}});
  return e;
}

const Enumeration& ServiceLevelEnum() {
  static const Enumeration e("muc_do_dvc", {{"toan_trinh", "Toàn trình", {"4", "Mức độ 4"}},
                                            {"mot_phan", "Một phần", {"3", "Mức độ 3"}},
                                            {"khong", "Không", {"Không trực tuyến"}}});
  return e;
}

const Enumeration& ChannelEnum() {
  static const Enumeration e("kenh_nop", {{"truc_tuyen", "Trực tuyến", {"2"}},
                                          {"truc_tiep", "Trực tiếp", {"1"}},
                                          {"buu_chinh", "Bưu chính công ích", {"3", "Bưu chính"}}});
  return e;
}

const Enumeration& StatusEnum() {
  static const Enumeration e("trang_thai",
                             {{"dang_xu_ly", "Đang xử lý"},
                              {"da_tra_ket_qua", "Đã trả kết quả"},
                              {"rut_ho_so", "Rút hồ sơ"},
                              {"tra_lai", "Trả lại/không đủ điều kiện", {"Trả lại", "Không đủ điều kiện"}}});
  return e;
}

const Enumeration& PaymentEnum() {
  static const Enumeration e("hinh_thuc_thanh_toan",
                             {{"truc_tuyen", "Trực tuyến"}, {"truc_tiep", "Trực tiếp"}});
  return e;
}

const Enumeration& RatingEnum() {
  static const Enumeration e("danh_gia", {{"rat_hai_long", "Rất hài lòng"},
                                          {"hai_long", "Hài lòng"},
                                          {"khong_hai_long", "Không hài lòng"}});
  return e;
}

const Enumeration& CategoryEnum() {
  static const Enumeration e("doi_tuong", {{"can_bo", "Cán bộ"},
                                           {"cong_chuc", "Công chức"},
                                           {"vien_chuc", "Viên chức"}});
  return e;
}

const Enumeration& DisciplineFormEnum() {
  static const Enumeration e("hinh_thuc", {{"khien_trach", "Khiển trách"},
                                           {"canh_cao", "Cảnh cáo"},
                                           {"ha_bac_luong", "Hạ bậc lương"},
                                           {"giang_chuc", "Giáng chức"},
                                           {"cach_chuc", "Cách chức"},
                                           {"buoc_thoi_viec", "Buộc thôi việc"},
                                           {"bai_nhiem", "Bãi nhiệm"}});
  return e;
}

namespace {
const std::vector<std::string>& AllowedForms(const std::string& category) {
  static const std::vector<std::string> kCanBo = {"khien_trach", "canh_cao", "cach_chuc", "bai_nhiem"};
  static const std::vector<std::string> kCongChuc = {"khien_trach",  "canh_cao",  "ha_bac_luong",
                                                     "giang_chuc",   "cach_chuc", "buoc_thoi_viec"};
  static const std::vector<std::string> kVienChuc = {"khien_trach", "canh_cao", "cach_chuc",
                                                     "buoc_thoi_viec"};
  static const std::vector<std::string> kNone;
  if (category == "can_bo") return kCanBo;
  if (category == "cong_chuc") return kCongChuc;
  if (category == "vien_chuc") return kVienChuc;
  return kNone;
}
}  // namespace

bool DisciplineAllowed(const std::string& category, const std::string& form) {
  const auto& forms = AllowedForms(category);
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

std::string AllowedFormsText(const std::string& category) {
  std::string out;
  for (const auto& form : AllowedForms(category)) {
    if (!out.empty()) out += ", ";
    std::string label = DisciplineFormEnum().Label(form);
    // Lower-case the first letter for use inside a sentence (labels start with an ASCII capital
    // or a two-byte Vietnamese capital; the forms here all start with ASCII).
    if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = static_cast<char>(label[0] - 'A' + 'a');
    out += label;
  }
  return out;
}

}  // namespace baocao
