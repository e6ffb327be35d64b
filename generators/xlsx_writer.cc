#include "generators/xlsx_writer.h"

#include "core/errors.h"

namespace baocao {

// Placeholder until the xlsx generator lands.
void WriteXlsx(const Report&, const std::string&, const std::string& path) {
  throw Error("Chưa hỗ trợ định dạng xlsx: " + path);
}

}  // namespace baocao
