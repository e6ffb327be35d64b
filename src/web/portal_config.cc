#include "web/portal_config.h"

#include <cstdlib>

namespace baocao::web {

std::string DefaultWebDir() {
  if (const char* env = std::getenv("BAOCAO_WEB"); env != nullptr && *env != '\0') return env;
  return std::string(BAOCAO_SOURCE_DIR) + "/web";
}

}  // namespace baocao::web
