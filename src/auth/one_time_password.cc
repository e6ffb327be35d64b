#include "auth/one_time_password.h"

#include <sodium.h>

#include <cstring>

#include "auth/sodium_library.h"

namespace baocao {

std::string NewOneTimePassword() {
  EnsureSodium();
  const size_t letters = std::strlen(kOneTimePasswordAlphabet);
  std::string out;
  for (int group = 0; group < 4; ++group) {
    if (group > 0) out += '-';
    for (int i = 0; i < 4; ++i) out += kOneTimePasswordAlphabet[randombytes_uniform(static_cast<uint32_t>(letters))];
  }
  return out;
}

}  // namespace baocao
