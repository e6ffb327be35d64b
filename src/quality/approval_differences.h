// The differences between an approved period's frozen figures and the data stored since (issue 14):
// what `baocao check` and the kiem_tra report list in "IV. Chênh lệch so với số liệu đã phê duyệt".
// A difference says that the approved reports no longer match the data: the approval may need to be
// withdrawn and given again (`baocao unapprove`, `baocao approve`).
#pragma once

#include <string>
#include <vector>

#include "core/period.h"
#include "quality/quality_report.h"
#include "store/database.h"

namespace baocao {

// For every approved unit of root's subtree (empty root: the province), in hierarchy order, every own
// count key of SPEC §7 (flow, payment, satisfaction, people; in that order) whose approved value
// differs from the value of the data stored now (ComputeLiveFigures). Empty when nothing of the
// subtree is approved for the period's label. Throws UsageError for an unknown unit.
std::vector<ApprovalDifference> ApprovalDifferences(Database& db, const Period& period, const std::string& root);

// The Vietnamese name of a count key ("Tiếp nhận mới trực tuyến"), the key itself when unknown.
std::string CountKeyName(const std::string& key);

}  // namespace baocao
