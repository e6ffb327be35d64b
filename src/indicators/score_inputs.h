// The 766 scorecard's inputs of every unit for a calendar period (issue 13; the input names are the
// rule pack's, rules/chi_so_766/*.toml, and /work/helpers/766.md's "Input names").
//
// Every unit's inputs are the sum, over the units of its subtree, of each unit's OWN inputs — the
// national portal sums the units' counts (the province's onlineServiceTotal is the sum of its units'
// counts, not the size of the catalog). A unit's own procedure counts are over P(u): the catalog
// procedures of which the unit itself received at least one dossier on or before the period's last
// day. Inputs with no data are absent (the scorecard prints "không có dữ liệu"):
//   - a dossier fact (DOSSIER_SYNC and the six digitization codes): absent when the subtree's new
//     dossiers exist but none carries the column (unknown[CODE] = how many), or when there are no new
//     dossiers and no dossier of the subtree ever carried it; 0/0 when none is new but it was carried;
//     unknown[CODE] = the new dossiers lacking it when some lack it;
//   - a catalog fact (PUBLIC_CONTENT_FULL, CITIZEN_DATA_CONNECTED_FORMALITY, PUBLISH_ON_TIME,
//     PUBLIC_UPDATE_ON_TIME): absent when no procedure of the catalog carries its column(s);
//     unknown[CODE] = the procedures of the subtree's P(u) that would count but lack a column;
//   - the petitions indicators: absent unless a unit of the subtree, or an ancestor, sent a
//     petitions file for a calendar month of the period.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/period.h"
#include "core/working_calendar.h"
#include "scorecard/scorecard.h"
#include "store/database.h"

namespace baocao {

// By unit code, every unit of the catalog in force in the period (retired units left out).
std::map<std::string, ScoreInputs> ComputeScoreInputs(Database& db, const Period& period,
                                                      const WorkingCalendar& calendar);

// The same for several periods, in their order, with the dossiers read once for all of them (a
// chi_so_766 report scores its period and the one before).
std::vector<std::map<std::string, ScoreInputs>> ComputeScoreInputs(Database& db, const std::vector<Period>& periods,
                                                                   const WorkingCalendar& calendar);

// The calendar months "YYYY-MM" the days [from, to] touch: the export months of the petitions
// files that count for the period.
std::vector<std::string> CalendarMonths(const Period& period);

}  // namespace baocao
