#include "indicators/approval.h"

#include "core/errors.h"
#include "indicators/approved_figures.h"
#include "indicators/indicators.h"
#include "indicators/province_figures.h"
#include "store/write_transaction.h"

namespace baocao {
namespace {

std::string UnitText(const UnitTree& tree, int node) { return tree.node(node).code + " (" + tree.node(node).name + ")"; }

}  // namespace

std::string ApprovedText(const ApprovalRecord& a) {
  const auto at = ParseDateTime(a.approved_at);
  std::string text = "Đã phê duyệt ngày ";
  text += at ? at->date.Vietnamese() + " lúc " + a.approved_at.substr(11) : a.approved_at;
  return text + " bởi " + a.approved_by;
}

ApproveResult ApprovePeriod(Database& db, const ApproveRequest& request,
                            const std::function<void(const ApproveResult&)>& inside) {
  WriteTransaction transaction(db);
  const ProvinceFigures f = ComputeFigures(db, request.period);
  const UnitTree& tree = f.tree;
  const int root = request.unit.empty() ? 0 : tree.Require(request.unit);
  const std::string label = request.period.Label();
  if (const int a = f.approval_of[static_cast<size_t>(root)]; a >= 0) {
    const ApprovalRecord& approval = f.approvals[static_cast<size_t>(a)];
    const int approved_root = tree.Find(approval.root);
    throw UsageError("Không phê duyệt được: số liệu kỳ " + label + " của đơn vị " + UnitText(tree, root) +
                     " đã được phê duyệt cùng " +
                     (approved_root >= 0 ? UnitText(tree, approved_root) : approval.root) + " (" +
                     ApprovedText(approval) + "); muốn phê duyệt lại, hãy rút phê duyệt trước: baocao unapprove " +
                     PeriodOptionsText(request.period) + " --unit " + approval.root + " --reason \"…\"");
  }
  const std::vector<Values> ranks = UnitRanks(f);
  ApproveResult result;
  result.unit_name = tree.node(root).name;
  result.approval = {0, label, tree.node(root).code, request.by, request.at, {}, {}, {}, {}};
  if (root == 0) result.approval.catalog = CatalogJson(f.catalog);
  ApprovalStore store(db);
  result.approval.id = store.Insert(result.approval);
  for (int i = root; i < root + tree.node(root).subtree_size; ++i) {
    if (f.approval_of[static_cast<size_t>(i)] >= 0) {
      ++result.units_kept;
      continue;
    }
    store.AddFigures(result.approval.id, tree.node(i).code, ApprovedFiguresJson(f, i, ranks[static_cast<size_t>(i)]));
    ++result.units_taken;
  }
  if (inside) inside(result);
  transaction.Commit();
  return result;
}

ApprovalRecord WithdrawApproval(Database& db, const WithdrawRequest& request,
                                const std::function<void(const ApprovalRecord&)>& inside) {
  const std::string label = request.period.Label();
  if (request.reason.find_first_not_of(" \t\r\n") == std::string::npos)
    throw UsageError("Cần nêu lý do rút phê duyệt: lý do được ghi vào nhật ký");
  WriteTransaction transaction(db);
  const UnitTree tree = UnitTree::Load(db, request.period.ExportMonths().front());
  const int root = request.unit.empty() ? 0 : tree.Require(request.unit);
  const std::string code = tree.node(root).code;
  ApprovalStore store(db);
  for (ApprovalRecord& a : store.Active(label)) {
    if (a.root != code) continue;
    store.Withdraw(a.id, request.by, request.at, request.reason);
    a.withdrawn_by = request.by;
    a.withdrawn_at = request.at;
    a.withdraw_reason = request.reason;
    if (inside) inside(a);
    transaction.Commit();
    return a;
  }
  // Not the root of an approval: say which approval holds it, if one does.
  for (const ApprovalRecord& a : store.Active(label))
    for (const auto& unit : store.Units(a.id))
      if (unit == code)
        throw UsageError("Đơn vị " + UnitText(tree, root) + " không phải là đơn vị được phê duyệt kỳ " + label +
                         ": số liệu của nó thuộc lần phê duyệt của " + a.root + " (" + ApprovedText(a) +
                         "); hãy rút phê duyệt đó: baocao unapprove " + PeriodOptionsText(request.period) + " --unit " + a.root +
                         " --reason \"…\"");
  throw UsageError("Kỳ " + label + " của đơn vị " + UnitText(tree, root) + " chưa được phê duyệt: không có gì để rút");
}

}  // namespace baocao

namespace baocao {

std::string ApprovalAuditDetail(const ApproveResult& r) {
  return "kỳ " + r.approval.period + ", đơn vị " + r.approval.root + " " + r.unit_name + ": " +
         std::to_string(r.units_taken) + " đơn vị được phê duyệt" +
         (r.units_kept > 0 ? ", " + std::to_string(r.units_kept) + " đơn vị đã phê duyệt trước giữ nguyên" : "");
}

std::string WithdrawalAuditDetail(const ApprovalRecord& a) {
  return "kỳ " + a.period + ", đơn vị " + a.root + " (phê duyệt ngày " + a.approved_at + " bởi " + a.approved_by +
         "); lý do: " + a.withdraw_reason.value_or("");
}

}  // namespace baocao
