// Password hashing: Argon2id through libsodium (crypto_pwhash_str_alg with ARGON2ID13: what
// crypto_pwhash_str does in libsodium 1.0.18, named so that a later default cannot change it), in
// the form stored in accounts.password_hash ("$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>": the
// parameters and a random salt travel with the hash).
//
// The cost is libsodium's "interactive" one (OPSLIMIT_INTERACTIVE, MEMLIMIT_INTERACTIVE: 2 passes
// over 64 MiB, about 0.1 s on the server) — slow enough to make guessing expensive, fast enough for
// a login. A hash made with other parameters still verifies; NeedsRehash tells the login to store a
// new one. Passwords are NFC-normalized before hashing (credentials.h).
#pragma once

#include <cstddef>
#include <string>

namespace baocao {

// The work of one hash.
struct HashCost {
  unsigned long long ops = 0;
  size_t memory = 0;  // bytes
  static HashCost Interactive();  // what accounts use
  static HashCost Minimum();      // libsodium's least (1 pass, 8 KiB): for tests of rehashing
};

// The Argon2id string of password. Throws Error (Vietnamese) when libsodium cannot be initialized
// or the hash's memory cannot be had.
std::string HashPassword(const std::string& password, HashCost cost = HashCost::Interactive());

// True when password is the one hashed in hash. False for a wrong password and for a hash that is
// not an Argon2id string (a damaged row never lets anyone in).
bool VerifyPassword(const std::string& password, const std::string& hash);

// True when hash was made with other parameters than Interactive (or is not a hash we know).
bool NeedsRehash(const std::string& hash);

// The same time as VerifyPassword on a real account, for a login that has none (so that the answer
// does not tell which logins exist by how fast it comes). Always false.
bool VerifyAgainstNothing(const std::string& password);

}  // namespace baocao
