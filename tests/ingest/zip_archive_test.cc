#include "ingest/zip_archive.h"

#include <catch2/catch.hpp>

#include <string>

#include "ingest/workbook_builder_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

// The whole entry read through a small buffer, so that it takes many Read calls.
std::string ReadAll(const ZipArchive& zip, size_t index, size_t chunk) {
  ZipArchive::Entry entry = zip.Open(index);
  std::string out, buffer(chunk, '\0');
  for (size_t n; (n = entry.Read(buffer.data(), buffer.size())) > 0;) out.append(buffer, 0, n);
  return out;
}

std::string MessageOf(const std::string& path, ZipLimits limits = {}) {
  try {
    ZipArchive zip(path, limits);
  } catch (const ZipError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("zip_archive: entries found by name (any case) and read in chunks", "[ingest][zip]") {
  test::TempDir dir;
  std::string big;
  for (int i = 0; i < 100000; ++i) big += "<row r=\"" + std::to_string(i + 1) + "\"/>";
  for (const bool compress : {true, false}) {
    test::WriteFile(dir.File("a.zip"), test::ZipBytes({{"[Content_Types].xml", "<Types/>"}, {"xl/Workbook.xml", big}}, compress));
    const ZipArchive zip(dir.File("a.zip"));
    REQUIRE(zip.EntryCount() == 2);
    CHECK(zip.EntryName(0) == "[Content_Types].xml");
    CHECK(zip.Find("xl/Workbook.xml") == std::optional<size_t>(1));
    CHECK(zip.Find("XL/workbook.XML") == std::optional<size_t>(1));
    CHECK(zip.Find("xl/workbook.xml.rels") == std::nullopt);
    CHECK(ReadAll(zip, 1, 4096) == big);
    CHECK(ReadAll(zip, 0, 3) == "<Types/>");
    CHECK(zip.Open(1).size() == std::optional<uint64_t>(big.size()));  // uncompressed, as the directory says
    CHECK(zip.Open(0).size() == std::optional<uint64_t>(8));
    // Two entries read at once, in turns.
    ZipArchive::Entry a = zip.Open(1);
    ZipArchive::Entry b = zip.Open(1);
    char x[5], y[5];
    CHECK(a.Read(x, 5) == 5);
    CHECK(b.Read(y, 5) == 5);
    CHECK(a.Read(x, 5) == 5);
    CHECK(std::string(x, 5) == big.substr(5, 5));
    CHECK(std::string(y, 5) == big.substr(0, 5));
  }
}

TEST_CASE("zip_archive: a directory over the limits is refused before libzip reads it", "[ingest][zip]") {
  test::TempDir dir;
  test::WriteFile(dir.File("a.zip"), test::ZipBytes({{"a", "1"}, {"b", "2"}, {"c", "3"}}));
  CHECK(MessageOf(dir.File("a.zip")) == "");
  CHECK(MessageOf(dir.File("a.zip"), ZipLimits{2, 1 << 20}) == "mục lục của tệp nén khai báo 3 mục, quá giới hạn 2 mục");
  CHECK(MessageOf(dir.File("a.zip"), ZipLimits{100, 100}) == "mục lục của tệp nén dài hơn 100 byte");

  // A Zip64 end record that declares 2^40 entries (libzip would allocate for them).
  std::string bytes = test::ZipBytes({{"a", "1"}});
  const size_t eocd = bytes.rfind("PK\5\6");
  REQUIRE(eocd != std::string::npos);
  std::string zip64 = "PK\6\6";
  zip64 += std::string("\x2c\0\0\0\0\0\0\0", 8) + std::string("\x2d\0\x2d\0", 4) + std::string(8, '\0');
  zip64 += std::string("\0\0\0\0\0\1\0\0", 8) + std::string("\0\0\0\0\0\1\0\0", 8);  // entries here, in total
  zip64 += std::string(16, '\0');                                                     // size, offset
  std::string locator = "PK\6\7" + std::string(4, '\0');
  uint64_t offset = eocd;
  for (int i = 0; i < 8; ++i) locator += static_cast<char>((offset >> (8 * i)) & 0xFF);
  locator += std::string("\1\0\0\0", 4);
  bytes = bytes.substr(0, eocd) + zip64 + locator + bytes.substr(eocd);
  test::WriteFile(dir.File("b.zip"), bytes);
  CHECK(MessageOf(dir.File("b.zip")) == "mục lục của tệp nén khai báo 1.099.511.627.776 mục, quá giới hạn 65.535 mục");
}

TEST_CASE("zip_archive: what is not a zip, and an unreadable file, in Vietnamese", "[ingest][zip]") {
  test::TempDir dir;
  test::WriteFile(dir.File("a.zip"), "PK\3\4 this is not a zip at all");
  CHECK(MessageOf(dir.File("a.zip")) ==
        "không tìm thấy mục lục của tệp nén: tệp bị cắt cụt (tải về hoặc sao chép chưa hết) hoặc không phải tệp .xlsx");
  try {
    ZipArchive zip(dir.File("missing.zip"));
    FAIL("no error");
  } catch (const ZipError& e) {
    CHECK(e.kind() == ZipError::Kind::kUnreadable);
    CHECK(std::string(e.what()) == "không đọc được tệp: không có tệp hoặc thư mục này");
  }
}

}  // namespace baocao
