// The portal running in the test process on a free port of 127.0.0.1, over a temporary database,
// and a browser-like client (cookie jar, CSRF field) to talk to it with real HTTP.
#pragma once

#include <httplib.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "jobs/clock.h"
#include "store/account_store.h"
#include "test_support.h"
#include "web/portal.h"
#include "web/portal_config.h"

namespace baocao::test {

class PortalFixture {
 public:
  // fill: what the database holds before the portal starts (e.g. LoadSampleProvince); tweak: any
  // change to the configuration (the database, web and template folders are set already).
  explicit PortalFixture(const std::function<void(Database&)>& fill = {},
                         const std::function<void(web::PortalConfig&)>& tweak = {});
  ~PortalFixture();
  PortalFixture(const PortalFixture&) = delete;
  PortalFixture& operator=(const PortalFixture&) = delete;

  // An account with password set (no change asked at its first login). unit: for don_vi.
  void AddAccount(const std::string& login, Role role, const std::string& unit, const std::string& password);

  int port() const { return port_; }
  const std::string& db_path() const { return db_path_; }
  const TempDir& dir() const { return dir_; }
  // The waits the portal asked for after refused logins (it does not sleep in tests).
  std::vector<int> waits() const;

 private:
  TempDir dir_;
  std::string db_path_;
  std::unique_ptr<SystemClock> clock_;
  std::unique_ptr<web::Portal> portal_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex waits_mutex_;
  std::vector<int> waits_;
};

// A client that keeps the session cookie like a browser and sends the page's CSRF token with posts.
class WebClient {
 public:
  explicit WebClient(const PortalFixture& portal);

  httplib::Result Get(const std::string& path);
  // A form post with the CSRF token of the last page read (unless params has "csrf").
  httplib::Result Post(const std::string& path, httplib::Params params);
  // A multipart post (an upload): the CSRF field first, then fields, then the file.
  httplib::Result Upload(const std::string& path, const std::vector<std::pair<std::string, std::string>>& fields,
                         const std::string& file_name, const std::string& content);
  // Opens the login page and logs in; returns the status of the answer to the post (303 when it worked).
  int Login(const std::string& login, const std::string& password);

  const std::string& csrf() const { return csrf_; }
  const std::string& cookie() const { return cookie_; }
  void set_cookie(const std::string& cookie) { cookie_ = cookie; }

 private:
  void Remember(const httplib::Result& result);
  httplib::Headers Headers() const;

  httplib::Client client_;
  std::string cookie_;  // "baocao_phien=…"
  std::string csrf_;
};

// The value of the hidden field csrf in a page, or "".
std::string CsrfOf(const std::string& html);

}  // namespace baocao::test
