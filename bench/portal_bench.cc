// Benchmark: the portal under a morning's load — 50 departments and communes uploading their
// monthly exports at the same moment, then 200 page views at once, then both together — over HTTP
// on 127.0.0.1, against the portal running in this process on a fresh database. Prints the time of
// each phase, latencies, and checks that nothing was lost: every upload answered with its receipt,
// every row stored, no page answered with an error (no "database is locked").
// Usage: portal_bench [rows per file (default 4000)] [--db URL]  (--db postgresql://…: an empty
// PostgreSQL database instead of a SQLite file)
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include "auth/accounts.h"
#include "ingest/submission.h"
#include "jobs/clock.h"
#include "store/database.h"
#include "store/submission_log.h"
#include "support/synthetic_province.h"
#include "web/portal.h"

namespace {
using namespace baocao;
using Steady = std::chrono::steady_clock;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A signed-in browser: the session cookie and the CSRF token of the last page.
struct Browser {
  httplib::Client client;
  std::string cookie;
  std::string csrf;

  explicit Browser(int port) : client("127.0.0.1", port) { client.set_read_timeout(std::chrono::seconds(600)); }

  void Remember(const httplib::Result& r) {
    if (!r) return;
    if (r->has_header("Set-Cookie")) {
      const std::string v = r->get_header_value("Set-Cookie");
      cookie = v.substr(0, v.find(';'));
    }
    const std::string marker = "name=\"csrf\" value=\"";
    const size_t at = r->body.find(marker);
    if (at != std::string::npos) csrf = r->body.substr(at + marker.size(), 64);
  }
  httplib::Headers Headers() const { return cookie.empty() ? httplib::Headers{} : httplib::Headers{{"Cookie", cookie}}; }
  httplib::Result Get(const std::string& path) {
    auto r = client.Get(path.c_str(), Headers());
    Remember(r);
    return r;
  }
  bool Login(const std::string& login, const std::string& password) {
    Get("/dang-nhap");
    auto r = client.Post("/dang-nhap", Headers(), httplib::Params{{"csrf", csrf}, {"login", login}, {"password", password}});
    Remember(r);
    return r && r->status == 303;
  }
};

struct Latencies {
  std::mutex mutex;
  std::vector<double> ms;
  std::atomic<int> failures{0};
  void Add(double value) {
    std::lock_guard lock(mutex);
    ms.push_back(value);
  }
  void Print(const char* what, double wall) {
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, static_cast<size_t>(q * ms.size()))]; };
    std::printf("%-34s %5zu ok %3d failed  wall %6.2f s  p50 %7.0f ms  p95 %7.0f ms  max %7.0f ms\n", what, ms.size(),
                failures.load(), wall, at(0.5), at(0.95), ms.empty() ? 0.0 : ms.back());
  }
};

}  // namespace

