#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "auth/accounts.h"
#include "auth/auth_fixture.h"
#include "core/exit_codes.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

const char* const kOneTimeNote =
    "Mật khẩu này chỉ hiện một lần: hãy trao trực tiếp cho người dùng; họ phải đổi mật khẩu khi đăng nhập lần đầu.\n";

// Every time of day the command line wrote (the system clock's) as 2026-12-01 10:00:00, the same width.
std::string FixedTimes(const std::string& text) {
  static const std::regex time(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)");
  return std::regex_replace(text, time, "2026-12-01 10:00:00");
}

// The one-time password a command printed ("" if none).
std::string OneTimePassword(const std::string& out) {
  static const std::regex line("Mật khẩu dùng một lần: ([2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3})\n");
  std::smatch m;
  return std::regex_search(out, m, line) ? m[1].str() : "";
}

struct Cli {
  test::CliResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    return test::RunCliCapture(args);
  }
  LoginResult::Outcome Login(const std::string& login, const std::string& password) {
    Database database(db, Database::OpenMode::kExisting);
    return Accounts(database).Authenticate(login, password, "10.0.0.7", test::At()).outcome;
  }
  std::string Dump() {
    Database database(db, Database::OpenMode::kExisting);
    return test::DumpDatabase(database);
  }
  void LoadUnits() {
    Database database(db);
    test::LoadSampleUnits(database);
  }
  test::TempDir dir;
  std::string db = dir.File("data/baocao.db");
};

TEST_CASE("user add creates the first administrator in a new database and prints its one-time password once", "[cli][user]") {
  Cli c;
  const auto r = c.Run({"user", "add", "admin", "--role", "quan_tri"});
  CHECK(r.code == kExitOk);
  CHECK(r.err.empty());
  const std::string password = OneTimePassword(r.out);
  REQUIRE(password.size() == 19);
  CHECK(r.out == "Đã tạo tài khoản admin, vai trò quan_tri (quản trị).\nMật khẩu dùng một lần: " + password + "\n" +
                     kOneTimeNote);
  CHECK(c.Login("admin", password) == LoginResult::Outcome::kOk);
  CHECK(c.Login("admin", "ABCD-EFGH-JKMN-PQRS") == LoginResult::Outcome::kWrongCredentials);
}

