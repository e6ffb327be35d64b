// The sample province of fixtures/sample/ loaded into a database: 11 units, 12 procedures, dossiers
// exported for 2023-04, 2023-05 and 2023-06 (X0202 has no rows in May, H03 did not submit for June),
// discipline decisions and evaluations for 2022 and 2023. fixtures/sample/README.md tells the story.
#pragma once

#include <map>
#include <string>

#include "store/database.h"

namespace baocao::test {

// Submits every file of fixtures/sample/ into db, in a fixed order with fixed submission times.
// Throws std::runtime_error when any file is rejected. replaced maps a sample file's name to
// another fixture submitted in its place (the same export in another format, fixtures/formats/).
void LoadSampleProvince(Database& db, const std::map<std::string, std::string>& replaced = {});

// The two-level sample province of fixtures/two_level/ (since 1/7/2025: no districts; root T99
// never submits; X07 did not report 2025-10; people files for 2025 from 13 of 19 units), loaded the
// same way. fixtures/two_level/README.md works its figures out.
void LoadTwoLevelProvince(Database& db);

// The sample file names that `dossiers_<unit>_<month>.csv` and the people files follow.
std::string SampleFile(const std::string& name);

}  // namespace baocao::test
