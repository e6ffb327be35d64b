#include "ingest/shared_strings.h"

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "ingest/workbook_builder_fixture.h"
#include "test_support.h"

namespace baocao {

using test::SharedStringsXml;

TEST_CASE("shared_strings: a table over its limits is refused", "[ingest][xlsx]") {
  test::TempDir dir;
  const std::string path = dir.File("t.xlsx");
  test::WriteFile(path, test::ZipBytes({{"xl/sharedStrings.xml", SharedStringsXml({"a", "bb", "ccc", "dddd"})}}));
  const ZipArchive zip(path);
  SharedStringLimits limits;
  limits.max_strings = 3;
  try {
    SharedStrings::Read(zip, 0, "t.xlsx", limits);
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.why() ==
          "tệp Excel quá lớn (bảng chuỗi dùng chung (phần xl/sharedStrings.xml) có hơn 3 chuỗi): hãy chia dữ liệu "
          "thành nhiều tệp nhỏ hơn rồi nộp từng tệp");
  }
  limits = {};
  limits.max_bytes = 5;
  try {
    SharedStrings::Read(zip, 0, "t.xlsx", limits);
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.why() ==
          "tệp Excel quá lớn (bảng chuỗi dùng chung (phần xl/sharedStrings.xml) có hơn 5 byte chữ): hãy chia dữ liệu "
          "thành nhiều tệp nhỏ hơn rồi nộp từng tệp");
  }
  const SharedStrings strings = SharedStrings::Read(zip, 0, "t.xlsx");
  REQUIRE(strings.size() == 4);
  CHECK(strings[0] == "a");
  CHECK(strings[3] == "dddd");
}

}  // namespace baocao
