// The portal as a server: HTTPS with a certificate, behind a reverse proxy, the headers every
// answer carries, static files by name only, and Vietnamese error pages.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "core/errors.h"
#include "store/database.h"
#include "tests/auth/auth_fixture.h"
#include "web/portal_fixture.h"

namespace baocao::test {
namespace {

// A self-signed certificate for 127.0.0.1 made by the openssl command.
void MakeCertificate(const TempDir& dir) {
  const std::string command = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -keyout " +
                              dir.File("key.pem") + " -out " + dir.File("cert.pem") + " 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
}

std::string AuditAddresses(const PortalFixture& portal) {
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  return QueryText(db, "SELECT address || ' ' || action FROM audit_log WHERE action LIKE 'login%' ORDER BY id");
}

}  // namespace

TEST_CASE("portal: HTTPS with --tls-cert and --tls-key, and the session cookie is Secure") {
  TempDir certs;
  MakeCertificate(certs);
  PortalFixture portal(LoadSampleUnits, [&](web::PortalConfig& c) {
    c.tls_cert = certs.File("cert.pem");
    c.tls_key = certs.File("key.pem");
  });
  httplib::SSLClient client("127.0.0.1", portal.port());
  client.enable_server_certificate_verification(false);
  const auto page = client.Get("/dang-nhap");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->get_header_value("Set-Cookie").find("; HttpOnly; SameSite=Strict; Max-Age=43200; Secure") !=
        std::string::npos);

  httplib::Client plain("127.0.0.1", portal.port());
  CHECK_FALSE(plain.Get("/dang-nhap"));  // no plain HTTP on the TLS port
}

TEST_CASE("portal: a certificate that cannot be read stops the start with a Vietnamese message") {
  TempDir dir;
  WriteFile(dir.File("cert.pem"), "not a certificate");
  WriteFile(dir.File("key.pem"), "not a key");
  SystemClock clock;
  web::PortalConfig config;
  config.db_path = dir.File("p.db");
  config.web_dir = std::string(BAOCAO_SOURCE_DIR) + "/web";
  config.tls_cert = dir.File("cert.pem");
  config.tls_key = dir.File("key.pem");
  CHECK_THROWS_WITH(web::Portal(config, clock),
                    "không mở được chứng chỉ TLS " + dir.File("cert.pem") + " với khóa " + dir.File("key.pem") +
                        " (cần tệp PEM đọc được, khóa khớp với chứng chỉ)");
  config.tls_key.clear();
  CHECK_THROWS_AS(web::Portal(config, clock), UsageError);
}

TEST_CASE("portal: behind a proxy, the client's address and HTTPS come from the X-Forwarded headers") {
  PortalFixture portal(LoadSampleUnits, [](web::PortalConfig& c) { c.behind_proxy = true; });
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  httplib::Client client("127.0.0.1", portal.port());
  const httplib::Headers proxied = {{"X-Forwarded-For", "10.1.2.3, 203.0.113.7"}, {"X-Forwarded-Proto", "https"}};
  const auto page = client.Get("/dang-nhap", proxied);
  REQUIRE(page);
  const std::string set_cookie = page->get_header_value("Set-Cookie");
  CHECK(set_cookie.find("; Secure") != std::string::npos);
  httplib::Headers with_cookie = proxied;
  with_cookie.emplace("Cookie", set_cookie.substr(0, set_cookie.find(';')));
  const auto login = client.Post("/dang-nhap", with_cookie,
                                 httplib::Params{{"csrf", CsrfOf(page->body)}, {"login", "tonghop"}, {"password", "sai"}});
  CHECK(login->status == 401);
  CHECK(AuditAddresses(portal) == "203.0.113.7 login_failed\n");
}

TEST_CASE("portal: without --behind-proxy, X-Forwarded-For is not believed") {
  PortalFixture portal(LoadSampleUnits);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  web.Get("/dang-nhap");
  httplib::Client client("127.0.0.1", portal.port());
  client.Post("/dang-nhap", {{"Cookie", web.cookie()}, {"X-Forwarded-For", "203.0.113.7"}},
              httplib::Params{{"csrf", web.csrf()}, {"login", "tonghop"}, {"password", "sai"}});
  CHECK(AuditAddresses(portal) == "127.0.0.1 login_failed\n");
}

TEST_CASE("portal: every answer carries the security headers, and pages are not cached") {
  PortalFixture portal(LoadSampleUnits);
  WebClient web(portal);
  const auto page = web.Get("/dang-nhap");
  CHECK(page->get_header_value("Content-Security-Policy") ==
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  CHECK(page->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(page->get_header_value("X-Frame-Options") == "DENY");
  CHECK(page->get_header_value("Cache-Control") == "no-store");
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
}

TEST_CASE("portal: static files by name only, and unknown pages get a Vietnamese 404") {
  PortalFixture portal(LoadSampleUnits);
  WebClient web(portal);
  const auto css = web.Get("/static/portal.css");
  CHECK(css->status == 200);
  CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");
  CHECK(css->body == ReadFile(std::string(BAOCAO_SOURCE_DIR) + "/web/static/portal.css"));
  CHECK(web.Get("/static/../templates/layout.mustache")->status == 404);
  CHECK(web.Get("/static/%2e%2e%2fCMakeLists.txt")->status == 404);
  const auto missing = web.Get("/khong-co");
  CHECK(missing->status == 404);
  CHECK(missing->body.find("Không có trang này. Hãy chọn một mục trên thanh điều hướng.") != std::string::npos);
}

}  // namespace baocao::test
