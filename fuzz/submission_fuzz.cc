// Fuzz target: a whole submission (Submit) of arbitrary bytes, into a database holding the sample
// province's catalog (fixtures/sample/units.csv and procedures.csv).
//
// Input: the first byte chooses the kind (see KindOf: value % 6), strict or --partial (value / 6,
// odd: partial) and the submitting unit (value / 12, odd: H01, a district; else T17, the province);
// dossiers and petitions are submitted for 2023-05. The rest is the file. Every run starts from a fresh copy of
// the catalog database, so no run leaves state for the next.
//
// Checks the contract of Submit (src/ingest/submission.h) besides memory and undefined behaviour:
// input problems never throw (but see the InputError below); a rejected file leaves the database
// byte-identical (its serialized pages are compared), and so does a duplicate (the catalog's own
// files); a rejected receipt has errors, an accepted one none; every data row of a stored file is
// counted once: accepted + superseded + rejected = rows read.
#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <string>
#include <utility>

#include "core/errors.h"
#include "fuzz_input.h"
#include "ingest/submission.h"
#include "store/database.h"
#include "store/sqlite_connection.h"

namespace {

constexpr const char* kNow = "2023-06-20 09:00:00";

// The sample catalog, loaded once; every run gets a copy of it.
baocao::Database& CatalogTemplate() {
  static const std::unique_ptr<baocao::Database> db = [] {
    auto catalog = std::make_unique<baocao::Database>(":memory:");
    for (const auto& [kind, file] : {std::pair{baocao::SubmissionKind::kUnits, "/sample/units.csv"},
                                     std::pair{baocao::SubmissionKind::kProcedures, "/sample/procedures.csv"}}) {
      baocao::SubmitRequest request;
      request.kind = kind;
      request.file = std::string(BAOCAO_FIXTURES_DIR) + file;
      request.now = "2023-06-20 08:00:00";
      if (!baocao::Submit(*catalog, request).ok()) {
        std::fprintf(stderr, "submission_fuzz: the sample catalog %s was rejected\n", file);
        std::abort();
      }
    }
    return catalog;
  }();
  return *db;
}

// The SQLite handle under a Database (the fuzz target needs SQLite's own backup and serialize).
sqlite3* Handle(baocao::Database& db) { return dynamic_cast<baocao::SqliteConnection&>(db.connection()).handle(); }

// The database's pages, as SQLite would write them to a file.
std::string Bytes(baocao::Database& db) {
  sqlite3_int64 size = 0;
  std::unique_ptr<unsigned char, decltype(&sqlite3_free)> data(sqlite3_serialize(Handle(db), "main", &size, 0),
                                                               &sqlite3_free);
  if (!data) std::abort();
  return std::string(reinterpret_cast<const char*>(data.get()), static_cast<size_t>(size));
}

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "submission_fuzz: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static baocao::fuzz::MemoryFile file;
  file.Write(data + 1, size - 1);

  baocao::Database db(":memory:");
  sqlite3_backup* backup = sqlite3_backup_init(Handle(db), "main", Handle(CatalogTemplate()), "main");
  if (backup == nullptr) std::abort();
  const int copied = sqlite3_backup_step(backup, -1);
  if (sqlite3_backup_finish(backup) != SQLITE_OK || copied != SQLITE_DONE) std::abort();
  const std::string before = Bytes(db);

  baocao::SubmitRequest request;
  request.kind = baocao::fuzz::KindOf(data[0]);
  request.file = file.path();
  request.partial = (data[0] / 6) % 2 == 1;
  if (request.kind == baocao::SubmissionKind::kDossiers || request.kind == baocao::SubmissionKind::kPetitions) {
    request.unit = (data[0] / 12) % 2 == 1 ? "H01" : "T17";
    request.period = "2023-05";
  }
  request.now = kNow;

  baocao::Receipt receipt;
  try {
    receipt = baocao::Submit(db, request);
  } catch (const std::exception& e) {
    Fail(std::string("Submit threw on input: ") + e.what());
  }
  (void)receipt.Text();

  using Outcome = baocao::SubmitOutcome;
  switch (receipt.outcome) {
    case Outcome::kRejected:
      if (receipt.errors.empty()) Fail("rejected without an error");
      if (Bytes(db) != before) Fail("a rejected file changed the database");
      break;
    case Outcome::kDuplicate:  // the input is the catalog's units.csv or procedures.csv itself
      if (Bytes(db) != before) Fail("a duplicate file changed the database");
      break;
    case Outcome::kAccepted:
      if (!receipt.errors.empty()) Fail("accepted with errors");
      [[fallthrough]];
    case Outcome::kPartial:
      if (receipt.rows_accepted + receipt.rows_superseded + receipt.rows_rejected != receipt.rows_total)
        Fail("rows counted " + std::to_string(receipt.rows_accepted) + " accepted + " +
             std::to_string(receipt.rows_superseded) + " superseded + " +
             std::to_string(receipt.rows_rejected) + " rejected != " +
             std::to_string(receipt.rows_total) + " read");
      break;
  }
  return 0;
}
