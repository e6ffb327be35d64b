#include "ingest/ooxml_escapes.h"

#include <catch2/catch.hpp>

namespace baocao {
namespace {
std::string Decoded(std::string_view text) {
  std::string out = "[";
  AppendOoxmlText(text, out);
  return out;
}
}  // namespace

TEST_CASE("ooxml_escapes: _xHHHH_ decoded, _x005F_ escaping an underscore, surrogates paired", "[ingest][xlsx]") {
  CHECK(Decoded("Hòa Bình") == "[Hòa Bình");
  CHECK(Decoded("a_x000D__x000A_b") == "[a\r\nb");
  CHECK(Decoded("_x005F_x000D_") == "[_x000D_");
  CHECK(Decoded("ma_ho_so") == "[ma_ho_so");
  CHECK(Decoded("_x00e0__x1EA1_") == "[àạ");
  CHECK(Decoded("_xD83D__xDE00_") == "[\xF0\x9F\x98\x80");
  CHECK(Decoded("_xD83D_x") == "[_xD83D_x");  // a lone surrogate stays as written
  CHECK(Decoded("_xDE00_") == "[_xDE00_");
  CHECK(Decoded("_x0000_") == std::string("[\0", 2));
  CHECK(Decoded("_x00G0_ _x000D") == "[_x00G0_ _x000D");
}

}  // namespace baocao
