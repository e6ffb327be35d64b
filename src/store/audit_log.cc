#include "store/audit_log.h"

#include <memory>

namespace baocao {

int64_t AuditLog::Append(const AuditEntry& e) {
  auto q = db_.connection().Prepare(
      "INSERT INTO audit_log (at, account, address, action, detail) VALUES (?, ?, ?, ?, ?) RETURNING id");
  BindAll(*q, e.at, e.account, e.address, e.action, e.detail);
  q->Step();
  const int64_t id = q->GetInt(0);
  q->Reset();
  return id;
}

std::vector<AuditEntry> AuditLog::Last(int limit) {
  auto q = db_.connection().Prepare(
      "SELECT id, at, account, address, action, detail FROM audit_log ORDER BY id DESC LIMIT ?");
  BindAll(*q, limit);
  std::vector<AuditEntry> out;
  while (q->Step())
    out.push_back({q->GetInt(0), q->GetString(1), q->GetString(2), q->GetString(3), q->GetString(4), q->GetString(5)});
  return out;
}

}  // namespace baocao
