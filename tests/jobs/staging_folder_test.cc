#include "jobs/staging_folder.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "jobs/job_fixture.h"
#include "test_support.h"

namespace baocao {
namespace fs = std::filesystem;

TEST_CASE("publishing a staging folder replaces the period folder whole", "[staging]") {
  test::TempDir dir;
  const std::string out = dir.File("output");
  {
    StagingFolder first(out, "2023-05");
    test::WriteFile(first.path() + "/a.json", "1");
    test::WriteFile(first.path() + "/b.json", "2");
    first.Publish();
  }
  CHECK(test::Names(out) == std::vector<std::string>{"2023-05"});
  {
    StagingFolder second(out, "2023-05");
    CHECK(fs::path(second.path()).filename().string().rfind(".staging-2023-05-", 0) == 0);
    test::WriteFile(second.path() + "/a.json", "3");
    CHECK(test::Snapshot(out + "/2023-05") == std::map<std::string, std::string>{{"a.json", "1"}, {"b.json", "2"}});
    second.Publish();
  }
  CHECK(test::Names(out) == std::vector<std::string>{"2023-05"});
  CHECK(test::Snapshot(out + "/2023-05") == std::map<std::string, std::string>{{"a.json", "3"}});
}

TEST_CASE("without an atomic exchange, two renames replace the folder and leave no trace", "[staging]") {
  test::TempDir dir;
  const std::string out = dir.File("output");
  fs::create_directories(out + "/2023-05");
  test::WriteFile(out + "/2023-05/a.json", "old");
  {
    StagingFolder staging(out, "2023-05");
    test::WriteFile(staging.path() + "/b.json", "new");
    staging.Publish(StagingFolder::Swap::kTwoRenames);
    CHECK(fs::path(staging.path()).filename().string().rfind(".old-2023-05-", 0) == 0);
    CHECK(test::ReadFile(staging.path() + "/a.json") == "old");  // until the destructor
  }
  CHECK(test::Names(out) == std::vector<std::string>{"2023-05"});
  CHECK(test::Snapshot(out + "/2023-05") == std::map<std::string, std::string>{{"b.json", "new"}});
}

TEST_CASE("an unpublished staging folder goes away and leaves the period folder as it was", "[staging]") {
  test::TempDir dir;
  const std::string out = dir.File("output");
  fs::create_directories(out + "/2023-05");
  test::WriteFile(out + "/2023-05/a.json", "old");
  {
    StagingFolder failed(out, "2023-05");
    test::WriteFile(failed.path() + "/a.json", "new");
  }
  CHECK(test::Names(out) == std::vector<std::string>{"2023-05"});
  CHECK(test::ReadFile(out + "/2023-05/a.json") == "old");
}

TEST_CASE("stale staging folders of a killed run are removed", "[staging]") {
  test::TempDir dir;
  const std::string out = dir.File("output");
  fs::create_directories(out + "/.staging-2023-05-4242/sub");
  fs::create_directories(out + "/.old-2023-04-4242");
  fs::create_directories(out + "/2023-04");
  test::WriteFile(out + "/.baocao.lock", "4242");
  CHECK(StagingFolder::RemoveStale(out) == 2);
  CHECK(test::Names(out) == std::vector<std::string>{".baocao.lock", "2023-04"});
  CHECK(StagingFolder::RemoveStale(dir.File("none")) == 0);
}

}  // namespace baocao
