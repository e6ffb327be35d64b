#include "cli/option_checks.h"

#include "core/errors.h"
#include "core/unit_code.h"

namespace baocao {

void RejectEmptyOptions(const boost::program_options::variables_map& vm,
                        const std::map<std::string, std::string>& hints) {
  for (const auto& [name, value] : vm) {
    const auto* text = boost::any_cast<std::string>(&value.value());
    if (text == nullptr || !text->empty()) continue;
    const auto hint = hints.find(name);
    throw UsageError("--" + name + " không được để trống" + (hint == hints.end() ? "" : "; " + hint->second));
  }
}

void CheckUnitOption(const boost::program_options::variables_map& vm) {
  if (!vm.count("unit")) return;
  const std::string& unit = vm["unit"].as<std::string>();
  if (!IsValidUnitCode(unit)) throw UsageError("--unit: " + UnitCodeProblem(unit));
}

}  // namespace baocao
