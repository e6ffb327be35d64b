// SHA-256 of files (OpenSSL EVP), as lower-case hex: how submissions and report artifacts are
// identified. The file is read in fixed chunks, so memory stays flat.
#pragma once

#include <string>
#include <string_view>

namespace baocao {

// Throws Error (Vietnamese) when the file cannot be read.
std::string Sha256OfFile(const std::string& path);
std::string Sha256OfText(std::string_view text);

}  // namespace baocao
