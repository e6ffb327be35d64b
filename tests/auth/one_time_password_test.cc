#include "auth/one_time_password.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "auth/credentials.h"

namespace baocao {
namespace {

TEST_CASE("A one-time password is four groups of four characters that cannot be misread, new every time", "[auth]") {
  CHECK(std::string(kOneTimePasswordAlphabet) == "23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
  const std::regex form("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
  std::set<std::string> seen;
  std::set<char> used;
  for (int i = 0; i < 200; ++i) {
    const std::string p = NewOneTimePassword();
    INFO(p);
    CHECK(std::regex_match(p, form));
    CHECK(p.find_first_of("01OIl") == std::string::npos);
    CHECK(PasswordProblem(p, "xa01").empty());
    seen.insert(p);
    for (char c : p) used.insert(c);
  }
  CHECK(seen.size() == 200);
  CHECK(used.size() == 33);  // all 32 characters and '-' appear in 3,200 draws
}

}  // namespace
}  // namespace baocao
