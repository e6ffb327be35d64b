// What every subcommand gets and the table of subcommands.
//
// A subcommand parses its own options (Boost.Program_options), prints its own --help, does its work
// through the library, and returns an exit code (core/exit_codes.h). Typed errors it throws are turned
// into messages and exit codes by RunCli.
#pragma once

#include <boost/program_options.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace baocao {

struct CommandContext {
  std::string db_path;            // --db, $BAOCAO_DB, or the default
  std::vector<std::string> args;  // the arguments after the subcommand's name
  std::ostream& out;
  std::ostream& err;
  // Whether err is a terminal (isatty(2) for std::cerr): submit and run then show their progress
  // on it (jobs/progress_line.h); never in cron's log, a pipe or the tests' streams.
  bool err_is_terminal = false;
};

struct Command {
  const char* name;
  const char* summary;  // one Vietnamese line for `baocao --help`
  int (*run)(CommandContext&);
};

// The subcommands, in the order `baocao --help` lists them.
const std::vector<Command>& Commands();

int SubmitCommand(CommandContext& ctx);
int SubmissionsCommand(CommandContext& ctx);
int ReportCommand(CommandContext& ctx);
int StatusCommand(CommandContext& ctx);
int CheckCommand(CommandContext& ctx);
int RunCommand(CommandContext& ctx);
int HistoryCommand(CommandContext& ctx);
int UserCommand(CommandContext& ctx);
int AuditCommand(CommandContext& ctx);
int ServeCommand(CommandContext& ctx);
int ChiSoCommand(CommandContext& ctx);
int ApproveCommand(CommandContext& ctx);
int UnapproveCommand(CommandContext& ctx);

// Parses ctx.args against options (and positional names). Returns nullopt after printing the help
// (usage line + options) when --help is given. Throws UsageError for unknown or malformed options.
std::optional<boost::program_options::variables_map> ParseOptions(
    CommandContext& ctx, const std::string& usage,
    boost::program_options::options_description& options,
    const boost::program_options::positional_options_description* positional = nullptr);

}  // namespace baocao
