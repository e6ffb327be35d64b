#include "jobs/job_run.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>

#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/sha256.h"
#include "core/text.h"
#include "generators/vietnamese_number.h"
#include "indicators/indicators.h"
#include "indicators/reporting_status.h"
#include "indicators/scorecard_report.h"
#include "jobs/lock_file.h"
#include "jobs/parallel_writes.h"
#include "jobs/run_history.h"
#include "jobs/run_log.h"
#include "jobs/run_summary.h"
#include "jobs/staging_folder.h"
#include "quality/finding_text.h"
#include "quality/kiem_tra_report.h"
#include "quality/quality_check.h"

namespace baocao {
namespace fs = std::filesystem;
namespace {

int ExitCodeFor(const std::exception& e) {
  if (const auto* database = dynamic_cast<const DatabaseError*>(&e)) return database->exit_code();
  if (dynamic_cast<const LockedError*>(&e) != nullptr) return kExitLocked;
  if (dynamic_cast<const DataError*>(&e) != nullptr) return kExitBadInput;
  if (dynamic_cast<const InputError*>(&e) != nullptr) return kExitBadInput;
  if (dynamic_cast<const UsageError*>(&e) != nullptr) return kExitUsage;
  return kExitFailure;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Whether a form's "not reported" units count as missing submissions for the period. Discipline and
// evaluations are submitted once a year: in a monthly run every unit would be "not reported" for
// ky_luat, so only a year's run counts them (the ky_luat report itself still shows them).
bool TracksReporting(const std::string& form, const Period& period) {
  return form != "ky_luat" || period.kind == Period::Kind::kYear;
}

}  // namespace

Period FormPeriod(const std::string& form, const Period& run_period) {
  return form == kScorecardForm ? PreviousCalendarPeriod(run_period) : run_period;
}

ComputeFn SharedFiguresCompute(const Job& job) {
  const bool people_only =
      std::all_of(job.forms.begin(), job.forms.end(), [](const std::string& f) { return f == "ky_luat"; });
  auto figures = std::make_shared<std::optional<ProvinceFigures>>();
  // The reporting status of the job's subtree, read once per period; every unit's tong_hop takes its
  // part of it (SubtreeStatus).
  auto status = std::make_shared<std::optional<ReportingStatus>>();
  const int deadline_day = job.deadline_day;
  const std::string job_root = job.unit;
  return [figures, status, people_only, deadline_day, job_root](Database& db, const std::string& form,
                                                                const Period& period, const std::string& root) {
    if (form == kScorecardForm) return ComputeReport(db, form, period, root);  // scores, not figures
    if (!*figures || (*figures)->period != period)
      *figures = ComputeFigures(db, period, people_only ? FigureParts::kPeople : FigureParts::kAll);
    Report report = BuildReport(**figures, form, root);
    if (form == "tong_hop") {
      if (!*status || (*status)->period != period)
        *status = ComputeReportingStatus(db, period, job_root, SubmissionDeadline(period, deadline_day));
      report.reporting = ReportingRateValues(root == job_root ? **status : SubtreeStatus(**status, root));
    }
    return report;
  };
}

namespace {

// Everything one run carries between its steps.
struct RunContext {
  Database& db;
  const Job& job;
  const RunOptions& options;
  const Clock& clock;
  RunHistory& history;
  RunLog& log;
  RunResult& result;
  ComputeFn compute;
  WriteFn write;
  QualityReport quality;  // the period's quality check (every run makes one: summary, kiem_tra, exit 3)
};

// How many findings the run summary quotes.
constexpr size_t kWorstFindings = 10;

std::vector<Report> ComputeAll(RunContext& run) {
  std::vector<Report> reports;
  for (const auto& form : run.job.forms) {
    if (run.options.progress)
      run.options.progress({"Tính báo cáo", static_cast<int64_t>(reports.size()),
                            static_cast<int64_t>(run.job.forms.size()), std::nullopt, "báo cáo"});
    run.log.Write("Tính báo cáo " + form + " cho " + (run.job.unit.empty() ? "toàn tỉnh" : "đơn vị " + run.job.unit));
    if (form == kKiemTraForm)
      reports.push_back(KiemTraReport(run.quality, ReportPlace(run.db, run.result.period, run.job.unit)));
    else
      reports.push_back(run.compute(run.db, form, FormPeriod(form, run.result.period), run.job.unit));
  }
  return reports;
}

RunSummary Summarize(RunContext& run, const std::vector<Report>& reports) {
  RunSummary summary;
  summary.job = run.job.name;
  summary.period = run.result.period;
  summary.deadline = SubmissionDeadline(run.result.period, run.job.deadline_day);
  summary.inbox = run.history.InboxFilesOf(run.result.period.Label());
  summary.reporting = run.quality.timeliness.levels;
  const QualityReport& q = run.quality;
  summary.quality.errors = q.errors();
  summary.quality.warnings = q.warnings();
  summary.quality.outliers = static_cast<int>(q.outliers.size());
  summary.quality.short_history = static_cast<int>(q.short_history.size());
  summary.quality.late = static_cast<int>(
      std::count_if(q.timeliness.units.begin(), q.timeliness.units.end(), [](const UnitStatus& u) { return u.late; }));
  summary.quality.differences = static_cast<int>(q.differences.size());
  summary.quality.worst = WorstFindings(q, kWorstFindings);
  const Report& first = reports.front();
  summary.root_code = first.units.empty() ? first.root : first.root_row().ma_don_vi;
  summary.root_name = first.units.empty() ? first.root : first.root_row().ten_don_vi;
  for (const auto& report : reports) {
    if (!TracksReporting(report.form, report.period)) continue;
    for (const auto& row : report.units) {
      const bool seen = std::any_of(summary.missing.begin(), summary.missing.end(),
                                    [&](const auto& m) { return m.first == row.ma_don_vi; });
      if (row.missing && !seen) summary.missing.emplace_back(row.ma_don_vi, row.ten_don_vi);
    }
    for (const auto& w : report.warnings)
      if (std::find(summary.warnings.begin(), summary.warnings.end(), w) == summary.warnings.end())
        summary.warnings.push_back(w);
  }
  return summary;
}

Artifact Staged(const StagingFolder& staging, const std::string& name) {
  const std::string staged = (fs::path(staging.path()) / name).string();
  return {(fs::path(staging.final_path()) / name).string(), Sha256OfFile(staged),
          static_cast<uint64_t>(fs::file_size(staged))};
}

void WriteSummary(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out.flush()) throw Error("Không ghi được " + path);
}

// The forms a unit's own folder gets: the job's, but kiem_tra and chi_so_766 (the quality check and
// the scorecard are made for the run's subtree only).
std::vector<std::string> EachUnitForms(const Job& job) {
  std::vector<std::string> forms;
  for (const auto& form : job.forms)
    if (form != kKiemTraForm && form != kScorecardForm) forms.push_back(form);
  return forms;
}

constexpr const char* kEachUnitStep = "Báo cáo riêng từng đơn vị";

// Writes the own reports of every unit of the run's subtree (but its root) whose level the job lists
// in each_unit into <staging>/<unit code>/, appending them to artifacts. The units are those of the
// period's tree (the quality check's timeliness, hierarchy order); the figures are the run's
// (run.compute reads the period once).
RunSummary::EachUnit RenderEachUnit(RunContext& run, const StagingFolder& staging, std::vector<Artifact>& artifacts) {
  RunSummary::EachUnit out;
  out.levels = run.job.each_unit;
  if (run.job.each_unit.empty()) return out;
  const std::vector<std::string> forms = EachUnitForms(run.job);
  const auto& units = run.quality.timeliness.units;
  std::vector<const UnitStatus*> chosen;
  for (size_t i = 1; i < units.size(); ++i)
    if (std::find(run.job.each_unit.begin(), run.job.each_unit.end(), units[i].cap) != run.job.each_unit.end())
      chosen.push_back(&units[i]);
  run.log.Write("Lập báo cáo riêng của " + std::to_string(chosen.size()) + " đơn vị (" + Joined(run.job.each_unit) +
                ")");
  // This thread computes (the database is its own), the workers write and hash the files; each file
  // has its slot in `staged`, so the artifacts keep the order of the loop.
  std::vector<Artifact> staged(chosen.size() * forms.size() * run.job.formats.size());
  ParallelWrites writes(ParallelWrites::DefaultWorkers());
  for (size_t n = 0; n < chosen.size(); ++n) {
    const std::string& code = chosen[n]->code;
    if (run.options.progress)
      run.options.progress(
          {kEachUnitStep, static_cast<int64_t>(n), static_cast<int64_t>(chosen.size()), std::nullopt, "đơn vị"});
    const std::string folder = PathInFolder(staging.path(), code);
    fs::create_directories(folder);
    for (const auto& form : forms) {
      auto report =
          std::make_shared<const Report>(run.compute(run.db, form, FormPeriod(form, run.result.period), code));
      for (Format format : run.job.formats) {
        const std::string file = ReportFileName(*report, format);
        std::string name = code + "/" + file;
        if (run.options.before_artifact) run.options.before_artifact(name);
        Artifact& slot = staged[out.files++];
        writes.Add([&run, &staging, &slot, report, format, path = PathInFolder(folder, file), name = std::move(name)] {
          run.write(*report, format, path);
          slot = Staged(staging, name);
        });
      }
    }
    ++out.units;
  }
  writes.Finish();
  artifacts.insert(artifacts.end(), staged.begin(), staged.end());
  if (run.options.progress && !chosen.empty())
    run.options.progress({kEachUnitStep, static_cast<int64_t>(chosen.size()), static_cast<int64_t>(chosen.size()),
                          std::nullopt, "đơn vị"});
  run.log.Write("Đã lập " + std::to_string(out.files) + " tệp báo cáo riêng của " + std::to_string(out.units) +
                " đơn vị");
  return out;
}

// Writes every report and the summary into a staging folder and publishes it; returns the summary.
RunSummary Render(RunContext& run, const std::vector<Report>& reports) {
  StagingFolder staging(run.job.output_dir, run.result.period.Label());
  run.result.folder = staging.final_path();
  std::vector<Artifact> artifacts;
  for (const auto& report : reports) {
    for (Format format : run.job.formats) {
      const std::string name = ReportFileName(report, format);
      if (run.options.before_artifact) run.options.before_artifact(name);
      run.write(report, format, PathInFolder(staging.path(), name));
      artifacts.push_back(Staged(staging, name));
      run.log.Write("Đã lập " + name + " (" + FormatCount(static_cast<int64_t>(artifacts.back().bytes)) + " byte)");
    }
  }
  const size_t province_files = artifacts.size();
  const RunSummary::EachUnit each_unit = RenderEachUnit(run, staging, artifacts);
  RunSummary summary = Summarize(run, reports);
  summary.files.assign(artifacts.begin(), artifacts.begin() + static_cast<std::ptrdiff_t>(province_files));
  summary.each_unit = each_unit;
  const std::string name = SummaryFileName(run.result.period);
  if (run.options.before_artifact) run.options.before_artifact(name);
  WriteSummary((fs::path(staging.path()) / name).string(), summary.Text());
  artifacts.push_back(Staged(staging, name));
  staging.Publish();
  run.log.Write("Đã công bố " + std::to_string(artifacts.size()) + " tệp vào " + staging.final_path());
  run.result.artifacts = std::move(artifacts);
  return summary;
}

void Finish(RunContext& run, const RunSummary& summary) {
  RunResult& result = run.result;
  std::vector<std::string> rejected;
  std::vector<std::string> skipped;
  for (const auto& r : result.inbox) {
    if (r.rejected()) rejected.push_back(Escaped(r.file_name));
    if (r.outcome == InboxResult::Outcome::kSkipped) skipped.push_back(Escaped(r.file_name));
  }
  for (const auto& [code, name] : summary.missing) result.missing.push_back(code);
  result.message = "Đã lập " + std::to_string(result.artifacts.size()) + " tệp trong " + result.folder;
  if (!rejected.empty())
    result.message += "; " + std::to_string(rejected.size()) + " tệp bị từ chối: " + Joined(rejected);
  if (!skipped.empty())
    result.message += "; " + std::to_string(skipped.size()) + " mục bị bỏ qua trong hộp thư: " + Joined(skipped);
  if (!result.missing.empty())
    result.message += "; " + std::to_string(result.missing.size()) + " đơn vị chưa báo cáo: " + Joined(result.missing);
  if (summary.quality.errors > 0)
    result.message += "; " + std::to_string(summary.quality.errors) +
                      " lỗi quy tắc kiểm tra số liệu (xem tom_tat và báo cáo kiem_tra, hoặc baocao check)";
  RunStatus status = RunStatus::kDone;
  result.exit_code = kExitOk;
  if (!rejected.empty()) {
    status = RunStatus::kRejectedInput;
    result.exit_code = kExitBadInput;
  } else if (summary.quality.errors > 0) {
    status = RunStatus::kDataErrors;
    result.exit_code = kExitBadInput;
  } else if (!result.missing.empty()) {
    status = RunStatus::kIncomplete;
    result.exit_code = kExitIncomplete;
  }
  run.history.Finish(result.run_id, run.clock.NowText(), status, result.exit_code, result.message, result.artifacts);
  run.log.Write("Kết thúc (" + StatusLabel(status) + ", mã thoát " + std::to_string(result.exit_code) +
                "): " + result.message);
}

void Execute(RunContext& run) {
  if (!run.job.inbox_dir.empty()) {
    run.log.Write("Đọc hộp thư " + run.job.inbox_dir);
    InboxProgress rows;
    if (run.options.progress)
      rows = [&run](const std::string& file, const ReadProgress& read) {
        run.options.progress({"Đọc tệp " + file, read.rows_read, 0, read.fraction_read, "dòng"});
      };
    run.result.inbox = ProcessInbox(run.db, run.job.inbox_dir, run.clock, run.log, rows);
    for (const auto& r : run.result.inbox)
      run.history.RecordInboxFile(run.result.run_id, run.result.period.Label(), r);
  }
  run.log.Write("Kiểm tra chất lượng số liệu (quy tắc, giá trị bất thường, tính kịp thời)");
  QualityOptions quality;
  quality.deadline = SubmissionDeadline(run.result.period, run.job.deadline_day);
  run.quality = ComputeQualityCheck(run.db, run.result.period, run.job.unit, quality);
  const std::vector<Report> reports = ComputeAll(run);
  const RunSummary summary = Render(run, reports);
  Finish(run, summary);
}

}  // namespace

std::string LockPath(const Job& job) { return (fs::path(job.output_dir) / ".baocao.lock").string(); }

RunResult RunJob(Database& db, const Job& job, const RunOptions& options) {
  if (options.clock == nullptr) throw Error("RunJob cần một đồng hồ (RunOptions::clock)");
  const Clock& clock = *options.clock;
  std::ostream no_log(nullptr);
  RunLog log(options.log != nullptr ? *options.log : no_log, clock);
  RunResult result;
  result.period = ResolvePeriod(job, clock.Today(), options.period);
  const std::string label = result.period.Label();
  LockFile lock(LockPath(job));
  // Two jobs with one inbox and different output folders must not take the same files at once.
  std::optional<FolderLock> inbox_lock;
  if (!job.inbox_dir.empty()) {
    fs::create_directories(job.inbox_dir);  // departments find the folder ready
    inbox_lock.emplace(job.inbox_dir, "hộp thư");
  }
  log.Write("Bắt đầu công việc " + job.name + " (" + job.file + "), kỳ " + label + ": " +
            result.period.DatesLine());
  if (const int stale = StagingFolder::RemoveStale(job.output_dir))
    log.Write("Đã xóa " + std::to_string(stale) + " thư mục tạm của lượt chạy bị ngắt trước đó");
  RunHistory history(db);
  if (const int interrupted = history.MarkInterrupted(job.name, clock.NowText()))
    log.Write("Đã ghi nhận " + std::to_string(interrupted) + " lượt chạy trước bị ngắt giữa chừng");
  result.run_id = history.Begin(job.name, label, clock.NowText());
  RunContext run{db, job, options, clock, history, log, result, options.compute, options.write, {}};
  if (!run.compute) run.compute = SharedFiguresCompute(job);
  if (!run.write)
    run.write = [&job](const Report& r, Format f, const std::string& path) {
      WriteFormat(r, f, job.templates_dir, path);
    };
  try {
    Execute(run);
  } catch (const std::exception& e) {
    // A database failure is told in Vietnamese (store/database.h), in the log, the history and on.
    const std::optional<DatabaseError> database = ToDatabaseError(e, db.path());
    const std::exception& failure = database ? *database : e;
    const int code = ExitCodeFor(failure);
    log.Write(std::string("Lượt chạy thất bại: ") + failure.what() +
              " — không công bố tệp nào; báo cáo đã có của kỳ giữ nguyên");
    try {
      history.Finish(result.run_id, clock.NowText(), RunStatus::kFailed, code, failure.what(), {});
    } catch (const std::exception&) {
      // The database itself failed (full, damaged, …): the next run marks this one interrupted.
    }
    if (database) throw *database;
    throw;
  }
  return result;
}

}  // namespace baocao
