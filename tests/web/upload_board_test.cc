#include "web/upload_board.h"

#include <catch2/catch.hpp>

namespace baocao::web {

TEST_CASE("upload board: the progress JSON gives the rows, the share in whole percent and done") {
  CHECK(ProgressJson({}) == "{\"rows\":0,\"percent\":null,\"done\":false}");
  CHECK(ProgressJson({120000, false, 0.4567}) == "{\"rows\":120000,\"percent\":45,\"done\":false}");
  CHECK(ProgressJson({3000, false, 0.999}) == "{\"rows\":3000,\"percent\":99,\"done\":false}");  // 100 only at the end
  CHECK(ProgressJson({3500, true, 1.0}) == "{\"rows\":3500,\"percent\":100,\"done\":true}");
  CHECK(ProgressJson({7, false, std::nullopt}) == "{\"rows\":7,\"percent\":null,\"done\":false}");
}

TEST_CASE("upload board: a session sees its own progress only, until it is ended") {
  UploadBoard board;
  board.SetProgress("s1", "t", {1000, false, 0.25});
  CHECK_FALSE(board.Progress("s2", "t"));
  const auto mine = board.Progress("s1", "t");
  REQUIRE(mine);
  CHECK(mine->rows_read == 1000);
  CHECK(mine->fraction_read == 0.25);
  board.SetProgress("s1", "t", {2000, false, 0.5});
  CHECK(board.Progress("s1", "t")->fraction_read == 0.5);
  board.EndProgress("s1", "t");
  CHECK_FALSE(board.Progress("s1", "t"));
  board.SetProgress("s1", "", {1, false, std::nullopt});  // no token: nothing kept
  CHECK_FALSE(board.Progress("s1", ""));
}

}  // namespace baocao::web
