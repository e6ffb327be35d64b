// The columns of each kind of export (SPEC §2) and the mapping of a file's header onto them.
//
// Headers match after NFC, accent folding and case folding (`Mã hồ sơ` = `ma_ho_so`), and through
// aliases (the National Public Service Portal's `MaHoSo`, `DonViXuLy`, …). Unknown columns are
// ignored with a warning; columns that carry personal names or ID numbers are dropped (never read,
// never stored) and listed in the receipt; a required column that is missing is an error.
#pragma once

#include <string>
#include <vector>

#include "ingest/problem.h"

namespace baocao {

enum class SubmissionKind { kUnits, kProcedures, kDossiers, kDiscipline, kEvaluations, kPetitions };

// "units" ... "evaluations", "petitions"; throws UsageError (Vietnamese) for an unknown kind.
SubmissionKind ParseSubmissionKind(const std::string& text);
std::string ToString(SubmissionKind kind);
std::string VietnameseName(SubmissionKind kind);  // "hồ sơ TTHC", …

struct ColumnSpec {
  std::string key;    // canonical column name, e.g. "ma_ho_so"
  std::string label;  // Vietnamese label, e.g. "Mã hồ sơ"
  bool required = true;
  std::vector<std::string> aliases = {};  // folded spellings also accepted
};

const std::vector<ColumnSpec>& ColumnsFor(SubmissionKind kind);

// Whether a (folded) header names personal data: names, ID numbers, birth dates, contacts.
bool IsPersonalDataColumn(const std::string& folded_header);

struct HeaderMap {
  std::vector<int> field_of;          // per ColumnsFor(kind) entry: field index, or -1 if absent
  std::vector<std::string> names;     // the header fields as written
  std::vector<std::string> dropped;   // personal-data columns, as written
  size_t width() const { return names.size(); }
};

// Maps the header row (row `row` of the file). Missing required columns and repeated columns go to
// errors; unknown and dropped columns to warnings (more than five unknown columns: one warning
// naming the first five and counting the others).
HeaderMap MapHeader(SubmissionKind kind, const std::vector<std::string>& header, Problems& errors,
                    Problems& warnings, int row = 1);

// How many different columns of the kind the cells of a row name (to tell the header row from the
// title rows above it).
size_t CountKnownColumns(SubmissionKind kind, const std::vector<std::string>& cells);

}  // namespace baocao
