// RecordStore's writes of the 766 scorecard's records (issue 13): the optional facts of dossiers
// and procedures stored as 1/0 or NULL, and petitions kept from the latest export month.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/errors.h"
#include "store/backend_database.h"
#include "store/database.h"
#include "store/record_store.h"
#include "store/write_transaction.h"
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

// Codes that an array literal must carry exactly: quotes, backslashes, commas, braces, spaces, the
// word NULL, an empty code, Vietnamese letters, a NUL (libpq ends a text there).
const std::vector<std::string> kHostileCodes{
    "a\"b", "a\\b", "\\\"", "a,b", "{x}", "}{", "NULL", "null", " space ", "", "\"\"", "Mã hồ sơ số 1",
    "tab\there", "new\nline", std::string("nul\0a", 5), std::string("nul\0b", 5), "'quote'", "(1,2)"};

// Dossier number i of a generated export month: hostile codes among plain ones, values that change
// with the month, a key repeated in the file now and then (next to its first row, and far from it).
DossierRecord GeneratedDossier(int i, int month) {
  DossierRecord d;
  if (i % 97 == 5) d.ma_ho_so = kHostileCodes[static_cast<size_t>(i / 97) % kHostileCodes.size()];
  else if (i % 50 == 1) d.ma_ho_so = "K-" + std::to_string(i - 1);       // right after its first row
  else if (i % 173 == 7) d.ma_ho_so = "K-" + std::to_string(i - 300);    // hundreds of rows later
  else d.ma_ho_so = "K-" + std::to_string(i);
  d.ma_tthc = i % 11 == 0 ? kHostileCodes[static_cast<size_t>(i) % kHostileCodes.size()] : "1.00" + std::to_string(i % 7);
  d.ma_don_vi = i % 3 == 0 ? "H01" : "X0101";
  d.kenh_nop = i % 2 ? "truc_tuyen" : "truc_tiep";
  d.received = *ParseDateTime("2023-0" + std::to_string(month) + "-02 08:00");
  d.due = *ParseDateTime("2023-0" + std::to_string(month) + "-20 17:00");
  if ((i + month) % 4 == 0) d.finished = *ParseDateTime("2023-0" + std::to_string(month) + "-10 09:30");
  d.trang_thai = (i + month) % 4 == 0 ? "da_tra_ket_qua" : "dang_xu_ly";
  d.phi_le_phi = (i * 1000 + month) % 7000;
  d.hinh_thuc_thanh_toan = i % 5 == 0 ? "" : "truc_tuyen";
  d.danh_gia = (i + month) % 3 == 0 ? "hai_long" : "";
  if (i % 4 != 3) d.dong_bo_dvcqg = (i + month) % 2 == 0;
  if (i % 6 == 1) d.ban_sao_dien_tu = true;
  return d;
}

struct Export {
  const char* month;
  int first;  // the dossiers first … first + count - 1
  int count;
};

// Each export in turn as one submission, written by WriteDossiers into one database and a row at a
// time by WriteDossier into another: the results of every row and the stored rows are the same.
void CheckDossierBatchesAsRows(const std::vector<Export>& exports) {
  test::BackendDatabase batch_backend, rows_backend;
  Database& batch_db = batch_backend.db();
  Database& rows_db = rows_backend.db();
  RecordStore batch_store(batch_db), rows_store(rows_db);
  int kinds[3] = {0, 0, 0};
  for (const Export& e : exports) {
    const int month = e.month[6] - '0';
    std::vector<DossierRecord> records;
    for (int i = e.first; i < e.first + e.count; ++i) records.push_back(GeneratedDossier(i, month));
    std::vector<DossierRow> rows;
    for (size_t i = 0; i < records.size(); ++i) rows.push_back({&records[i], static_cast<int>(i) + 2});
    WriteTransaction batch_transaction(batch_db);
    const int64_t batch_id = Begin(batch_store, "dossiers", e.month);
    const std::vector<WriteResult> batch = batch_store.WriteDossiers(rows, e.month, batch_id);
    batch_transaction.Commit();
    WriteTransaction rows_transaction(rows_db);
    const int64_t rows_id = Begin(rows_store, "dossiers", e.month);
    REQUIRE(batch_id == rows_id);
    REQUIRE(batch.size() == rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
      const WriteResult one = rows_store.WriteDossier(*rows[i].record, e.month, rows_id, rows[i].source_row);
      INFO(e.month << " row " << rows[i].source_row << " \"" << rows[i].record->ma_ho_so << "\"");
      CHECK(static_cast<int>(batch[i].kind) == static_cast<int>(one.kind));
      CHECK(batch[i].duplicate_of_row == one.duplicate_of_row);
      ++kinds[static_cast<int>(one.kind)];
    }
    rows_transaction.Commit();
  }
  for (int kind = 0; kind < 3; ++kind) CHECK(kinds[kind] > 0);  // every outcome was met
  const char* kAll = "SELECT * FROM dossiers ORDER BY ma_ho_so";
  CHECK(test::QueryText(batch_db, kAll) == test::QueryText(rows_db, kAll));
  CHECK(test::QueryInt(batch_db, "SELECT COUNT(*) FROM dossiers") == test::QueryInt(rows_db, "SELECT COUNT(*) FROM dossiers"));
}

}  // namespace

