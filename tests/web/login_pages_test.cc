// Logging in and out, changing the password, the lock after repeated failures, CSRF and the
// session cookie, against the portal running on a real socket.
#include <catch2/catch.hpp>

#include "auth/accounts.h"
#include "auth/audit_actions.h"
#include "store/database.h"
#include "tests/auth/auth_fixture.h"
#include "web/portal_fixture.h"

namespace baocao::test {
namespace {

constexpr const char* kWrong =
    "Tên đăng nhập hoặc mật khẩu không đúng; hãy kiểm tra rồi nhập lại (mật khẩu phân biệt chữ hoa, chữ thường).";

std::string AuditActions(const PortalFixture& portal) {
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  return QueryText(db, "SELECT account || ' ' || action FROM audit_log WHERE action IN "
                       "('login', 'login_failed', 'logout') ORDER BY id");
}

}  // namespace

TEST_CASE("portal login: the right password opens a session in a HttpOnly SameSite=Strict cookie") {
  PortalFixture portal(LoadSampleUnits);
  portal.AddAccount("xa0101", Role::kDonVi, "X0101", "mat-khau-xa-0101");
  WebClient web(portal);
  const auto page = web.Get("/dang-nhap");
  REQUIRE(page->status == 200);
  CHECK(page->body.find("<h1>Đăng nhập</h1>") != std::string::npos);
  const std::string anonymous = web.cookie();
  CHECK(anonymous.rfind("baocao_phien=", 0) == 0);
  CHECK(web.csrf().size() == 64);

  const auto answer = web.Post("/dang-nhap", {{"login", "XA0101"}, {"password", "mat-khau-xa-0101"}});
  REQUIRE(answer->status == 303);
  CHECK(answer->get_header_value("Location") == "/");
  const std::string cookie = answer->get_header_value("Set-Cookie");
  CHECK(cookie.find("; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200") != std::string::npos);
  CHECK(cookie.find("Secure") == std::string::npos);  // plain HTTP here
  CHECK(web.cookie() != anonymous);                    // a new session id at login

  const auto home = web.Get("/");
  CHECK(home->status == 303);
  CHECK(home->get_header_value("Location") == "/nop");
  CHECK(portal.waits().empty());
}

TEST_CASE("portal login: a wrong password is refused, waits, and is audited") {
  PortalFixture portal(LoadSampleUnits);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  web.Get("/dang-nhap");
  const auto answer = web.Post("/dang-nhap", {{"login", "tonghop"}, {"password", "sai"}});
  REQUIRE(answer->status == 401);
  CHECK(answer->body.find(kWrong) != std::string::npos);
  CHECK(answer->body.find("value=\"tonghop\"") != std::string::npos);
  CHECK(portal.waits() == std::vector<int>{1});
  CHECK(web.Get("/")->get_header_value("Location") == "/dang-nhap");
  CHECK(AuditActions(portal) == "tonghop login_failed\n");
}

TEST_CASE("portal login: the fifth failure locks the account even for the right password") {
  PortalFixture portal(LoadSampleUnits);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  for (int i = 0; i < 4; ++i) CHECK(web.Login("tonghop", "sai-" + std::to_string(i)) == 401);
  CHECK(web.Login("tonghop", "sai-5") == 429);
  const auto locked = web.Post("/dang-nhap", {{"login", "tonghop"}, {"password", "mat-khau-tong-hop"}});
  CHECK(locked->status == 429);
  CHECK(locked->body.find("Tài khoản tạm khóa đến") != std::string::npos);
  CHECK(portal.waits() == std::vector<int>{1, 2, 3, 4, 5, 5});
}

TEST_CASE("portal login: a post without the page's CSRF token or from another site is refused") {
  PortalFixture portal(LoadSampleUnits);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  web.Get("/dang-nhap");
  const auto forged = web.Post("/dang-nhap", {{"login", "tonghop"}, {"password", "mat-khau-tong-hop"}, {"csrf", "0"}});
  CHECK(forged->status == 403);
  CHECK(forged->body.find("Biểu mẫu đã cũ hoặc phiên làm việc đã hết hạn.") != std::string::npos);

  httplib::Client other("127.0.0.1", portal.port());
  const auto cross = other.Post("/dang-nhap", {{"Cookie", web.cookie()}, {"Origin", "https://evil.example"}},
                                httplib::Params{{"login", "tonghop"}, {"password", "mat-khau-tong-hop"}, {"csrf", web.csrf()}});
  CHECK(cross->status == 403);
  CHECK(AuditActions(portal).empty());  // never got as far as checking the password

  CHECK(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  web.Get("/doi-mat-khau");
  CHECK(web.Post("/dang-xuat", {{"csrf", "x"}})->status == 403);  // still signed in
  CHECK(web.Get("/doi-mat-khau")->status == 200);
}

TEST_CASE("portal login: a one-time password must be changed before anything else") {
  PortalFixture portal(LoadSampleUnits);
  std::string one_time;
  {
    Database db(portal.db_path());
    one_time = Accounts(db).CreateAccount("huyen01", Role::kDonVi, "H01", Actor::CommandLine(), At()).one_time_password;
  }
  WebClient web(portal);
  const auto answer = web.Post("/dang-nhap", {{"login", "huyen01"}, {"password", one_time}});  // no page read: no csrf
  CHECK(answer->status == 403);
  CHECK(web.Login("huyen01", one_time) == 303);
  CHECK(web.Get("/")->get_header_value("Location") == "/doi-mat-khau");
  const auto form = web.Get("/doi-mat-khau");
  CHECK(form->body.find("Đây là lần đăng nhập đầu tiên") != std::string::npos);

  const auto mismatch = web.Post("/doi-mat-khau", {{"current_password", one_time},
                                                   {"new_password", "mat-khau-moi-123"},
                                                   {"new_password_again", "mat-khau-moi-124"}});
  CHECK(mismatch->status == 400);
  CHECK(mismatch->body.find("Hai lần nhập mật khẩu mới không giống nhau.") != std::string::npos);
  const auto weak = web.Post("/doi-mat-khau", {{"current_password", one_time},
                                               {"new_password", "ngan"},
                                               {"new_password_again", "ngan"}});
  CHECK(weak->status == 400);
  const auto done = web.Post("/doi-mat-khau", {{"current_password", one_time},
                                               {"new_password", "mat-khau-moi-123"},
                                               {"new_password_again", "mat-khau-moi-123"}});
  CHECK(done->status == 200);
  CHECK(done->body.find("Đã đổi mật khẩu.") != std::string::npos);
  CHECK(web.Get("/")->get_header_value("Location") == "/nop");

  WebClient again(portal);
  CHECK(again.Login("huyen01", one_time) == 401);
  CHECK(again.Login("huyen01", "mat-khau-moi-123") == 303);
}

TEST_CASE("portal login: logging out ends the session, and the old cookie opens nothing") {
  PortalFixture portal(LoadSampleUnits);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  web.Get("/doi-mat-khau");
  const std::string signed_in = web.cookie();
  const auto out = web.Post("/dang-xuat", {});
  CHECK(out->status == 303);
  CHECK(out->get_header_value("Location") == "/dang-nhap");
  web.set_cookie(signed_in);
  CHECK(web.Get("/doi-mat-khau")->get_header_value("Location") == "/dang-nhap");
  CHECK(AuditActions(portal) == "tonghop login\ntonghop logout\n");
}

TEST_CASE("portal login: a disabled account's open session ends at its next request") {
  PortalFixture portal(LoadSampleUnits);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  CHECK(web.Get("/doi-mat-khau")->status == 200);
  {
    Database db(portal.db_path());
    Accounts(db).Disable("tonghop", Actor::CommandLine(), At());
  }
  CHECK(web.Get("/doi-mat-khau")->get_header_value("Location") == "/dang-nhap");
}

}  // namespace baocao::test
