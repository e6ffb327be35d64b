#include "jobs/run_log.h"

#include <ostream>

namespace baocao {

void RunLog::Write(const std::string& message) {
  out_ << clock_.NowText() << " " << message << "\n";
  out_.flush();
}

}  // namespace baocao
