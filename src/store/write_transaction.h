// A write transaction on the database (BEGIN IMMEDIATE): the write lock is taken when it is made (a
// writer waits here for another one, up to Database::kBusyTimeoutMinutes), and everything written
// through the Database until Commit() becomes visible at once. Destroyed without Commit() — an
// exception, an early return — it rolls everything back, leaving the file exactly as it was.
//
// The only way layers above store/ group writes (submit, approval, accounts): they never see the
// SQL engine's own transaction type.
#pragma once

#include <memory>

#include "store/database.h"

namespace SQLite {
class Transaction;
}

namespace baocao {

class WriteTransaction {
 public:
  explicit WriteTransaction(Database& db);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  void Commit();

 private:
  std::unique_ptr<SQLite::Transaction> transaction_;
};

}  // namespace baocao
