// RecordStore's writes of the 766 scorecard's records (issue 13): the optional facts of dossiers
// and procedures stored as 1/0 or NULL, and petitions kept from the latest export month.
#include <catch2/catch.hpp>

#include "store/backend_database.h"
#include "store/database.h"
#include "store/record_store.h"
#include "test_support.h"

namespace baocao {
namespace {

DateTime At(const char* text) { return *ParseDateTime(text); }

int64_t Begin(RecordStore& store, const std::string& kind, const std::string& period) {
  return store.BeginSubmission({kind, "H01", period, kind + "_" + period + ".csv", "sha-" + kind + period,
                                "2023-07-01 08:00:00", "strict", "", ""});
}

PetitionRecord Petition(const char* unit, std::optional<DateTime> handled, const char* rating) {
  return {"PA-1", unit, At("2023-05-02 08:00"), At("2023-05-12 17:00"), handled, rating, ""};
}

}  // namespace

TEST_CASE("record store: a dossier's seven facts are stored as 1, 0 or NULL", "[store][records]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  RecordStore store(db);
  DossierRecord d;
  d.ma_ho_so = "Q-1";
  d.ma_tthc = "1.001612";
  d.ma_don_vi = "H01";
  d.kenh_nop = "truc_tuyen";
  d.received = At("2023-05-02 08:00");
  d.due = At("2023-05-05 17:00");
  d.trang_thai = "dang_xu_ly";
  d.dong_bo_dvcqg = true;
  d.ket_qua_dien_tu = false;
  d.du_lieu_dan_cu = true;
  d.ban_sao_dien_tu = false;
  const int64_t id = Begin(store, "dossiers", "2023-05");
  CHECK(store.WriteDossier(d, "2023-05", id, 2).kind == WriteResult::Kind::kInserted);
  CHECK(test::QueryText(db, "SELECT dong_bo_dvcqg, ket_qua_dien_tu, so_hoa_thanh_phan, tai_su_dung_du_lieu, "
                            "dong_bo_kho_ca_nhan, du_lieu_dan_cu, ban_sao_dien_tu FROM dossiers") ==
        "1|0|NULL|NULL|NULL|1|0\n");
}

TEST_CASE("record store: a procedure's dates are day numbers, its flags 1/0, unknown NULL", "[store][records]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  RecordStore store(db);
  ProcedureRecord p;
  p.ma_tthc = "1.001612";
  p.ten_tthc = "Đăng ký khai sinh";
  p.linh_vuc = "Hộ tịch";
  p.muc_do_dvc = "toan_trinh";
  p.ngay_quyet_dinh_cong_bo = ParseIsoDate("2023-03-01");
  p.ngay_cong_khai = ParseIsoDate("2023-03-06");
  p.cong_khai_day_du = false;
  store.WriteProcedure(p);
  CHECK(test::QueryText(db, "SELECT ngay_quyet_dinh_cong_bo, ngay_hieu_luc, ngay_cong_khai, cong_khai_day_du, "
                            "ket_noi_du_lieu_dan_cu FROM procedures") == "19417|NULL|19422|0|NULL\n");
}

TEST_CASE("record store: a petition from a later export month wins, an earlier one is superseded", "[store][records]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  RecordStore store(db);
  const char* kRow = "SELECT ma_don_vi, handled_at, handled_day, danh_gia, ma_ho_so, export_month, source_row FROM petitions";
  const int64_t may = Begin(store, "petitions", "2023-05");
  CHECK(store.WritePetition(Petition("X0101", {}, ""), "2023-05", may, 2).kind == WriteResult::Kind::kInserted);
  const auto again = store.WritePetition(Petition("X0102", {}, ""), "2023-05", may, 5);
  CHECK(again.kind == WriteResult::Kind::kDuplicateInFile);
  CHECK(again.duplicate_of_row == 2);
  const int64_t june = Begin(store, "petitions", "2023-06");
  CHECK(store.WritePetition(Petition("X0101", At("2023-05-10 09:00"), "hai_long"), "2023-06", june, 3).kind ==
        WriteResult::Kind::kUpdated);
  CHECK(test::QueryText(db, kRow) == "X0101|2023-05-10 09:00:00|19487|hai_long|NULL|2023-06|3\n");
  const int64_t april = Begin(store, "petitions", "2023-04");
  CHECK(store.WritePetition(Petition("X0102", {}, ""), "2023-04", april, 2).kind == WriteResult::Kind::kSuperseded);
  CHECK(test::QueryText(db, kRow) == "X0101|2023-05-10 09:00:00|19487|hai_long|NULL|2023-06|3\n");
  // The same month submitted again later: the later submission wins.
  const int64_t june_again = Begin(store, "petitions", "2023-06");
  CHECK(store.WritePetition(Petition("X0101", At("2023-05-11 09:00"), "rat_hai_long"), "2023-06", june_again, 4)
            .kind == WriteResult::Kind::kUpdated);
  CHECK(test::QueryText(db, kRow) == "X0101|2023-05-11 09:00:00|19488|rat_hai_long|NULL|2023-06|4\n");
}

TEST_CASE("record store: a value outside the schema's CHECKs is refused by the store, and the CHECKs hold again after it",
          "[store][records]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  const char* kInsert =
      "INSERT INTO dossiers (ma_ho_so, ma_tthc, ma_don_vi, kenh_nop, received_at, received_day, due_at, due_day, "
      "trang_thai, phi_le_phi, export_month, submission_id, source_row) "
      "VALUES ('Q-9', '1.001612', 'H01', 'fax', '2023-05-02 08:00:00', 19479, '2023-05-05 17:00:00', 19482, "
      "'dang_xu_ly', 0, '2023-05', 1, 2)";
  {
    RecordStore store(db);
    DossierRecord d;
    d.ma_ho_so = "Q-1";
    d.ma_tthc = "1.001612";
    d.ma_don_vi = "H01";
    d.kenh_nop = "truc_tuyen";
    d.received = At("2023-05-02 08:00");
    d.due = At("2023-05-05 17:00");
    d.trang_thai = "dang_xu_ly";
    const int64_t id = Begin(store, "dossiers", "2023-05");
    const auto refused = [&](const DossierRecord& bad) {
      try {
        store.WriteDossier(bad, "2023-05", id, 2);
        return std::string("stored");
      } catch (const Error& e) {
        return std::string(e.what());
      }
    };
    const std::string kRefused = "Cơ sở dữ liệu từ chối hồ sơ \"Q-1\" (vi phạm ràng buộc)";
    DossierRecord bad = d;
    bad.kenh_nop = "fax";
    CHECK(refused(bad) == kRefused);
    bad = d;
    bad.trang_thai = "";
    CHECK(refused(bad) == kRefused);
    bad = d;
    bad.phi_le_phi = -1;
    CHECK(refused(bad) == kRefused);
    bad = d;
    bad.hinh_thuc_thanh_toan = "tien_mat";
    CHECK(refused(bad) == kRefused);
    bad = d;
    bad.danh_gia = "Hai_long";
    CHECK(refused(bad) == kRefused);
    CHECK(test::QueryText(db, "SELECT COUNT(*) FROM dossiers") == "0\n");
    CHECK(store.WriteDossier(d, "2023-05", id, 2).kind == WriteResult::Kind::kInserted);
    UnitRecord unit{"H01", "Huyện A", "thon", "T", 1};
    CHECK_THROWS_WITH(store.WriteUnit(unit), "Cơ sở dữ liệu từ chối đơn vị \"H01\" (vi phạm ràng buộc)");
  }
  // The store is gone: the engine evaluates the CHECKs again for any other writer.
  try {
    db.connection().ExecuteScript(kInsert);
    FAIL("a kenh_nop outside the CHECK was stored");
  } catch (const SqlError& e) {
    CHECK((e.code() == "275" || e.code() == "23514"));
  }
  CHECK(test::QueryText(db, "SELECT ma_ho_so FROM dossiers") == "Q-1\n");
}

}  // namespace baocao
