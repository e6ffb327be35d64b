#include "auth/password_hash.h"

#include <catch2/catch.hpp>

namespace baocao {
namespace {

TEST_CASE("A password hash is an Argon2id string at the interactive cost that verifies the password alone", "[auth]") {
  const std::string hash = HashPassword("mùa thu Hà Nội");
  CHECK(hash.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);
  CHECK(VerifyPassword("mùa thu Hà Nội", hash));
  CHECK_FALSE(VerifyPassword("mùa thu Hà Nộ", hash));
  CHECK_FALSE(VerifyPassword("Mùa thu Hà Nội", hash));
  CHECK_FALSE(VerifyPassword("", hash));
  CHECK_FALSE(NeedsRehash(hash));
  // A random salt each time: the same password never gives the same string.
  CHECK(HashPassword("mùa thu Hà Nội") != hash);
}

TEST_CASE("A password typed with combining accents (NFD) is the same password", "[auth]") {
  const std::string nfc = "H\xC3\xB2" "a B\xC3\xACnh 2026";   // Hòa Bình, precomposed
  const std::string nfd = "Ho\xCC\x80" "a Bi\xCC\x80nh 2026";  // o + U+0300, i + U+0300
  REQUIRE(nfc != nfd);
  CHECK(VerifyPassword(nfd, HashPassword(nfc)));
}

TEST_CASE("A damaged or foreign hash verifies nothing and asks for a rehash", "[auth]") {
  CHECK_FALSE(VerifyPassword("mật khẩu bất kỳ", ""));
  CHECK_FALSE(VerifyPassword("mật khẩu bất kỳ", "$argon2id$v=19$m=65536,t=2,p=1$hỏng"));
  CHECK_FALSE(VerifyPassword("mật khẩu bất kỳ", "$2y$10$abcdefghijklmnopqrstuuJ3Yl4sKZ9Zp6Vv5eOq1OQx3S1nGJ1S"));
  CHECK_FALSE(VerifyPassword("x", std::string(4096, '$')));
  CHECK(NeedsRehash(""));
  CHECK(NeedsRehash("$2y$10$abcdefghijklmnopqrstuu"));
  CHECK_FALSE(VerifyAgainstNothing("mật khẩu bất kỳ"));
}

TEST_CASE("A hash of another cost still verifies and asks for a rehash", "[auth]") {
  const std::string cheap = HashPassword("mùa thu Hà Nội", HashCost::Minimum());
  CHECK(cheap.rfind("$argon2id$v=19$m=8,t=1,p=1$", 0) == 0);
  CHECK(VerifyPassword("mùa thu Hà Nội", cheap));
  CHECK(NeedsRehash(cheap));
}

}  // namespace
}  // namespace baocao
