#include <sys/wait.h>

#include <catch2/catch.hpp>

#include <cstdio>

#include "core/exit_codes.h"
#include "test_support.h"

namespace baocao {
namespace {

const std::string kRules = std::string(BAOCAO_SOURCE_DIR) + "/rules";

TEST_CASE("chi-so tinh-diem prints the portal-shaped answer of a case file", "[cli][chi-so]") {
  test::TempDir dir;
  const std::string file = dir.File("progress.json");
  // Phú Thọ, dvc-progress-tree month, child H44.07: the portal published 68,88 % and 13,78.
  test::WriteFile(file, R"([{"group": "progress", "inputs": {"totalReceived": 482, "totalOnTime": 332}}])");
  const auto r = test::RunCliCapture({"chi-so", "tinh-diem", "--rules", kRules, "--ngay", "2026-08-31", file});
  CHECK(r.code == kExitOk);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "[\n"
        "  {\n"
        "    \"group\": \"progress\",\n"
        "    \"totalScore\": 13.78,\n"
        "    \"totalMaxScore\": 20,\n"
        "    \"metrics\": {\n"
        "      \"PROGRESS\": {\n"
        "        \"ratio\": 68.88,\n"
        "        \"score\": 13.78,\n"
        "        \"maxScore\": 20\n"
        "      }\n"
        "    }\n"
        "  }\n"
        "]\n");
}

TEST_CASE("chi-so tinh-diem: a bad case exits 3 with a Vietnamese message naming the case and field", "[cli][chi-so]") {
  test::TempDir dir;
  const std::string file = dir.File("cases.json");
  test::WriteFile(file, R"([{"group": "payment", "inputs": {"totalFeeFormality": -3}}])");
  const auto r = test::RunCliCapture({"chi-so", "tinh-diem", "--rules", kRules, file});
  CHECK(r.code == kExitBadInput);
  CHECK(r.out.empty());
  CHECK(r.err == file + ": trường hợp 1, inputs.totalFeeFormality: phải là số nguyên không âm (đang là -3)\n");
}

TEST_CASE("chi-so: usage errors exit 2 in Vietnamese", "[cli][chi-so]") {
  const auto none = test::RunCliCapture({"chi-so", "tinh-diem"});
  CHECK(none.code == kExitUsage);
  CHECK(none.err ==
        "baocao: Chưa chỉ ra tệp JSON các trường hợp\nCách dùng: baocao chi-so tinh-diem [--rules THƯ_MỤC] "
        "[--ngay YYYY-MM-DD] TỆP.json   (TỆP là - để đọc từ đầu vào chuẩn)\n");
  const auto other = test::RunCliCapture({"chi-so", "xep-hang"});
  CHECK(other.code == kExitUsage);
  CHECK(other.err == "baocao: chi-so không có lệnh xep-hang (có: tinh-diem; xem baocao chi-so --help)\n");
  const auto day = test::RunCliCapture({"chi-so", "tinh-diem", "--ngay", "31/08/2026", "x.json"});
  CHECK(day.code == kExitUsage);
  CHECK(day.err == "baocao: --ngay phải là một ngày dạng 2026-08-31\n");
  const auto missing = test::RunCliCapture({"chi-so", "tinh-diem", "--rules", kRules, "/nonexistent/cases.json"});
  CHECK(missing.code == kExitBadInput);
  CHECK(missing.err.rfind("/nonexistent/cases.json: ", 0) == 0);
}

TEST_CASE("chi-so tinh-diem - reads the cases from standard input (the built program)", "[cli][chi-so]") {
  const std::string command = "printf '%s' '{\"group\":\"satisfaction\",\"inputs\":{\"PETITION_HANDLING_SATISFACTION\":"
                              "{\"numerator\":0,\"denominator\":0}}}' | BAOCAO_RULES='" + kRules + "' '" +
                              std::string(BAOCAO_BINARY) + "' chi-so tinh-diem - 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int status = ::pclose(pipe);
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(out.find("\"group\": \"satisfaction\",\n  \"totalScore\": 6,\n  \"totalMaxScore\": 18,") != std::string::npos);
  CHECK(out.find("\"PETITION_HANDLING_SATISFACTION\": {\n      \"ratio\": null,\n      \"score\": 6,") !=
        std::string::npos);
  CHECK(out.find("\"DOSSIER_RECEIVING_SATISFACTION\": {\n      \"ratio\": null,\n      \"score\": null,") !=
        std::string::npos);
}

}  // namespace
}  // namespace baocao
