// The frozen figures of an approved period (issue 14): what a report of that period shows of one
// unit — its own dossier counts, its own counts per field, its own people counts, its reporting
// state (missing months, people reported this year and the year before, whether it is expected to
// report) and its ranks — as the JSON stored in approved_figures (store/approval_store.h), and the
// substitution that puts them back into a period's ProvinceFigures.
//
// ComputeFigures (province_figures.h) substitutes the figures of every unit inside an active
// approval of the period's exact label, so that reports of an approved period do not change when
// data is stored later; ComputeLiveFigures does not (the differences of quality/).
#pragma once

#include <string>

#include "indicators/province_figures.h"
#include "indicators/report.h"
#include "store/approval_store.h"

namespace baocao {

// The JSON of one node's figures of f (ranks: that node's rank keys, UnitRanks of indicators.h).
std::string ApprovedFiguresJson(const ProvinceFigures& f, int node, const Values& ranks);
// The JSON of catalog values (the province catalog frozen with a province approval) and back.
std::string CatalogJson(const Values& catalog);
Values CatalogFromJson(const std::string& json);

// Puts the frozen figures of the given active approvals (of f.period's label) into f: every unit of
// the tree inside one of them gets its stored figures, f.approval_of and f.approved_ranks are set,
// the coverages are recomputed, and the province catalog is the frozen one when an approval whose
// root is the province root has it. Units of an approval no longer in the tree are left out.
void SubstituteApproved(Database& db, const std::vector<ApprovalRecord>& approvals, ProvinceFigures& f);

}  // namespace baocao
