#include "ingest/columns.h"

#include <algorithm>
#include <array>

#include "core/errors.h"
#include "core/text.h"

namespace baocao {

SubmissionKind ParseSubmissionKind(const std::string& text) {
  if (text == "units") return SubmissionKind::kUnits;
  if (text == "procedures") return SubmissionKind::kProcedures;
  if (text == "dossiers") return SubmissionKind::kDossiers;
  if (text == "discipline") return SubmissionKind::kDiscipline;
  if (text == "evaluations") return SubmissionKind::kEvaluations;
  if (text == "petitions") return SubmissionKind::kPetitions;
  throw UsageError("Loại dữ liệu không hợp lệ: \"" + text +
                   "\" (chọn một trong: units, procedures, dossiers, discipline, evaluations, petitions)");
}

std::string ToString(SubmissionKind kind) {
  switch (kind) {
    case SubmissionKind::kUnits: return "units";
    case SubmissionKind::kProcedures: return "procedures";
    case SubmissionKind::kDossiers: return "dossiers";
    case SubmissionKind::kDiscipline: return "discipline";
    case SubmissionKind::kEvaluations: return "evaluations";
    case SubmissionKind::kPetitions: return "petitions";
  }
  return "?";
}

std::string VietnameseName(SubmissionKind kind) {
  switch (kind) {
    case SubmissionKind::kUnits: return "danh mục đơn vị";
    case SubmissionKind::kProcedures: return "danh mục TTHC";
    case SubmissionKind::kDossiers: return "hồ sơ TTHC";
    case SubmissionKind::kDiscipline: return "kỷ luật CBCCVC";
    case SubmissionKind::kEvaluations: return "xếp loại chất lượng CBCCVC";
    case SubmissionKind::kPetitions: return "phản ánh, kiến nghị";
  }
  return "?";
}

const std::vector<ColumnSpec>& ColumnsFor(SubmissionKind kind) {
  static const std::vector<ColumnSpec> kUnits = {
      {"ma_don_vi", "Mã đơn vị", true, {"ma_dinh_danh_don_vi"}},
      {"ten_don_vi", "Tên đơn vị"},
      {"cap", "Cấp", true, {"cap_don_vi"}},
      {"ma_don_vi_cha", "Mã đơn vị cha", true, {"don_vi_cha", "ma_don_vi_cap_tren"}}};
  static const std::vector<ColumnSpec> kProcedures = {
      {"ma_tthc", "Mã TTHC", true, {"ma_thu_tuc", "matthc"}},
      {"ten_tthc", "Tên TTHC", true, {"ten_thu_tuc", "tentthc"}},
      {"linh_vuc", "Lĩnh vực", true, {"linhvuc"}},
      {"muc_do_dvc", "Mức độ DVC", true, {"muc_do", "muc_do_dich_vu_cong"}},
      {"co_phi", "Có phí", true, {"co_phi_le_phi"}},
      {"thanh_toan_truc_tuyen", "Thanh toán trực tuyến", true},
      // Optional facts of the 766 scorecard (issue 13): empty or absent = unknown.
      {"ngay_quyet_dinh_cong_bo", "Ngày quyết định công bố", false, {"ngay_cong_bo", "ngay_qd_cong_bo"}},
      {"ngay_hieu_luc", "Ngày hiệu lực", false, {"ngay_co_hieu_luc"}},
      {"ngay_cong_khai", "Ngày công khai", false, {"ngay_cong_khai_csdl"}},
      {"cong_khai_day_du", "Công khai đầy đủ", false, {"cong_khai_day_du_noi_dung"}},
      {"ket_noi_du_lieu_dan_cu", "Kết nối dữ liệu dân cư", false, {"ket_noi_csdl_dan_cu"}}};
  static const std::vector<ColumnSpec> kDossiers = {
      {"ma_ho_so", "Mã hồ sơ", true, {"mahoso"}},
      {"ma_tthc", "Mã TTHC", true, {"matthc", "ma_thu_tuc"}},
      {"ma_don_vi", "Mã đơn vị", true, {"donvixuly", "don_vi_xu_ly"}},
      {"kenh_nop", "Kênh nộp", true, {"kenhthuchien", "kenh_thuc_hien"}},
      {"ngay_tiep_nhan", "Ngày tiếp nhận", true, {"ngaytiepnhan"}},
      {"han_tra_ket_qua", "Hạn trả kết quả", true, {"ngayhentra", "ngay_hen_tra", "hen_tra_ket_qua"}},
      {"ngay_hoan_thanh", "Ngày hoàn thành", true, {"ngayketthucxuly", "ngay_ket_thuc_xu_ly"}},
      {"trang_thai", "Trạng thái", true, {"trangthai"}},
      {"phi_le_phi", "Phí, lệ phí", false, {"phi", "le_phi"}},
      {"hinh_thuc_thanh_toan", "Hình thức thanh toán", false},
      {"danh_gia", "Đánh giá", false, {"danh_gia_hai_long", "muc_do_hai_long"}},
      // Optional facts of the 766 scorecard (issue 13): 1/0, empty or absent = unknown.
      {"dong_bo_dvcqg", "Đồng bộ Cổng DVCQG", false, {"dong_bo_cong_dvcqg"}},
      {"ket_qua_dien_tu", "Có kết quả điện tử bản gốc", false, {"co_ket_qua_dien_tu_ban_goc", "ket_qua_dien_tu_ban_goc"}},
      {"so_hoa_thanh_phan", "Số hóa thành phần hồ sơ", false, {"so_hoa_thanh_phan_ho_so"}},
      {"tai_su_dung_du_lieu", "Tái sử dụng dữ liệu số hóa", false, {"tai_su_dung_du_lieu_so_hoa"}},
      {"dong_bo_kho_ca_nhan", "Đồng bộ kho dữ liệu cá nhân", false, {"dong_bo_kho_du_lieu_ca_nhan"}},
      {"du_lieu_dan_cu", "Sử dụng dữ liệu dân cư", false, {"su_dung_du_lieu_dan_cu"}},
      {"ban_sao_dien_tu", "Chứng thực bản sao điện tử", false, {"chung_thuc_ban_sao_dien_tu"}}};
  static const std::vector<ColumnSpec> kDiscipline = {
      {"so_quyet_dinh", "Số quyết định", true},
      {"ma_don_vi", "Mã đơn vị", true},
      {"ngay_quyet_dinh", "Ngày quyết định", true},
      {"doi_tuong", "Đối tượng", true},
      {"hinh_thuc", "Hình thức kỷ luật", true, {"hinh_thuc_ky_luat"}}};
  static const std::vector<ColumnSpec> kEvaluations = {
      {"ma_don_vi", "Mã đơn vị", true},
      {"nam", "Năm", true},
      {"doi_tuong", "Đối tượng", true},
      {"hoan_thanh_xuat_sac", "Hoàn thành xuất sắc nhiệm vụ", true, {"hoan_thanh_xuat_sac_nhiem_vu"}},
      {"hoan_thanh_tot", "Hoàn thành tốt nhiệm vụ", true, {"hoan_thanh_tot_nhiem_vu"}},
      {"hoan_thanh", "Hoàn thành nhiệm vụ", true, {"hoan_thanh_nhiem_vu"}},
      {"khong_hoan_thanh", "Không hoàn thành nhiệm vụ", true, {"khong_hoan_thanh_nhiem_vu"}}};
  static const std::vector<ColumnSpec> kPetitions = {
      {"ma_phan_anh", "Mã phản ánh", true, {"ma_phan_anh_kien_nghi", "ma_pakn"}},
      {"ma_don_vi", "Mã đơn vị", true, {"don_vi_xu_ly"}},
      {"ngay_tiep_nhan", "Ngày tiếp nhận", true},
      {"han_xu_ly", "Hạn xử lý", true},
      {"ngay_xu_ly", "Ngày xử lý", true},
      {"danh_gia", "Đánh giá", false, {"danh_gia_hai_long", "muc_do_hai_long"}},
      {"ma_ho_so", "Mã hồ sơ", false}};
  switch (kind) {
    case SubmissionKind::kUnits: return kUnits;
    case SubmissionKind::kProcedures: return kProcedures;
    case SubmissionKind::kDossiers: return kDossiers;
    case SubmissionKind::kDiscipline: return kDiscipline;
    case SubmissionKind::kEvaluations: return kEvaluations;
    case SubmissionKind::kPetitions: return kPetitions;
  }
  return kUnits;
}

bool IsPersonalDataColumn(const std::string& folded_header) {
  std::string squeezed;
  for (char c : folded_header)
    if (c != '_') squeezed += c;
  static constexpr std::array<const char*, 16> kMarkers = {
      "hoten",    "hovaten",   "cmnd",     "cccd",      "dinhdanhcanhan", "sodinhdanh",
      "hochieu",  "ngaysinh",  "cancuoc",  "nguoinop",  "dienthoai",      "email",
      "diachi",   "tencongdan", "chuhoso", "tencanbo"};
  return std::any_of(kMarkers.begin(), kMarkers.end(), [&](const char* marker) {
    return squeezed.find(marker) != std::string::npos;
  });
}

namespace {

// The spec column a folded header names, or -1.
int FindSpec(const std::vector<ColumnSpec>& specs, const std::string& folded) {
  for (size_t i = 0; i < specs.size(); ++i) {
    if (folded == specs[i].key) return static_cast<int>(i);
    for (const auto& alias : specs[i].aliases)
      if (folded == alias) return static_cast<int>(i);
  }
  return -1;
}

// One warning per unknown column when there are a few; past kNamedUnknownColumns, one warning that
// names the first of them and counts the others.
constexpr size_t kNamedUnknownColumns = 5;

void WarnUnknown(SubmissionKind kind, const std::vector<std::string>& header,
                 const std::vector<size_t>& unknown, Problems& warnings, int row) {
  const std::string tail = " không thuộc mẫu " + VietnameseName(kind);
  if (unknown.size() <= kNamedUnknownColumns) {
    for (const size_t f : unknown)
      warnings.push_back({row, static_cast<int>(f) + 1, header[f], "cột " + Quoted(header[f]) + tail + ": bỏ qua"});
    return;
  }
  std::string message = std::to_string(unknown.size()) + " cột" + tail + ", bỏ qua:";
  for (size_t i = 0; i < kNamedUnknownColumns; ++i)
    message += std::string(i ? ", " : " ") + Quoted(header[unknown[i]]) + " (cột " + std::to_string(unknown[i] + 1) + ")";
  message += " và " + std::to_string(unknown.size() - kNamedUnknownColumns) + " cột khác";
  warnings.push_back({row, 0, "", message});
}

}  // namespace

size_t CountKnownColumns(SubmissionKind kind, const std::vector<std::string>& cells) {
  const auto& specs = ColumnsFor(kind);
  std::vector<bool> seen(specs.size(), false);
  size_t count = 0;
  for (const auto& cell : cells) {
    if (cell.empty() || cell.size() > 200) continue;
    const int spec = FindSpec(specs, FoldKey(cell));
    if (spec >= 0 && !seen[spec]) {
      seen[spec] = true;
      ++count;
    }
  }
  return count;
}

HeaderMap MapHeader(SubmissionKind kind, const std::vector<std::string>& header, Problems& errors,
                    Problems& warnings, int row) {
  const auto& specs = ColumnsFor(kind);
  HeaderMap map;
  map.field_of.assign(specs.size(), -1);
  map.names = header;
  std::vector<size_t> unknown;  // fields that name no column of the kind
  for (size_t f = 0; f < header.size(); ++f) {
    const int column = static_cast<int>(f) + 1;
    const std::string& name = header[f];
    const std::string folded = FoldKey(name);
    const int spec = FindSpec(specs, folded);
    if (spec >= 0) {
      if (map.field_of[spec] >= 0) {
        errors.push_back({row, column, name,
                          "cột " + Quoted(name) + " bị lặp (đã có ở cột " +
                              std::to_string(map.field_of[spec] + 1) + ")"});
      } else {
        map.field_of[spec] = static_cast<int>(f);
      }
    } else if (IsPersonalDataColumn(folded)) {
      map.dropped.push_back(name);
      warnings.push_back({row, column, name,
                          "cột " + Quoted(name) + " chứa thông tin cá nhân: đã loại bỏ, không lưu"});
    } else {
      unknown.push_back(f);
    }
  }
  WarnUnknown(kind, header, unknown, warnings, row);
  for (size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].required && map.field_of[i] < 0)
      errors.push_back({row, 0, specs[i].key,
                        "thiếu cột bắt buộc \"" + specs[i].key + "\" (" + specs[i].label + ")"});
  }
  return map;
}

}  // namespace baocao
