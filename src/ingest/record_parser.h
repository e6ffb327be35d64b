// Turning one checked row into a record of its kind, with the row-level rules of SPEC §2 and §4:
// enumerations, dates, the status/finish rules, finish not before receipt, fee and payment, the
// allowed discipline forms per category, and references to the catalog. Rules that span rows
// (duplicates, the unit tree) are checked by the submission.
#pragma once

#include <optional>
#include <string>

#include "ingest/row_reader.h"
#include "store/catalog.h"
#include "store/records.h"

namespace baocao {

// The submitting unit, when the submission names one: rows must belong to its subtree.
struct RowContext {
  const Catalog& catalog;
  std::optional<std::string> submitting_unit;
};

std::optional<UnitRecord> ParseUnit(RowReader& r);
std::optional<ProcedureRecord> ParseProcedure(RowReader& r);
std::optional<DossierRecord> ParseDossier(RowReader& r, const RowContext& context);
std::optional<DisciplineRecord> ParseDiscipline(RowReader& r, const RowContext& context);
std::optional<EvaluationRecord> ParseEvaluation(RowReader& r, const RowContext& context);
std::optional<PetitionRecord> ParsePetition(RowReader& r, const RowContext& context);

}  // namespace baocao
