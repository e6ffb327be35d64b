// The exit codes of the baocao command, documented in the README.
#pragma once

namespace baocao {

enum ExitCode : int {
  kExitOk = 0,          // done
  kExitFailure = 1,     // an unexpected failure (I/O, database, a bug)
  kExitUsage = 2,       // wrong command line
  kExitBadInput = 3,    // a submission was rejected, or input data is inconsistent
  kExitLocked = 4,      // another run is in progress
  kExitIncomplete = 5,  // done, but some units have not reported for the period
};

}  // namespace baocao
