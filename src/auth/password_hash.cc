#include "auth/password_hash.h"

#include <sodium.h>

#include <vector>

#include "auth/sodium_library.h"
#include "core/errors.h"
#include "core/text.h"

namespace baocao {

HashCost HashCost::Interactive() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashCost HashCost::Minimum() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

std::string HashPassword(const std::string& password, HashCost cost) {
  EnsureSodium();
  const std::string text = Nfc(password);
  std::vector<char> out(crypto_pwhash_STRBYTES);
  if (crypto_pwhash_str_alg(out.data(), text.data(), text.size(), cost.ops, cost.memory,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw Error("không đủ bộ nhớ để băm mật khẩu (cần " + std::to_string(cost.memory / (1024 * 1024)) +
                " MiB); hãy đóng bớt chương trình khác rồi thử lại");
  return std::string(out.data());
}

bool VerifyPassword(const std::string& password, const std::string& hash) {
  EnsureSodium();
  if (hash.size() >= crypto_pwhash_STRBYTES || hash.rfind("$argon2id$", 0) != 0) return false;
  const std::string text = Nfc(password);
  return crypto_pwhash_str_verify(hash.c_str(), text.data(), text.size()) == 0;
}

bool NeedsRehash(const std::string& hash) {
  EnsureSodium();
  if (hash.size() >= crypto_pwhash_STRBYTES || hash.rfind("$argon2id$", 0) != 0) return true;
  const HashCost cost = HashCost::Interactive();
  return crypto_pwhash_str_needs_rehash(hash.c_str(), cost.ops, cost.memory) != 0;
}

bool VerifyAgainstNothing(const std::string& password) {
  static const std::string nothing = HashPassword("baocao: không có tài khoản này");
  VerifyPassword(password, nothing);
  return false;
}

}  // namespace baocao
