#include "ingest/problem.h"

#include "core/errors.h"

namespace baocao {

std::string Problem::Format(const std::string& file) const {
  return FormatLocation(file, row, column, message);
}

}  // namespace baocao
