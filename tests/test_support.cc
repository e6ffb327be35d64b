#include "test_support.h"

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "cli/app.h"

namespace baocao::test {

TempDir::TempDir() {
  std::random_device rd;
  const auto base = std::filesystem::temp_directory_path();
  for (int attempt = 0; attempt < 100; ++attempt) {
    auto candidate = base / ("baocao-test-" + std::to_string(rd()));
    if (std::filesystem::create_directory(candidate)) {
      path_ = candidate;
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary folder");
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string Fixture(const std::string& relative) {
  return std::string(BAOCAO_FIXTURES_DIR) + "/" + relative;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path);
}

CliResult RunCliCapture(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = RunCli(args, out, err);
  return {code, out.str(), err.str()};
}

}  // namespace baocao::test

#include "store/database.h"

namespace baocao::test {

std::string QueryText(Database& db, const std::string& sql) {
  auto q = db.connection().Prepare(sql);
  std::string out;
  while (q->Step()) {
    for (int i = 0; i < q->ColumnCount(); ++i) {
      if (i > 0) out += "|";
      out += q->IsNull(i) ? "NULL" : q->GetString(i);
    }
    out += "\n";
  }
  return out;
}

long long QueryInt(Database& db, const std::string& sql) {
  auto q = db.connection().Prepare(sql);
  return q->Step() ? q->GetInt(0) : 0;
}

std::string QueryString(Database& db, const std::string& sql) {
  auto q = db.connection().Prepare(sql);
  return q->Step() ? q->GetString(0) : std::string();
}

std::string DumpDatabase(Database& db) {
  auto tables = db.connection().Prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name");
  std::string out;
  while (tables->Step()) {
    const std::string name = tables->GetString(0);
    out += "## " + name + "\n" + QueryText(db, "SELECT * FROM " + name + " ORDER BY 1, 2, 3");
  }
  return out;
}

}  // namespace baocao::test
