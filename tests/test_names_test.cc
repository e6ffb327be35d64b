// CTest learns the test names from Catch2 through catch_discover_tests, which splits them on ';':
// a name with a semicolon registers a truncated test that matches nothing and "passes" without
// running. Every test name must therefore be free of semicolons.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "test_support.h"

namespace baocao {

TEST_CASE("no test name holds a semicolon, so CTest runs every test") {
  const std::filesystem::path root = std::filesystem::path(test::Fixture("")).parent_path().parent_path() / "tests";
  const std::regex name(R"re(TEST_CASE\("([^"]*)")re");
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".cc") continue;
    ++files;
    const std::string text = test::ReadFile(entry.path().string());
    for (std::sregex_iterator it(text.begin(), text.end(), name), end; it != end; ++it) {
      INFO(entry.path().filename().string() << ": " << (*it)[1]);
      CHECK((*it)[1].str().find(';') == std::string::npos);
    }
  }
  CHECK(files > 30);
}

}  // namespace baocao
