// A database holding the sample province's units (fixtures/sample/units.csv: T17; S01, S02; H01
// with X0101, X0102; H02 with X0201, X0202; H03 with X0301), for the tests of accounts and scope.
#pragma once

#include "core/date.h"
#include "store/database.h"

namespace baocao::test {

// Submits fixtures/sample/units.csv into db.
void LoadSampleUnits(Database& db);

// 2026-12-01 10:00:00 plus `seconds`.
DateTime At(int seconds = 0);

}  // namespace baocao::test
