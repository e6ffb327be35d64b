#include "store/write_transaction.h"

#include <SQLiteCpp/Transaction.h>

namespace baocao {

WriteTransaction::WriteTransaction(Database& db)
    : transaction_(std::make_unique<SQLite::Transaction>(db.sql(), SQLite::TransactionBehavior::IMMEDIATE)) {}

WriteTransaction::~WriteTransaction() = default;

void WriteTransaction::Commit() { transaction_->commit(); }

}  // namespace baocao