int main(int argc, char** argv) {
  int64_t rows = 4000;
  std::string db_url;  // --db postgresql://…: the portal on an empty PostgreSQL database
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--db" && i + 1 < argc) db_url = argv[++i];
    else rows = std::atoll(argv[i]);
  }
  constexpr int kUploads = 50;
  constexpr int kViews = 200;
  const auto dir = std::filesystem::temp_directory_path() / ("baocao-portal-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  bench::SyntheticProvince province;
  const std::string db_path = db_url.empty() ? (dir / "portal.db").string() : db_url;
  const auto leaves = province.LeafUnits();
  {
    Database db(db_path);
    province.WriteUnits((dir / "units.csv").string());
    province.WriteProcedures((dir / "procedures.csv").string());
    for (const auto& [kind, file] : {std::pair{SubmissionKind::kUnits, "units.csv"}, std::pair{SubmissionKind::kProcedures, "procedures.csv"}}) {
      SubmitRequest r;
      r.kind = kind;
      r.file = (dir / file).string();
      Submit(db, r);
    }
    Accounts accounts(db);
    const auto created = accounts.CreateAccount("tonghop", Role::kTongHop, "", Actor::CommandLine(), SystemClock().Now());
    accounts.ChangePassword("tonghop", created.one_time_password, "mat-khau-tong-hop", "bench", SystemClock().Now());
  }
  // Two phases of uploads (months 5 and 6) so that the second runs against a filled database.
  std::vector<std::vector<std::string>> files(2);
  for (int phase = 0; phase < 2; ++phase)
    for (int i = 0; i < kUploads; ++i) {
      const std::string path = (dir / ("dossiers_" + leaves[i] + "_" + std::to_string(phase) + ".csv")).string();
      province.WriteDossiers(path, rows, 5 + phase, {leaves[i]}, "HS-" + std::to_string(phase) + "-", 42 + i);
      files[phase].push_back(ReadAll(path));
    }

  SystemClock clock;
  web::PortalConfig config;
  config.db_path = db_path;
  config.web_dir = std::string(BAOCAO_SOURCE_DIR) + "/web";
  config.templates_dir = std::string(BAOCAO_SOURCE_DIR) + "/templates";
  config.job_file = std::string(BAOCAO_SOURCE_DIR) + "/jobs/monthly.toml";
  config.port = 0;
  config.access_log = false;
  web::Portal portal(config, clock);
  const int port = portal.Bind();
  std::thread server([&] { portal.Serve(); });

  std::vector<std::unique_ptr<Browser>> browsers;
  for (int i = 0; i < kUploads + kViews; ++i) {
    browsers.push_back(std::make_unique<Browser>(port));
    if (!browsers.back()->Login("tonghop", "mat-khau-tong-hop")) {
      std::fprintf(stderr, "login failed\n");
      return 1;
    }
  }
  std::printf("portal_bench: %d uploads of %lld rows (%.1f MiB each), %d page views, 2 cores\n", kUploads,
              static_cast<long long>(rows), files[0][0].size() / 1048576.0, kViews);

  const auto upload = [&](Browser& b, const std::string& unit, const std::string& period, const std::string& content,
                          Latencies& lat) {
    b.Get("/nop");
    httplib::MultipartFormDataItems items = {{"csrf", b.csrf, "", ""},    {"kind", "dossiers", "", ""},
                                             {"unit", unit, "", ""},      {"period", period, "", ""},
                                             {"file", content, "dossiers_" + unit + ".csv", "text/csv"}};
    const auto start = Steady::now();
    auto r = b.client.Post("/nop", b.Headers(), items);
    bool ok = r && r->status == 303;
    if (ok) {
      auto receipt = b.Get(r->get_header_value("Location"));
      ok = receipt && receipt->status == 200 && receipt->body.find("class=\"outcome accepted") != std::string::npos;
    }
    if (ok) lat.Add(std::chrono::duration<double, std::milli>(Steady::now() - start).count());
    else {
      ++lat.failures;
      std::fprintf(stderr, "upload %s failed: %d %s\n", unit.c_str(), r ? r->status : -1,
                   r ? r->body.substr(0, 300).c_str() : httplib::to_string(r.error()).c_str());
    }
  };
  const auto view = [&](Browser& b, int i, Latencies& lat) {
    const std::string path = i % 2 == 0 ? "/tinh-hinh?period=2023-05" : "/bao-cao?form=tthc&period=2023-05";
    const auto start = Steady::now();
    auto r = b.Get(path);
    if (r && r->status == 200) lat.Add(std::chrono::duration<double, std::milli>(Steady::now() - start).count());
    else {
      ++lat.failures;
      std::fprintf(stderr, "view %s failed: %d %s\n", path.c_str(), r ? r->status : -1, r ? "" : httplib::to_string(r.error()).c_str());
    }
  };
  const auto run = [&](const char* name, bool uploads, bool views, int phase) {
    Latencies up, pages;
    std::vector<std::thread> threads;
    const auto start = Steady::now();
    if (uploads)
      for (int i = 0; i < kUploads; ++i)
        threads.emplace_back([&, i] { upload(*browsers[i], leaves[i], phase == 0 ? "2023-05" : "2023-06", files[phase][i], up); });
    if (views)
      for (int i = 0; i < kViews; ++i) threads.emplace_back([&, i] { view(*browsers[kUploads + i], i, pages); });
    for (auto& t : threads) t.join();
    const double wall = std::chrono::duration<double>(Steady::now() - start).count();
    if (uploads) up.Print((std::string(name) + ": uploads").c_str(), wall);
    if (views) pages.Print((std::string(name) + ": page views").c_str(), wall);
    if (uploads) std::printf("%-34s %.0f rows/s through the portal\n", "", kUploads * rows / wall);
    return up.failures + pages.failures;
  };
  int failures = run("empty database", true, false, 0);
  failures += run("200 at once", false, true, 0);
  failures += run("together", true, true, 1);

  portal.Stop();
  server.join();
  Database db(db_path, Database::OpenMode::kExisting);
  int64_t stored = 0;
  int64_t submissions = 0;
  for (const auto& s : ListSubmissions(db, 10 * kUploads))
    if (s.kind == "dossiers") {
      ++submissions;
      stored += s.rows_accepted;
    }
  std::printf("stored: %lld submissions, %lld dossier rows (expected %d and %lld); failures: %d\n",
              static_cast<long long>(submissions), static_cast<long long>(stored), 2 * kUploads,
              static_cast<long long>(2 * kUploads * rows), failures);
  std::filesystem::remove_all(dir);
  return failures == 0 && stored == 2 * kUploads * rows && submissions == 2 * kUploads ? 0 : 1;
}
