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

// The header line of a dossiers CSV export (SPEC's columns in their order), with its newline.
inline constexpr const char* kDossierCsvHeader =
    "ma_ho_so,ma_tthc,ma_don_vi,kenh_nop,ngay_tiep_nhan,han_tra_ket_qua,ngay_hoan_thanh,trang_thai,"
    "phi_le_phi,hinh_thuc_thanh_toan,danh_gia\n";

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
