// What every request of the portal shares: its configuration, the pages, the sessions, the clock,
// and the in-memory boards of receipts and upload progress.
#pragma once

#include <memory>

#include "jobs/clock.h"
#include "web/page_renderer.h"
#include "web/portal_config.h"
#include "web/session_store.h"
#include "web/upload_board.h"

namespace baocao::web {

struct PortalServices {
  PortalConfig config;
  PageRenderer pages;
  SessionStore sessions;
  UploadBoard uploads;
  const Clock& clock;

  PortalServices(PortalConfig c, const Clock& clk)
      : config(std::move(c)),
        pages(config.web_dir + "/templates"),
        sessions(config.session_idle, config.session_lifetime),
        clock(clk) {}
};

}  // namespace baocao::web
