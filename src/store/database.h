// The baocao database: one SQLite file (or one PostgreSQL database, for a postgresql:// URL) holding the catalog (units, procedures), the submitted
// records (dossiers, petitions, discipline, evaluations), the record of every submission, the run
// history, and the web portal's accounts and audit log.
//
// Opening a Database creates the file and the schema when missing (OpenMode::kCreate: submit, run)
// or refuses a file that does not exist (OpenMode::kExisting: the commands that only read), and
// checks the schema's version. The object owns the
// connection (RAII, not copyable). Every write of a submission happens inside one transaction
// (store/write_transaction.h, BEGIN IMMEDIATE), so a rejected or failed submission leaves the file
// exactly as it was.
//
// store/ is the only place that knows SQL: the other layers read and write through its named
// functions and plain structs — ingest through record_store.h and catalog.h; indicators through
// figures_source.h (the period's dossiers, streamed; discipline; evaluations; procedures),
// unit_directory.h (the units), reporting_facts.h (who reported which months and years),
// approval_store.h and scorecard_facts.h; the run history through run_store.h; the portal through
// account_store.h and audit_log.h; submission_log.h for the record of submissions. connection() is
// for store/ and for tests that set up or inspect rows directly: the SQL it runs is the portable SQL
// of store/sql_connection.h, the same text on SQLite and PostgreSQL. The SQLite schema, its pragmas
// and its migrations live in store/sqlite_schema.cc; the PostgreSQL ones in store/postgres_schema.cc.
//
// Several processes share the file (an officer's submit, cron's run, a report): the database is in
// WAL mode, so readers never wait for a writer, and a writer waits up to kBusyTimeoutMinutes for
// another writer to finish (the largest submit takes seconds). Every SQLite failure — busy past the
// wait, read-only, not a database, damaged, disk full — becomes a DatabaseError (core/errors.h)
// naming the file and what to do, in Vietnamese (ToDatabaseError).
//
// Schema (dates as ISO text; *_day columns are calendar days since 1970-01-01, see core/date.h).
// SQLite: dossiers is a rowid table with ma_ho_so its UNIQUE key (since schema 8: rows appended in
// arrival order, scans split by rowid range); petitions a WITHOUT ROWID table (one B-tree keyed by
// ma_phan_anh); a file created since issue 15 has 16 KiB pages, an older one keeps its 4 KiB
// (store/sqlite_schema.cc).
//   units(ma_don_vi PK, ten_don_vi, cap, ma_don_vi_cha, ordinal, retired_from)
//       cap in ('tinh','so_nganh','huyen','xa'); ordinal = order of the row in the units file,
//       used for the hierarchy order of reports (children in ordinal order under their parent);
//       retired_from = the export month 'YYYY-MM' from which a unit left the catalog (a units
//       submission is the whole catalog: a unit missing from it is retired, kept for history), NULL
//       while it is in the catalog.
//   procedures(ma_tthc PK, ten_tthc, linh_vuc, muc_do_dvc, co_phi, thanh_toan_truc_tuyen)
//       muc_do_dvc in ('toan_trinh','mot_phan','khong'); co_phi and thanh_toan_truc_tuyen 0/1.
//   dossiers(ma_ho_so PK, ma_tthc, ma_don_vi, kenh_nop, received_at, received_day, due_at, due_day,
//            finished_at, finished_day, trang_thai, phi_le_phi, hinh_thuc_thanh_toan, danh_gia,
//            export_month, submission_id, source_row)
//       kenh_nop in ('truc_tuyen','truc_tiep','buu_chinh'); finished_* NULL while in progress;
//       trang_thai in ('dang_xu_ly','da_tra_ket_qua','rut_ho_so','tra_lai');
//       hinh_thuc_thanh_toan in ('truc_tuyen','truc_tiep') or NULL; danh_gia in
//       ('rat_hai_long','hai_long','khong_hai_long') or NULL; export_month 'YYYY-MM'.
//       The row of the latest export month wins (same month: the later submission).
//   discipline(so_quyet_dinh PK, ma_don_vi, decided_on, decided_day, doi_tuong, hinh_thuc,
//              submission_id, source_row)
//   evaluations(ma_don_vi, nam, doi_tuong, hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh,
//               khong_hoan_thanh, submission_id, source_row, PK(ma_don_vi, nam, doi_tuong))
//   submissions(id PK, kind, ma_don_vi, period, file_name, sha256, submitted_at, mode,
//               rows_total, rows_accepted, rows_rejected, rows_superseded, warnings, dropped_columns)
//       kind in ('units','procedures','dossiers','discipline','evaluations','petitions'); period
//       'YYYY-MM' for dossiers and petitions (the export month), 'YYYY' or NULL otherwise; mode
//       'strict' or 'partial'.
//   unit_reports(ma_don_vi, period, kind, submission_id, rows, PK(ma_don_vi, period, kind,
//                submission_id))
//       who has reported what for which month: the submitting unit (rows may be 0: a header-only
//       file says "nothing to report"), and every unit that has rows in the submission.
//   rejected_rows(submission_id, row, column, column_name, message)
//       rows kept out of a --partial submission, with their reasons.
//   warnings(submission_id, row, column, message)
//   runs(id PK, job, period, started_at, ended_at, status, exit_code, message)
//       one row per `baocao run`; status running | done | incomplete | rejected_input | data_errors | failed |
//       interrupted (a killed run, found by the next run of the job); ended_at NULL while running.
//   artifacts(run_id, path, sha256, bytes)
//       every file a run published (final path).
//   inbox_files(run_id, run_period, file_name, kind, ma_don_vi, period, outcome, submission_id,
//               submitted_at, rows_total, rows_accepted, rows_rejected, errors, reason, moved_to)
//       every file a run took from its inbox; run_period is the label of the run's period (the run
//       summary lists the files of its period); outcome accepted | partial | rejected | duplicate |
//       bad_name | skipped (a link, folder or FIFO left in the inbox, not read; moved_to empty);
//       kind, ma_don_vi, period NULL for a bad name or a skipped entry.
//   accounts(id PK, login UNIQUE (case-insensitive; SQLite: COLLATE NOCASE), role, ma_don_vi, password_hash, must_change_password,
//            disabled, created_at, failed_logins, locked_until)
//       the web portal's accounts (store/account_store.h): login of 3–64 ASCII letters, digits, '.',
//       '_', '-', looked up with lower(login) = lower(?); role in ('don_vi','tong_hop','quan_tri'); ma_don_vi set for don_vi (a unit of the
//       catalog, checked by src/auth/) and NULL otherwise; password_hash an Argon2id string of
//       libsodium ("$argon2id$v=19$…"); must_change_password, disabled 0/1; failed_logins the
//       consecutive failed logins; locked_until the end of a lock, NULL when none.
//   audit_log(id PK, at, account, address, action, detail)
//       one row per login, failed login and account change (store/audit_log.h); account the login
//       that acted ("" for the command line), address its IP address or "cli".
//   approvals(id PK, period, ma_don_vi, approved_by, approved_at, withdrawn_by, withdrawn_at,
//             withdraw_reason, catalog)
//       one row per approval of a period (store/approval_store.h): period the period's label
//       ("2023-05", "2023-Q2-cal", a range "2023-05-01_2023-05-31"), ma_don_vi the approved
//       subtree's root; active while withdrawn_at is NULL; catalog the province catalog values as
//       JSON when the root is the province root, else NULL.
//   approved_figures(approval_id, ma_don_vi, figures, PK(approval_id, ma_don_vi))
//       the frozen figures of every unit an approval took (JSON, indicators/approved_figures.h).
#pragma once

