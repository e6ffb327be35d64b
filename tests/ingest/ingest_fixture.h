// A database holding the sample province's catalog (units and procedures), for ingest tests.
#pragma once

#include <string>

#include "ingest/submission.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao::test {

class CatalogDb {
 public:
  CatalogDb();
  Database& db() { return db_; }
  // Submits fixtures/ingest/<name> (or an absolute path) with a fixed submission time.
  Receipt Submit(SubmissionKind kind, const std::string& name, std::optional<std::string> unit = {},
                 std::optional<std::string> period = {}, bool partial = false);
  std::string Dossiers();  // the dossiers table as text, without submission bookkeeping

 private:
  Database db_{":memory:"};
};

std::string IngestFixture(const std::string& name);

}  // namespace baocao::test
