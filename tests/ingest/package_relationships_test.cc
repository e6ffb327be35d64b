#include "ingest/package_relationships.h"

#include <catch2/catch.hpp>

#include "ingest/workbook_builder_fixture.h"
#include "test_support.h"

namespace baocao {

TEST_CASE("package_relationships: targets resolved relative to their part, or absolute", "[ingest][xlsx]") {
  CHECK(RelationshipsPartOf("xl/workbook.xml") == "xl/_rels/workbook.xml.rels");
  CHECK(RelationshipsPartOf("") == "_rels/.rels");
  CHECK(ResolveTarget("", "xl/workbook.xml") == "xl/workbook.xml");
  CHECK(ResolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(ResolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(ResolveTarget("xl/workbook.xml", "../customXml/item1.xml") == "customXml/item1.xml");
  CHECK(ResolveTarget("xl/workbook.xml", "./worksheets/./a%20b.xml") == "xl/worksheets/a b.xml");
  CHECK(ResolveTarget("xl/workbook.xml", "worksheets\\sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(ResolveTarget("xl/workbook.xml", "../../../x.xml") == "x.xml");
}

TEST_CASE("package_relationships: a .rels part read", "[ingest][xlsx]") {
  test::TempDir dir;
  test::WriteFile(dir.File("a.zip"),
                  test::ZipBytes({{"xl/_rels/workbook.xml.rels",
                                   "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                   "<Relationship Id=\"rId1\" Type=\"http://x/relationships/worksheet\" Target=\"worksheets/s.xml\"/>"
                                   "<Relationship Id=\"rId2\" Type=\"http://x/relationships/hyperlink\" "
                                   "Target=\"http://example.org/a\" TargetMode=\"External\"/>"
                                   "<Relationship Id=\"rId3\" Type=\"http://x/relationships/styles\"/>"
                                   "<Other Id=\"rId4\" Type=\"t/worksheet\" Target=\"x.xml\"/></Relationships>"}}));
  const ZipArchive zip(dir.File("a.zip"));
  const auto rels = ReadRelationships(zip, 0, "xl/workbook.xml", "t.xlsx");
  REQUIRE(rels.size() == 2);
  CHECK(rels[0].id == "rId1");
  CHECK(rels[0].type == "worksheet");
  CHECK(rels[0].target == "xl/worksheets/s.xml");
  CHECK_FALSE(rels[0].external);
  CHECK(rels[1].type == "hyperlink");
  CHECK(rels[1].target == "http://example.org/a");
  CHECK(rels[1].external);
}

}  // namespace baocao
