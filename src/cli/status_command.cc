#include "cli/command.h"
#include "core/errors.h"

namespace baocao {

// Placeholder until the command lands.
int StatusCommand(CommandContext&) { throw UsageError("Lệnh status chưa được hỗ trợ"); }

}  // namespace baocao
