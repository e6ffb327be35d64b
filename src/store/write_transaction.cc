#include "store/write_transaction.h"

namespace baocao {

WriteTransaction::WriteTransaction(Database& db) : connection_(db.connection()) { connection_.BeginWrite(); }

WriteTransaction::~WriteTransaction() {
  if (open_) connection_.Rollback();
}

void WriteTransaction::Commit() {
  connection_.Commit();
  open_ = false;
}

}  // namespace baocao
