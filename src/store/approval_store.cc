#include "store/approval_store.h"

#include <SQLiteCpp/Statement.h>

namespace baocao {
namespace {

std::optional<std::string> OptionalText(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

}  // namespace

std::vector<ApprovalRecord> ApprovalStore::Select(const std::string& where,
                                                  const std::optional<std::string>& period) {
  SQLite::Statement q(db_.sql(),
                      "SELECT id, period, ma_don_vi, approved_by, approved_at, withdrawn_by, withdrawn_at, "
                      "withdraw_reason, catalog FROM approvals WHERE " +
                          where + " ORDER BY id");
  if (period) q.bind(1, *period);
  std::vector<ApprovalRecord> out;
  while (q.executeStep()) {
    ApprovalRecord a;
    a.id = q.getColumn(0).getInt64();
    a.period = q.getColumn(1).getString();
    a.root = q.getColumn(2).getString();
    a.approved_by = q.getColumn(3).getString();
    a.approved_at = q.getColumn(4).getString();
    a.withdrawn_by = OptionalText(q.getColumn(5));
    a.withdrawn_at = OptionalText(q.getColumn(6));
    a.withdraw_reason = OptionalText(q.getColumn(7));
    a.catalog = OptionalText(q.getColumn(8));
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
  SQLite::Statement q(db_.sql(),
                      "INSERT INTO approvals (period, ma_don_vi, approved_by, approved_at, catalog) "
                      "VALUES (?, ?, ?, ?, ?)");
  q.bind(1, a.period);
  q.bind(2, a.root);
  q.bind(3, a.approved_by);
  q.bind(4, a.approved_at);
  if (a.catalog) q.bind(5, *a.catalog);
  else q.bind(5);
  q.exec();
  return db_.sql().getLastInsertRowid();
}

void ApprovalStore::AddFigures(int64_t approval_id, const std::string& unit, const std::string& figures) {
  SQLite::Statement q(db_.sql(), "INSERT INTO approved_figures (approval_id, ma_don_vi, figures) VALUES (?, ?, ?)");
  q.bind(1, approval_id);
  q.bind(2, unit);
  q.bind(3, figures);
  q.exec();
}

std::vector<ApprovedUnitFigures> ApprovalStore::Figures(int64_t approval_id) {
  SQLite::Statement q(db_.sql(),
                      "SELECT approval_id, ma_don_vi, figures FROM approved_figures WHERE approval_id = ? ORDER BY rowid");
  q.bind(1, approval_id);
  std::vector<ApprovedUnitFigures> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString()});
  return out;
}

std::vector<std::string> ApprovalStore::Units(int64_t approval_id) {
  SQLite::Statement q(db_.sql(), "SELECT ma_don_vi FROM approved_figures WHERE approval_id = ? ORDER BY rowid");
  q.bind(1, approval_id);
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

void ApprovalStore::Withdraw(int64_t approval_id, const std::string& by, const std::string& at,
                             const std::string& reason) {
  SQLite::Statement q(db_.sql(),
                      "UPDATE approvals SET withdrawn_by = ?, withdrawn_at = ?, withdraw_reason = ? WHERE id = ?");
  q.bind(1, by);
  q.bind(2, at);
  q.bind(3, reason);
  q.bind(4, approval_id);
  q.exec();
}

}  // namespace baocao
