// A synthetic province for benchmarks and property tests: units on every level, a procedure
// catalog, and any number of valid dossier rows written as canonical CSV, streaming (memory flat).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace baocao::bench {

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
  // rows dossiers received in the cut-off month `month` (1-12 of 2023), spread over `units`, with
  // codes prefixed by `prefix`; every rule of the ingest holds. Deterministic for a seed.
  void WriteDossiers(const std::string& path, int64_t rows, int month, const std::vector<std::string>& units,
                     const std::string& prefix, uint32_t seed) const;
};

// Peak resident memory of this process so far, in MiB.
double PeakMemoryMiB();

}  // namespace baocao::bench
