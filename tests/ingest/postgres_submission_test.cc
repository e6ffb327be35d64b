// Submissions written in batches on PostgreSQL (RecordStore::WriteDossiers / WritePetitions: a
// statement per few hundred rows) give the receipts and the stored rows that SQLite's row-at-a-time
// writes give: duplicates within a file (next to their first row, in another batch), codes that an
// array literal must escape, rejected rows, re-exports (updated) and a late month (superseded). Runs
// on the PostgreSQL test cluster (tag [postgres]).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/submission.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "store/postgres_test_database.h"
#include "test_support.h"

namespace baocao {
namespace {

// Codes as a CSV field: quotes, commas, backslashes, braces, the word NULL, Vietnamese letters.
const std::vector<std::string> kHostileFields{"\"a\"\"b\"", "\"a,b\"", "a\\b", "{x}", "}{", "NULL", "\"\\\"\"\"",
                                              "Mã số 1", "(1,2)", "'q'"};

// The key field of row i: hostile codes now and then, a key repeated right after its first row
// and hundreds of rows later.
std::string KeyField(int i) {
  if (i % 97 == 5) return kHostileFields[static_cast<size_t>(i / 97) % kHostileFields.size()];
  if (i % 50 == 1) return "K-" + std::to_string(i - 1);
  if (i % 173 == 7) return "K-" + std::to_string(i - 300);
  return "K-" + std::to_string(i);
}

// A dossiers export of H01 with rows first … first + count - 1; `finished` changes the rows' status.
std::string DossiersFile(int first, int count, bool finished) {
  std::string csv = test::kDossierCsvHeader;
  for (int i = first; i < first + count; ++i) {
    const bool done = finished ? i % 3 != 0 : i % 5 == 0;
    csv += KeyField(i) + (i % 2 ? ",1.003596,H01," : ",1.001193,X0101,") +
           (i % 131 == 3 ? "qua_fax" : i % 2 ? "truc_tuyen" : "truc_tiep") + ",2023-04-03 08:00,2023-04-28 17:00," +
           (done ? "2023-04-20 09:00,da_tra_ket_qua,0,," + std::string(i % 4 ? "hai_long" : "") : ",dang_xu_ly,0,,") +
           "\n";
  }
  return csv;
}

std::string PetitionsFile(int first, int count, bool handled) {
  std::string csv = "ma_phan_anh,ma_don_vi,ngay_tiep_nhan,han_xu_ly,ngay_xu_ly,danh_gia,ma_ho_so\n";
  for (int i = first; i < first + count; ++i)
    csv += KeyField(i) + (i % 2 ? ",H01," : ",X0101,") + "2023-04-03 08:00,2023-04-28 17:00," +
           (handled && i % 3 ? "2023-04-20 09:00,hai_long," : ",,") + (i % 7 == 0 ? "K-" + std::to_string(i) : "") +
           "\n";
  return csv;
}

// Every table a submission writes, as text.
std::string Stored(Database& db) {
  std::string out;
  for (const char* sql :
       {"SELECT * FROM dossiers ORDER BY ma_ho_so", "SELECT * FROM petitions ORDER BY ma_phan_anh",
        "SELECT * FROM submissions ORDER BY id",
        "SELECT submission_id, row, \"column\", column_name, message FROM rejected_rows ORDER BY 1, 2, 3, 5",
        "SELECT submission_id, row, \"column\", message FROM warnings ORDER BY 1, 2, 3, 4",
        "SELECT ma_don_vi, period, kind, submission_id, rows FROM unit_reports ORDER BY 1, 2, 3, 4"})
    out += std::string(sql) + "\n" + test::QueryText(db, sql);
  return out;
}

}  // namespace

TEST_CASE("PostgreSQL: batched writes give the receipts and rows of SQLite's row-at-a-time writes", "[postgres][ingest]") {
  test::PostgresTestDatabase pg;
  Database postgres(pg.url());
  Database sqlite(":memory:");
  test::SubmitSampleCatalogs(postgres, "2023-07-01 08:00:00");
  test::SubmitSampleCatalogs(sqlite, "2023-07-01 08:00:00");
  test::TempDir dir;
  struct File {
    SubmissionKind kind;
    const char* period;
    std::string content;
    bool partial;
  };
  const std::vector<File> files{
      {SubmissionKind::kDossiers, "2023-05", DossiersFile(0, 1400, false), true},
      {SubmissionKind::kDossiers, "2023-06", DossiersFile(300, 1400, true), true},
      {SubmissionKind::kDossiers, "2023-04", DossiersFile(1000, 200, true), true},
      {SubmissionKind::kPetitions, "2023-05", PetitionsFile(0, 1200, false), true},
      {SubmissionKind::kPetitions, "2023-06", PetitionsFile(500, 900, true), true},
      {SubmissionKind::kPetitions, "2023-04", PetitionsFile(0, 600, true), true},
      // Strict: rejected whole (last: PostgreSQL's sequence does not give back the id it took).
      {SubmissionKind::kDossiers, "2023-06", DossiersFile(0, 700, false), false},
  };
  int superseded = 0, duplicates = 0, updated_rows = 0;
  for (size_t n = 0; n < files.size(); ++n) {
    const std::string path = dir.File("export_" + std::to_string(n) + ".csv");
    test::WriteFile(path, files[n].content);
    SubmitRequest request;
    request.kind = files[n].kind;
    request.file = path;
    request.unit = "H01";
    request.period = files[n].period;
    request.partial = files[n].partial;
    request.now = "2023-07-0" + std::to_string(n + 2) + " 08:00:00";
    const Receipt on_sqlite = Submit(sqlite, request);
    const Receipt on_postgres = Submit(postgres, request);
    INFO("file " << n);
    CHECK(on_postgres.Text() == on_sqlite.Text());
    CHECK(on_postgres.outcome == on_sqlite.outcome);
    CHECK(on_postgres.rows_accepted == on_sqlite.rows_accepted);
    CHECK(on_postgres.rows_superseded == on_sqlite.rows_superseded);
    CHECK(on_postgres.rows_rejected == on_sqlite.rows_rejected);
    CHECK(on_sqlite.ok() == files[n].partial);
    superseded += on_sqlite.rows_superseded;
    if (n == 1 || n == 4) updated_rows += on_sqlite.rows_accepted;
    for (const auto& e : on_sqlite.errors) duplicates += e.message.find("trùng với dòng") != std::string::npos;
  }
  CHECK(superseded > 0);
  CHECK(duplicates > 0);
  CHECK(updated_rows > 0);
  CHECK(Stored(postgres) == Stored(sqlite));
  CHECK(test::QueryInt(postgres, "SELECT COUNT(*) FROM dossiers") > 1500);
  CHECK(test::QueryInt(postgres, "SELECT COUNT(*) FROM dossiers WHERE ma_ho_so = 'a\"b'") == 1);
}

}  // namespace baocao
