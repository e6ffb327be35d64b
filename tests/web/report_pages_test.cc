// Báo cáo (/bao-cao, /bao-cao/tai) against the portal on a real socket over the sample province:
// the table in the page, downloads byte-identical to `baocao report`, audited, the subtree only.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "sample_province_fixture.h"
#include "store/database.h"
#include "web/page_text.h"
#include "web/portal_fixture.h"

namespace baocao::test {
namespace {

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// What `baocao report` writes for the choice (args after --form …), by file name.
std::map<std::string, std::string> CliReport(const PortalFixture& portal, const std::string& name,
                                             std::vector<std::string> choice) {
  const std::string out = portal.dir().File("cli-" + name);
  std::vector<std::string> args = {"--db", portal.db_path(), "report"};
  args.insert(args.end(), choice.begin(), choice.end());
  for (const std::string a : {"--format", "xlsx,pdf,json", "--out", out.c_str(), "--templates"}) args.push_back(a);
  args.push_back(std::string(BAOCAO_SOURCE_DIR) + "/templates");
  const CliResult result = RunCliCapture(args);
  REQUIRE(result.out != "");
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(out))
    files[entry.path().filename().string()] = FileBytes(entry.path().string());
  return files;
}

void CheckDownloadsEqualCli(const PortalFixture& portal, WebClient& web, const std::string& query,
                            const std::vector<std::string>& cli_choice, const std::string& stem) {
  const auto cli = CliReport(portal, stem, cli_choice);
  REQUIRE(cli.size() == 3);
  for (const std::string format : {"xlsx", "pdf", "json"}) {
    INFO(query << " " << format);
    const auto answer = web.Get("/bao-cao/tai?" + query + "&format=" + format);
    REQUIRE(answer->status == 200);
    const std::string name = stem + "." + format;
    CHECK(answer->get_header_value("Content-Disposition") == "attachment; filename=\"" + name + "\"");
    REQUIRE(cli.count(name) == 1);
    CHECK(answer->body.size() == cli.at(name).size());
    CHECK(answer->body == cli.at(name));
  }
}

}  // namespace

TEST_CASE("portal report: tthc 2023-05 for the province shows the table with the JSON report's totals") {
  PortalFixture portal([](Database& db) { LoadSampleProvince(db); });
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto page = web.Get("/bao-cao?form=tthc&period=2023-05");
  REQUIRE(page->status == 200);
  const std::string& html = page->body;
  const auto rows = TableRows(html, "report");
  REQUIRE(rows.size() > 3);
  // The total line: received 16 (online 8, in person or by post 4, carried over 4), settled 13
  // (early 3, on time 5 + withdrawn 1 + returned 2 = 8, late 2), pending 3 (2 within, 1 overdue).
  CHECK(rows.back() == std::vector<std::string>{"", "Tổng cộng [2]", "16", "8", "4", "4", "13", "3", "8", "2", "3", "2",
                                                "1", "1", "2", "66,67%", "80,00%"});
  CHECK(html.find("<tr class=\"indent-0 bold total\">") != std::string::npos);
  CHECK(html.find("<td class=\"number\">16</td>") != std::string::npos);
  CHECK(html.find("<a href=\"/bao-cao/tai?form=tthc&amp;period=2023-05&amp;format=xlsx\">Tải Excel (.xlsx)</a>") !=
        std::string::npos);
  CHECK(html.find("<a href=\"/bao-cao/tai?form=tthc&amp;period=2023-05&amp;format=pdf\">Tải PDF</a>") != std::string::npos);
  CHECK(html.find("<a href=\"/bao-cao/tai?form=tthc&amp;period=2023-05&amp;format=json\">Tải JSON</a>") !=
        std::string::npos);
  const auto json = web.Get("/bao-cao/tai?form=tthc&period=2023-05&format=json");
  REQUIRE(json->status == 200);
  CHECK(json->get_header_value("Content-Type") == "application/json");
  for (const std::string figure :
       {"\"received_total\": 16,", "\"new_online\": 8,", "\"carried_over\": 4,", "\"resolved_total\": 10,",
        "\"resolved_early\": 3,", "\"resolved_on_time\": 5,", "\"resolved_late\": 2,", "\"withdrawn\": 1,",
        "\"returned\": 2,", "\"pending_total\": 3,", "\"pending_within\": 2,", "\"pending_overdue\": 1,",
        "\"online_rate\": 0.6666666666666666,", "\"on_time_rate\": 0.8,"}) {
    INFO(figure);
    const size_t root = json->body.find("{\"ma_don_vi\": \"T17\"");
    REQUIRE(root != std::string::npos);
    CHECK(json->body.find(figure, root) < json->body.find("{\"ma_don_vi\": \"S01\"", root));
  }
}