TEST_CASE("record store: a batch of dossiers gives the results and rows of one row at a time", "[store][records]") {
  // May: 2,300 rows (more than two of PostgreSQL's batch statements); June re-exports most of them
  // and adds some; April comes late (superseded); June once more, a later submission of the same month.
  CheckDossierBatchesAsRows({{"2023-05", 0, 2300}, {"2023-06", 200, 2300}, {"2023-04", 900, 1800},
                             {"2023-06", 0, 600}});
}

TEST_CASE("record store: hostile codes go into a batch and come back exactly", "[store][records]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  RecordStore store(db);
  std::vector<DossierRecord> records;
  for (size_t i = 0; i < kHostileCodes.size(); ++i) {
    DossierRecord d = GeneratedDossier(static_cast<int>(i) * 2, 5);
    d.ma_ho_so = "D" + std::to_string(i);
    d.ma_tthc = kHostileCodes[i];
    d.ma_don_vi = kHostileCodes[kHostileCodes.size() - 1 - i];
    records.push_back(d);
  }
  std::vector<DossierRow> rows;
  for (size_t i = 0; i < records.size(); ++i) rows.push_back({&records[i], static_cast<int>(i) + 2});
  WriteTransaction transaction(db);
  const int64_t id = Begin(store, "dossiers", "2023-05");
  for (const WriteResult& r : store.WriteDossiers(rows, "2023-05", id)) CHECK(r.kind == WriteResult::Kind::kStored);
  transaction.Commit();
  auto q = db.connection().Prepare("SELECT ma_tthc, ma_don_vi FROM dossiers WHERE ma_ho_so = ?");
  for (size_t i = 0; i < records.size(); ++i) {
    const std::string key = "D" + std::to_string(i);
    q->BindText(1, key);
    REQUIRE(q->Step());
    // A text is stored up to a NUL on PostgreSQL (libpq's C strings), whole on SQLite.
    const auto stored = [&](const std::string& text) {
      return test::TestingPostgres() ? std::string(text.c_str()) : text;
    };
    CHECK(q->GetString(0) == stored(kHostileCodes[i]));
    CHECK(q->GetString(1) == stored(kHostileCodes[kHostileCodes.size() - 1 - i]));
    q->Reset();
  }
}

TEST_CASE("record store: a row a constraint refuses is named as a row at a time names it", "[store][records]") {
  test::BackendDatabase backend;
  Database& db = backend.db();
  RecordStore store(db);
  std::vector<DossierRecord> records;
  for (int i = 0; i < 1500; ++i) records.push_back(GeneratedDossier(i * 2, 5));
  records[1200].kenh_nop = "qua_dien_thoai";  // in the second statement of the batch
  std::vector<DossierRow> rows;
  for (size_t i = 0; i < records.size(); ++i) rows.push_back({&records[i], static_cast<int>(i) + 2});
  WriteTransaction transaction(db);
  const int64_t id = Begin(store, "dossiers", "2023-05");
  CHECK_THROWS_WITH(store.WriteDossiers(rows, "2023-05", id),
                    "Cơ sở dữ liệu từ chối hồ sơ \"" + records[1200].ma_ho_so + "\" (vi phạm ràng buộc)");
}

