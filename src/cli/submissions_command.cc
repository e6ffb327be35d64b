#include <ostream>

#include "cli/command.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/text.h"
#include "ingest/problem.h"
#include "store/submission_log.h"

namespace baocao {
namespace po = boost::program_options;

namespace {

void PrintEntry(std::ostream& out, const SubmissionEntry& e) {
  out << "#" << e.id << "  " << e.submitted_at << "  " << e.kind;
  if (!e.unit.empty()) out << "  đơn vị " << e.unit;
  if (!e.period.empty()) out << "  kỳ " << e.period;
  out << "  " << e.file_name;
  if (!e.sheet.empty()) out << "[" << Escaped(e.sheet) << "]";
  out << "  (" << (e.mode == "partial" ? "một phần" : "toàn bộ") << "): "
      << e.rows_total << " dòng, tiếp nhận " << e.rows_accepted << ", từ chối " << e.rows_rejected << "\n";
}

}  // namespace

int SubmissionsCommand(CommandContext& ctx) {
  int last = 20;
  int64_t id = 0;
  po::options_description options("Tùy chọn của submissions");
  options.add_options()
      ("last", po::value(&last)->default_value(20), "số lượt nộp gần nhất cần liệt kê")
      ("id", po::value(&id), "xem các dòng bị từ chối của một lượt nộp");
  const auto vm = ParseOptions(ctx, "baocao [--db TỆP] submissions [--last N] [--id SỐ]", options);
  if (!vm) return kExitOk;
  if (last < 1) throw UsageError("--last phải là số nguyên dương");
  Database db(ctx.db_path, Database::OpenMode::kExisting);
  if (vm->count("id")) {
    SubmissionEntry entry;
    const auto rows = ListRejectedRows(db, id, &entry);
    PrintEntry(ctx.out, entry);
    if (rows.empty()) ctx.out << "Không có dòng nào bị từ chối.\n";
    for (const auto& r : rows)
      ctx.out << "  " << TablePlace{entry.file_name, Escaped(entry.sheet)}.Format(r.row, r.column, r.message) << "\n";
    return kExitOk;
  }
  const auto entries = ListSubmissions(db, last);
  if (entries.empty()) ctx.out << "Chưa có lượt nộp nào.\n";
  for (const auto& e : entries) PrintEntry(ctx.out, e);
  return kExitOk;
}

}  // namespace baocao
