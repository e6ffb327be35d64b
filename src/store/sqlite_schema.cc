#include "store/sqlite_schema.h"

#include <initializer_list>
#include <string>

#include "core/errors.h"

namespace baocao {
namespace {

// CHECK constraints use OR chains, not IN lists: SQLite evaluates `x IN ('a','b','c')` through an
// ephemeral index built on every row written, which made bulk submissions several times slower.
constexpr const char* kSchemaBeforeDossiers = R"sql(
CREATE TABLE IF NOT EXISTS units (
  ma_don_vi TEXT PRIMARY KEY,
  ten_don_vi TEXT NOT NULL,
  cap TEXT NOT NULL CHECK (cap = 'tinh' OR cap = 'so_nganh' OR cap = 'huyen' OR cap = 'xa'),
  ma_don_vi_cha TEXT,
  ordinal INTEGER NOT NULL,
  retired_from TEXT
);
CREATE TABLE IF NOT EXISTS procedures (
  ma_tthc TEXT PRIMARY KEY,
  ten_tthc TEXT NOT NULL,
  linh_vuc TEXT NOT NULL,
  muc_do_dvc TEXT NOT NULL CHECK (muc_do_dvc = 'toan_trinh' OR muc_do_dvc = 'mot_phan' OR muc_do_dvc = 'khong'),
  co_phi INTEGER NOT NULL CHECK (co_phi = 0 OR co_phi = 1),
  thanh_toan_truc_tuyen INTEGER NOT NULL CHECK (thanh_toan_truc_tuyen = 0 OR thanh_toan_truc_tuyen = 1),
  ngay_quyet_dinh_cong_bo INTEGER,
  ngay_hieu_luc INTEGER,
  ngay_cong_khai INTEGER,
  cong_khai_day_du INTEGER CHECK (cong_khai_day_du = 0 OR cong_khai_day_du = 1),
  ket_noi_du_lieu_dan_cu INTEGER CHECK (ket_noi_du_lieu_dan_cu = 0 OR ket_noi_du_lieu_dan_cu = 1)
);
)sql";

// A rowid table since schema 8 (issue 15), ma_ho_so its UNIQUE key (an index beside the rows):
// rows are appended in the order they arrive, so a submission fills pages instead of splitting
// them, and a scan splits into balanced rowid ranges read on several connections at once
// (store/figures_source.cc). Schema 6 and 7 had a WITHOUT ROWID table keyed by ma_ho_so.
constexpr const char* kDossiersTable = R"sql(
CREATE TABLE IF NOT EXISTS dossiers (
  ma_ho_so TEXT PRIMARY KEY,
  ma_tthc TEXT NOT NULL,
  ma_don_vi TEXT NOT NULL,
  kenh_nop TEXT NOT NULL CHECK (kenh_nop = 'truc_tuyen' OR kenh_nop = 'truc_tiep' OR kenh_nop = 'buu_chinh'),
  received_at TEXT NOT NULL,
  received_day INTEGER NOT NULL,
  due_at TEXT NOT NULL,
  due_day INTEGER NOT NULL,
  finished_at TEXT,
  finished_day INTEGER,
  trang_thai TEXT NOT NULL CHECK (trang_thai = 'dang_xu_ly' OR trang_thai = 'da_tra_ket_qua' OR trang_thai = 'rut_ho_so' OR trang_thai = 'tra_lai'),
  phi_le_phi INTEGER NOT NULL CHECK (phi_le_phi >= 0),
  hinh_thuc_thanh_toan TEXT CHECK (hinh_thuc_thanh_toan = 'truc_tuyen' OR hinh_thuc_thanh_toan = 'truc_tiep'),
  danh_gia TEXT CHECK (danh_gia = 'rat_hai_long' OR danh_gia = 'hai_long' OR danh_gia = 'khong_hai_long'),
  export_month TEXT NOT NULL,
  submission_id INTEGER NOT NULL,
  source_row INTEGER NOT NULL,
  dong_bo_dvcqg INTEGER CHECK (dong_bo_dvcqg = 0 OR dong_bo_dvcqg = 1),
  ket_qua_dien_tu INTEGER CHECK (ket_qua_dien_tu = 0 OR ket_qua_dien_tu = 1),
  so_hoa_thanh_phan INTEGER CHECK (so_hoa_thanh_phan = 0 OR so_hoa_thanh_phan = 1),
  tai_su_dung_du_lieu INTEGER CHECK (tai_su_dung_du_lieu = 0 OR tai_su_dung_du_lieu = 1),
  dong_bo_kho_ca_nhan INTEGER CHECK (dong_bo_kho_ca_nhan = 0 OR dong_bo_kho_ca_nhan = 1),
  du_lieu_dan_cu INTEGER CHECK (du_lieu_dan_cu = 0 OR du_lieu_dan_cu = 1),
  ban_sao_dien_tu INTEGER CHECK (ban_sao_dien_tu = 0 OR ban_sao_dien_tu = 1)
);
)sql";