TEST_CASE("record store: a batch of petitions gives the results of one row at a time", "[store][records]") {
  test::BackendDatabase batch_backend, rows_backend;
  Database& batch_db = batch_backend.db();
  Database& rows_db = rows_backend.db();
  RecordStore batch_store(batch_db), rows_store(rows_db);
  for (const char* month : {"2023-05", "2023-06", "2023-04"}) {
    const int m = month[6] - '0';
    std::vector<PetitionRecord> records;
    for (int i = 0; i < 2100; ++i) {
      const DossierRecord d = GeneratedDossier(i + (m == 6 ? 300 : 0), m);
      std::optional<DateTime> handled = d.finished;
      records.push_back({d.ma_ho_so, d.ma_don_vi, d.received, d.due, handled, d.danh_gia,
                         i % 9 == 0 ? d.ma_tthc : ""});
    }
    std::vector<PetitionRow> rows;
    for (size_t i = 0; i < records.size(); ++i) rows.push_back({&records[i], static_cast<int>(i) + 2});
    WriteTransaction batch_transaction(batch_db);
    const int64_t batch_id = Begin(batch_store, "petitions", month);
    const std::vector<WriteResult> batch = batch_store.WritePetitions(rows, month, batch_id);
    batch_transaction.Commit();
    WriteTransaction rows_transaction(rows_db);
    const int64_t rows_id = Begin(rows_store, "petitions", month);
    REQUIRE(batch.size() == rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
      const WriteResult one = rows_store.WritePetition(*rows[i].record, month, rows_id, rows[i].source_row);
      INFO(month << " row " << rows[i].source_row << " \"" << rows[i].record->ma_phan_anh << "\"");
      CHECK(static_cast<int>(batch[i].kind) == static_cast<int>(one.kind));
      CHECK(batch[i].duplicate_of_row == one.duplicate_of_row);
    }
    rows_transaction.Commit();
  }
  const char* kAll = "SELECT * FROM petitions ORDER BY ma_phan_anh";
  CHECK(test::QueryText(batch_db, kAll) == test::QueryText(rows_db, kAll));
}

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
  CHECK(store.WriteDossier(d, "2023-05", id, 2).kind == WriteResult::Kind::kStored);
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
  CHECK(store.WritePetition(Petition("X0101", {}, ""), "2023-05", may, 2).kind == WriteResult::Kind::kStored);
  const auto again = store.WritePetition(Petition("X0102", {}, ""), "2023-05", may, 5);
  CHECK(again.kind == WriteResult::Kind::kDuplicateInFile);
  CHECK(again.duplicate_of_row == 2);
  const int64_t june = Begin(store, "petitions", "2023-06");
  CHECK(store.WritePetition(Petition("X0101", At("2023-05-10 09:00"), "hai_long"), "2023-06", june, 3).kind ==
        WriteResult::Kind::kStored);
  CHECK(test::QueryText(db, kRow) == "X0101|2023-05-10 09:00:00|19487|hai_long|NULL|2023-06|3\n");
  const int64_t april = Begin(store, "petitions", "2023-04");
  CHECK(store.WritePetition(Petition("X0102", {}, ""), "2023-04", april, 2).kind == WriteResult::Kind::kSuperseded);
  CHECK(test::QueryText(db, kRow) == "X0101|2023-05-10 09:00:00|19487|hai_long|NULL|2023-06|3\n");
  // The same month submitted again later: the later submission wins.
  const int64_t june_again = Begin(store, "petitions", "2023-06");
  CHECK(store.WritePetition(Petition("X0101", At("2023-05-11 09:00"), "rat_hai_long"), "2023-06", june_again, 4)
            .kind == WriteResult::Kind::kStored);
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
    CHECK(store.WriteDossier(d, "2023-05", id, 2).kind == WriteResult::Kind::kStored);
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
