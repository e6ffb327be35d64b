// Everything stored that a period's reports need, read once: the unit tree, who has reported, each
// unit's own counts, and the catalog indicators. Every form and every subtree of the period is then
// built from it without touching the database again (indicators.h).
//
// Dossiers are aggregated in one streaming pass over the rows that matter for the period (received
// by its end and not finished before its start): memory grows with the number of units, never with
// the number of dossiers.
#pragma once

#include <vector>

#include "core/period.h"
#include "indicators/reporting.h"
#include "indicators/unit_counts.h"
#include "indicators/unit_tree.h"
#include "store/approval_store.h"
#include "store/database.h"
#include "store/figures_reader.h"

namespace baocao {

struct ProvinceFigures {
  Period period;
  Period previous;                      // the same period one year earlier
  UnitTree tree;
  ReportingState reporting;
  std::vector<UnitCounts> own_dossiers;  // per tree node: its own dossiers (flow, payment, rating)
  // The fields (linh_vuc) in the order of the procedures file, and per tree node its own dossiers
  // per field (own_by_field[node][field]); they add up to own_dossiers. A dossier whose procedure
  // is no longer in the catalog counts under the last field, kUnknownField.
  std::vector<std::string> fields;
  std::vector<std::vector<UnitCounts>> own_by_field;
  std::vector<UnitCounts> own_people;    // per tree node: its own discipline and evaluations
  Values catalog;                        // SPEC §4 procedure indicators, province-wide
  // Approval of the period (indicators/approved_figures.h): the active approvals of the period's
  // label whose figures were substituted, per tree node the index in `approvals` of the one it is
  // inside (-1: not approved, live figures), and per node its frozen ranks (empty when not approved).
  std::vector<ApprovalRecord> approvals;
  std::vector<int> approval_of;
  std::vector<Values> approved_ranks;
};

// The field name of dossiers whose procedure is not in the catalog.
inline constexpr const char* kUnknownField = "Lĩnh vực chưa có trong danh mục TTHC";

// kPeople reads no dossier: for the discipline and evaluation form alone (its dossier counts are 0).
enum class FigureParts { kAll, kPeople };

// The figures of the period; those of every unit inside an active approval of the period's exact
// label are the approved ones (frozen when it was approved), not the data stored now.
ProvinceFigures ComputeFigures(Database& db, const Period& period, FigureParts parts = FigureParts::kAll);
// The figures of the data stored now, approved or not (what an approval would freeze; the
// differences against the approved figures).
ProvinceFigures ComputeLiveFigures(Database& db, const Period& period, FigureParts parts = FigureParts::kAll);
// The same over any reader of the stored facts (store/figures_reader.h: the database, or a test's
// fake).
ProvinceFigures ComputeLiveFigures(FiguresReader& reader, const Period& period,
                                   FigureParts parts = FigureParts::kAll);

// ComputeFigures of each period (equal to it, period by period), with the dossiers read in one pass
// over the union of the periods instead of one per period: a quality check's twelve months of
// history cost one read of the database, not twelve.
std::vector<ProvinceFigures> ComputeFiguresOfPeriods(Database& db, const std::vector<Period>& periods);
// ComputeLiveFigures of each period, the dossiers read in one pass.
std::vector<ProvinceFigures> ComputeLiveFiguresOfPeriods(FiguresReader& reader, const std::vector<Period>& periods);

// The catalog indicators of SPEC §4 over the procedures table.
Values CatalogValues(Database& db);
Values CatalogValues(FiguresReader& reader);

}  // namespace baocao
