// One run of a job: `baocao run JOBFILE [--period P]`, the batch that cron starts each month.
//
// In order:
//   1. the period: --period when given, else the job's rule applied to the clock's today;
//   2. the lock <output>/.baocao.lock, then a lock on the inbox folder itself (jobs/lock_file.h): a
//      second run with the same output folder or the same inbox while one is going throws
//      LockedError at once (nothing recorded, nothing touched);
//   3. leftovers of a killed run are cleaned: staging folders removed, its "running" history row
//      marked interrupted; the run is recorded as running;
//   4. the inbox is processed (jobs/inbox.h), each file recorded with the run;
//   5. every form is computed and written in every format, then the summary, into a staging folder
//      which replaces <output>/<period label>/ in one step (jobs/staging_folder.h); chi_so_766 (the
//      766 scorecard, calendar periods) for the calendar period before the run's (FormPeriod);
//      With each_unit (jobs/job.h), every unit of the subtree but its root whose level is listed
//      (and that is in the period's catalog) also gets its own reports — the job's forms but kiem_tra
//      and chi_so_766, in every format — in <label>/<unit code>/, built from the same figures (the
//      database is read once, not once per unit) and published in the same step; the summary counts
//      them (units, files) and the history records each file with its final path;
//   6. the run is finished in the history with its status, exit code, message and artifacts.
// A failure in 5 (or an injected one) publishes nothing: the previous <output>/<label>/ stays
// byte-for-byte, the staging folder is removed, the run is recorded as failed, and the error is
// rethrown for the command line to turn into its exit code.
//
// Exit codes (core/exit_codes.h), first that applies:
//   4 locked (nothing done) · 1 failure, 3 inconsistent data (DataError), 2 bad job setting
//   (UsageError, e.g. an unknown unit): nothing published · 3 done, but an inbox file was rejected ·
//   5 done, but some units of the subtree have not reported (dossiers; discipline and evaluations
//   only in a year's run, as they are submitted yearly) · 0 done.
// A run is deterministic: the same period on the same data gives byte-identical files.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/period.h"
#include "generators/render.h"
#include "indicators/report.h"
#include "jobs/clock.h"
#include "jobs/inbox.h"
#include "jobs/job.h"
#include "store/database.h"

namespace baocao {

using ComputeFn = std::function<Report(Database&, const std::string& form, const Period&, const std::string& root)>;
using WriteFn = std::function<void(const Report&, Format, const std::string& path)>;

// The period a form of a run covers: the run's, except chi_so_766's, the previous calendar period
// of the same kind — the run for cut-off month 2023-05 (15/04–14/05) publishes the scorecard of
// calendar month 2023-04 (01/04–30/04), the last one complete on the run's day; a year's run, the
// previous calendar year.
Period FormPeriod(const std::string& form, const Period& run_period);

// The default computation of a run: the period's figures read once (ComputeFigures), every form of
// the job built from them (BuildReport); tong_hop's reporting rates (Report::reporting) against the
// job's deadline_day.
ComputeFn SharedFiguresCompute(const Job& job);

// One step of a run as a terminal shows it: done items (noun) of the step, out of total (0: not
// known); share, when known, how much of the step is done (the share of an inbox file read), from 0 to 1.
struct RunProgress {
  std::string step;
  int64_t done = 0;
  int64_t total = 0;
  std::optional<double> share;
  std::string noun;
};

struct RunOptions {
  std::optional<std::string> period;  // --period: re-run a given period
  const Clock* clock = nullptr;       // required
  std::ostream* log = nullptr;        // the timestamped log; nullptr: none
  // Computes one report; default: the period's figures read once (ComputeFigures), every form built
  // from them (BuildReport; indicators/indicators.h).
  ComputeFn compute;
  // Writes one file; default WriteFormat with the job's templates (generators/render.h). Every
  // unit's own reports (each_unit) are written on worker threads (jobs/parallel_writes.h), several at
  // once: a replacement must be safe to call concurrently.
  WriteFn write;
  // Test seam: called before each file of the run is written (reports, then the summary), with the
  // file's name; a throw fails the run like any failure.
  std::function<void(const std::string& file_name)> before_artifact;
  // Told the run's progress for a terminal (jobs/progress_line.h): the rows read of each inbox file
  // ("Đọc tệp X", rows, 0, share of the file read, "dòng"), the forms computed ("Tính báo
  // cáo", i, forms, "báo cáo"), the units' own reports ("Báo cáo riêng từng đơn vị", i, units, "đơn
  // vị"). Empty: nothing told.
  std::function<void(const RunProgress&)> progress;
};

struct RunResult {
  int64_t run_id = 0;
  Period period;
  int exit_code = 0;
  std::string message;               // Vietnamese, as in the history
  std::string folder;                // <output>/<period label>
  std::vector<Artifact> artifacts;   // reports, every unit's own reports (each_unit), then the summary
  std::vector<InboxResult> inbox;    // this run's inbox files
  std::vector<std::string> missing;  // unit codes that have not reported
};

// Runs job as described above. Throws LockedError when another run holds the lock, UsageError for a
// malformed --period, and rethrows what failed a run after recording it.
RunResult RunJob(Database& db, const Job& job, const RunOptions& options);

// The lock file of a job's runs: <output>/.baocao.lock.
std::string LockPath(const Job& job);

}  // namespace baocao
