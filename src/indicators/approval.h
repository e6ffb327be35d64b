// Approving a period's figures (issue 14): `baocao approve` and the portal's "Phê duyệt kỳ này"
// freeze the figures of a subtree of units for one period label, so that its reports no longer
// change and submissions that would change them are refused (ingest/submission.cc) until the
// approval is withdrawn (`baocao unapprove`, "Rút phê duyệt", with a reason).
//
// Approving a unit takes a snapshot (indicators/approved_figures.h) of every unit of its subtree;
// a unit already inside an active approval of that period keeps the figures it was approved with
// (approving the province after some districts approves the rest). Approving a unit that is inside
// an approved subtree is refused, naming who approved it and when.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/period.h"
#include "store/approval_store.h"
#include "store/database.h"

namespace baocao {

struct ApproveRequest {
  Period period;
  std::string unit;  // the subtree's root; empty: the province root
  std::string by;    // who approves (a login or the OS user)
  std::string at;    // "YYYY-MM-DD HH:MM:SS"
};

struct ApproveResult {
  ApprovalRecord approval;
  std::string unit_name;
  int units_taken = 0;  // units whose figures were frozen by this approval
  int units_kept = 0;   // units of the subtree already inside another approval, kept as they were
};

// Approves in one transaction; `inside` (e.g. the audit log's record) runs inside it, before the
// commit. Throws UsageError (Vietnamese) for an unknown unit or a unit inside an approved subtree.
ApproveResult ApprovePeriod(Database& db, const ApproveRequest& request,
                            const std::function<void(const ApproveResult&)>& inside = {});

struct WithdrawRequest {
  Period period;
  std::string unit;    // the root of the approval to withdraw; empty: the province root
  std::string by;
  std::string at;
  std::string reason;  // required
};

// Withdraws the active approval of the period whose root is the unit, in one transaction with
// `inside`; returns it as withdrawn. Throws UsageError when the reason is empty or there is no such
// approval (naming the approval the unit is inside, if any).
ApprovalRecord WithdrawApproval(Database& db, const WithdrawRequest& request,
                                const std::function<void(const ApprovalRecord&)>& inside = {});

// "Đã phê duyệt ngày dd/mm/yyyy lúc HH:MM:SS bởi <by>" for an approval.
std::string ApprovedText(const ApprovalRecord& approval);

}  // namespace baocao

namespace baocao {

// The audit log's detail of an approval and of a withdrawal (Vietnamese), for the CLI and the portal.
std::string ApprovalAuditDetail(const ApproveResult& result);
std::string WithdrawalAuditDetail(const ApprovalRecord& approval);

}  // namespace baocao
