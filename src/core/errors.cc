#include "core/errors.h"

#include "core/exit_codes.h"

namespace baocao {

std::string FormatLocation(const std::string& file, int row, int column, const std::string& why) {
  std::string out = file;
  if (row > 0) {
    out += ":" + std::to_string(row);
    if (column > 0) out += ":" + std::to_string(column);
  }
  return out + ": " + why;
}

InputError::InputError(std::string file, int row, int column, std::string why)
    : Error(FormatLocation(file, row, column, why)),
      file_(std::move(file)),
      row_(row),
      column_(column),
      why_(std::move(why)) {}

int DatabaseError::exit_code() const {
  switch (reason_) {
    case Reason::kBusy: return kExitLocked;
    case Reason::kNotADatabase: return kExitUsage;
    default: return kExitFailure;
  }
}

}  // namespace baocao

