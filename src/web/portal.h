// `baocao serve`: the web portal over the library — HTTP (or HTTPS with a certificate), the pages
// of pages.h, static files from web/static, and the headers every answer carries (no caching of
// pages, a content security policy that allows only this site's own scripts and styles).
#pragma once

#include <memory>

#include "jobs/clock.h"
#include "web/portal_config.h"

namespace httplib {
class Server;
}

namespace baocao::web {

struct PortalServices;

class Portal {
 public:
  // Loads the pages and static files and checks the TLS files. Throws Error (Vietnamese) when one
  // is missing or malformed.
  Portal(PortalConfig config, const Clock& clock);
  ~Portal();

  // Binds config.host:config.port (port 0: a free one); returns the port. Throws Error when the
  // address cannot be bound.
  int Bind();
  // Serves until Stop(); returns false when the server failed.
  bool Serve();
  void Stop();

 private:
  std::unique_ptr<PortalServices> services_;
  std::unique_ptr<httplib::Server> server_;
  int listen_socket_ = -1;  // the listening socket, once bound
};

}  // namespace baocao::web
