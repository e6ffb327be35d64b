// The lock an approved period puts on submissions (issue 14): a dossiers or petitions file whose
// export month is one of an approved period's export months, from a unit inside that approval or
// holding rows of one, is refused whole; so is a discipline or evaluations file of year Y from or
// holding rows of a unit inside an approval of the year period Y. Later export months are accepted:
// they change the live data, not the approved figures. Withdrawing the approval (`baocao
// unapprove`) unlocks.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ingest/columns.h"
#include "store/approval_store.h"
#include "store/database.h"

namespace baocao {

class ApprovalLock {
 public:
  // The active approvals as stored, for submissions of kind (nothing is locked for units and
  // procedures).
  ApprovalLock(Database& db, SubmissionKind kind);

  // The Vietnamese file-level error when a submission's rows of unit for period (the export month
  // "YYYY-MM" of dossiers and petitions, the year "YYYY" of discipline and evaluations) would change
  // an approved period; nullopt when they would not.
  std::optional<std::string> Refusal(const std::string& unit, const std::string& period) const;

 private:
  SubmissionKind kind_;
  std::vector<ApprovalRecord> approvals_;
  std::map<std::pair<std::string, std::string>, size_t> locked_;  // (unit, month or year) -> approval
};

}  // namespace baocao
