// A write transaction on the database (SqlConnection::BeginWrite: SQLite's BEGIN IMMEDIATE): the
// write lock is taken when it is made (a writer waits here for another one, up to
// Database::kBusyTimeoutMinutes), and everything written through the Database until Commit()
// becomes visible at once. Destroyed without Commit() — an
// exception, an early return — it rolls everything back, leaving the file exactly as it was.
//
// The only way layers above store/ group writes (submit, approval, accounts): they never see the
// SQL engine's own transaction type.
#pragma once

#include "store/database.h"

namespace baocao {

class WriteTransaction {
 public:
  explicit WriteTransaction(Database& db);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  void Commit();

 private:
  SqlConnection& connection_;
  bool open_ = true;
};

}  // namespace baocao
