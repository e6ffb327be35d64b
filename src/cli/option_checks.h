// Checks of option values that the option parser cannot make: an option given with an empty value
// (`--out ""`, `--db ""`) would silently fall back to a default, a temporary database or nothing at
// all, so it is refused; a --unit must be a unit code (core/unit_code.h), as it becomes file names.
#pragma once

#include <boost/program_options.hpp>

#include <map>
#include <string>

namespace baocao {

// Throws UsageError "--NAME không được để trống" (followed by "; " + hints[NAME] when there is one)
// for the first string option in vm, given or defaulted, whose value is empty.
void RejectEmptyOptions(const boost::program_options::variables_map& vm,
                        const std::map<std::string, std::string>& hints = {});

// Throws UsageError when vm holds a --unit that is not a unit code.
void CheckUnitOption(const boost::program_options::variables_map& vm);

}  // namespace baocao
