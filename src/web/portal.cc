#include "web/portal.h"

#include <httplib.h>
#include <sys/socket.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "core/errors.h"
#include "core/text.h"
#include "web/pages.h"
#include "web/portal_services.h"
#include "web/router.h"

namespace baocao::web {
namespace fs = std::filesystem;
namespace {

struct StaticFile {
  std::string content;
  std::string type;
};

const char* ContentType(const fs::path& path) {
  const std::string ext = path.extension().string();
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js") return "text/javascript; charset=utf-8";
  if (ext == ".png") return "image/png";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".ico") return "image/x-icon";
  return nullptr;
}

// web/static, read once: a request names a file of this map, never a path on the disk.
std::map<std::string, StaticFile> LoadStaticFiles(const std::string& dir) {
  std::map<std::string, StaticFile> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const char* type = ContentType(entry.path());
    if (type == nullptr || !entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files[entry.path().filename().string()] = {text.str(), type};
  }
  if (ec) throw Error("không đọc được thư mục " + dir + " của cổng thông tin");
  return files;
}

const char* StatusMessage(int status) {
  switch (status) {
    case 400: return "Yêu cầu không hợp lệ.";
    case 403: return "Bạn không có quyền xem trang này.";
    case 404: return "Không có trang này. Hãy chọn một mục trên thanh điều hướng.";
    case 405: return "Trang này không nhận kiểu yêu cầu đó.";
    case 413: return "Tệp hoặc biểu mẫu gửi lên lớn quá giới hạn của máy chủ.";
    default: return "Máy chủ không trả lời được yêu cầu này. Hãy thử lại sau.";
  }
}

}  // namespace

Portal::Portal(PortalConfig config, const Clock& clock) {
  if (!config.wait_seconds)
    config.wait_seconds = [](int seconds) { std::this_thread::sleep_for(std::chrono::seconds(seconds)); };
  services_ = std::make_unique<PortalServices>(std::move(config), clock);
  const PortalConfig& c = services_->config;
  if (c.tls_cert.empty() != c.tls_key.empty())
    throw UsageError("--tls-cert và --tls-key phải đi cùng nhau");
  if (!c.tls_cert.empty()) {
    auto tls = std::make_unique<httplib::SSLServer>(c.tls_cert.c_str(), c.tls_key.c_str());
    if (!tls->is_valid())
      throw Error("không mở được chứng chỉ TLS " + c.tls_cert + " với khóa " + c.tls_key +
                  " (cần tệp PEM đọc được, khóa khớp với chứng chỉ)");
    server_ = std::move(tls);
  } else {
    server_ = std::make_unique<httplib::Server>();
  }
  httplib::Server& server = *server_;
  const int threads = std::max(4, c.threads);
  // httplib owns the queue it gets from this factory (its API takes a raw pointer).
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  server.set_payload_max_length(c.max_upload_bytes + 1024 * 1024);  // the file and its form fields
  // httplib listens with a backlog of 5 (compiled into Debian's library): fifty browsers connecting
  // at once would see their connections dropped and retried seconds later. Bind() listens again
  // on the same socket with the system's maximum.
  server.set_socket_options([this](socket_t sock) {
    httplib::default_socket_options(sock);
    listen_socket_ = sock;
  });
  server.set_read_timeout(std::chrono::seconds(60));
  server.set_write_timeout(std::chrono::seconds(60));

  auto files = std::make_shared<std::map<std::string, StaticFile>>(LoadStaticFiles(c.web_dir + "/static"));
  server.Get(R"(/static/([A-Za-z0-9_.-]+))", [files](const httplib::Request& req, httplib::Response& res) {
    const auto it = files->find(req.matches[1].str());
    if (it == files->end()) {
      res.status = 404;
      return;
    }
    res.set_content(it->second.content, it->second.type.c_str());
  });

  Router router(server, *services_);
  AddLoginPages(router);
  AddSubmitPages(router);
  AddStatusPage(router);
  AddReportPages(router);
  AddHistoryPages(router);
  AddAccountPages(router);

  PortalServices& services = *services_;
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [&services](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    RequestContext ctx(services, req, res);
    const int status = res.status;
    ctx.Fail(status, StatusMessage(status));
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "same-origin");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                   "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-store");
  });
  if (c.access_log)
    server.set_logger([&services](const httplib::Request& req, const httplib::Response& res) {
    std::cerr << services.clock.NowText() << " " << req.remote_addr << " " << req.method << " " << OneLine(req.path) << " " << res.status
              << "\n";
  });
}

Portal::~Portal() = default;

int Portal::Bind() {
  const PortalConfig& c = services_->config;
  if (c.port == 0) {
    const int port = server_->bind_to_any_port(c.host);
    if (port <= 0) throw Error("không mở được cổng nào trên địa chỉ " + c.host);
    ::listen(listen_socket_, SOMAXCONN);
    return port;
  }
  if (!server_->bind_to_port(c.host, c.port))
    throw Error("không mở được cổng " + std::to_string(c.port) + " trên địa chỉ " + c.host +
                " (cổng đang được chương trình khác dùng, hoặc cổng dưới 1024 cần quyền root)");
  ::listen(listen_socket_, SOMAXCONN);
  return c.port;
}

bool Portal::Serve() { return server_->listen_after_bind(); }

void Portal::Stop() { server_->stop(); }

}  // namespace baocao::web
