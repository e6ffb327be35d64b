// The records baocao stores, one struct per kind of row (SPEC §2), as the ingest hands them to the
// store: codes trimmed, names NFC-normalized, enumerations as their ASCII codes, dates parsed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/date.h"

namespace baocao {

struct UnitRecord {
  std::string ma_don_vi;
  std::string ten_don_vi;
  std::string cap;            // tinh | so_nganh | huyen | xa
  std::string ma_don_vi_cha;  // empty for the province root
  int ordinal = 0;            // order in the units file
};

struct ProcedureRecord {
  std::string ma_tthc;
  std::string ten_tthc;
  std::string linh_vuc;
  std::string muc_do_dvc;  // toan_trinh | mot_phan | khong
  bool co_phi = false;
  bool thanh_toan_truc_tuyen = false;
  // Optional catalog facts for the 766 scorecard (issue 13); empty when the file does not carry them.
  std::optional<Date> ngay_quyet_dinh_cong_bo;  // the decision announcing the procedure
  std::optional<Date> ngay_hieu_luc;            // the day its legal basis takes effect
  std::optional<Date> ngay_cong_khai;           // published on the national procedures database
  std::optional<bool> cong_khai_day_du;         // its public content is complete
  std::optional<bool> ket_noi_du_lieu_dan_cu;   // connected to the national population database
};

struct DossierRecord {
  std::string ma_ho_so;
  std::string ma_tthc;
  std::string ma_don_vi;
  std::string kenh_nop;  // truc_tuyen | truc_tiep | buu_chinh
  DateTime received;
  DateTime due;
  std::optional<DateTime> finished;
  std::string trang_thai;  // dang_xu_ly | da_tra_ket_qua | rut_ho_so | tra_lai
  int64_t phi_le_phi = 0;
  std::string hinh_thuc_thanh_toan;  // truc_tuyen | truc_tiep | empty
  std::string danh_gia;              // rat_hai_long | hai_long | khong_hai_long | empty
  // Optional facts for the 766 scorecard (issue 13): empty (nullopt) when the export does not say.
  std::optional<bool> dong_bo_dvcqg;        // synced to the National Public Service Portal
  std::optional<bool> ket_qua_dien_tu;      // the result exists as an electronic original
  std::optional<bool> so_hoa_thanh_phan;    // its components were digitized
  std::optional<bool> tai_su_dung_du_lieu;  // reused already digitized data
  std::optional<bool> dong_bo_kho_ca_nhan;  // synced to the applicant's personal data store
  std::optional<bool> du_lieu_dan_cu;       // used the national population database
  std::optional<bool> ban_sao_dien_tu;      // an electronic certified copy was issued
};

// A petition (phản ánh, kiến nghị) about administrative procedures, one row per petition.
struct PetitionRecord {
  std::string ma_phan_anh;
  std::string ma_don_vi;
  DateTime received;
  DateTime due;                      // han_xu_ly
  std::optional<DateTime> handled;   // ngay_xu_ly; empty while pending
  std::string danh_gia;              // rat_hai_long | hai_long | khong_hai_long | empty
  std::string ma_ho_so;              // the dossier it is about; empty when none
};

struct DisciplineRecord {
  std::string so_quyet_dinh;
  std::string ma_don_vi;
  Date decided;
  std::string doi_tuong;  // can_bo | cong_chuc | vien_chuc
  std::string hinh_thuc;  // khien_trach | canh_cao | ha_bac_luong | giang_chuc | cach_chuc | ...
};

struct EvaluationRecord {
  std::string ma_don_vi;
  int nam = 0;
  std::string doi_tuong;
  int64_t hoan_thanh_xuat_sac = 0;
  int64_t hoan_thanh_tot = 0;
  int64_t hoan_thanh = 0;
  int64_t khong_hoan_thanh = 0;
};

}  // namespace baocao
