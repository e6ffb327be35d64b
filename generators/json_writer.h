// Writes a Report as JSON with the indicator keys of SPEC §7: the machine-readable sidecar.
#pragma once

#include <string>

#include "indicators/report.h"

namespace baocao {

std::string ToJson(const Report& report);
void WriteJson(const Report& report, const std::string& path);

}  // namespace baocao
