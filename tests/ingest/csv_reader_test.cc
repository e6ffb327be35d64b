#include <catch2/catch.hpp>

#include "core/errors.h"
#include "ingest/csv_reader.h"
#include "test_support.h"

namespace baocao {
namespace {

std::vector<std::vector<std::string>> ReadAll(const std::string& path, std::vector<int>* lines = nullptr) {
  CsvReader reader(path);
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> fields;
  while (reader.Next(fields)) {
    records.push_back(fields);
    if (lines) lines->push_back(reader.line());
  }
  return records;
}

std::vector<std::vector<std::string>> ReadText(const std::string& text, std::vector<int>* lines = nullptr) {
  test::TempDir dir;
  test::WriteFile(dir.File("a.csv"), text);
  return ReadAll(dir.File("a.csv"), lines);
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
  const auto records = ReadText("a,b\n\"" + big + "\",2\n");
  REQUIRE(records.size() == 2);
  CHECK(records[1][0].size() == big.size());
  CHECK(records[1][1] == "2");
}

}  // namespace baocao
