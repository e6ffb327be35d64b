// A province's dossier exports over several months, as a new user would load them: every dossier
// received in a month is exported that month, and again each later month while it was still being
// processed at the previous export (a finished one appears once more, with its result). Each
// month's export is one file per submitting unit (a department, or a district with its communes),
// named as the inbox expects (dossiers_<unit>_<YYYY-MM>.csv). Deterministic for a seed; written
// streaming (memory flat whatever the number of dossiers).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "support/synthetic_province.h"

namespace baocao {
class Database;
}

namespace baocao::bench {

struct ProvinceLoad {
  // 1 + 23 + 5 + 5 * 15 = 104 units; 28 submitting units (the departments and the districts).
  SyntheticProvince province{23, 5, 15, 400};
  int64_t dossiers = 1000000;
  int months = 4;  // cut-off months 1..months from January 2023 (13 is January 2024)
  uint32_t seed = 20230515;

  struct File {
    std::string path;
    std::string unit;    // the submitting unit
    std::string period;  // the export month, YYYY-MM
    int64_t rows = 0;
  };
  struct Written {
    std::string units, procedures;               // the catalogs
    std::vector<std::vector<File>> by_month;     // months, each its files in submitting-unit order
    int64_t rows = 0;
    uintmax_t bytes = 0;
  };
  // Writes the catalogs and every month's files into `dir` (which must exist).
  Written Write(const std::string& dir) const;
  // The submitting units: departments, then districts (each with its communes).
  std::vector<std::string> SubmittingUnits() const;
};

// Submits the written catalogs, then every month's files in month order into db through Submit (what
// `baocao submit` calls), printing per month files, rows, seconds, rows/s, the CPU seconds of the
// process (every thread) and of the submitting thread (the writer), then a line of totals labelled
// `total_label` with the peak resident memory. Returns 0, or 1 when a receipt was not the expected
// one (printed to stderr: refused, or rows neither accepted nor superseded).
int SubmitMonths(Database& db, const ProvinceLoad::Written& written, const char* total_label);

}  // namespace baocao::bench
