#include "cli/command.h"
#include "core/errors.h"

namespace baocao {

// Placeholder until the command lands.
int HistoryCommand(CommandContext&) { throw UsageError("Lệnh history chưa được hỗ trợ"); }

}  // namespace baocao
