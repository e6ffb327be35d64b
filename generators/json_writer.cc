#include "generators/json_writer.h"

#include "core/errors.h"

namespace baocao {

// Placeholder until the JSON writer lands.
std::string ToJson(const Report&) { throw Error("Chưa hỗ trợ định dạng json"); }
void WriteJson(const Report& report, const std::string&) { ToJson(report); }

}  // namespace baocao
