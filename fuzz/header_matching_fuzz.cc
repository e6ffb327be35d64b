// Fuzz target: matching a header row onto the columns of a kind of export (MapHeader).
//
// Input: the first byte chooses the kind (see KindOf), the rest is the header, its fields split on
// ',' (no quoting: every byte, line breaks included, can be part of a name). Checks the HeaderMap's
// promises: one entry per column of the kind, each pointing at a distinct field of the header or
// -1; every required column that is absent is an error on row 1; every problem on row 1 at a column
// of the header (or 0) with a message.
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "fuzz_input.h"
#include "ingest/columns.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const baocao::SubmissionKind kind = baocao::fuzz::KindOf(data[0]);
  std::vector<std::string> header(1);
  for (size_t i = 1; i < size; ++i) {
    if (data[i] == ',') header.emplace_back();
    else header.back().push_back(static_cast<char>(data[i]));
  }

  baocao::Problems errors, warnings;
  const baocao::HeaderMap map = baocao::MapHeader(kind, header, errors, warnings);

  const auto& specs = baocao::ColumnsFor(kind);
  if (map.field_of.size() != specs.size() || map.width() != header.size()) std::abort();
  std::set<int> used;
  size_t missing_required = 0;
  for (size_t i = 0; i < specs.size(); ++i) {
    const int f = map.field_of[i];
    if (f < -1 || f >= static_cast<int>(header.size())) std::abort();
    if (f >= 0 && !used.insert(f).second) std::abort();  // two columns read from one field
    if (f < 0 && specs[i].required) ++missing_required;
  }
  size_t whole_row_errors = 0;
  for (const auto* list : {&errors, &warnings}) {
    for (const auto& p : *list) {
      if (p.row != 1 || p.column < 0 || p.column > static_cast<int>(header.size()) || p.message.empty())
        std::abort();
      if (list == &errors && p.column == 0) ++whole_row_errors;
    }
  }
  if (whole_row_errors != missing_required) std::abort();  // one "thiếu cột" per missing column
  if (map.dropped.size() > warnings.size()) std::abort();  // every dropped column is told
  return 0;
}
