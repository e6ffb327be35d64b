#include "ingest/record_parser.h"

#include "core/text.h"

namespace baocao {
namespace {

// Plausibility bounds (README, "Limits"): far above any real value, and low enough that no sum of
// stored values can come near 2^63 (a province would need millions of units or of dossiers at the
// largest fee).
constexpr int64_t kMaxHeadCount = 1'000'000;       // people of one classification, unit and category
constexpr int64_t kMaxFee = 1'000'000'000'000;     // VND charged for one dossier

// Column indexes, in the order of ColumnsFor(kind).
enum UnitColumn { kUnitCode, kUnitName, kUnitCap, kUnitParent };
enum ProcedureColumn {
  kProcCode, kProcName, kProcField, kProcLevel, kProcFee, kProcPayOnline,
  kProcAnnounced, kProcEffective, kProcPublished, kProcContentFull, kProcPopulationData
};
enum DossierColumn {
  kDosCode, kDosProcedure, kDosUnit, kDosChannel, kDosReceived, kDosDue, kDosFinished,
  kDosStatus, kDosFee, kDosPayment, kDosRating,
  kDosSynced, kDosElectronicResult, kDosDigitized, kDosReused, kDosPersonalStore, kDosPopulationData,
  kDosCertifiedCopy
};
enum PetitionColumn { kPetCode, kPetUnit, kPetReceived, kPetDue, kPetHandled, kPetRating, kPetDossier };
enum DisciplineColumn { kDisNumber, kDisUnit, kDisDate, kDisCategory, kDisForm };
enum EvaluationColumn { kEvUnit, kEvYear, kEvCategory, kEvExcellent, kEvGood, kEvCompleted, kEvNotCompleted };

// Checks that a unit code exists and lies within the submitting unit's subtree.
std::string UnitReference(RowReader& r, int column, const RowContext& context) {
  const std::string unit = r.Required(column);
  if (unit.empty()) return unit;
  if (!context.catalog.HasUnit(unit)) {
    r.Fail(column, "mã đơn vị " + Quoted(unit) + " không có trong danh mục đơn vị");
  } else if (context.submitting_unit && !context.catalog.IsWithin(unit, *context.submitting_unit)) {
    r.Fail(column, "đơn vị " + Quoted(unit) + " không thuộc đơn vị nộp \"" + *context.submitting_unit + "\"");
  }
  return unit;
}

// An optional 1/0 fact of the 766 scorecard: empty (or the column absent) is unknown, never 0.
std::optional<bool> OptionalFlag(RowReader& r, int column) {
  if (r.Empty(column)) return std::nullopt;
  return r.Flag(column);  // a bad value is reported at its column; the row is then rejected
}

// An optional date: unknown when empty.
std::optional<Date> OptionalDate(RowReader& r, int column) {
  const auto when = r.When(column, false);
  if (!when) return std::nullopt;
  return when->date;
}

}  // namespace

std::optional<UnitRecord> ParseUnit(RowReader& r) {
  UnitRecord u;
  u.ma_don_vi = r.Required(kUnitCode);
  u.ten_don_vi = r.RequiredName(kUnitName);
  const auto cap = r.Enum(kUnitCap, CapEnum(), true);
  u.ma_don_vi_cha = r.Text(kUnitParent);
  if (cap) u.cap = *cap;
  if (cap && *cap == "tinh" && !u.ma_don_vi_cha.empty())
    r.Fail(kUnitParent, "đơn vị cấp tỉnh là gốc, không có đơn vị cha");
  if (cap && *cap != "tinh" && u.ma_don_vi_cha.empty())
    r.Fail(kUnitParent, "chỉ đơn vị cấp tỉnh được để trống đơn vị cha");
  if (!u.ma_don_vi.empty() && u.ma_don_vi == u.ma_don_vi_cha)
    r.Fail(kUnitParent, "đơn vị không thể là cha của chính nó");
  u.ordinal = r.row();
  if (!r.ok()) return std::nullopt;
  return u;
}

std::optional<ProcedureRecord> ParseProcedure(RowReader& r) {
  ProcedureRecord p;
  p.ma_tthc = r.Required(kProcCode);
  p.ten_tthc = r.RequiredName(kProcName);
  p.linh_vuc = r.RequiredName(kProcField);
  const auto level = r.Enum(kProcLevel, ServiceLevelEnum(), true);
  const auto fee = r.Flag(kProcFee);
  const auto pay_online = r.Flag(kProcPayOnline);
  if (fee && pay_online && !*fee && *pay_online)
    r.Fail(kProcPayOnline, "thủ tục không có phí, lệ phí thì không có thanh toán trực tuyến (phải là 0)");
  p.ngay_quyet_dinh_cong_bo = OptionalDate(r, kProcAnnounced);
  p.ngay_hieu_luc = OptionalDate(r, kProcEffective);
  p.ngay_cong_khai = OptionalDate(r, kProcPublished);
  p.cong_khai_day_du = OptionalFlag(r, kProcContentFull);
  p.ket_noi_du_lieu_dan_cu = OptionalFlag(r, kProcPopulationData);
  if (!r.ok()) return std::nullopt;
  p.muc_do_dvc = *level;
  p.co_phi = *fee;
  p.thanh_toan_truc_tuyen = *pay_online;
  return p;
}

namespace {

// The status/finish rules of SPEC §4 and the fee/payment rule of SPEC §2.
void CheckDossierRules(RowReader& r, const DossierRecord& d, bool have_status, bool have_dates,
                       bool have_fee) {
  if (have_status) {
    if (d.trang_thai == "dang_xu_ly" && d.finished)
      r.Fail(kDosFinished, "hồ sơ đang xử lý không được có ngày hoàn thành");
    if (d.trang_thai != "dang_xu_ly" && !d.finished)
      r.Fail(kDosFinished, "hồ sơ có trạng thái \"" + StatusEnum().Label(d.trang_thai) +
                               "\" phải có ngày hoàn thành");
  }
  if (have_dates && d.finished && d.finished->date < d.received.date)
    r.Fail(kDosFinished, "ngày hoàn thành " + d.finished->date.Vietnamese() +
                             " trước ngày tiếp nhận " + d.received.date.Vietnamese());
  if (have_dates && d.due.date < d.received.date)
    r.Fail(kDosDue, "hạn trả kết quả " + d.due.date.Vietnamese() + " trước ngày tiếp nhận " +
                        d.received.date.Vietnamese());
  if (have_fee && d.phi_le_phi == 0 && !d.hinh_thuc_thanh_toan.empty())
    r.Fail(kDosPayment, "có hình thức thanh toán nhưng phí, lệ phí bằng 0 (để trống khi không có phí)");
}

}  // namespace

std::optional<DossierRecord> ParseDossier(RowReader& r, const RowContext& context) {
  DossierRecord d;
  d.ma_ho_so = r.Required(kDosCode);
  d.ma_tthc = r.Required(kDosProcedure);
  if (!d.ma_tthc.empty() && !context.catalog.procedures.count(d.ma_tthc))
    r.Fail(kDosProcedure, "mã TTHC " + Quoted(d.ma_tthc) + " không có trong danh mục TTHC");
  d.ma_don_vi = UnitReference(r, kDosUnit, context);
  const auto channel = r.Enum(kDosChannel, ChannelEnum(), true);
  const auto received = r.When(kDosReceived, true);
  const auto due = r.When(kDosDue, true);
  d.finished = r.When(kDosFinished, false);
  const auto status = r.Enum(kDosStatus, StatusEnum(), true);
  const auto fee = r.Integer(kDosFee, false, 0, kMaxFee, "đồng cho một hồ sơ");
  const auto payment = r.Enum(kDosPayment, PaymentEnum(), false);
  const auto rating = r.Enum(kDosRating, RatingEnum(), false);
  if (channel) d.kenh_nop = *channel;
  if (received) d.received = *received;
  if (due) d.due = *due;
  if (status) d.trang_thai = *status;
  d.phi_le_phi = fee.value_or(0);
  d.hinh_thuc_thanh_toan = payment.value_or("");
  d.danh_gia = rating.value_or("");
  d.dong_bo_dvcqg = OptionalFlag(r, kDosSynced);
  d.ket_qua_dien_tu = OptionalFlag(r, kDosElectronicResult);
  d.so_hoa_thanh_phan = OptionalFlag(r, kDosDigitized);
  d.tai_su_dung_du_lieu = OptionalFlag(r, kDosReused);
  d.dong_bo_kho_ca_nhan = OptionalFlag(r, kDosPersonalStore);
  d.du_lieu_dan_cu = OptionalFlag(r, kDosPopulationData);
  d.ban_sao_dien_tu = OptionalFlag(r, kDosCertifiedCopy);
  const bool have_fee = fee.has_value() || r.Empty(kDosFee);
  CheckDossierRules(r, d, status.has_value(), received && due, have_fee);
  if (!r.ok()) return std::nullopt;
  return d;
}

std::optional<DisciplineRecord> ParseDiscipline(RowReader& r, const RowContext& context) {
  DisciplineRecord d;
  d.so_quyet_dinh = r.Required(kDisNumber);
  d.ma_don_vi = UnitReference(r, kDisUnit, context);
  const auto decided = r.When(kDisDate, true);
  const auto category = r.Enum(kDisCategory, CategoryEnum(), true);
  const auto form = r.Enum(kDisForm, DisciplineFormEnum(), true);
  if (category && form && !DisciplineAllowed(*category, *form))
    r.Fail(kDisForm, "hình thức \"" + DisciplineFormEnum().Label(*form) + "\" không áp dụng cho " +
                         CategoryEnum().Label(*category) + " (chỉ: " + AllowedFormsText(*category) + ")");
  if (!r.ok()) return std::nullopt;
  d.decided = decided->date;
  d.doi_tuong = *category;
  d.hinh_thuc = *form;
  return d;
}

std::optional<EvaluationRecord> ParseEvaluation(RowReader& r, const RowContext& context) {
  constexpr std::string_view kPerRow = "người cho một đơn vị, một đối tượng";
  EvaluationRecord e;
  e.ma_don_vi = UnitReference(r, kEvUnit, context);
  const auto year = r.Integer(kEvYear, true, 1900, 2200);
  const auto category = r.Enum(kEvCategory, CategoryEnum(), true);
  const auto excellent = r.Integer(kEvExcellent, true, 0, kMaxHeadCount, kPerRow);
  const auto good = r.Integer(kEvGood, true, 0, kMaxHeadCount, kPerRow);
  const auto completed = r.Integer(kEvCompleted, true, 0, kMaxHeadCount, kPerRow);
  const auto not_completed = r.Integer(kEvNotCompleted, true, 0, kMaxHeadCount, kPerRow);
  if (!r.ok()) return std::nullopt;
  e.nam = static_cast<int>(*year);
  e.doi_tuong = *category;
  e.hoan_thanh_xuat_sac = *excellent;
  e.hoan_thanh_tot = *good;
  e.hoan_thanh = *completed;
  e.khong_hoan_thanh = *not_completed;
  return e;
}

std::optional<PetitionRecord> ParsePetition(RowReader& r, const RowContext& context) {
  PetitionRecord p;
  p.ma_phan_anh = r.Required(kPetCode);
  p.ma_don_vi = UnitReference(r, kPetUnit, context);
  const auto received = r.When(kPetReceived, true);
  const auto due = r.When(kPetDue, true);
  p.handled = r.When(kPetHandled, false);
  const auto rating = r.Enum(kPetRating, RatingEnum(), false);
  p.ma_ho_so = r.Text(kPetDossier);
  if (received && due && due->date < received->date)
    r.Fail(kPetDue, "hạn xử lý " + due->date.Vietnamese() + " trước ngày tiếp nhận " +
                        received->date.Vietnamese());
  if (received && p.handled && p.handled->date < received->date)
    r.Fail(kPetHandled, "ngày xử lý " + p.handled->date.Vietnamese() + " trước ngày tiếp nhận " +
                            received->date.Vietnamese());
  if (rating && !p.handled && r.Empty(kPetHandled))
    r.Fail(kPetRating, "phản ánh, kiến nghị chưa xử lý (ngày xử lý trống) thì chưa có đánh giá (để trống)");
  if (!r.ok()) return std::nullopt;
  p.received = *received;
  p.due = *due;
  p.danh_gia = rating.value_or("");
  return p;
}

}  // namespace baocao
