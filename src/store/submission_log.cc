#include "store/submission_log.h"

#include <memory>

#include "core/errors.h"

namespace baocao {
namespace {

constexpr const char* kColumns =
    "id, kind, COALESCE(ma_don_vi, ''), COALESCE(period, ''), file_name, submitted_at, mode, rows_total, "
    "rows_accepted, rows_rejected, COALESCE(sheet, '')";

SubmissionEntry ReadEntry(SqlStatement& q) {
  return {q.GetInt(0),
          q.GetString(1),
          q.GetString(2),
          q.GetString(3),
          q.GetString(4),
          q.GetString(5),
          q.GetString(6),
          static_cast<int>(q.GetInt(7)),
          static_cast<int>(q.GetInt(8)),
          static_cast<int>(q.GetInt(9)),
          q.GetString(10)};
}

}  // namespace

std::vector<SubmissionEntry> ListSubmissions(Database& db, int limit) {
  auto q = db.connection().Prepare(std::string("SELECT ") + kColumns + " FROM submissions ORDER BY id DESC LIMIT ?");
  BindAll(*q, limit);
  std::vector<SubmissionEntry> out;
  while (q->Step()) out.push_back(ReadEntry(*q));
  return out;
}

std::vector<RejectedRow> ListRejectedRows(Database& db, int64_t id, SubmissionEntry* entry) {
  auto s = db.connection().Prepare(std::string("SELECT ") + kColumns + " FROM submissions WHERE id = ?");
  BindAll(*s, id);
  if (!s->Step()) throw UsageError("Không có lượt nộp số " + std::to_string(id));
  if (entry != nullptr) *entry = ReadEntry(*s);
  auto q = db.connection().Prepare(
      "SELECT row, \"column\", column_name, message FROM rejected_rows WHERE submission_id = ? "
      "ORDER BY rowid");  // stored in file order, the count of those not listed last
  BindAll(*q, id);
  std::vector<RejectedRow> out;
  while (q->Step())
    out.push_back({static_cast<int>(q->GetInt(0)), static_cast<int>(q->GetInt(1)), q->GetString(2), q->GetString(3)});
  return out;
}

}  // namespace baocao
