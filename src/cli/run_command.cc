#include "cli/command.h"
#include "core/errors.h"

namespace baocao {

// Placeholder until the command lands.
int RunCommand(CommandContext&) { throw UsageError("Lệnh run chưa được hỗ trợ"); }

}  // namespace baocao
