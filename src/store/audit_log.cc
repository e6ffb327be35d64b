#include "store/audit_log.h"

#include <SQLiteCpp/Statement.h>

namespace baocao {

int64_t AuditLog::Append(const AuditEntry& e) {
  SQLite::Statement q(db_.sql(), "INSERT INTO audit_log (at, account, address, action, detail) VALUES (?, ?, ?, ?, ?)");
  q.bind(1, e.at);
  q.bind(2, e.account);
  q.bind(3, e.address);
  q.bind(4, e.action);
  q.bind(5, e.detail);
  q.exec();
  return db_.sql().getLastInsertRowid();
}

std::vector<AuditEntry> AuditLog::Last(int limit) {
  SQLite::Statement q(db_.sql(),
                      "SELECT id, at, account, address, action, detail FROM audit_log ORDER BY id DESC LIMIT ?");
  q.bind(1, limit);
  std::vector<AuditEntry> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString()});
  return out;
}

}  // namespace baocao
