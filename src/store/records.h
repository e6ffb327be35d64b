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
