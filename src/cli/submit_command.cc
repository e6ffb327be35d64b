#include "cli/command.h"
#include "core/errors.h"

namespace baocao {

int SubmitCommand(CommandContext&) { throw UsageError("Lệnh submit chưa được hỗ trợ"); }

}  // namespace baocao
