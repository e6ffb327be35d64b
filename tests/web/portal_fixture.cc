#include "web/portal_fixture.h"

#include <stdexcept>

#include "auth/accounts.h"
#include "generators/report_template.h"
#include "store/database.h"

namespace baocao::test {

PortalFixture::PortalFixture(const std::function<void(Database&)>& fill,
                             const std::function<void(web::PortalConfig&)>& tweak)
    : db_path_(dir_.File("portal.db")), clock_(std::make_unique<SystemClock>()) {
  {
    Database db(db_path_);
    if (fill) fill(db);
  }
  web::PortalConfig config;
  config.db_path = db_path_;
  config.web_dir = std::string(BAOCAO_SOURCE_DIR) + "/web";
  config.templates_dir = std::string(BAOCAO_SOURCE_DIR) + "/templates";
  config.job_file = std::string(BAOCAO_SOURCE_DIR) + "/jobs/monthly.toml";
  config.port = 0;
  config.threads = 8;
  config.access_log = false;
  config.wait_seconds = [this](int seconds) {
    std::lock_guard lock(waits_mutex_);
    waits_.push_back(seconds);
  };
  if (tweak) tweak(config);
  portal_ = std::make_unique<web::Portal>(config, *clock_);
  port_ = portal_->Bind();
  thread_ = std::thread([this] { portal_->Serve(); });
}

PortalFixture::~PortalFixture() {
  portal_->Stop();
  if (thread_.joinable()) thread_.join();
}

void PortalFixture::AddAccount(const std::string& login, Role role, const std::string& unit,
                               const std::string& password) {
  Database db(db_path_);
  Accounts accounts(db);
  const auto created = accounts.CreateAccount(login, role, unit, Actor::CommandLine(), clock_->Now());
  accounts.ChangePassword(login, created.one_time_password, password, "test", clock_->Now());
}

std::vector<int> PortalFixture::waits() const {
  std::lock_guard lock(waits_mutex_);
  return waits_;
}

std::string CsrfOf(const std::string& html) {
  const std::string marker = "name=\"csrf\" value=\"";
  const size_t at = html.find(marker);
  if (at == std::string::npos) return "";
  const size_t begin = at + marker.size();
  return html.substr(begin, html.find('"', begin) - begin);
}

WebClient::WebClient(const PortalFixture& portal) : client_("127.0.0.1", portal.port()) {
  client_.set_read_timeout(std::chrono::seconds(120));
}

httplib::Headers WebClient::Headers() const {
  httplib::Headers headers;
  if (!cookie_.empty()) headers.emplace("Cookie", cookie_);
  return headers;
}

void WebClient::Remember(const httplib::Result& result) {
  if (!result) return;
  for (auto [it, end] = result->headers.equal_range("Set-Cookie"); it != end; ++it) {
    const std::string& value = it->second;
    const std::string pair = value.substr(0, value.find(';'));
    cookie_ = pair.substr(pair.find('=') + 1).empty() ? "" : pair;
  }
  const std::string token = CsrfOf(result->body);
  if (!token.empty()) csrf_ = token;
}

httplib::Result WebClient::Get(const std::string& path) {
  auto result = client_.Get(path.c_str(), Headers());
  Remember(result);
  return result;
}

httplib::Result WebClient::Post(const std::string& path, httplib::Params params) {
  if (params.find("csrf") == params.end()) params.emplace("csrf", csrf_);
  auto result = client_.Post(path.c_str(), Headers(), params);
  Remember(result);
  return result;
}

httplib::Result WebClient::Upload(const std::string& path,
                                  const std::vector<std::pair<std::string, std::string>>& fields,
                                  const std::string& file_name, const std::string& content) {
  httplib::MultipartFormDataItems items;
  items.push_back({"csrf", csrf_, "", ""});
  for (const auto& [name, value] : fields) items.push_back({name, value, "", ""});
  items.push_back({"file", content, file_name, "application/octet-stream"});
  auto result = client_.Post(path.c_str(), Headers(), items);
  Remember(result);
  return result;
}

int WebClient::Login(const std::string& login, const std::string& password) {
  Get("/dang-nhap");
  const auto result = Post("/dang-nhap", {{"login", login}, {"password", password}});
  if (!result) throw std::runtime_error("the portal did not answer the login");
  return result->status;
}

}  // namespace baocao::test
