#include "scorecard/rule_pack.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "core/errors.h"
#include "test_support.h"

namespace baocao {
namespace {

const std::string kRules = std::string(BAOCAO_SOURCE_DIR) + "/rules";

// A whole pack in one group of 100 points: small enough to read in the test. `indicator` is the
// indicator's body after its code line.
std::string TinyPack(const std::string& valid_from, const std::string& indicator,
                     const std::string& group_max = "100") {
  return "valid_from = " + valid_from +
         "\n"                                                    // 1
         "decision = \"Thử\"\n"                                  // 2
         "rounding = { mode = \"half_up\", decimals = 2 }\n"     // 3
         "[inputs]\n"                                            // 4
         "a = \"số A\"\n"                                        // 5
         "b = \"số B\"\n"                                        // 6
         "[[groups]]\n"                                          // 7
         "code = \"g\"\n"                                        // 8
         "number = 1\n"                                          // 9
         "name = \"Nhóm\"\n"                                     // 10
         "max = " + group_max + "\n"                             // 11
         "[[groups.indicators]]\n"                               // 12
         "code = \"X\"\n" +                                      // 13
         indicator;                                              // 14…
}

const std::string kGoodIndicator =
    "name = \"Chỉ tiêu\"\nmax = 100\nnumerator = [\"a\"]\ndenominator = [\"b\"]\nempty = \"zero\"\nnoun = \"hồ sơ\"\n";

std::string LoadError(const std::string& text, const std::string& name = "2022-06-23.toml") {
  test::TempDir dir;
  const std::string path = dir.File(name);
  test::WriteFile(path, text);
  try {
    ReadRulePack(path);
  } catch (const InputError& e) {
    std::string what = e.what();
    return what.substr(path.size());  // without the temporary folder
  }
  return "no error";
}

TEST_CASE("rule pack: the 2022-06-23 pack reads as the issue's table") {
  const RulePack pack = LoadRulePack(kRules, Date::FromYmd(2026, 8, 31));
  CHECK(pack.valid_from.Iso() == "2022-06-23");
  CHECK(pack.max == 10000);
  REQUIRE(pack.groups.size() == 6);
  std::string layout;
  for (const auto& g : pack.groups) {
    layout += std::to_string(g.number) + " " + g.code + " " + std::to_string(g.max) + ":";
    for (const auto& i : g.indicators)
      layout += " " + i.code + "(" + std::to_string(i.max) + "/" + std::to_string(i.threshold) +
                (i.empty == IndicatorRule::Empty::kFull ? ",full" : "") + ")";
    layout += "\n";
  }
  CHECK(layout ==
        "1 transparency 1800: PUBLISH_ON_TIME(600/10000) PUBLIC_UPDATE_ON_TIME(400/10000) "
        "PUBLIC_CONTENT_FULL(200/10000) DOSSIER_SYNC(600/10000)\n"
        "2 progress 2000: PROGRESS(2000/10000)\n"
        "3 dvctt 1200: DVCTT_3_1(200/8000) DVCTT_3_2(400/10000) DVCTT_3_3(600/5000)\n"
        "4 payment 1000: PAYMENT_A(600/10000) PAYMENT_B(200/8000) PAYMENT_C(200/8000)\n"
        "5 digitized 2200: ORIGINAL_RESULT_AVAILABLE(600/10000) SO_HOA_GIAY_TO_GIAI_QUYET(400/10000) "
        "REUSED_DIGITIZED_DATA(200/8000) SYNCED_WITH_DVCQG_PERSONAL_STORAGE(400/10000) "
        "CITIZEN_DATA_CONNECTED_DOSSIER(200/10000) CITIZEN_DATA_CONNECTED_FORMALITY(200/10000) "
        "ELECTRONIC_CERTIFIED_COPY(200/10000)\n"
        "6 satisfaction 1800: DOSSIER_RECEIVING_SATISFACTION(600/9000) PETITION_PROCESSING_ON_TIME(600/10000,full) "
        "PETITION_HANDLING_SATISFACTION(600/10000,full)\n");
  const IndicatorRule& d33 = pack.Group("dvctt")->indicators[2];
  CHECK(d33.numerator == std::vector<std::string>{"channelOnlineSum"});
  CHECK(d33.denominator == std::vector<std::string>{"channelTotalSum"});
  CHECK(d33.factor_numerator == "DOSSIER_SYNC.numerator");
  CHECK(d33.factor_denominator == "DOSSIER_SYNC.denominator");
  CHECK(d33.factor_default == 10000);
  CHECK(pack.Group("dvctt")->indicators[0].numerator == std::vector<std::string>{"partialCount", "fullCount"});
  CHECK(pack.Group("progress")->indicators[0].noun == "hồ sơ đúng hạn");
  CHECK(pack.InputMeaning("totalReceived") == "số hồ sơ phải giải quyết trong kỳ (kỳ trước chuyển sang và tiếp nhận mới)");
  CHECK(pack.InputMeaning("unknownInput") == "unknownInput");
}

TEST_CASE("rule pack: the loader takes the latest valid_from on or before the period's end") {
  test::TempDir dir;
  std::filesystem::create_directories(dir.path() / "chi_so_766");
  test::WriteFile(dir.File("chi_so_766/2022-06-23.toml"), TinyPack("2022-06-23", kGoodIndicator));
  test::WriteFile(dir.File("chi_so_766/2026-09-01.toml"), TinyPack("2026-09-01", kGoodIndicator));
  test::WriteFile(dir.File("chi_so_766/ghi-chu.toml"), "not a version, ignored");
  CHECK(LoadRulePack(dir.path().string(), Date::FromYmd(2026, 8, 31)).valid_from.Iso() == "2022-06-23");
  CHECK(LoadRulePack(dir.path().string(), Date::FromYmd(2026, 9, 1)).valid_from.Iso() == "2026-09-01");
  CHECK(LoadRulePack(dir.path().string(), Date::FromYmd(2027, 1, 31)).valid_from.Iso() == "2026-09-01");
  try {
    LoadRulePack(dir.path().string(), Date::FromYmd(2022, 6, 22));
    FAIL("no pack was in force");
  } catch (const InputError& e) {
    CHECK(e.why() ==
          "không có bộ quy tắc chỉ số 766 nào có hiệu lực đến ngày 22/06/2022 (cần một tệp <ngày hiệu lực>.toml "
          "với ngày hiệu lực không sau ngày đó)");
  }
  CHECK_THROWS_AS(LoadRulePack(dir.File("missing"), Date::FromYmd(2026, 8, 31)), InputError);
}

TEST_CASE("rule pack: DefaultRulesDir is $BAOCAO_RULES, else the project's rules/") {
  const char* before = std::getenv("BAOCAO_RULES");
  const std::string saved = before ? before : "";
  ::unsetenv("BAOCAO_RULES");
  CHECK(DefaultRulesDir() == kRules);
  ::setenv("BAOCAO_RULES", "/srv/quy-tac", 1);
  CHECK(DefaultRulesDir() == "/srv/quy-tac");
  ::setenv("BAOCAO_RULES", "", 1);
  CHECK(DefaultRulesDir() == kRules);
  if (before) ::setenv("BAOCAO_RULES", saved.c_str(), 1);
  else ::unsetenv("BAOCAO_RULES");
}

TEST_CASE("rule pack: a tiny well-formed pack reads") {
  test::TempDir dir;
  test::WriteFile(dir.File("2022-06-23.toml"), TinyPack("2022-06-23", kGoodIndicator));
  const RulePack pack = ReadRulePack(dir.File("2022-06-23.toml"));
  REQUIRE(pack.groups.size() == 1);
  CHECK(pack.groups[0].indicators[0].max == 10000);
  CHECK(pack.groups[0].indicators[0].threshold == 10000);
  CHECK_FALSE(pack.groups[0].indicators[0].factor_numerator);
}

TEST_CASE("rule pack: a malformed pack is refused in Vietnamese, naming the file and line") {
  CHECK(LoadError(TinyPack("2022-06-23", kGoodIndicator, "90")) ==
        ":7:1: nhóm g: điểm tối đa của các chỉ tiêu cộng lại được 100, khác điểm tối đa của nhóm (90)");
  CHECK(LoadError(TinyPack("2022-06-23",
                           "name = \"C\"\nmax = 90\nnumerator = [\"a\"]\ndenominator = [\"b\"]\nempty = \"zero\"\n"
                           "noun = \"hồ sơ\"\n",
                           "90")) == ":7:1: điểm tối đa của các nhóm cộng lại được 90, phải là 100");
  CHECK(LoadError(TinyPack("2022-06-23", kGoodIndicator + "colour = 1\n")) ==
        ":20:1: chỉ tiêu X: khóa \"colour\" không được hỗ trợ (các khóa: code, name, max, threshold, numerator, "
        "denominator, factor, empty, noun)");
  CHECK(LoadError(TinyPack("2022-06-23",
                           "name = \"C\"\nmax = 100\nnumerator = [\"a\"]\ndenominator = [\"c\"]\nempty = \"zero\"\n"
                           "noun = \"hồ sơ\"\n")) ==
        ":12:1: chỉ tiêu X: số liệu \"c\" chưa được mô tả trong bảng [inputs]: hãy thêm nghĩa tiếng Việt của nó");
  CHECK(LoadError(TinyPack("2022-06-23",
                           "name = \"C\"\nmax = 100\nnumerator = [\"a\"]\ndenominator = [\"b\"]\nempty = \"nothing\"\n"
                           "noun = \"hồ sơ\"\n")) ==
        ":18:9: chỉ tiêu X: \"empty\" phải là \"zero\" hoặc \"full\" (0/0 được 0 điểm hay đủ điểm)");
  CHECK(LoadError(TinyPack("2022-06-23",
                           "name = \"C\"\nmax = 100\nthreshold = 120\nnumerator = [\"a\"]\ndenominator = [\"b\"]\n"
                           "empty = \"zero\"\nnoun = \"hồ sơ\"\n")) ==
        ":16:13: chỉ tiêu X: \"threshold\" là phần trăm, không được quá 100");
  CHECK(LoadError(TinyPack("2022-06-23",
                           "name = \"C\"\nmax = 100\nnumerator = []\ndenominator = [\"b\"]\nempty = \"zero\"\n"
                           "noun = \"hồ sơ\"\n")) ==
        ":16:13: chỉ tiêu X: \"numerator\" phải là một danh sách tên số liệu, ví dụ [\"totalOnTime\"]");
  CHECK(LoadError(TinyPack("2022-06-23", "max = 100\nnumerator = [\"a\"]\n")) == ":12:1: chỉ tiêu X: thiếu khóa \"name\"");
  CHECK(LoadError(TinyPack("2022-06-23", kGoodIndicator), "2022-07-01.toml") ==
        ":1:14: \"valid_from\" (2022-06-23) phải trùng tên tệp (2022-07-01.toml)");
  CHECK(LoadError(TinyPack("\"2022-06-23\"", kGoodIndicator)) ==
        ":1:14: \"valid_from\" phải là một ngày dạng 2022-06-23 (không đặt trong ngoặc kép)");
  CHECK(LoadError("valid_from = 2022-06-23\ndecision = \n") ==
        ":2:12: tệp quy tắc không đúng cú pháp TOML; hãy sửa dòng này");
}

}  // namespace
}  // namespace baocao
