#include "cli/command.h"
#include "core/errors.h"

namespace baocao {

// Placeholder until the command lands.
int ReportCommand(CommandContext&) { throw UsageError("Lệnh report chưa được hỗ trợ"); }

}  // namespace baocao
