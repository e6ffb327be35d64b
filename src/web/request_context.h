// One request as a page handler sees it: the HTTP request and response, who asks (the session and
// the account, read again from the database), and the few answers a page gives — a page, a
// redirect, a download, a refusal. Handlers never write HTML by hand: pages are templates.
#pragma once

#include <httplib.h>

#include <memory>
#include <optional>
#include <string>

#include "core/date.h"
#include "store/account_store.h"
#include "store/database.h"
#include "web/page_renderer.h"
#include "web/portal_services.h"
#include "web/session_store.h"

namespace baocao::web {

class RequestContext {
 public:
  RequestContext(PortalServices& services, const httplib::Request& req, httplib::Response& res);

  PortalServices& services;
  const httplib::Request& req;
  httplib::Response& res;
  std::string address;             // the client's address (X-Forwarded-For's last entry behind a proxy)
  bool secure = false;             // HTTPS (directly, or at the proxy)
  std::optional<Session> session;  // the cookie's live session, if any
  std::optional<Account> account;  // set on every route that needs a login

  // The database, opened on first use (it exists: `serve` creates it when it starts).
  Database& db();
  DateTime Now() const { return services.clock.Now(); }

  // A query or form field ("" when absent; cut to 4096 bytes).
  std::string Param(const std::string& name) const;

  // 200 with page `name` in the layout.
  void Page(const std::string& name, PageData data, const std::string& title);
  // An error page with status and a Vietnamese message.
  void Fail(int status, const std::string& message);
  // 403, audited: the account asked for something it may not see or do.
  void Forbidden(const std::string& what);
  // 303 See Other to a path of this site.
  void Redirect(const std::string& path);
  // An attachment: bytes under file_name (a plain name the server chose).
  void Download(const std::string& file_name, const std::string& content_type, std::string bytes);
  // Writes an audit event for the account (or the login given) from this address.
  void Audit(const std::string& action, const std::string& detail, const std::string& login = "");

  // Starts a new session for login (or an anonymous one for "") and sets its cookie.
  void StartSession(const std::string& login);
  void EndSession();
  const std::string& csrf() const;

  // The layout's values: title, navigation for the account's role, the account, the CSRF token.
  PageData LayoutData(const std::string& title) const;

 private:
  void SetSessionCookie(const std::string& id, long max_age_seconds);
  std::unique_ptr<Database> db_;
};

// The name of the session cookie.
inline constexpr const char* kSessionCookie = "baocao_phien";

}  // namespace baocao::web
