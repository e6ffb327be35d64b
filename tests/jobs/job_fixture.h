// Test helpers for jobs: a job file in a temporary project, an inbox filled from the fixtures, and a
// stand-in for the indicators and the writers (the real ones land on other branches; these make
// every run deterministic and cheap, and read the same tables the real ones read).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "generators/render.h"
#include "indicators/report.h"
#include "jobs/job.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao::test {

// A temporary project: <root>/jobs/<name>.toml, <root>/inbox, <root>/output.
struct JobProject {
  TempDir dir;
  std::string job_file;
  std::string inbox() const { return dir.File("inbox"); }
  std::string output() const { return dir.File("output"); }
  std::string db() const { return dir.File("data/baocao.db"); }
  // Copies fixtures/<fixture> into the inbox as name.
  void Drop(const std::string& fixture, const std::string& name) const;
  // Writes a header-only dossiers file for unit and month into the inbox.
  void DropHeaderOnly(const std::string& unit, const std::string& month) const;
};

// Writes jobs/<name>.toml with body into a new project; body may leave out output/inbox (added).
void WriteJob(JobProject& project, const std::string& name, const std::string& body);
// The monthly job of the tests: every form, json + xlsx + pdf, inbox "inbox", output "output".
Job MonthlyJob(JobProject& project);

// Stand-in for ComputeReport: units of the subtree in file order; submitted when a dossiers
// submission covers the unit for every export month; values: new_total received in the period.
Report FakeCompute(Database& db, const std::string& form, const Period& period, const std::string& root);
// Stand-in for WriteFormat: a small text file naming the form, format, period and every unit line.
void FakeWrite(const Report& report, Format format, const std::string& path);

// Every file under folder (recursively, relative name → bytes).
std::map<std::string, std::string> Snapshot(const std::string& folder);
// The names directly inside folder, sorted.
std::vector<std::string> Names(const std::string& folder);

}  // namespace baocao::test
