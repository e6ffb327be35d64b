// A scheduled job: what `baocao run JOBFILE` produces, for which units and period, from which inbox.
//
// A job is a TOML file (jobs/monthly.toml, jobs/yearly.toml):
//   name = "monthly"                          # names the run in the history
//   forms = ["tthc", "dvc", "ky_luat", "tong_hop"]
//   unit = ""                                 # subtree root; empty: the province root
//   period = "last_closed_month"              # or "last_closed_year" (default: last_closed_month)
//   formats = ["xlsx", "pdf", "json"]
//   output = "output"                         # reports go to <output>/<period label>/
//   inbox = "inbox"                           # exports dropped by departments; "" for none
//   deadline_day = 15                         # submissions are due on this day after the period
//   templates = "templates"                   # optional; default $BAOCAO_TEMPLATES or <project>/templates
//   each_unit = ["huyen", "xa", "so_nganh"]   # optional; also every such unit's own reports (job_run.h)
// Relative folders resolve against the parent of the job file's folder (the project: jobs/../output).
// Every key is checked when the file is loaded; a mistake is an InputError naming the job file and
// the TOML line (`jobs/monthly.toml:4:1: …`), so a broken job fails before it touches anything.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "generators/render.h"

namespace baocao {

enum class PeriodRule { kLastClosedMonth, kLastClosedYear };

struct Job {
  std::string file;  // the job file, as given
  std::string name;
  std::vector<std::string> forms;
  std::string unit;  // empty: the province root
  PeriodRule period_rule = PeriodRule::kLastClosedMonth;
  std::vector<Format> formats;
  std::string output_dir;  // resolved
  std::string inbox_dir;   // resolved; empty when the job has no inbox
  int deadline_day = 15;
  std::string templates_dir;  // resolved
  // Levels (so_nganh, huyen, xa) whose every unit of the subtree also gets its own reports in
  // <output>/<period>/<unit code>/ (jobs/job_run.h). Empty (the default): none.
  std::vector<std::string> each_unit;
};

// The levels each_unit accepts, in the order the job's error message lists them.
const std::vector<std::string>& EachUnitLevels();

// Loads and checks a job file. Throws InputError (file:line:column: Vietnamese message) for a file
// that cannot be read or parsed, an unknown key, a value of the wrong type, an empty output or
// templates folder, or an unknown form, format, period rule or each_unit level; UsageError (file:line:column: …, exit
// 2) for a unit that is not a unit code (core/unit_code.h).
Job LoadJob(const std::string& path);

// The period a run of job covers: `override` (the --period of a re-run, e.g. "2023-05", "2023") when
// given, else the job's rule applied to today. Throws UsageError for a malformed override.
Period ResolvePeriod(const Job& job, Date today, const std::optional<std::string>& override);

// The day submissions for period are due: the first day numbered deadline_day after period.to
// (deadline 15, month 5/2023 ending 14/05 → 15/05/2023; deadline 10 → 10/06/2023). A month too short
// for the day uses its last day.
Date SubmissionDeadline(const Period& period, int deadline_day);

}  // namespace baocao
