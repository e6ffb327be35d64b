#include "store/approval_store.h"

#include <memory>

namespace baocao {
namespace {

std::optional<std::string> OptionalText(SqlStatement& q, int column) {
  if (q.IsNull(column)) return std::nullopt;
  return q.GetString(column);
}

}  // namespace

std::vector<ApprovalRecord> ApprovalStore::Select(const std::string& where,
                                                  const std::optional<std::string>& period) {
  auto q = db_.connection().Prepare(
      "SELECT id, period, ma_don_vi, approved_by, approved_at, withdrawn_by, withdrawn_at, "
      "withdraw_reason, catalog FROM approvals WHERE " +
      where + " ORDER BY id");
  if (period) q->BindText(1, *period);
  std::vector<ApprovalRecord> out;
  while (q->Step()) {
    ApprovalRecord a;
    a.id = q->GetInt(0);
    a.period = q->GetString(1);
    a.root = q->GetString(2);
    a.approved_by = q->GetString(3);
    a.approved_at = q->GetString(4);
    a.withdrawn_by = OptionalText(*q, 5);
    a.withdrawn_at = OptionalText(*q, 6);
    a.withdraw_reason = OptionalText(*q, 7);
    a.catalog = OptionalText(*q, 8);
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<ApprovalRecord> ApprovalStore::Active(const std::string& period) {
  return Select("period = ? AND withdrawn_at IS NULL", period);
}

std::vector<ApprovalRecord> ApprovalStore::AllActive() { return Select("withdrawn_at IS NULL", std::nullopt); }

std::vector<ApprovalRecord> ApprovalStore::All(const std::string& period) { return Select("period = ?", period); }

int64_t ApprovalStore::Insert(const ApprovalRecord& a) {
  auto q = db_.connection().Prepare(
      "INSERT INTO approvals (period, ma_don_vi, approved_by, approved_at, catalog) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id");
  BindAll(*q, a.period, a.root, a.approved_by, a.approved_at, a.catalog);
  q->Step();
  const int64_t id = q->GetInt(0);
  q->Reset();
  return id;
}

void ApprovalStore::AddFigures(int64_t approval_id, const std::string& unit, const std::string& figures) {
  auto q = db_.connection().Prepare("INSERT INTO approved_figures (approval_id, ma_don_vi, figures) VALUES (?, ?, ?)");
  BindAll(*q, approval_id, unit, figures);
  q->Execute();
}

std::vector<ApprovedUnitFigures> ApprovalStore::Figures(int64_t approval_id) {
  auto q = db_.connection().Prepare(
      "SELECT approval_id, ma_don_vi, figures FROM approved_figures WHERE approval_id = ? ORDER BY rowid");
  BindAll(*q, approval_id);
  std::vector<ApprovedUnitFigures> out;
  while (q->Step()) out.push_back({q->GetInt(0), q->GetString(1), q->GetString(2)});
  return out;
}

std::vector<std::string> ApprovalStore::Units(int64_t approval_id) {
  auto q = db_.connection().Prepare("SELECT ma_don_vi FROM approved_figures WHERE approval_id = ? ORDER BY rowid");
  BindAll(*q, approval_id);
  std::vector<std::string> out;
  while (q->Step()) out.push_back(q->GetString(0));
  return out;
}

void ApprovalStore::Withdraw(int64_t approval_id, const std::string& by, const std::string& at,
                             const std::string& reason) {
  auto q = db_.connection().Prepare(
      "UPDATE approvals SET withdrawn_by = ?, withdrawn_at = ?, withdraw_reason = ? WHERE id = ?");
  BindAll(*q, by, at, reason, approval_id);
  q->Execute();
}

}  // namespace baocao
