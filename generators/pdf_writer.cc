#include "generators/pdf_writer.h"

#include "core/errors.h"

namespace baocao {

// Placeholder until the pdf generator lands.
void WritePdf(const Report&, const std::string&, const std::string& path) {
  throw Error("Chưa hỗ trợ định dạng pdf: " + path);
}

}  // namespace baocao
