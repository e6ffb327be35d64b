#include "store/submission_log.h"

#include <SQLiteCpp/Statement.h>

#include "core/errors.h"

namespace baocao {
namespace {

constexpr const char* kColumns =
    "id, kind, IFNULL(ma_don_vi, ''), IFNULL(period, ''), file_name, submitted_at, mode, rows_total, "
    "rows_accepted, rows_rejected, IFNULL(sheet, '')";

SubmissionEntry ReadEntry(SQLite::Statement& q) {
  return {q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
          q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
          q.getColumn(6).getString(), q.getColumn(7).getInt(),    q.getColumn(8).getInt(),
          q.getColumn(9).getInt(),    q.getColumn(10).getString()};
}

}  // namespace

std::vector<SubmissionEntry> ListSubmissions(Database& db, int limit) {
  SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM submissions ORDER BY id DESC LIMIT ?");
  q.bind(1, limit);
  std::vector<SubmissionEntry> out;
  while (q.executeStep()) out.push_back(ReadEntry(q));
  return out;
}

std::vector<RejectedRow> ListRejectedRows(Database& db, int64_t id, SubmissionEntry* entry) {
  SQLite::Statement s(db.sql(), std::string("SELECT ") + kColumns + " FROM submissions WHERE id = ?");
  s.bind(1, id);
  if (!s.executeStep()) throw UsageError("Không có lượt nộp số " + std::to_string(id));
  if (entry != nullptr) *entry = ReadEntry(s);
  SQLite::Statement q(db.sql(),
                      "SELECT row, column, column_name, message FROM rejected_rows WHERE submission_id = ? "
                      "ORDER BY rowid");  // stored in file order, the count of those not listed last
  q.bind(1, id);
  std::vector<RejectedRow> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt(), q.getColumn(1).getInt(), q.getColumn(2).getString(),
                   q.getColumn(3).getString()});
  return out;
}

}  // namespace baocao