constexpr const char* kSchemaAfterDossiers = R"sql(
CREATE TABLE IF NOT EXISTS petitions (
  ma_phan_anh TEXT PRIMARY KEY,
  ma_don_vi TEXT NOT NULL,
  received_at TEXT NOT NULL,
  received_day INTEGER NOT NULL,
  due_at TEXT NOT NULL,
  due_day INTEGER NOT NULL,
  handled_at TEXT,
  handled_day INTEGER,
  danh_gia TEXT CHECK (danh_gia = 'rat_hai_long' OR danh_gia = 'hai_long' OR danh_gia = 'khong_hai_long'),
  ma_ho_so TEXT,
  export_month TEXT NOT NULL,
  submission_id INTEGER NOT NULL,
  source_row INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS discipline (
  so_quyet_dinh TEXT PRIMARY KEY,
  ma_don_vi TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  decided_day INTEGER NOT NULL,
  doi_tuong TEXT NOT NULL CHECK (doi_tuong = 'can_bo' OR doi_tuong = 'cong_chuc' OR doi_tuong = 'vien_chuc'),
  hinh_thuc TEXT NOT NULL,
  submission_id INTEGER NOT NULL,
  source_row INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS evaluations (
  ma_don_vi TEXT NOT NULL,
  nam INTEGER NOT NULL,
  doi_tuong TEXT NOT NULL CHECK (doi_tuong = 'can_bo' OR doi_tuong = 'cong_chuc' OR doi_tuong = 'vien_chuc'),
  hoan_thanh_xuat_sac INTEGER NOT NULL,
  hoan_thanh_tot INTEGER NOT NULL,
  hoan_thanh INTEGER NOT NULL,
  khong_hoan_thanh INTEGER NOT NULL,
  submission_id INTEGER NOT NULL,
  source_row INTEGER NOT NULL,
  PRIMARY KEY (ma_don_vi, nam, doi_tuong)
);
CREATE TABLE IF NOT EXISTS submissions (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  ma_don_vi TEXT,
  period TEXT,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  mode TEXT NOT NULL,
  rows_total INTEGER NOT NULL,
  rows_accepted INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  rows_superseded INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  dropped_columns TEXT NOT NULL,
  sheet TEXT
);
CREATE INDEX IF NOT EXISTS submissions_sha ON submissions(sha256);
CREATE TABLE IF NOT EXISTS unit_reports (
  ma_don_vi TEXT NOT NULL,
  period TEXT NOT NULL,
  kind TEXT NOT NULL,
  submission_id INTEGER NOT NULL,
  rows INTEGER NOT NULL,
  PRIMARY KEY (ma_don_vi, period, kind, submission_id)
);
CREATE TABLE IF NOT EXISTS rejected_rows (
  submission_id INTEGER NOT NULL,
  row INTEGER NOT NULL,
  column INTEGER NOT NULL,
  column_name TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS warnings (
  submission_id INTEGER NOT NULL,
  row INTEGER NOT NULL,
  column INTEGER NOT NULL,
  message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY,
  job TEXT NOT NULL,
  period TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  status TEXT NOT NULL,
  exit_code INTEGER,
  message TEXT
);
CREATE TABLE IF NOT EXISTS artifacts (
  run_id INTEGER NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS inbox_files (
  run_id INTEGER NOT NULL,
  run_period TEXT NOT NULL,
  file_name TEXT NOT NULL,
  kind TEXT,
  ma_don_vi TEXT,
  period TEXT,
  outcome TEXT NOT NULL,
  submission_id INTEGER,
  submitted_at TEXT NOT NULL,
  rows_total INTEGER NOT NULL,
  rows_accepted INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  reason TEXT NOT NULL,
  moved_to TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS accounts (
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL COLLATE NOCASE UNIQUE
    CHECK (length(login) BETWEEN 3 AND 64 AND login NOT GLOB '*[^A-Za-z0-9._-]*'),
  role TEXT NOT NULL CHECK (role = 'don_vi' OR role = 'tong_hop' OR role = 'quan_tri'),
  ma_don_vi TEXT,
  password_hash TEXT NOT NULL,
  must_change_password INTEGER NOT NULL CHECK (must_change_password = 0 OR must_change_password = 1),
  disabled INTEGER NOT NULL CHECK (disabled = 0 OR disabled = 1),
  created_at TEXT NOT NULL,
  failed_logins INTEGER NOT NULL CHECK (failed_logins >= 0),
  locked_until TEXT,
  CHECK ((role = 'don_vi') = (ma_don_vi IS NOT NULL))
);
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  account TEXT NOT NULL,
  address TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS approvals (
  id INTEGER PRIMARY KEY,
  period TEXT NOT NULL,
  ma_don_vi TEXT NOT NULL,
  approved_by TEXT NOT NULL,
  approved_at TEXT NOT NULL,
  withdrawn_by TEXT,
  withdrawn_at TEXT,
  withdraw_reason TEXT,
  catalog TEXT
);
CREATE INDEX IF NOT EXISTS approvals_period ON approvals(period);
CREATE TABLE IF NOT EXISTS approved_figures (
  approval_id INTEGER NOT NULL REFERENCES approvals(id),
  ma_don_vi TEXT NOT NULL,
  figures TEXT NOT NULL,
  PRIMARY KEY (approval_id, ma_don_vi)
);
)sql";

// The whole schema: every statement CREATE … IF NOT EXISTS.
std::string Schema() { return std::string(kSchemaBeforeDossiers) + kDossiersTable + kSchemaAfterDossiers; }

int64_t QueryInt(SqlConnection& db, const std::string& sql) {
  auto q = db.Prepare(sql);
  q->Step();
  return q->GetInt(0);
}

std::string QueryText(SqlConnection& db, const std::string& sql) {
  auto q = db.Prepare(sql);
  q->Step();
  return std::string(q->GetText(0));
}

bool HasColumn(SqlConnection& db, const std::string& table, const std::string& name) {
  auto has = db.Prepare("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?");
  BindAll(*has, table, name);
  has->Step();
  return has->GetInt(0) != 0;
}

// Adds each column ("name TYPE …") the table lacks: a table created by an older release.
void AddMissingColumns(SqlConnection& db, const std::string& table, std::initializer_list<std::string> columns) {
  for (const auto& column : columns) {
    const std::string name = column.substr(0, column.find(' '));
    if (!HasColumn(db, table, name)) db.ExecuteScript("ALTER TABLE " + table + " ADD COLUMN " + column);
  }
}

// The table's columns, comma-separated, in their order.
std::string ColumnList(SqlConnection& db, const std::string& table) {
  auto names = db.Prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
  BindAll(*names, table);
  std::string list;
  while (names->Step()) {
    if (!list.empty()) list += ", ";
    list += names->GetText(0);
  }
  return list;
}

// 7 → 8: a WITHOUT ROWID dossiers table (schema 6 and 7) is rebuilt as the rowid table of
// kDossiersTable, its rows copied in key order; the columns are the same, in the same order.
// Returns whether it was rebuilt.
bool RebuildDossiersWithRowids(SqlConnection& db) {
  auto ddl = db.Prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'dossiers'");
  if (!ddl->Step() || ddl->GetText(0).find("WITHOUT ROWID") == std::string_view::npos) return false;
  ddl.reset();
  db.ExecuteScript("ALTER TABLE dossiers RENAME TO dossiers_before_v8");
  db.ExecuteScript(kDossiersTable);
  const std::string columns = ColumnList(db, "dossiers");
  db.ExecuteScript("INSERT INTO dossiers (" + columns + ") SELECT " + columns + " FROM dossiers_before_v8");
  db.ExecuteScript("DROP TABLE dossiers_before_v8");
  return true;
}

// Rolls back a migration left unfinished by an exception.
class MigrationTransaction {
 public:
  explicit MigrationTransaction(SqlConnection& db) : db_(db) { db_.BeginWrite(); }
  ~MigrationTransaction() {
    if (!committed_) db_.Rollback();
  }
  MigrationTransaction(const MigrationTransaction&) = delete;
  MigrationTransaction& operator=(const MigrationTransaction&) = delete;
  void Commit() {
    db_.Commit();
    committed_ = true;
  }

 private:
  SqlConnection& db_;
  bool committed_ = false;
};

}  // namespace

std::unique_ptr<SqliteConnection> OpenSqliteDatabase(const std::string& path, Database::OpenMode mode) {
  auto connection = std::make_unique<SqliteConnection>(path, mode == Database::OpenMode::kCreate);
  SqlConnection& db = *connection;
  db.ExecuteScript("PRAGMA foreign_keys = ON");
  db.ExecuteScript("PRAGMA busy_timeout = " + std::to_string(Database::kBusyTimeoutMinutes * 60 * 1000));
  const int version = static_cast<int>(QueryInt(db, "PRAGMA user_version"));  // reads the header: not a database?
  if (version > Database::kSchemaVersion) {
    throw Error("Cơ sở dữ liệu " + path + " thuộc phiên bản mới hơn (" + std::to_string(version) +
                "); hãy cập nhật baocao.");
  }
  if (mode == Database::OpenMode::kCreate) {
    // 16 KiB pages for a new file (SQLite's default is 4 KiB): a dossier row takes some 200 bytes;
    // a bulk submission's B-tree then has a quarter of the pages, fewer levels and fewer splits
    // (issue 15: about 10 % less CPU on the writing thread of province_load_bench). Only a file
    // without pages takes it; an existing file keeps its page size (changing it would need a
    // VACUUM). It must come before the file is switched to WAL.
    db.ExecuteScript("PRAGMA page_size = 16384");
    // WAL: a report or a status reads while a submit or a run writes, without waiting. The mode is
    // kept in the file; the commands that only read leave the file as they found it. The WAL file is
    // cut back to 64 MiB after a large submission. The cost: a bulk submission's pages are written
    // twice (WAL, then checkpoint), about 30 % more time for a million rows; synchronous stays FULL,
    // so an accepted submission survives a power cut.
    db.ExecuteScript("PRAGMA journal_mode = WAL");
    db.ExecuteScript("PRAGMA journal_size_limit = 67108864");
  }
  // A 64 MiB page cache keeps most of a million-row submission's B-tree pages in memory (SQLite's
  // default of 2 MiB spills them to disk mid-transaction). Set once the page size is known: set
  // before the 16 KiB page size, the same -65536 let province_load_bench's peak grow to 195 MiB
  // instead of 84 (measured).
  db.ExecuteScript("PRAGMA cache_size = -65536");
  // A checkpoint every 256 MiB of WAL (16384 pages of 16 KiB, 65536 of 4 KiB in a file created
  // before issue 15) rather than SQLite's 1000 pages: the pages a month's files all touch are
  // copied into the database once per checkpoint, not once per file. 256 rather than 64 MiB:
  // about 8 % less CPU on the writing thread of province_load_bench (issue 15 item 2; 128 MiB
  // gained nothing, 512 MiB no more); the file is cut back to 64 MiB (journal_size_limit) once
  // checkpointed. The checkpoint runs on a thread of its own (store/sqlite_checkpointer.h): inside
  // the commit it cost the writing thread 0.2-0.3 s of province_load_bench's load. synchronous
  // stays FULL: each commit (one per submission) syncs the WAL, so a receipt's rows survive a power
  // cut too. A file not in WAL mode (in memory) keeps SQLite's own setting, unused.
  const int64_t page_size = QueryInt(db, "PRAGMA page_size");
  const int64_t checkpoint_pages = (int64_t{256} << 20) / page_size;
  if (QueryText(db, "PRAGMA journal_mode") == "wal")
    connection->CheckpointInBackground(static_cast<int>(checkpoint_pages));
  else
    db.ExecuteScript("PRAGMA wal_autocheckpoint = " + std::to_string(checkpoint_pages));
  if (version < Database::kSchemaVersion) {
    // Every statement of the schema is CREATE … IF NOT EXISTS: running it on an older file adds
    // what that version lacked (1 → 2: inbox_files; 4 → 5: accounts, audit_log; 6 → 7: approvals,
    // approved_figures) and leaves the rest as it is; columns added to
    // an existing table are added below, and the dossiers table of 6 and 7 is rebuilt (7 → 8).
    MigrationTransaction tx(db);
    db.ExecuteScript(Schema());
    // 2 → 3: units.retired_from (a table that existed keeps its rows; the column starts empty).
    if (!HasColumn(db, "units", "retired_from")) db.ExecuteScript("ALTER TABLE units ADD COLUMN retired_from TEXT");
    // 3 → 4: submissions.sheet (the worksheet a workbook was read from; empty for older rows).
    if (!HasColumn(db, "submissions", "sheet")) db.ExecuteScript("ALTER TABLE submissions ADD COLUMN sheet TEXT");
    // 5 -> 6: the 766 scorecard's optional dossier and procedure facts (issue 13); the petitions
    // table comes with the schema above. Existing rows keep NULL: "no data", never 0.
    AddMissingColumns(db, "dossiers",
                      {"dong_bo_dvcqg INTEGER CHECK (dong_bo_dvcqg = 0 OR dong_bo_dvcqg = 1)",
                       "ket_qua_dien_tu INTEGER CHECK (ket_qua_dien_tu = 0 OR ket_qua_dien_tu = 1)",
                       "so_hoa_thanh_phan INTEGER CHECK (so_hoa_thanh_phan = 0 OR so_hoa_thanh_phan = 1)",
                       "tai_su_dung_du_lieu INTEGER CHECK (tai_su_dung_du_lieu = 0 OR tai_su_dung_du_lieu = 1)",
                       "dong_bo_kho_ca_nhan INTEGER CHECK (dong_bo_kho_ca_nhan = 0 OR dong_bo_kho_ca_nhan = 1)",
                       "du_lieu_dan_cu INTEGER CHECK (du_lieu_dan_cu = 0 OR du_lieu_dan_cu = 1)",
                       "ban_sao_dien_tu INTEGER CHECK (ban_sao_dien_tu = 0 OR ban_sao_dien_tu = 1)"});
    AddMissingColumns(db, "procedures",
                      {"ngay_quyet_dinh_cong_bo INTEGER", "ngay_hieu_luc INTEGER", "ngay_cong_khai INTEGER",
                       "cong_khai_day_du INTEGER CHECK (cong_khai_day_du = 0 OR cong_khai_day_du = 1)",
                       "ket_noi_du_lieu_dan_cu INTEGER CHECK (ket_noi_du_lieu_dan_cu = 0 OR ket_noi_du_lieu_dan_cu = 1)"});
    const bool rebuilt = RebuildDossiersWithRowids(db);
    db.ExecuteScript("PRAGMA user_version = " + std::to_string(Database::kSchemaVersion));
    tx.Commit();
    // The old table's pages are free now: as large as the table itself (a province's year, some
    // 550 MB). VACUUM gives them back to the disk, once (a year's file: about 5 s). Should it fail
    // (another process holds the file), the pages stay free inside the file for the next
    // submissions; nothing is lost.
    if (rebuilt) {
      try {
        db.ExecuteScript("VACUUM");
      } catch (const SqlError&) {
      }
    }
  }
  return connection;
}

}  // namespace baocao
