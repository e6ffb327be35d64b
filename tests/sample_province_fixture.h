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
// submitted_at maps a sample file's name to its submission time; the others are submitted at
// 2023-06-20 08:00:00.
void LoadSampleProvince(Database& db, const std::map<std::string, std::string>& replaced = {},
                        const std::map<std::string, std::string>& submitted_at = {});
// Submits only the sample's catalogs (units.csv, procedures.csv) at `now` (empty: the clock);
// throws std::runtime_error with the receipt when one is rejected.
void SubmitSampleCatalogs(Database& db, const std::string& now = "");

// Submission times of the sample's dossiers for deadlines (Q2 2023 is due 15/06/2023 with
// deadline_day 15): April's files on 15/04/2023 08:00:00, May's on 15/05/2023 08:00:00, June's
// T17 and H02 on 14/06/2023 10:00:00, H01 on 10/06/2023 09:00:00, S01 on 15/06/2023 23:59:59 (the
// deadline day: on time) and S02 on 16/06/2023 00:00:00 (late). For LoadSampleProvince.
std::map<std::string, std::string> DeadlineSubmissionTimes();

// The two-level sample province of fixtures/two_level/ (since 1/7/2025: no districts; root T99
// never submits; X07 did not report 2025-10; people files for 2025 from 13 of 19 units), loaded the
// same way. fixtures/two_level/README.md works its figures out.
void LoadTwoLevelProvince(Database& db);

// fixtures/kiem_tra (README there): a two-level province whose seven reporting units export steady
// figures every month from 2025-11 to 2026-11 (X05 from 2026-08 only), each file submitted on the
// 15th of its export month at 08:00 (the deadline day of deadline_day 15: on time) unless
// submitted_at names another time for it; the evaluations of 2026 on 15/11/2026.
std::map<std::string, std::string> KiemTraSubmissionTimes();
void LoadKiemTraProvince(Database& db, const std::map<std::string, std::string>& submitted_at = {});
// The planted faults of fixtures/kiem_tra/faults/ submitted over it on 15/11/2026 09:00: X01's
// 2026-11 multiplied by 100, S02's 2026-11 online share collapsed, X02's evaluations of 2026 over
// the 20 % cap. (The fourth fault, X03's late 2026-11, is a submission time: submitted_at.)
void SubmitKiemTraFaults(Database& db);

// The sample file names that `dossiers_<unit>_<month>.csv` and the people files follow.
std::string SampleFile(const std::string& name);

}  // namespace baocao::test
