#include <filesystem>
#include <ostream>

#include "cli/command.h"
#include "cli/option_checks.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "ingest/submission.h"
#include "jobs/inbox_file_name.h"
#include "jobs/progress_line.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;
namespace {

// The unit and period of each file of a dossiers or petitions submission given neither --unit nor
// --period: from its name, as in a job's inbox (dossiers_H01_2023-05.csv), so that one command
// loads many units' months (issue 15: 112 files in one command instead of 112 commands). Every name
// is checked before the first file is read; one that does not fit refuses the command.
std::vector<InboxFileName> NamedUnitsAndPeriods(SubmissionKind kind, const std::vector<std::string>& files) {
  std::vector<InboxFileName> named;
  for (const auto& file : files) {
    const std::string name = std::filesystem::path(file).filename().string();
    std::string why;
    auto parsed = ParseInboxFileName(name, &why);
    if (parsed && parsed->kind != kind)
      why = "tên tệp ghi loại dữ liệu \"" + name.substr(0, name.find('_')) + "\", khác với --kind";
    if (!parsed || parsed->kind != kind)
      throw UsageError(UnitAndPeriodRequired(kind) + ", hoặc mỗi tệp đặt tên như trong hộp thư đến; tệp \"" + name +
                       "\": " + why);
    named.push_back(std::move(*parsed));
  }
  return named;
}

}  // namespace

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
      ("unit", po::value(&unit), "mã đơn vị nộp (dossiers, petitions: bắt buộc, trừ khi tên tệp ghi đơn vị và kỳ)")
      ("period", po::value(&period), "tháng xuất dữ liệu YYYY-MM (dossiers, petitions: như --unit); YYYY cho kỷ luật, xếp loại")
      ("partial", po::bool_switch(&partial), "lưu các dòng hợp lệ, giữ lại các dòng lỗi kèm lý do (mặc định: từ chối cả tệp nếu có lỗi)")
      ("sheet", po::value(&sheet), "trang tính cần đọc của tệp Excel (mặc định: trang đầu tiên có dòng tiêu đề cột)")
      ("file", po::value(&files)->multitoken(), "tệp cần nộp: CSV hoặc văn bản (UTF-8, UTF-16, Windows-1258), .xlsx, .xls");
  po::positional_options_description positional;
  positional.add("file", -1);
  const auto vm = ParseOptions(
      ctx, "baocao [--db TỆP] submit --kind LOẠI [--unit MÃ] [--period KỲ] [--sheet TÊN] [--partial] TỆP...\n"
      "  (hồ sơ, phản ánh không kèm --unit, --period: lấy từ tên tệp, ví dụ dossiers_H01_2023-05.csv)", options,
      &positional);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm);
  if (files.empty()) throw UsageError("Chưa chỉ ra tệp cần nộp");

  const SubmissionKind submission_kind = ParseSubmissionKind(kind);
  const bool monthly_export = submission_kind == SubmissionKind::kDossiers || submission_kind == SubmissionKind::kPetitions;
  std::vector<InboxFileName> named;
  if (monthly_export && unit.empty() && period.empty()) named = NamedUnitsAndPeriods(submission_kind, files);

  Database db(ctx.db_path);
  ProgressLine progress(ctx.err, ctx.err_is_terminal);
  int exit_code = kExitOk;
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& file = files[i];
    SubmitRequest request;
    request.kind = submission_kind;
    request.file = file;
    if (!unit.empty()) request.unit = unit;
    if (!period.empty()) request.period = period;
    if (!named.empty()) {
      request.unit = named[i].unit;
      request.period = named[i].period;
    }
    request.partial = partial;
    if (vm->count("sheet")) request.sheet = sheet;
    // Several files: which one of how many ("Đọc tệp 12/112 dossiers_H01_2023-05.csv").
    const std::string counter =
        files.size() > 1 ? std::to_string(i + 1) + "/" + std::to_string(files.size()) + " " : "";
    const std::string label = "Đọc tệp " + counter + std::filesystem::path(file).filename().string();
    // The share of the file read, when the reader can tell it, gives the time left.
    request.progress = [&progress, &label](const ReadProgress& p) {
      progress.Update(label, p.rows_read, 0, "dòng", p.fraction_read);
    };
    const Receipt receipt = Submit(db, request);
    progress.Clear();
    ctx.out << receipt.Text() << "\n";
    if (!receipt.errors.empty()) exit_code = kExitBadInput;
  }
  return exit_code;
}

}  // namespace baocao
