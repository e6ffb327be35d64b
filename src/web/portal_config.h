// How `baocao serve` runs: where the database, the pages and the report templates are, where it
// listens, TLS, and the limits of a request and a session.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace baocao::web {

struct PortalConfig {
  std::string db_path;
  std::string web_dir;        // pages (templates/*.mustache) and static files (static/)
  std::string templates_dir;  // report layouts (templates/*.toml), as `report --templates`
  std::string job_file;       // the monthly job: its deadline_day and output folder
  std::string host = "127.0.0.1";
  int port = 8080;            // 0: any free port (tests)
  std::string tls_cert;       // both set: HTTPS directly
  std::string tls_key;
  // Behind a reverse proxy on the same machine: the client's address is the last entry of
  // X-Forwarded-For and "X-Forwarded-Proto: https" makes the session cookie Secure.
  bool behind_proxy = false;
  size_t max_upload_bytes = size_t{100} * 1024 * 1024;
  std::chrono::minutes session_idle{30};
  std::chrono::hours session_lifetime{12};
  bool access_log = true;  // one line a request on stderr (the journal under systemd)
  int threads = 64;  // concurrent connections served (uploads and page views)
  // How a refused login waits before its answer (login_policy.h); tests replace it.
  std::function<void(int seconds)> wait_seconds;
};

// The default folder of the pages: $BAOCAO_WEB if set, else <project>/web.
std::string DefaultWebDir();

}  // namespace baocao::web
