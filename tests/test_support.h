// Helpers shared by the tests: temporary folders outside the working tree, fixture paths, files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace baocao::test {

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// fixtures/<relative>
std::string Fixture(const std::string& relative);
std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);

struct CliResult {
  int code;
  std::string out;
  std::string err;
};
// Runs the CLI in-process (RunCli) with args.
CliResult RunCliCapture(const std::vector<std::string>& args);

}  // namespace baocao::test

namespace baocao {
class Database;
}

namespace baocao::test {

// Every row of every table, sorted, as text: two equal dumps mean two equal databases.
std::string DumpDatabase(Database& db);
// The rows of one query, one line per row, fields separated by '|' (a NULL as "NULL"). SQLite only:
// the number of columns comes from store/sqlite_connection.h.
std::string QueryText(Database& db, const std::string& sql);
// The first column of the first row of a query (0 / "" without a row).
long long QueryInt(Database& db, const std::string& sql);
std::string QueryString(Database& db, const std::string& sql);

}  // namespace baocao::test
