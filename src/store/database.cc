#include "store/database.h"

#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <initializer_list>
#include <string>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "core/errors.h"

namespace baocao {
namespace {

// CHECK constraints use OR chains, not IN lists: SQLite evaluates `x IN ('a','b','c')` through an
// ephemeral index built on every row written, which made bulk submissions several times slower.
constexpr const char* kSchema = R"sql(
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
) WITHOUT ROWID;
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

}  // namespace

namespace {
// SQLite does not create folders: make the database's parent folder first. A database that must
// exist already is checked instead, so that a mistyped --db creates neither folder nor file.
const std::string& Prepared(const std::string& path, Database::OpenMode mode) {
  if (path == ":memory:") return path;
  if (mode == Database::OpenMode::kExisting) {
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec))
      throw UsageError("không tìm thấy cơ sở dữ liệu " + path +
                       " (hãy nộp dữ liệu bằng `baocao submit` trước, hoặc kiểm tra --db và $BAOCAO_DB)");
    return path;
  }
  if (path.empty()) return path;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  return path;
}

// Adds each column ("name TYPE …") the table lacks: a table created by an older release.
void AddMissingColumns(SQLite::Database& db, const std::string& table,
                       std::initializer_list<std::string> columns) {
  for (const auto& column : columns) {
    const std::string name = column.substr(0, column.find(' '));
    SQLite::Statement has(db, "SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?");
    has.bind(1, table);
    has.bind(2, name);
    has.executeStep();
    if (has.getColumn(0).getInt() == 0) db.exec("ALTER TABLE " + table + " ADD COLUMN " + column);
  }
}

// NOMUTEX: a connection is only ever used by one thread at a time (the portal opens one per
// request; a submission's reader thread never touches it), so SQLite's per-call mutex is not needed:
// a bulk submission makes some 30 calls a row.
int OpenFlags(Database::OpenMode mode) {
  return (mode == Database::OpenMode::kCreate ? SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE
                                              : SQLite::OPEN_READWRITE) |
         SQLite::OPEN_NOMUTEX;
}
}  // namespace

Database::Database(const std::string& path, OpenMode mode) try
    : path_(path), db_(Prepared(path, mode), OpenFlags(mode)) {
  db_.exec("PRAGMA foreign_keys = ON");
  db_.exec("PRAGMA busy_timeout = " + std::to_string(kBusyTimeoutMinutes * 60 * 1000));
  // A 64 MiB page cache keeps most of a million-row submission's B-tree pages in memory (SQLite's
  // default of 2 MiB spills them to disk mid-transaction).
  db_.exec("PRAGMA cache_size = -65536");
  const int version = db_.execAndGet("PRAGMA user_version").getInt();  // reads the header: not a database?
  if (version > kSchemaVersion) {
    throw Error("Cơ sở dữ liệu " + path + " thuộc phiên bản mới hơn (" + std::to_string(version) +
                "); hãy cập nhật baocao.");
  }
  if (mode == OpenMode::kCreate) {
    // WAL: a report or a status reads while a submit or a run writes, without waiting. The mode is
    // kept in the file; the commands that only read leave the file as they found it. The WAL file is
    // cut back to 64 MiB after a large submission. The cost: a bulk submission's pages are written
    // twice (WAL, then checkpoint), about 30 % more time for a million rows. synchronous is NORMAL
    // (below): an accepted submission survives a killed process; a power cut may lose the last ones.
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA journal_size_limit = 67108864");
  }
  // In WAL mode, synchronous = NORMAL syncs the WAL at each checkpoint instead of at each commit: a
  // committed submission survives the process being killed (kill -9, a crash) and the database is
  // never corrupted, but a power cut may lose the last commits before the next checkpoint (the
  // promise is kill -9 safety). A checkpoint every 16384 pages (64 MiB of WAL, the size the WAL is
  // cut back to) rather than SQLite's 1000: the pages a month's files all touch are copied into the
  // database once per checkpoint, not once per file.
  // Only a file in WAL mode (every file this program created): NORMAL is not safe for a rollback journal.
  if (db_.execAndGet("PRAGMA journal_mode").getString() == "wal") {
    db_.exec("PRAGMA synchronous = NORMAL");
    db_.exec("PRAGMA wal_autocheckpoint = 16384");
  }
  if (version < kSchemaVersion) {
    // Every statement of the schema is CREATE … IF NOT EXISTS: running it on an older file adds
    // what that version lacked (1 → 2: inbox_files; 4 → 5: accounts, audit_log; 6 → 7: approvals,
    // approved_figures) and leaves the rest as it is; columns added to
    // an existing table are added below.
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
    db_.exec(kSchema);
    // 2 → 3: units.retired_from (a table that existed keeps its rows; the column starts empty).
    if (!db_.execAndGet("SELECT COUNT(*) FROM pragma_table_info('units') WHERE name = 'retired_from'")
             .getInt())
      db_.exec("ALTER TABLE units ADD COLUMN retired_from TEXT");
    // 3 → 4: submissions.sheet (the worksheet a workbook was read from; empty for older rows).
    if (!db_.execAndGet("SELECT COUNT(*) FROM pragma_table_info('submissions') WHERE name = 'sheet'").getInt())
      db_.exec("ALTER TABLE submissions ADD COLUMN sheet TEXT");
    // 5 -> 6: the 766 scorecard's optional dossier and procedure facts (issue 13); the petitions
    // table comes with the schema above. Existing rows keep NULL: "no data", never 0.
    AddMissingColumns(db_, "dossiers",
                      {"dong_bo_dvcqg INTEGER CHECK (dong_bo_dvcqg = 0 OR dong_bo_dvcqg = 1)",
                       "ket_qua_dien_tu INTEGER CHECK (ket_qua_dien_tu = 0 OR ket_qua_dien_tu = 1)",
                       "so_hoa_thanh_phan INTEGER CHECK (so_hoa_thanh_phan = 0 OR so_hoa_thanh_phan = 1)",
                       "tai_su_dung_du_lieu INTEGER CHECK (tai_su_dung_du_lieu = 0 OR tai_su_dung_du_lieu = 1)",
                       "dong_bo_kho_ca_nhan INTEGER CHECK (dong_bo_kho_ca_nhan = 0 OR dong_bo_kho_ca_nhan = 1)",
                       "du_lieu_dan_cu INTEGER CHECK (du_lieu_dan_cu = 0 OR du_lieu_dan_cu = 1)",
                       "ban_sao_dien_tu INTEGER CHECK (ban_sao_dien_tu = 0 OR ban_sao_dien_tu = 1)"});
    AddMissingColumns(db_, "procedures",
                      {"ngay_quyet_dinh_cong_bo INTEGER", "ngay_hieu_luc INTEGER", "ngay_cong_khai INTEGER",
                       "cong_khai_day_du INTEGER CHECK (cong_khai_day_du = 0 OR cong_khai_day_du = 1)",
                       "ket_noi_du_lieu_dan_cu INTEGER CHECK (ket_noi_du_lieu_dan_cu = 0 OR ket_noi_du_lieu_dan_cu = 1)"});
    db_.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    tx.commit();
  }
} catch (const SQLite::Exception& e) {
  throw *ToDatabaseError(e, path);
}

