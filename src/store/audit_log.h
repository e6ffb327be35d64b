// The audit log as stored: one row per event that matters for security — a login or a failed one,
// an account created, a password reset or changed, an account disabled or enabled (and, with the
// portal, submissions and downloads) — with its time, the account that acted and its address.
//
// SQL only. What the actions are and how they are worded is src/auth/audit_actions.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace baocao {

struct AuditEntry {
  int64_t id = 0;       // set by Append
  std::string at;       // "2026-12-01 10:00:00", local time
  std::string account;  // the login that acted; "" for the command line on the server
  std::string address;  // where from: the client's IP address, or "cli"
  std::string action;   // a code of auth/audit_actions.h ("login", "account_created", …)
  std::string detail;   // Vietnamese: which account, why a login failed, …
};

class AuditLog {
 public:
  explicit AuditLog(Database& db) : db_(db) {}

  // Adds the entry (its id is ignored); returns the new id. Inside the caller's transaction when
  // there is one, so that an account change and its audit row are written together.
  int64_t Append(const AuditEntry& entry);
  // The newest `limit` entries, newest first.
  std::vector<AuditEntry> Last(int limit);

 private:
  Database& db_;
};

}  // namespace baocao
