// `baocao approve` and `baocao unapprove` through the command line: the confirmations, the lock on a
// submission of the approved month (exit 3), the reason required, the audit log, --by's default.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <regex>

#include "core/exit_codes.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

// Times of day and dates the command wrote from the system clock, fixed.
std::string Fixed(const std::string& text) {
  static const std::regex date(R"(\d\d/\d\d/\d{4} lúc \d\d:\d\d:\d\d)");
  return std::regex_replace(text, date, "01/12/2026 lúc 10:00:00");
}

// An environment variable set (or unset) while the object lives.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) setenv(name, value, 1);
    else unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_) setenv(name_, old_->c_str(), 1);
    else unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

struct Cli {
  Cli() {
    Database database(db);
    test::LoadSampleProvince(database);
  }
  test::CliResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    return test::RunCliCapture(args);
  }
  test::TempDir dir;
  std::string db = dir.File("baocao.db");
};

const char* const kApproved =
    "Đã phê duyệt số liệu Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023) của H01 UBND thành phố Hòa Bình và "
    "các đơn vị trực thuộc: 3 đơn vị.\n"
    "Đã phê duyệt ngày 01/12/2026 lúc 10:00:00 bởi nguyen.van.a.\n"
    "Báo cáo của kỳ này sẽ dùng số liệu đã phê duyệt; tệp hồ sơ, phản ánh của các tháng trong kỳ sẽ bị từ chối cho đến "
    "khi rút phê duyệt (baocao unapprove --period 2023-05 --unit H01 --reason \"…\").\n";

TEST_CASE("approve, a refused submission with exit 3, unapprove with its reason, then the submission goes in", "[approval][cli]") {
  Cli cli;
  const auto approved = cli.Run({"approve", "--period", "2023-05", "--unit", "H01", "--by", "nguyen.van.a"});
  CHECK(approved.code == kExitOk);
  CHECK(Fixed(approved.out) == kApproved);

  const std::vector<std::string> submit = {"submit", "--kind", "dossiers", "--unit", "H01", "--period", "2023-05",
                                           test::Fixture("approval/dossiers_H01_2023-05_bo_sung.csv")};
  const auto refused = cli.Run(submit);
  CHECK(refused.code == kExitBadInput);
  CHECK(Fixed(refused.out + refused.err)
            .find("Không nhận tệp: số liệu Tháng 5/2023 (kỳ 2023-05) của đơn vị H01 đã được phê duyệt ngày 01/12/2026 "
                  "lúc 10:00:00 bởi nguyen.van.a; tệp hồ sơ TTHC tháng xuất 2023-05 sẽ làm thay đổi số liệu đã phê "
                  "duyệt. Muốn nộp, hãy đề nghị người phê duyệt rút phê duyệt trước: baocao unapprove --period 2023-05 "
                  "--unit H01 --reason \"…\"") != std::string::npos);

  const auto again = cli.Run({"approve", "--period", "2023-05", "--unit", "H01", "--by", "x"});
  CHECK(again.code == kExitUsage);
  CHECK(Fixed(again.err) ==
        "baocao: Không phê duyệt được: số liệu kỳ 2023-05 của đơn vị H01 (UBND thành phố Hòa Bình) đã được phê duyệt "
        "cùng H01 (UBND thành phố Hòa Bình) (Đã phê duyệt ngày 01/12/2026 lúc 10:00:00 bởi nguyen.van.a); muốn phê "
        "duyệt lại, hãy rút phê duyệt trước: baocao unapprove --period 2023-05 --unit H01 --reason \"…\"\n");

  const auto no_reason = cli.Run({"unapprove", "--period", "2023-05", "--unit", "H01"});
  CHECK(no_reason.code == kExitUsage);
  CHECK(no_reason.err == "baocao: thiếu --reason LÝ_DO: cần nêu lý do rút phê duyệt (lý do được ghi vào nhật ký)\n");

  const auto withdrawn = cli.Run({"unapprove", "--period", "2023-05", "--unit", "H01", "--reason",
                                  "H01 nộp bổ sung hồ sơ tháng 5", "--by", "tran.thi.b"});
  CHECK(withdrawn.code == kExitOk);
  CHECK(Fixed(withdrawn.out) ==
        "Đã rút phê duyệt số liệu Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023) của H01 (Đã phê duyệt ngày "
        "01/12/2026 lúc 10:00:00 bởi nguyen.van.a).\nLý do: H01 nộp bổ sung hồ sơ tháng 5\n"
        "Báo cáo của kỳ này lại dùng số liệu hiện có; các đơn vị có thể nộp lại tệp của các tháng trong kỳ.\n");
  CHECK(cli.Run(submit).code == kExitOk);

  Database db(cli.db, Database::OpenMode::kExisting);
  CHECK(test::QueryText(db, "SELECT account || '|' || address || '|' || action || '|' || detail FROM audit_log "
                            "WHERE action LIKE 'approval%' ORDER BY id") ==
        "|cli|approval|kỳ 2023-05, đơn vị H01 UBND thành phố Hòa Bình: 3 đơn vị được phê duyệt\n"
        "|cli|approval_withdrawn|kỳ 2023-05, đơn vị H01 (phê duyệt ngày " +
            test::QueryText(db, "SELECT approved_at FROM approvals").substr(0, 19) +
            " bởi nguyen.van.a); lý do: H01 nộp bổ sung hồ sơ tháng 5\n");
  CHECK(test::QueryText(db, "SELECT approved_by, withdrawn_by, withdraw_reason FROM approvals") ==
        "nguyen.van.a|tran.thi.b|H01 nộp bổ sung hồ sơ tháng 5\n");
  const auto audit = cli.Run({"audit", "--last", "2"});
  CHECK(audit.out.find("rút phê duyệt") != std::string::npos);
  CHECK(audit.out.find("phê duyệt số liệu") != std::string::npos);
}

TEST_CASE("approve names the OS login when --by is not given", "[approval][cli]") {
  Cli cli;
  const ScopedEnv sudo("SUDO_USER", nullptr);
  const ScopedEnv user("USER", "canbo.tonghop");
  const auto approved = cli.Run({"approve", "--period", "2023-05"});
  CHECK(approved.code == kExitOk);
  CHECK(Fixed(approved.out)
            .rfind("Đã phê duyệt số liệu Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023) của T17 UBND tỉnh Hòa "
                   "Bình và các đơn vị trực thuộc: 11 đơn vị.\nĐã phê duyệt ngày 01/12/2026 lúc 10:00:00 bởi "
                   "canbo.tonghop.\n",
                   0) == 0);
  const ScopedEnv sudo_user("SUDO_USER", "nguoi.that");
  const auto withdrawn = cli.Run({"unapprove", "--period", "2023-05", "--reason", "kiểm tra lại"});
  CHECK(withdrawn.code == kExitOk);
  Database db(cli.db, Database::OpenMode::kExisting);
  CHECK(test::QueryText(db, "SELECT ma_don_vi, approved_by, withdrawn_by FROM approvals") ==
        "T17|canbo.tonghop|nguoi.that\n");
}

}  // namespace
}  // namespace baocao