TEST_CASE("portal report: downloads are byte-identical to baocao report, and audited") {
  PortalFixture portal([](Database& db) { LoadSampleProvince(db); });
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient office(portal);
  REQUIRE(office.Login("tonghop", "mat-khau-tong-hop") == 303);
  CheckDownloadsEqualCli(portal, office, "form=tthc&period=2023-05", {"--form", "tthc", "--period", "2023-05"},
                         "tthc_T17_2023-05");
  CheckDownloadsEqualCli(portal, office, "form=tong_hop&period=2023-Q2&calendar=1",
                         {"--form", "tong_hop", "--period", "2023-Q2", "--calendar"}, "tong_hop_T17_2023-Q2-cal");
  WebClient district(portal);
  REQUIRE(district.Login("huyen01", "mat-khau-huyen-01") == 303);
  CheckDownloadsEqualCli(portal, district, "form=tthc&period=2023-05&unit=H01&by_field=1",
                         {"--form", "tthc", "--period", "2023-05", "--unit", "H01", "--by-field"}, "tthc_H01_2023-05");
  CheckDownloadsEqualCli(portal, district, "form=dvc&from=2023-05-01&to=2023-06-10",
                         {"--form", "dvc", "--from", "2023-05-01", "--to", "2023-06-10", "--unit", "H01"},
                         "dvc_H01_2023-05-01_2023-06-10");
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT group_concat(account || ' ' || detail, '; ') FROM audit_log WHERE action = 'download'") ==
        "tonghop tthc_T17_2023-05.xlsx; tonghop tthc_T17_2023-05.pdf; tonghop tthc_T17_2023-05.json; "
        "tonghop tong_hop_T17_2023-Q2-cal.xlsx; tonghop tong_hop_T17_2023-Q2-cal.pdf; tonghop tong_hop_T17_2023-Q2-cal.json; "
        "huyen01 tthc_H01_2023-05.xlsx; huyen01 tthc_H01_2023-05.pdf; huyen01 tthc_H01_2023-05.json; "
        "huyen01 dvc_H01_2023-05-01_2023-06-10.xlsx; huyen01 dvc_H01_2023-05-01_2023-06-10.pdf; "
        "huyen01 dvc_H01_2023-05-01_2023-06-10.json\n");
}

TEST_CASE("portal report: a district's account gets 403 for another unit's report and download") {
  PortalFixture portal([](Database& db) { LoadSampleProvince(db); });
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  const auto own = web.Get("/bao-cao?form=tthc&period=2023-05");
  REQUIRE(own->status == 200);
  CHECK(own->body.find("<p class=\"unit\">Đơn vị: H01 — UBND thành phố Hòa Bình</p>") != std::string::npos);
  CHECK(own->body.find("value=\"H02\"") == std::string::npos);
  for (const std::string unit : {"H02", "X0201", "T17"}) {
    CHECK(web.Get("/bao-cao?form=tthc&period=2023-05&unit=" + unit)->status == 403);
    const auto download = web.Get("/bao-cao/tai?form=tthc&period=2023-05&format=pdf&unit=" + unit);
    CHECK(download->status == 403);
    CHECK(download->get_header_value("Content-Disposition") == "");
  }
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT count(*) FROM audit_log WHERE action = 'download'") == "0\n");
  CHECK(QueryText(db, "SELECT count(*) FROM audit_log WHERE action = 'forbidden'") == "6\n");
}

TEST_CASE("portal report: mistakes in the choice answer in Vietnamese with 400") {
  PortalFixture portal([](Database& db) { LoadSampleProvince(db); });
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto form_only = web.Get("/bao-cao");
  CHECK(form_only->status == 200);
  CHECK(form_only->body.find("<table class=\"report\">") == std::string::npos);
  CHECK(web.Get("/bao-cao?form=tthc&period=2023-99")->status == 400);
  CHECK(web.Get("/bao-cao?form=khac&period=2023-05")->status == 400);
  const auto bad_format = web.Get("/bao-cao/tai?form=tthc&period=2023-05&format=docx");
  CHECK(bad_format->status == 400);
  CHECK(bad_format->body.find("Định dạng tải về phải là xlsx, pdf hoặc json") != std::string::npos);
}

TEST_CASE("portal report: a unit named <script> shows as text") {
  PortalFixture portal([](Database& db) { LoadSampleProvince(db, {{"units.csv", "web/units_script_name.csv"}}); });
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto page = web.Get("/bao-cao?form=tthc&period=2023-05&unit=H01");
  REQUIRE(page->status == 200);
  CHECK(page->body.find("&lt;script&gt;alert(1)&lt;/script&gt;</td>") != std::string::npos);
  CHECK(page->body.find("X0102 — &lt;script&gt;alert(1)&lt;/script&gt;</option>") != std::string::npos);
  CHECK(page->body.find("<script>alert") == std::string::npos);
}

}  // namespace baocao::test

namespace baocao::test {

TEST_CASE("portal report: chi_so_766 is offered, shows the calendar period and downloads as baocao report") {
  PortalFixture portal([](Database& db) { LoadSampleProvince(db); });
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient office(portal);
  REQUIRE(office.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto page = office.Get("/bao-cao?form=chi_so_766&period=2026-08");
  REQUIRE(page->status == 200);
  CHECK(page->body.find("<option value=\"chi_so_766\" selected>") != std::string::npos);
  CHECK(page->body.find("Tháng 8/2026 (Từ ngày 01/08/2026 đến ngày 31/08/2026)") != std::string::npos);
  CheckDownloadsEqualCli(portal, office, "form=chi_so_766&period=2026-08", {"--form", "chi_so_766", "--period", "2026-08"},
                         "chi_so_766_T17_2026-08-cal");
}

}  // namespace baocao::test