TEST_CASE("user add of a unit's account names the unit, and every refusal says why in Vietnamese: exit 2, nothing written", "[cli][user]") {
  Cli c;
  c.LoadUnits();
  auto r = c.Run({"user", "add", "huyen01", "--role", "don_vi", "--unit", "H01"});
  CHECK(r.code == kExitOk);
  const std::string password = OneTimePassword(r.out);
  CHECK(r.out == "Đã tạo tài khoản huyen01, vai trò don_vi (đơn vị), đơn vị H01 UBND thành phố Hòa Bình.\n"
                 "Mật khẩu dùng một lần: " + password + "\n" + kOneTimeNote);
  const std::string before = c.Dump();
  const std::string add_usage = "Cách dùng: baocao [--db TỆP] user add TÊN_ĐĂNG_NHẬP --role VAI_TRÒ [--unit MÃ_ĐƠN_VỊ]\n";
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"add", "xa0101", "--role", "don_vi"},
       "vai trò don_vi cần --unit MÃ_ĐƠN_VỊ: đơn vị mà tài khoản nộp báo cáo và xem số liệu\n"},
      {{"add", "tonghop", "--role", "tong_hop", "--unit", "T17"},
       "--unit chỉ dùng với vai trò don_vi: vai trò tong_hop không gắn với đơn vị nào; hãy bỏ --unit\n"},
      {{"add", "root", "--role", "admin"},
       "--role: vai trò \"admin\" không hợp lệ; chấp nhận: don_vi (đơn vị: nộp và xem số liệu của đơn vị mình và các "
       "đơn vị trực thuộc, cần --unit), tong_hop (tổng hợp: mọi đơn vị, mọi báo cáo, các lượt chạy), quan_tri (quản "
       "trị: quản lý tài khoản)\n"},
      {{"add", "xa9999", "--role", "don_vi", "--unit", "X9999"},
       "không có đơn vị \"X9999\" trong danh mục đơn vị; hãy kiểm tra mã đơn vị, hoặc nộp danh mục đơn vị có đơn vị "
       "này trước\n"},
      {{"add", "xa01", "--role", "don_vi", "--unit", "../x"},
       "--unit: mã đơn vị \"../x\" không hợp lệ: mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm (.), gạch dưới "
       "(_), gạch ngang (-), bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự\n"},
      {{"add", "HUYEN01", "--role", "tong_hop"},
       "đã có tài khoản \"huyen01\" (tên đăng nhập không phân biệt chữ hoa, chữ thường); hãy chọn tên đăng nhập khác\n"},
      {{"add", "xã01", "--role", "tong_hop"},
       "tên đăng nhập \"xã01\" không hợp lệ: tên đăng nhập dài từ 3 đến 64 ký tự, chỉ gồm chữ cái không dấu, chữ số, "
       "dấu chấm (.), gạch dưới (_), gạch ngang (-)\n"},
      {{"add", "tonghop"}, "Tùy chọn không hợp lệ: thiếu tùy chọn bắt buộc --role\n" + add_usage},
      {{"add", "--role", "tong_hop"}, "thiếu tên đăng nhập\n" + add_usage},
      {{"add", "a", "b", "--role", "tong_hop"}, "Tùy chọn không hợp lệ: thừa tham số trên dòng lệnh\n" + add_usage},
      {{"passwd", "huyen09"}, "không có tài khoản \"huyen09\"; hãy kiểm tra tên đăng nhập\n"},
      {{"disable", "huyen09"}, "không có tài khoản \"huyen09\"; hãy kiểm tra tên đăng nhập\n"},
      {{"list", "huyen01"}, "Tùy chọn không hợp lệ: thừa tham số trên dòng lệnh\nCách dùng: baocao [--db TỆP] user list\n"},
  };
  for (const auto& [args, message] : cases) {
    INFO(args[0] << " " << args[1]);
    std::vector<std::string> command = {"user"};
    command.insert(command.end(), args.begin(), args.end());
    r = c.Run(command);
    CHECK(r.code == kExitUsage);
    CHECK(r.out.empty());
    CHECK(r.err == "baocao: " + message);
  }
  CHECK(c.Dump() == before);
}

