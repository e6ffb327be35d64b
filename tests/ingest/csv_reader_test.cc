#include <catch2/catch.hpp>

#include "core/errors.h"
#include "ingest/csv_reader.h"
#include "test_support.h"

namespace baocao {
namespace {

std::vector<std::vector<std::string>> ReadAll(const std::string& path, std::vector<int>* lines = nullptr,
                                              CsvLimits limits = {}) {
  CsvReader reader(path, limits);
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> fields;
  while (reader.Next(fields)) {
    records.push_back(fields);
    if (lines) lines->push_back(reader.line());
  }
  return records;
}

std::vector<std::vector<std::string>> ReadText(const std::string& text, std::vector<int>* lines = nullptr,
                                               CsvLimits limits = {}) {
  test::TempDir dir;
  test::WriteFile(dir.File("a.csv"), text);
  return ReadAll(dir.File("a.csv"), lines, limits);
}

// Reads text with limits and returns where and why the reader refused it ("row:column: why").
std::string Refusal(const std::string& text, CsvLimits limits) {
  try {
    ReadText(text, nullptr, limits);
  } catch (const InputError& e) {
    return std::to_string(e.row()) + ":" + std::to_string(e.column()) + ": " + e.why();
  }
  return "read";
}

}  // namespace

TEST_CASE("RFC 4180 quoting: delimiters, doubled quotes and line breaks inside fields", "[csv]") {
  std::vector<int> lines;
  const auto records = ReadText("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\"\nlast,,\n", &lines);
  REQUIRE(records.size() == 3);
  CHECK(records[1] == std::vector<std::string>{"x, y", "say \"hi\"", "one\ntwo"});
  CHECK(records[2] == std::vector<std::string>{"last", "", ""});
  CHECK(lines == std::vector<int>{1, 2, 4});
}

TEST_CASE("BOM, CRLF, CR and a missing final newline read the same", "[csv]") {
  const auto lf = ReadText("a,b\n1,2\n3,4\n");
  CHECK(ReadText("\xEF\xBB\xBF" "a,b\r\n1,2\r\n3,4\r\n") == lf);
  CHECK(ReadText("a,b\r1,2\r3,4") == lf);
  CHECK(ReadText("a,b\n\n1,2\n\n3,4\n\n") == lf);
}

TEST_CASE("the delimiter is detected from the header line", "[csv]") {
  test::TempDir dir;
  test::WriteFile(dir.File("s.csv"), "\"a;x\";b;c\n1;2,5;3\n");
  CsvReader semicolon(dir.File("s.csv"));
  CHECK(semicolon.delimiter() == ';');
  std::vector<std::string> fields;
  REQUIRE(semicolon.Next(fields));
  CHECK(fields == std::vector<std::string>{"a;x", "b", "c"});
  REQUIRE(semicolon.Next(fields));
  CHECK(fields == std::vector<std::string>{"1", "2,5", "3"});
  test::WriteFile(dir.File("t.csv"), "a\tb\n1\t2\n");
  CHECK(CsvReader(dir.File("t.csv")).delimiter() == '\t');
}

TEST_CASE("an unclosed quote names its line", "[csv]") {
  test::TempDir dir;
  test::WriteFile(dir.File("q.csv"), "a,b\n1,2\n\"3,4\n5,6\n");
  CsvReader reader(dir.File("q.csv"));
  std::vector<std::string> fields;
  REQUIRE(reader.Next(fields));
  REQUIRE(reader.Next(fields));
  CHECK_THROWS_WITH(reader.Next(fields), dir.File("q.csv") + ":3:1: dấu ngoặc kép mở nhưng không được đóng");
}

TEST_CASE("a missing file is an input error naming it", "[csv]") {
  CHECK_THROWS_AS(CsvReader("/nonexistent/x.csv"), InputError);
}

TEST_CASE("records longer than the read chunk are read whole", "[csv]") {
  const std::string big(3 << 20, 'x');
  const CsvLimits roomy{256, 4 << 20, 4 << 20};
  const auto records = ReadText("a,b\n\"" + big + "\",2\n", nullptr, roomy);
  REQUIRE(records.size() == 2);
  CHECK(records[1][0].size() == big.size());
  CHECK(records[1][1] == "2");
}

TEST_CASE("a record up to the limits is read, one past them is refused at its row and column", "[csv]") {
  const CsvLimits small{4, 8, 32};
  // At the limits: 4 fields, a field of 8 bytes, a record of 32 bytes (its line end not counted).
  CHECK(Refusal("a,b,c,d\n12345678,x,y,z\n", small) == "read");
  CHECK(Refusal("a\n\"12345678\"\r\n", small) == "read");
  CHECK(Refusal("a,b,c,d\n12345678,12345678,12345678,12345\r\n", small) == "read");
  CHECK(Refusal("a,b,c,d\n12345678,12345678,12345678,123456\r\n", small) ==
        "2:4: dòng dài hơn 32 byte (giới hạn: 32 byte một dòng)");
}

TEST_CASE("too many columns, a field or a record too long: the limit is named", "[csv]") {
  const CsvLimits small{4, 8, 32};
  CHECK(Refusal("a,b,c,d,e\n", small) == "1:5: dòng có hơn 4 cột (giới hạn: 4 cột một dòng)");
  CHECK(Refusal("a,b\n1,2\n1,2,3,4,5\n", small) == "3:5: dòng có hơn 4 cột (giới hạn: 4 cột một dòng)");
  CHECK(Refusal("a,b\n1,123456789\n", small) == "2:2: ô dài hơn 8 byte (giới hạn: 8 byte một ô)");
  // Unquoted length counts: a doubled quote is one byte of the field.
  CHECK(Refusal("a\n\"1234567\"\"\"\n", small) == "read");
  CHECK(Refusal("a\n\"12345678\"\"\"\n", small) == "2:1: ô dài hơn 8 byte (giới hạn: 8 byte một ô)");
  CHECK(Refusal("a,b,c,d\n12345678,12345678,12345678,12345678\n", small) ==
        "2:4: dòng dài hơn 32 byte (giới hạn: 32 byte một dòng)");
  // A quoted line break belongs to the record: its lines count together.
  CHECK(Refusal("a,b\n\"1234567\n1234567\n1234567\n1234567\n\",2\n", CsvLimits{4, 64, 32}) ==
        "2:1: dòng dài hơn 32 byte (giới hạn: 32 byte một dòng)");
}

TEST_CASE("the default limits: 256 columns, 4.096 bytes a field, 65.536 bytes a record", "[csv]") {
  const auto row = [](size_t fields, const std::string& field) {
    std::string line;
    for (size_t i = 0; i < fields; ++i) line += (i ? "," : "") + field;
    return line + "\n";
  };
  CHECK(Refusal(row(256, "x"), {}) == "read");
  CHECK(Refusal(row(257, "x"), {}) == "1:257: dòng có hơn 256 cột (giới hạn: 256 cột một dòng)");
  CHECK(Refusal(row(1, std::string(4096, 'x')), {}) == "read");
  CHECK(Refusal(row(1, std::string(4097, 'x')), {}) == "1:1: ô dài hơn 4.096 byte (giới hạn: 4.096 byte một ô)");
  // 16 fields of 4.096 bytes and their 15 commas: 65.551 bytes, over by 15 in the 16th field.
  CHECK(Refusal(row(16, std::string(4096, 'x')), {}) ==
        "1:16: dòng dài hơn 65.536 byte (giới hạn: 65.536 byte một dòng)");
  CHECK(Refusal(row(16, std::string(4095, 'x')), {}) == "read");  // 65.535 bytes
  // A header longer than a record may be is refused too, whatever the delimiter detection saw.
  CHECK(Refusal(std::string(1 << 20, ';'), {}) == "1:257: dòng có hơn 256 cột (giới hạn: 256 cột một dòng)");
}

}  // namespace baocao
