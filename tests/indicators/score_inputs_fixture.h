// The sample province of the 766 scorecard (fixtures/chi_so_766/) loaded into a database through
// RecordStore, and a few helpers to write single records in the scorecard's tests.
#pragma once

#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace baocao::test {

// Loads fixtures/chi_so_766/: units, procedures, the dossiers and petitions files of export month
// 2026-08, each recorded as its unit's submission (unit_reports).
void LoadChiSo766Province(Database& db);

// Splits one CSV line at commas (the fixtures have no quoted fields); empty fields are kept.
std::vector<std::string> SplitCsvLine(const std::string& line);

// The repository's rules folder (not $BAOCAO_RULES: the tests read the committed files).
std::string RepositoryRulesDir();

}  // namespace baocao::test
