// A synthetic province for benchmarks and property tests: units on every level, a procedure
// catalog, and any number of valid dossier rows written as canonical CSV, streaming (memory flat),
// or the same rows as an .xlsx workbook.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>
#include <sys/resource.h>

#include "core/date.h"

namespace baocao::bench {

// Cut-off month `month` counted from 1 = January 2023 (13 = January 2024, …): its label "YYYY-MM",
// its first day (the 15th of the month before) and its last (the 14th).
std::string CutOffMonthLabel(int month);
Date CutOffMonthStart(int month);
Date CutOffMonthEnd(int month);

// One synthetic dossier row. The times are fixed: received 08:30, due 17:00, finished 16:00.
struct SyntheticDossier {
  std::string code, procedure, unit, channel, status, payment, rating;
  Date received, due;
  std::optional<Date> finished;
  int64_t fee = 0;
};

struct SyntheticProvince {
  int departments = 20;
  int districts = 10;
  int communes_per_district = 15;
  int procedures = 200;

  std::string Root() const { return "T00"; }
  std::vector<std::string> UnitCodes() const;  // every unit, root first
  std::vector<std::string> LeafUnits() const;  // departments and communes
  void WriteUnits(const std::string& path) const;
  void WriteProcedures(const std::string& path) const;
  // rows dossiers received in the cut-off month `month` (CutOffMonthStart), spread over `units`, with
  // codes prefixed by `prefix`; every rule of the ingest holds. Deterministic for a seed.
  void WriteDossiers(const std::string& path, int64_t rows, int month, const std::vector<std::string>& units,
                     const std::string& prefix, uint32_t seed) const;
  // The rows WriteDossiers writes (the same for the same arguments), one at a time.
  void ForEachDossier(int64_t rows, int month, const std::vector<std::string>& units, const std::string& prefix,
                      uint32_t seed, const std::function<void(const SyntheticDossier&)>& emit) const;
  // The same rows as WriteDossiers, as an .xlsx written by libxlsxwriter the way a one-stop-shop
  // program exports them: text in the shared-string table, ma_tthc a number formatted "0.000000",
  // dates as serial numbers formatted "yyyy-mm-dd hh:mm:ss", the fee a number. With title_rows, a
  // unit row and a title row (merged across the columns) and an empty row come before the header
  // (row 4 instead of row 1). The workbook is built in memory: several hundred MiB for 1,000,000 rows.
  void WriteDossiersXlsx(const std::string& path, int64_t rows, int month, const std::vector<std::string>& units,
                         const std::string& prefix, uint32_t seed, bool title_rows) const;
};

// Peak resident memory of this process so far, in MiB; with RUSAGE_CHILDREN, of the largest of its
// finished child processes.
double PeakMemoryMiB(int who = RUSAGE_SELF);
// CPU time of this process so far (every thread, user and system), in seconds: on a shared machine
// the wall times are mostly waiting for a core, the CPU seconds are the figure to compare. With
// RUSAGE_CHILDREN, of its finished child processes together.
double CpuSeconds(int who = RUSAGE_SELF);
// CPU time of the calling thread so far, in seconds.
double ThreadCpuSeconds();

}  // namespace baocao::bench