#include <exception>
#include <memory>
#include <optional>
#include <string>

#include "core/errors.h"
#include "store/sql_connection.h"

namespace baocao {

class Database {
 public:
  // 2: inbox_files; 3: units.retired_from; 4: submissions.sheet; 5: accounts, audit_log;
  // 6: petitions and the 766 columns; 7: approvals, approved_figures; 8: dossiers a rowid table
  // (SQLite; PostgreSQL's tables are the same in 7 and 8)
  static constexpr int kSchemaVersion = 8;
  static constexpr int kBusyTimeoutMinutes = 10;  // how long a writer waits for another one

  enum class OpenMode {
    kCreate,    // create the file (and its folder) when missing
    kExisting,  // the file must exist: else UsageError "không tìm thấy cơ sở dữ liệu <path> …",
                // and nothing is created
  };

  // Opens the database at path; ":memory:" gives a private in-memory one; a path starting with
  // postgresql:// or postgres:// opens that PostgreSQL database (store/postgres_database.h).
  // Throws DatabaseError when the file cannot be used (not a database, damaged, …).
  explicit Database(const std::string& path, OpenMode mode = OpenMode::kCreate);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  ~Database();

  SqlConnection& connection() { return *connection_; }
  SqlDialect dialect() const { return connection_->dialect(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::unique_ptr<SqlConnection> connection_;
};

// True for a PostgreSQL URL (postgresql://… or postgres://…).
bool IsPostgresUrl(const std::string& path);

// True when e is the engine refusing a row for a constraint (CHECK, UNIQUE, NOT NULL, …).
bool IsConstraintViolation(const SqlError& e, SqlDialect dialect);

// e, when it is an error of the engine (a SqlError), as a DatabaseError naming path (Vietnamese: what happened and
// what to do); nullopt for any other exception. A DatabaseError is returned as it is.
std::optional<DatabaseError> ToDatabaseError(const std::exception& e, const std::string& path);

// The default database: $BAOCAO_DB if set (a file or a PostgreSQL URL, as it is), else
// <project>/data/baocao.db.
std::string DefaultDatabasePath();

}  // namespace baocao
