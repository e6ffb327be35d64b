// The names departments give the exports they drop into a job's inbox.
//
//   <kind>_<unit>_<YYYY-MM>.csv     e.g. dossiers_H01_2023-05.csv, units_T17_2023-05.csv
//   <kind>_<unit>_<YYYY>.csv        discipline and evaluations only, e.g. discipline_H01_2023.csv
//   … .txt, .xlsx, .xls             the same names for text and Excel exports, e.g. dossiers_H01_2023-05.xlsx
// kind is one of units, procedures, dossiers, discipline, evaluations, petitions; unit is the submitting unit's
// code (it may itself contain '_': everything between the first and the last '_'), which must fit
// the unit-code pattern of core/unit_code.h; the period is a month for dossiers, units and
// procedures, a year (only) for discipline and evaluations; the extension is .csv, .txt, .xlsx or
// .xls in any case (the file's format is told by its content, not by the extension). A name that
// does not fit is refused with a Vietnamese reason.
#pragma once

#include <optional>
#include <string>

#include "ingest/columns.h"

namespace baocao {

struct InboxFileName {
  SubmissionKind kind = SubmissionKind::kDossiers;
  std::string unit;
  std::string period;  // "YYYY-MM", or "YYYY" for discipline and evaluations
};

// Parses a file name (no folder). Returns nullopt and sets *why (Vietnamese) when it does not fit.
std::optional<InboxFileName> ParseInboxFileName(const std::string& name, std::string* why);

// The pattern, for messages: "<loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls)".
const char* InboxNamePattern();

}  // namespace baocao
