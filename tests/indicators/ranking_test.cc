#include <catch2/catch.hpp>

#include "indicators/ranking.h"

namespace baocao {

TEST_CASE("ranking: ties share a rank, the next rank skips", "[indicators]") {
  const auto r = Rank({{"huyen", 9, 10}, {"huyen", 4, 5}, {"huyen", 8, 10}, {"huyen", 1, 2}});
  CHECK(*r[0].rank == 1);
  CHECK(*r[1].rank == 2);
  CHECK(*r[2].rank == 2);
  CHECK(*r[3].rank == 4);
  CHECK(r[3].of == 4);
}

TEST_CASE("ranking: exact fractions, groups apart, no value not ranked", "[indicators]") {
  const auto r = Rank({{"xa", 1, 3}, {"xa", 2, 6}, {"xa", 0, 0}, {"xa", 1, 1, false}, {"so_nganh", 0, 4}});
  CHECK(*r[0].rank == 1);
  CHECK(*r[1].rank == 1);
  CHECK(r[0].of == 2);
  CHECK_FALSE(r[2].rank.has_value());
  CHECK_FALSE(r[3].rank.has_value());
  CHECK(*r[4].rank == 1);
  CHECK(r[4].of == 1);
}

}  // namespace baocao
