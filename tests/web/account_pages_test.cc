// Tài khoản: an administrator creates, disables, enables and resets an account from the portal,
// every change in the audit table; any other role gets 403 on the page and on every form.
#include <catch2/catch.hpp>

#include "auth/accounts.h"
#include "store/database.h"
#include "tests/auth/auth_fixture.h"
#include "web/portal_fixture.h"

namespace baocao::test {
namespace {

bool Has(const std::string& body, const std::string& part) { return body.find(part) != std::string::npos; }

std::string OneTimePasswordOf(const std::string& html) {
  const std::string marker = "<code class=\"one-time-password\">";
  const size_t at = html.find(marker);
  if (at == std::string::npos) return "";
  const size_t begin = at + marker.size();
  return html.substr(begin, html.find('<', begin) - begin);
}

std::string AccountChanges(const PortalFixture& portal) {
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  return QueryText(db, "SELECT account || ' ' || address || ' ' || action || ' ' || detail FROM audit_log WHERE action IN "
                       "('account_created', 'account_disabled', 'account_enabled', 'password_reset') AND account <> '' "
                       "ORDER BY id");
}

std::string CreatedAt(const PortalFixture& portal, const std::string& login) {
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  return QueryText(db, "SELECT created_at FROM accounts WHERE login = '" + login + "'");
}

}  // namespace

TEST_CASE("portal accounts: a unit's account and the reporting office get 403 on the page and every form") {
  PortalFixture portal(LoadSampleUnits);
  portal.AddAccount("quantri", Role::kQuanTri, "", "mat-khau-quan-tri");
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  portal.AddAccount("xa0101", Role::kDonVi, "X0101", "mat-khau-xa-0101");
  for (const auto& [login, password] : std::vector<std::pair<std::string, std::string>>{
           {"xa0101", "mat-khau-xa-0101"}, {"tonghop", "mat-khau-tong-hop"}}) {
    INFO(login);
    WebClient web(portal);
    REQUIRE(web.Login(login, password) == 303);
    const auto page = web.Get("/tai-khoan");
    CHECK(page->status == 403);
    CHECK(Has(page->body,
              "Tài khoản của bạn không được xem hoặc thao tác trang quản lý tài khoản (chỉ dành cho người quản trị)."));
    CHECK_FALSE(Has(page->body, "<table class=\"accounts\">"));
    web.Get("/doi-mat-khau");  // a page with this session's CSRF token
    CHECK(web.Post("/tai-khoan/tao", {{"login", "moi01"}, {"role", "quan_tri"}, {"unit", ""}})->status == 403);
    CHECK(web.Post("/tai-khoan/vo-hieu", {{"login", "quantri"}})->status == 403);
    CHECK(web.Post("/tai-khoan/mo-lai", {{"login", "quantri"}})->status == 403);
    const auto reset = web.Post("/tai-khoan/cap-lai", {{"login", "quantri"}});
    CHECK(reset->status == 403);
    CHECK_FALSE(Has(reset->body, "one-time-password"));
  }
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT login || ' ' || disabled || ' ' || must_change_password FROM accounts ORDER BY login") ==
        "quantri 0 0\ntonghop 0 0\nxa0101 0 0\n");
  CHECK(QueryText(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'forbidden'") == "10\n");
  CHECK(AccountChanges(portal).empty());
}

TEST_CASE("portal accounts: an administrator creates, disables, enables and resets an account, all audited") {
  PortalFixture portal(LoadSampleUnits);
  portal.AddAccount("quantri", Role::kQuanTri, "", "mat-khau-quan-tri");
  WebClient admin(portal);
  REQUIRE(admin.Login("quantri", "mat-khau-quan-tri") == 303);
  const auto page = admin.Get("/tai-khoan");
  REQUIRE(page->status == 200);
  CHECK(Has(page->body, "<table class=\"accounts\">"));
  CHECK(Has(page->body, "<option value=\"X0101\">X0101 UBND phường Phương Lâm</option>"));
  CHECK(Has(page->body, "<option value=\"don_vi\">đơn vị</option>"));

  // Create: the one-time password is shown once, and works.
  const auto created = admin.Post("/tai-khoan/tao", {{"login", "xa0101"}, {"role", "don_vi"}, {"unit", "X0101"}});
  REQUIRE(created->status == 200);
  CHECK(Has(created->body, "Đã tạo tài khoản xa0101, vai trò don_vi (đơn vị), đơn vị X0101 UBND phường Phương Lâm."));
  CHECK(Has(created->body, "Mật khẩu này chỉ hiện một lần: hãy trao trực tiếp cho người dùng; họ phải đổi mật khẩu "
                           "khi đăng nhập lần đầu."));
  const std::string one_time = OneTimePasswordOf(created->body);
  REQUIRE(one_time.size() >= 10);
  CHECK(created->get_header_value("Cache-Control") == "no-store");
  const auto listed = admin.Get("/tai-khoan");
  CHECK(Has(listed->body, "<tr><td>xa0101</td><td>đơn vị</td><td>X0101 UBND phường Phương Lâm</td><td>đang dùng</td>"
                          "<td>có</td><td>" + CreatedAt(portal, "xa0101").substr(0, 19) + "</td>"));
  CHECK_FALSE(Has(listed->body, one_time));  // once only

  WebClient user(portal);
  REQUIRE(user.Login("xa0101", one_time) == 303);
  CHECK(user.Get("/")->get_header_value("Location") == "/doi-mat-khau");
  user.Get("/doi-mat-khau");  // the form, with this session's CSRF token
  const auto changed = user.Post("/doi-mat-khau", {{"current_password", one_time},
                                                   {"new_password", "mat-khau-xa-0101"},
                                                   {"new_password_again", "mat-khau-xa-0101"}});
  REQUIRE(changed->status == 200);
  CHECK(user.Get("/doi-mat-khau")->status == 200);

  // The same login again: refused with the reason.
  const auto twice = admin.Post("/tai-khoan/tao", {{"login", "XA0101"}, {"role", "tong_hop"}, {"unit", ""}});
  CHECK(twice->status == 400);
  CHECK(Has(twice->body, "Không thực hiện được: đã có tài khoản &quot;xa0101&quot; (tên đăng nhập không phân biệt chữ hoa, chữ "
                         "thường); hãy chọn tên đăng nhập khác."));

  // Disable: its open session ends.
  const auto disabled = admin.Post("/tai-khoan/vo-hieu", {{"login", "xa0101"}});
  REQUIRE(disabled->status == 303);
  CHECK(disabled->get_header_value("Location") == "/tai-khoan?da=vo-hieu&tai_khoan=xa0101");
  const auto confirmed = admin.Get("/tai-khoan?da=vo-hieu&tai_khoan=xa0101");
  CHECK(Has(confirmed->body, "<p class=\"ok\" role=\"status\">Đã vô hiệu hóa tài khoản xa0101: tài khoản không đăng "
                             "nhập được nữa, các phiên đang mở đã kết thúc.</p>"));
  CHECK(Has(confirmed->body, "<tr><td>xa0101</td><td>đơn vị</td><td>X0101 UBND phường Phương Lâm</td><td>vô hiệu</td>"
                             "<td>không</td>"));
  const auto out = user.Get("/doi-mat-khau");
  CHECK(out->status == 303);
  CHECK(out->get_header_value("Location") == "/dang-nhap");
  CHECK(user.Login("xa0101", "mat-khau-xa-0101") == 401);

  // Enable: it logs in again.
  const auto enabled = admin.Post("/tai-khoan/mo-lai", {{"login", "xa0101"}});
  REQUIRE(enabled->status == 303);
  CHECK(Has(admin.Get(enabled->get_header_value("Location"))->body,
            "Đã mở lại tài khoản xa0101: tài khoản đăng nhập được (số lần sai mật khẩu và khóa tạm đã được xóa)."));
  REQUIRE(user.Login("xa0101", "mat-khau-xa-0101") == 303);
  CHECK(user.Get("/doi-mat-khau")->status == 200);

  // Reset: a new one-time password, shown once; the session ends, the old password is dead.
  const auto reset = admin.Post("/tai-khoan/cap-lai", {{"login", "xa0101"}});
  REQUIRE(reset->status == 200);
  CHECK(Has(reset->body, "Đã cấp mật khẩu dùng một lần mới cho tài khoản xa0101; mật khẩu cũ không còn dùng được, "
                         "các phiên đang mở của tài khoản đã kết thúc."));
  const std::string fresh = OneTimePasswordOf(reset->body);
  REQUIRE(fresh.size() >= 10);
  CHECK(fresh != one_time);
  CHECK(user.Get("/doi-mat-khau")->get_header_value("Location") == "/dang-nhap");
  CHECK(user.Login("xa0101", "mat-khau-xa-0101") == 401);
  REQUIRE(user.Login("xa0101", fresh) == 303);
  CHECK(user.Get("/")->get_header_value("Location") == "/doi-mat-khau");

  // Refusals: an unknown account, disabling oneself.
  const auto unknown = admin.Post("/tai-khoan/vo-hieu", {{"login", "khong-co"}});
  CHECK(unknown->status == 404);
  CHECK(Has(unknown->body, "Không thực hiện được: không có tài khoản &quot;khong-co&quot;; hãy kiểm tra tên đăng nhập."));
  const auto self = admin.Post("/tai-khoan/vo-hieu", {{"login", "quantri"}});
  CHECK(self->status == 403);
  CHECK(Has(self->body, "Không thực hiện được: không thể tự vô hiệu hóa tài khoản đang dùng; hãy nhờ một quản trị "
                        "viên khác."));

  CHECK(AccountChanges(portal) ==
        "quantri 127.0.0.1 account_created xa0101: vai trò don_vi, đơn vị X0101\n"
        "quantri 127.0.0.1 account_disabled xa0101\n"
        "quantri 127.0.0.1 account_enabled xa0101\n"
        "quantri 127.0.0.1 password_reset xa0101: cấp mật khẩu dùng một lần mới\n");
  const auto log = admin.Get("/tai-khoan");
  const std::string& html = log->body;
  CHECK(Has(html, "<table class=\"audit\">"));
  const size_t created_row = html.find("</td><td>quantri</td><td>127.0.0.1</td><td>tạo tài khoản</td>"
                                       "<td>xa0101: vai trò don_vi, đơn vị X0101</td></tr>");
  const size_t disabled_row = html.find("</td><td>quantri</td><td>127.0.0.1</td><td>vô hiệu hóa tài khoản</td>"
                                        "<td>xa0101</td></tr>");
  const size_t enabled_row = html.find("</td><td>quantri</td><td>127.0.0.1</td><td>mở lại tài khoản</td>"
                                       "<td>xa0101</td></tr>");
  const size_t reset_row = html.find("</td><td>quantri</td><td>127.0.0.1</td><td>cấp lại mật khẩu</td>"
                                     "<td>xa0101: cấp mật khẩu dùng một lần mới</td></tr>");
  REQUIRE(created_row != std::string::npos);
  REQUIRE(disabled_row != std::string::npos);
  REQUIRE(enabled_row != std::string::npos);
  REQUIRE(reset_row != std::string::npos);
  CHECK(reset_row < enabled_row);  // newest first
  CHECK(enabled_row < disabled_row);
  CHECK(disabled_row < created_row);
  CHECK(Has(html, "<td>xa0101</td><td>127.0.0.1</td><td>đăng nhập</td><td>phải đổi mật khẩu</td></tr>"));
}

}  // namespace baocao::test
