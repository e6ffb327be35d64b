// Unguessable tokens for session cookies, CSRF fields and upload progress: 32 bytes from OpenSSL's
// CSPRNG, as 64 lowercase hex digits.
#pragma once

#include <string>
#include <string_view>

namespace baocao::web {

std::string RandomToken();

// Compares two tokens in time independent of where they differ.
bool TokensEqual(std::string_view a, std::string_view b);

}  // namespace baocao::web
