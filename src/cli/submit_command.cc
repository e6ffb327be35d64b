#include <filesystem>
#include <ostream>

#include "cli/command.h"
#include "cli/option_checks.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "ingest/submission.h"
#include "jobs/progress_line.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;

int SubmitCommand(CommandContext& ctx) {
  std::string kind;
  std::string unit;
  std::string period;
  std::vector<std::string> files;
  bool partial = false;
  std::string sheet;
  po::options_description options("Tùy chọn của submit");
  options.add_options()
      ("kind", po::value(&kind)->required(),
       "loại dữ liệu: units | procedures | dossiers | discipline | evaluations | petitions")
      ("unit", po::value(&unit), "mã đơn vị nộp (bắt buộc với dossiers, petitions)")
      ("period", po::value(&period), "tháng xuất dữ liệu YYYY-MM (bắt buộc với dossiers, petitions); YYYY cho kỷ luật, xếp loại")
      ("partial", po::bool_switch(&partial), "lưu các dòng hợp lệ, giữ lại các dòng lỗi kèm lý do (mặc định: từ chối cả tệp nếu có lỗi)")
      ("sheet", po::value(&sheet), "trang tính cần đọc của tệp Excel (mặc định: trang đầu tiên có dòng tiêu đề cột)")
      ("file", po::value(&files)->multitoken(), "tệp cần nộp: CSV hoặc văn bản (UTF-8, UTF-16, Windows-1258), .xlsx, .xls");
  po::positional_options_description positional;
  positional.add("file", -1);
  const auto vm = ParseOptions(
      ctx, "baocao [--db TỆP] submit --kind LOẠI [--unit MÃ] [--period KỲ] [--sheet TÊN] [--partial] TỆP...", options,
      &positional);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm);
  if (files.empty()) throw UsageError("Chưa chỉ ra tệp cần nộp");

  Database db(ctx.db_path);
  ProgressLine progress(ctx.err, ctx.err_is_terminal);
  int exit_code = kExitOk;
  for (const auto& file : files) {
    SubmitRequest request;
    request.kind = ParseSubmissionKind(kind);
    request.file = file;
    if (!unit.empty()) request.unit = unit;
    if (!period.empty()) request.period = period;
    request.partial = partial;
    if (vm->count("sheet")) request.sheet = sheet;
    const std::string label = "Đọc tệp " + std::filesystem::path(file).filename().string();
    request.progress = [&progress, &label](int rows) { progress.Update(label, rows, 0, "dòng"); };
    const Receipt receipt = Submit(db, request);
    progress.Clear();
    ctx.out << receipt.Text() << "\n";
    if (!receipt.errors.empty()) exit_code = kExitBadInput;
  }
  return exit_code;
}

}  // namespace baocao
