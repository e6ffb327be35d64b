#include "web/request_context.h"

#include <string_view>

#include "auth/audit_actions.h"
#include "auth/permissions.h"
#include "core/text.h"

namespace baocao::web {
namespace {

std::string CookieValue(const httplib::Request& req, std::string_view name) {
  const std::string header = req.get_header_value("Cookie");
  std::string_view rest = header;
  while (!rest.empty()) {
    const size_t end = rest.find(';');
    std::string_view item = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    if (item.size() > name.size() && item.substr(0, name.size()) == name && item[name.size()] == '=')
      return std::string(item.substr(name.size() + 1));
  }
  return "";
}

std::string Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return std::string(text);
}

struct NavItem {
  const char* path;
  const char* label;
};

}  // namespace

RequestContext::RequestContext(PortalServices& s, const httplib::Request& request, httplib::Response& response)
    : services(s), req(request), res(response), address(request.remote_addr) {
  secure = !services.config.tls_cert.empty();
  if (services.config.behind_proxy) {
    const std::string forwarded = req.get_header_value("X-Forwarded-For");
    if (!forwarded.empty()) address = Trimmed(std::string_view(forwarded).substr(forwarded.rfind(',') == std::string::npos ? 0 : forwarded.rfind(',') + 1));
    if (req.get_header_value("X-Forwarded-Proto") == "https") secure = true;
  }
  const std::string id = CookieValue(req, kSessionCookie);
  if (!id.empty()) session = services.sessions.Find(id);
}

Database& RequestContext::db() {
  if (!db_) db_ = std::make_unique<Database>(services.config.db_path, Database::OpenMode::kExisting);
  return *db_;
}

std::string RequestContext::Param(const std::string& name) const {
  std::string value = req.get_param_value(name.c_str());
  if (value.size() > 4096) value.resize(4096);
  return value;
}

PageData RequestContext::LayoutData(const std::string& title) const {
  PageData layout;
  layout.set("title", title);
  if (session) layout.set("csrf", session->csrf);
  if (account) {
    layout.set("login", account->login);
    layout.set("role", RoleLabel(account->role));
    if (!account->unit.empty()) layout.set("unit", account->unit);
    std::vector<NavItem> items = {{"/nop", "Nộp dữ liệu"}, {"/tinh-hinh", "Tình hình nộp báo cáo"}, {"/bao-cao", "Báo cáo"}};
    if (MaySeeRuns(*account)) items.push_back({"/lich-su", "Lịch sử"});
    if (MayManageAccounts(*account)) items.push_back({"/tai-khoan", "Tài khoản"});
    PageData nav = PageList();
    for (const auto& item : items) {
      PageData entry;
      entry.set("href", item.path);
      entry.set("label", item.label);
      const std::string_view path = req.path;
      if (path.substr(0, std::string_view(item.path).size()) == item.path) entry.set("active", true);
      nav.push_back(entry);
    }
    layout.set("nav", nav);
  }
  return layout;
}

void RequestContext::Page(const std::string& name, PageData data, const std::string& title) {
  if (session) data.set("csrf", session->csrf);
  res.status = 200;
  res.set_content(services.pages.Render(name, data, LayoutData(title)), "text/html; charset=utf-8");
}

void RequestContext::Fail(int status, const std::string& message) {
  PageData data;
  data.set("message", message);
  data.set("status", std::to_string(status));
  const std::string html = services.pages.Render("error", data, LayoutData("Không thực hiện được"));
  res.status = status;
  res.set_content(html, "text/html; charset=utf-8");
}

void RequestContext::Forbidden(const std::string& what) {
  Audit(audit::kForbidden, req.method + " " + req.path + ": " + what);
  Fail(403, "Tài khoản của bạn không được xem hoặc thao tác " + what + ".");
}

void RequestContext::Redirect(const std::string& path) {
  res.status = 303;
  res.set_header("Location", path);
}

void RequestContext::Download(const std::string& file_name, const std::string& content_type, std::string bytes) {
  res.status = 200;
  res.set_header("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
  res.set_content(std::move(bytes), content_type.c_str());
}

void RequestContext::Audit(const std::string& action, const std::string& detail, const std::string& login) {
  audit::Record(db(), Now(), login.empty() && account ? account->login : login, address, action, detail);
}

void RequestContext::SetSessionCookie(const std::string& id, long max_age_seconds) {
  std::string cookie = std::string(kSessionCookie) + "=" + id + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                       std::to_string(max_age_seconds);
  if (secure) cookie += "; Secure";
  res.set_header("Set-Cookie", cookie);
}

void RequestContext::StartSession(const std::string& login) {
  if (session) services.sessions.End(session->id);
  session = services.sessions.Start(login);
  SetSessionCookie(session->id, static_cast<long>(services.sessions.lifetime().count()));
}

void RequestContext::EndSession() {
  if (session) services.sessions.End(session->id);
  session.reset();
  SetSessionCookie("", 0);
}

const std::string& RequestContext::csrf() const {
  static const std::string kNone;
  return session ? session->csrf : kNone;
}

}  // namespace baocao::web