std::optional<DatabaseError> ToDatabaseError(const std::exception& e, const std::string& path) {
  using Reason = DatabaseError::Reason;
  if (const auto* known = dynamic_cast<const DatabaseError*>(&e)) return *known;
  const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&e);
  if (sqlite == nullptr) return std::nullopt;
  const std::string db = "cơ sở dữ liệu " + path;
  switch (sqlite->getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return DatabaseError(Reason::kBusy, db + " đang bận: một lượt nộp hoặc lượt chạy khác đang ghi vào đó và chưa xong sau " +
                                              std::to_string(Database::kBusyTimeoutMinutes) +
                                              " phút chờ; hãy chạy lại khi lượt kia kết thúc");
    case SQLITE_READONLY:
      return DatabaseError(Reason::kReadOnly, "không ghi được vào " + db +
                                                  ": tệp (hoặc thư mục chứa nó) chỉ cho phép đọc; hãy cấp quyền ghi "
                                                  "cho người chạy baocao rồi chạy lại");
    case SQLITE_NOTADB:
      return DatabaseError(Reason::kNotADatabase, "tệp " + path +
                                                      " không phải là cơ sở dữ liệu của baocao; hãy kiểm tra --db và "
                                                      "$BAOCAO_DB");
    case SQLITE_CORRUPT:
      return DatabaseError(Reason::kCorrupt, db + " bị hỏng; hãy giữ lại tệp hỏng, khôi phục tệp từ bản sao lưu gần "
                                                  "nhất rồi nộp lại các tệp đã nộp sau bản sao lưu đó");
    case SQLITE_FULL:
      return DatabaseError(Reason::kFull, "đĩa đầy: không ghi được vào " + db +
                                              "; hãy giải phóng dung lượng đĩa rồi chạy lại");
    case SQLITE_CANTOPEN:
      return DatabaseError(Reason::kCannotOpen, "không mở được " + db +
                                                    "; hãy kiểm tra đường dẫn và quyền truy cập của tệp và thư mục "
                                                    "chứa nó");
    case SQLITE_IOERR:
      return DatabaseError(Reason::kDiskIo, "lỗi đọc ghi đĩa với " + db + "; hãy kiểm tra đĩa rồi chạy lại");
    default:
      return DatabaseError(Reason::kOther, "lỗi khi dùng " + db + " (mã lỗi SQLite " +
                                               std::to_string(sqlite->getExtendedErrorCode()) +
                                               "); hãy báo cho người quản trị");
  }
}

std::string DefaultDatabasePath() {
  if (const char* env = std::getenv("BAOCAO_DB"); env != nullptr && *env != '\0') return env;
  return std::string(BAOCAO_SOURCE_DIR) + "/data/baocao.db";
}

}  // namespace baocao
