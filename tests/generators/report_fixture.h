// Reports built by hand for the generator tests (no database, no ComputeReport), and helpers to
// run the command-line tools that read PDFs back (pdftotext, pdfinfo, pdftoppm, tesseract).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "indicators/report.h"

namespace baocao::test {

// Own dossier counts of one unit; the fixture rolls them up along the hierarchy and derives the
// totals and rates of SPEC §4 (with the balance holding: carried_over is what makes it add up).
struct FlowCounts {
  int64_t new_online = 0, new_in_person = 0, new_postal = 0;
  int64_t early = 0, on_time = 0, late = 0, withdrawn = 0, returned = 0;
  int64_t pending_within = 0, pending_overdue = 0, carried_over = 0;
};

struct UnitSpec {
  std::string code, name, cap, parent;  // parent empty for the root
  FlowCounts own;
  bool submitted = true;
};

// A tthc Report for May 2023 (cut-off) over the units, given in hierarchy order (root first):
// values rolled up, depths and has_children set, ranks computed per cap by on-time and online rate.
Report MakeReport(const std::string& form, const std::vector<UnitSpec>& units);

// The province of the PDF text tests: Tỉnh Hòa Bình; a department with 1.234.567 dossiers; three
// districts with communes; one commune that has not reported (Xã Chưa Nộp); one district with no
// resolved dossier (on-time rate null); a commune with a very long name that must wrap.
Report WrappingProvinceReport(const std::string& form = "tthc");
// The long name of WrappingProvinceReport's wrapping commune.
extern const char* const kLongUnitName;

// A province with `count` units below the root: districts of 9 communes each, named
// "Huyện Thử Nghiệm 001", "Xã Kiểm Tra 0001"... (no name inside another).
Report ManyUnitsReport(int count);

// Runs a shell command; returns its standard output (stderr is discarded). Throws on failure.
std::string CommandOutput(const std::string& command);

// Every run of whitespace turned into one space, trimmed.
std::string CollapseSpaces(const std::string& text);

// Occurrences of needle in haystack.
int CountOccurrences(const std::string& haystack, const std::string& needle);

}  // namespace baocao::test