TEST_CASE("user without a subcommand or with an unknown one shows the usage, user --help the roles", "[cli][user]") {
  Cli c;
  const std::string usage =
      "Cách dùng: baocao [--db TỆP] user add TÊN_ĐĂNG_NHẬP --role VAI_TRÒ [--unit MÃ_ĐƠN_VỊ]\n"
      "       baocao [--db TỆP] user passwd TÊN_ĐĂNG_NHẬP\n"
      "       baocao [--db TỆP] user disable TÊN_ĐĂNG_NHẬP\n"
      "       baocao [--db TỆP] user enable TÊN_ĐĂNG_NHẬP\n"
      "       baocao [--db TỆP] user list\n";
  auto r = c.Run({"user"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "baocao: user cần một lệnh con: add, passwd, disable, enable hoặc list\n" + usage);
  r = c.Run({"user", "delete", "admin"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "baocao: user không có lệnh con \"delete\"; các lệnh con: add, passwd, disable, enable, list\n" + usage);
  r = c.Run({"user", "--help"});
  CHECK(r.code == kExitOk);
  CHECK(r.out == usage +
                     "\nVai trò: don_vi (đơn vị: nộp và xem số liệu của đơn vị mình và các đơn vị trực thuộc, cần "
                     "--unit), tong_hop (tổng hợp: mọi đơn vị, mọi báo cáo, các lượt chạy), quan_tri (quản trị: quản "
                     "lý tài khoản)\n\nbaocao user LỆNH_CON --help để xem chi tiết.\n");
  CHECK_FALSE(std::filesystem::exists(c.db));
  r = test::RunCliCapture({"--help"});
  CHECK(r.out.find("  user         Tài khoản của cổng thông tin: tạo, cấp lại mật khẩu, vô hiệu hóa, mở lại, liệt kê\n"
                   "  audit        Nhật ký đăng nhập và thay đổi tài khoản\n") != std::string::npos);
}

TEST_CASE("user passwd gives a new one-time password and the old one no longer works", "[cli][user]") {
  Cli c;
  const std::string first = OneTimePassword(c.Run({"user", "add", "tonghop", "--role", "tong_hop"}).out);
  REQUIRE(!first.empty());
  const auto r = c.Run({"user", "passwd", "TongHop"});
  CHECK(r.code == kExitOk);
  const std::string second = OneTimePassword(r.out);
  REQUIRE(!second.empty());
  CHECK(second != first);
  CHECK(r.out == "Đã cấp mật khẩu dùng một lần mới cho tài khoản tonghop; mật khẩu cũ không còn dùng được.\n"
                 "Mật khẩu dùng một lần: " + second + "\n"
                 "Mật khẩu này chỉ hiện một lần: hãy trao trực tiếp cho người dùng; họ phải đổi mật khẩu khi đăng "
                 "nhập lần tới.\n");
  CHECK(c.Login("tonghop", first) == LoginResult::Outcome::kWrongCredentials);
  CHECK(c.Login("tonghop", second) == LoginResult::Outcome::kOk);
}

TEST_CASE("user disable and enable say what they changed, or that nothing needed to change", "[cli][user]") {
  Cli c;
  c.LoadUnits();
  const std::string password = OneTimePassword(c.Run({"user", "add", "xa0101", "--role", "don_vi", "--unit", "X0101"}).out);
  auto r = c.Run({"user", "disable", "xa0101"});
  CHECK(r.code == kExitOk);
  CHECK(r.out == "Đã vô hiệu hóa tài khoản xa0101: tài khoản không đăng nhập được nữa (mở lại bằng `baocao user enable "
                 "xa0101`).\n");
  CHECK(c.Login("xa0101", password) == LoginResult::Outcome::kDisabled);
  CHECK(c.Run({"user", "disable", "xa0101"}).out ==
        "Tài khoản xa0101 đã bị vô hiệu hóa từ trước: không có gì thay đổi.\n");
  r = c.Run({"user", "enable", "XA0101"});
  CHECK(r.code == kExitOk);
  CHECK(r.out == "Đã mở lại tài khoản xa0101: tài khoản đăng nhập được (số lần sai mật khẩu và khóa tạm đã được "
                 "xóa).\n");
  CHECK(c.Login("xa0101", password) == LoginResult::Outcome::kOk);
  CHECK(c.Run({"user", "enable", "xa0101"}).out == "Tài khoản xa0101 đang hoạt động: không có gì thay đổi.\n");
}

TEST_CASE("user list shows every account with its role, unit, creation time and state", "[cli][user]") {
  Cli c;
  CHECK(c.Run({"user", "list"}).err ==
        "baocao: không tìm thấy cơ sở dữ liệu " + c.db +
            " (hãy nộp dữ liệu bằng `baocao submit` trước, hoặc kiểm tra --db và $BAOCAO_DB)\n");
  c.LoadUnits();
  CHECK(c.Run({"user", "list"}).out ==
        "Chưa có tài khoản nào; tạo quản trị viên đầu tiên bằng `baocao user add TÊN_ĐĂNG_NHẬP --role quan_tri`.\n");
  c.Run({"user", "add", "admin", "--role", "quan_tri"});
  c.Run({"user", "add", "tonghop", "--role", "tong_hop"});
  c.Run({"user", "add", "huyen01", "--role", "don_vi", "--unit", "H01"});
  c.Run({"user", "add", "xa0101", "--role", "don_vi", "--unit", "X0101"});
  c.Run({"user", "disable", "tonghop"});
  {
    Database database(c.db, Database::OpenMode::kExisting);
    database.connection().ExecuteScript("UPDATE accounts SET must_change_password = 0");
    database.connection().ExecuteScript("UPDATE accounts SET failed_logins = 5, locked_until = '2099-01-01 00:00:00' WHERE login = 'huyen01'");
    database.connection().ExecuteScript("UPDATE accounts SET failed_logins = 2, must_change_password = 1 WHERE login = 'xa0101'");
  }
  const auto r = c.Run({"user", "list"});
  CHECK(r.code == kExitOk);
  CHECK(FixedTimes(r.out) ==
        "Tên đăng nhập  Vai trò   Đơn vị  Tạo lúc              Trạng thái\n"
        "admin          quan_tri  —       2026-12-01 10:00:00  hoạt động\n"
        "huyen01        don_vi    H01     2026-12-01 10:00:00  tạm khóa đến 2026-12-01 10:00:00\n"
        "tonghop        tong_hop  —       2026-12-01 10:00:00  vô hiệu hóa\n"
        "xa0101         don_vi    X0101   2026-12-01 10:00:00  sai mật khẩu 2 lần liên tiếp, phải đổi mật khẩu\n");
  CHECK(r.out.find("tạm khóa đến 2099-01-01 00:00:00\n") != std::string::npos);
}

TEST_CASE("audit lists the newest events first with Vietnamese actions, the command line's changes from cli", "[cli][audit]") {
  Cli c;
  c.LoadUnits();
  CHECK(c.Run({"audit"}).out == "Nhật ký chưa có sự kiện nào.\n");
  const std::string password = OneTimePassword(c.Run({"user", "add", "huyen01", "--role", "don_vi", "--unit", "H01"}).out);
  c.Run({"user", "passwd", "huyen01"});
  c.Run({"user", "disable", "huyen01"});
  c.Run({"user", "enable", "huyen01"});
  {
    Database database(c.db, Database::OpenMode::kExisting);
    Accounts(database).Authenticate("huyen01", password, "2001:db8::7", test::At());  // the reset made it wrong
    // An address taken from a request, with a line break in it: printed escaped.
    AuditLog(database).Append({0, "2026-12-01 10:00:01", "huyen01", "10.0.0.7\nX", "login", ""});
  }
  auto r = c.Run({"audit"});
  CHECK(r.code == kExitOk);
  CHECK(FixedTimes(r.out) ==
        "Thời điểm            Tài khoản   Địa chỉ      Hành động              Chi tiết\n"
        "2026-12-01 10:00:00  huyen01     10.0.0.7\\nX  đăng nhập\n"
        "2026-12-01 10:00:00  huyen01     2001:db8::7  đăng nhập bị từ chối   sai mật khẩu (lần 1 liên tiếp)\n"
        "2026-12-01 10:00:00  —           cli          mở lại tài khoản       huyen01\n"
        "2026-12-01 10:00:00  —           cli          vô hiệu hóa tài khoản  huyen01\n"
        "2026-12-01 10:00:00  —           cli          cấp lại mật khẩu       huyen01: cấp mật khẩu dùng một lần mới\n"
        "2026-12-01 10:00:00  —           cli          tạo tài khoản          huyen01: vai trò don_vi, đơn vị H01\n");
  r = c.Run({"audit", "--last", "2"});
  CHECK(FixedTimes(r.out) ==
        "Thời điểm            Tài khoản   Địa chỉ      Hành động             Chi tiết\n"
        "2026-12-01 10:00:00  huyen01     10.0.0.7\\nX  đăng nhập\n"
        "2026-12-01 10:00:00  huyen01     2001:db8::7  đăng nhập bị từ chối  sai mật khẩu (lần 1 liên tiếp)\n");
  r = c.Run({"audit", "--last", "0"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "baocao: --last phải là số nguyên dương\n");
}

TEST_CASE("user passwd, disable, enable, list and audit on a missing database exit 2 and create nothing", "[cli][user]") {
  Cli c;
  const std::string message = "baocao: không tìm thấy cơ sở dữ liệu " + c.db +
                              " (hãy nộp dữ liệu bằng `baocao submit` trước, hoặc kiểm tra --db và $BAOCAO_DB)\n";
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"user", "passwd", "admin"}, {"user", "disable", "admin"}, {"user", "enable", "admin"}, {"user", "list"}, {"audit"}}) {
    INFO(args[args.size() > 1 ? 1 : 0]);
    const auto r = c.Run(args);
    CHECK(r.code == kExitUsage);
    CHECK(r.err == message);
    CHECK_FALSE(std::filesystem::exists(c.dir.File("data")));
  }
}

}  // namespace
}  // namespace baocao
