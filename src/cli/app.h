// The baocao command line: global options, a table of subcommands, and the translation of typed
// errors into a Vietnamese message on stderr and an exit code (core/exit_codes.h).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace baocao {

// Runs the command line; returns the exit code. Output to out, messages to err.
int RunCli(int argc, char** argv);
int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace baocao
