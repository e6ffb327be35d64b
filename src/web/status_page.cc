#include "web/pages.h"

namespace baocao::web {

void AddStatusPage(Router& router) {
  (void)router;  // TODO(issue 12): being written
}

}  // namespace baocao::web
