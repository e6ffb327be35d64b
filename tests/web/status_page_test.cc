// Tình hình nộp báo cáo (/tinh-hinh) against the portal on a real socket over the sample province:
// the cells `baocao status` prints, the deadline, the rates per level, the account's subtree only.
#include <catch2/catch.hpp>

#include "jobs/clock.h"
#include "jobs/job.h"
#include "sample_province_fixture.h"
#include "web/page_text.h"
#include "web/portal_fixture.h"

namespace baocao::test {
namespace {

void LoadWithDeadlines(Database& db) { LoadSampleProvince(db, {}, DeadlineSubmissionTimes()); }

}  // namespace

TEST_CASE("portal status: 2023-06 for the province lists H03 as missing, with the deadline and the level rates") {
  PortalFixture portal(LoadWithDeadlines);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto page = web.Get("/tinh-hinh?period=2023-06");
  REQUIRE(page->status == 200);
  const std::string& html = page->body;
  CHECK(html.find("<h2>Tháng 6/2023 (Từ ngày 15/05/2023 đến ngày 14/06/2023)</h2>") != std::string::npos);
  const int overdue = SystemClock().Today().days - Date::FromYmd(2023, 6, 15).days;
  CHECK(html.find("Hạn nộp: <strong>15/06/2023</strong> — <span class=\"late\">đã quá hạn " +
                  std::to_string(overdue) + " ngày</span>") != std::string::npos);
  CHECK(html.find("<p>Tháng xuất dữ liệu cần nộp: 2023-06</p>") != std::string::npos);
  CHECK(RowCells(html, "status", "H03") ==
        std::vector<std::string>{"\u00a0\u00a0\u00a0\u00a0H03", "UBND huyện Mai Châu", "CHƯA BÁO CÁO (0/1; thiếu 2023-06)",
                                 "đã báo cáo", "—"});
  CHECK(RowCells(html, "status", "S02") ==
        std::vector<std::string>{"\u00a0\u00a0\u00a0\u00a0S02", "Sở Kế hoạch và Đầu tư", "đã báo cáo, nộp muộn (1/1)",
                                 "đã báo cáo", "2023-06-16 00:00:00 dossiers_S02_2023-06.csv"});
  CHECK(RowCells(html, "status", "T17") ==
        std::vector<std::string>{"T17", "UBND tỉnh Hòa Bình", "tổng hợp (không phải nộp)", "đã báo cáo",
                                 "2023-06-14 10:00:00 dossiers_T17_2023-06.csv"});
  CHECK(TableRows(html, "levels") == std::vector<std::vector<std::string>>{
                                         {"Cấp", "Đã báo cáo", "Tỷ lệ", "Đúng hạn"},
                                         {"Sở, ban, ngành", "2/2", "100,00%", "1"},
                                         {"Huyện/thành phố", "2/3", "66,67%", "2"},
                                         {"Xã/phường/thị trấn/đặc khu", "4/5", "80,00%", "4"},
                                         {"Tổng cộng", "8/10", "80,00%", "7"},
                                     });
  CHECK(html.find("<a href=\"/lan-nop/") != std::string::npos);
}

TEST_CASE("portal status: the open period by default, and a period mistake answers the form with its message") {
  PortalFixture portal(LoadWithDeadlines);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto page = web.Get("/tinh-hinh");
  REQUIRE(page->status == 200);
  const Period open = ResolvePeriod(LoadJob(std::string(BAOCAO_SOURCE_DIR) + "/jobs/monthly.toml"), SystemClock().Today(),
                                    std::nullopt);
  CHECK(page->body.find("<input name=\"period\" value=\"" + open.Label() + "\">") != std::string::npos);
  CHECK(page->body.find("<h2>" + open.TitleWithDates() + "</h2>") != std::string::npos);
  CHECK(page->body.find("<table class=\"status\">") != std::string::npos);

  const auto wrong = web.Get("/tinh-hinh?period=2023-13");
  CHECK(wrong->status == 400);
  CHECK(wrong->body.find("<p class=\"error\" role=\"alert\">Kỳ báo cáo không hợp lệ: &quot;2023-13&quot; (dạng đúng: "
                         "2023-05, 2023-Q2, 2023-H1, 2023)</p>") != std::string::npos);
  CHECK(wrong->body.find("value=\"2023-13\"") != std::string::npos);
  CHECK(wrong->body.find("<table class=\"status\">") == std::string::npos);

  const auto both = web.Get("/tinh-hinh?period=2023-05&from=2023-05-01&to=2023-05-31");
  CHECK(both->status == 400);
  CHECK(both->body.find("<p class=\"error\" role=\"alert\">Chỉ chọn kỳ báo cáo hoặc khoảng từ ngày – đến ngày, không "
                        "chọn cả hai</p>") != std::string::npos);
  const auto range = web.Get("/tinh-hinh?from=2023-05-01&to=2023-06-10&unit=H01");
  REQUIRE(range->status == 200);
  CHECK(range->body.find("<h2>Từ ngày 01/05/2023 đến ngày 10/06/2023</h2>") != std::string::npos);
  CHECK(range->body.find("<option value=\"H01\" selected>") != std::string::npos);
}

TEST_CASE("portal status: a district's account sees only its subtree and gets 403 for another unit") {
  PortalFixture portal(LoadWithDeadlines);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  const auto page = web.Get("/tinh-hinh?period=2023-06");
  REQUIRE(page->status == 200);
  CHECK(ColumnTexts(page->body, "status", 0) ==
        std::vector<std::string>{"H01", "\u00a0\u00a0\u00a0\u00a0X0101", "\u00a0\u00a0\u00a0\u00a0X0102"});
  CHECK(page->body.find("value=\"H02\"") == std::string::npos);
  CHECK(page->body.find("Cả tỉnh") == std::string::npos);
  for (const std::string unit : {"H02", "X0201", "T17", "h01", "KHONGCO"}) {
    const auto refused = web.Get("/tinh-hinh?period=2023-06&unit=" + unit);
    CHECK(refused->status == 403);
    CHECK(refused->body.find("<table class=\"status\">") == std::string::npos);
  }
  CHECK(web.Get("/tinh-hinh?period=2023-06&unit=X0101")->status == 200);
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT count(*) FROM audit_log WHERE action = 'forbidden' AND account = 'huyen01'") == "5\n");
}

TEST_CASE("portal status: a unit named <script> shows as text") {
  PortalFixture portal([](Database& db) {
    LoadSampleProvince(db, {{"units.csv", "web/units_script_name.csv"}});
  });
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto page = web.Get("/tinh-hinh?period=2023-06");
  REQUIRE(page->status == 200);
  CHECK(page->body.find("<td class=\"name\">&lt;script&gt;alert(1)&lt;/script&gt;</td>") != std::string::npos);
  CHECK(page->body.find("<script>alert") == std::string::npos);
  CHECK(page->body.find("X0102 — &lt;script&gt;") != std::string::npos);
}

}  // namespace baocao::test
