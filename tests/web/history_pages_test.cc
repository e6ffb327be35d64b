// Lịch sử: runs made by the real job runner (with the tests' stand-in indicators and writers) shown
// with their files and inbox results, and the download of a published file by its id.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "core/sha256.h"
#include "jobs/clock.h"
#include "jobs/job_fixture.h"
#include "jobs/job_run.h"
#include "jobs/run_history.h"
#include "store/database.h"
#include "web/portal_fixture.h"

namespace baocao::test {
namespace {
namespace fs = std::filesystem;

// A project whose monthly job ran for 2023-05 (run #1: artifacts 1–13) and then for 2023-04 (run #2:
// artifacts 14–26), on a fixed clock, into the portal's database; the portal's job is that job.
struct HistoryFixture {
  JobProject project;
  Job job = MonthlyJob(project);
  std::unique_ptr<PortalFixture> portal;

  HistoryFixture() {
    project.Drop("sample/units.csv", "units_T17_2023-05.csv");
    project.Drop("sample/procedures.csv", "procedures_T17_2023-05.csv");
    project.Drop("ingest/dossiers_canonical.csv", "dossiers_H01_2023-05.csv");
    project.Drop("ingest/dossiers_canonical.csv", "ghi_chu.docx");
    portal = std::make_unique<PortalFixture>(
        [&](Database& db) {
          FixedClock clock(DateTime{Date::FromYmd(2023, 5, 15), 6 * 3600});
          std::ostringstream log;
          RunOptions options;
          options.clock = &clock;
          options.log = &log;
          options.compute = FakeCompute;
          options.write = FakeWrite;
          RunJob(db, job, options);
          clock.Advance(3600);
          options.period = "2023-04";
          RunJob(db, job, options);
        },
        [&](web::PortalConfig& config) { config.job_file = project.job_file; });
    portal->AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
    portal->AddAccount("xa0101", Role::kDonVi, "X0101", "mat-khau-xa-0101");
  }
  std::string May(const std::string& name) const { return project.output() + "/2023-05/" + name; }
  std::string Downloads() const {
    Database db(portal->db_path(), Database::OpenMode::kExisting);
    return QueryText(db, "SELECT account || ' ' || action || ' ' || detail FROM audit_log WHERE action = 'download'");
  }
};

bool Has(const std::string& body, const std::string& part) { return body.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("portal history: the runs with their published files and the inbox results of their period") {
  HistoryFixture f;
  WebClient web(*f.portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto page = web.Get("/lich-su");
  REQUIRE(page->status == 200);
  const std::string& html = page->body;
  CHECK(Has(html, "<table class=\"runs\">"));
  CHECK(Has(html, "<tr class=\"run\"><td>#2</td><td>2023-05-15 07:00:00</td><td>2023-05-15 07:00:00</td><td>monthly</td>"
                  "<td>2023-04</td><td class=\"status\">thiếu báo cáo</td><td class=\"num\">5</td>"));
  CHECK(Has(html, "<tr class=\"run\"><td>#1</td><td>2023-05-15 06:00:00</td><td>2023-05-15 06:00:00</td><td>monthly</td>"
                  "<td>2023-05</td><td class=\"status\">có tệp bị từ chối</td><td class=\"num\">3</td>"));
  CHECK(html.find("<td>#2</td>") < html.find("<td>#1</td>"));  // newest first

  const std::string json = f.May("tthc_T17_2023-05.json");
  const std::string size = std::to_string(fs::file_size(json));
  REQUIRE(size.size() < 4);  // no thousands separator in this small file
  CHECK(Has(html, "<tr><td><a href=\"/lich-su/tep/1\">tthc_T17_2023-05.json</a></td><td class=\"num\">" + size +
                      " byte</td><td><code>" + Sha256OfFile(json) + "</code></td></tr>"));
  CHECK(Has(html, "<a href=\"/lich-su/tep/13\">tom_tat_2023-05.txt</a>"));
  CHECK(Has(html, "<a href=\"/lich-su/tep/26\">tom_tat_2023-04.txt</a>"));

  CHECK(Has(html, "<th>Tệp trong hộp thư (kỳ 2023-05)</th>"));
  CHECK(Has(html, "<tr><td>dossiers_H01_2023-05.csv</td><td>đã tiếp nhận</td><td></td></tr>"));
  CHECK(Has(html, "<tr><td>units_T17_2023-05.csv</td><td>đã tiếp nhận</td><td></td></tr>"));
  CHECK(Has(html, "<tr><td>procedures_T17_2023-05.csv</td><td>đã tiếp nhận</td><td></td></tr>"));
  CHECK(Has(html, "<tr><td>ghi_chu.docx</td><td>bị từ chối (tên tệp sai mẫu)</td><td>không phải tệp .csv, .txt, .xlsx "
                  "hoặc .xls; tên tệp phải có dạng &lt;loại&gt;_&lt;mã đơn vị&gt;_&lt;YYYY-MM&gt;.csv (hoặc .txt, "
                  ".xlsx, .xls)</td></tr>"));
  CHECK(Has(html, "<p class=\"hint\">Không có tệp nào trong hộp thư của kỳ 2023-04.</p>"));
}

TEST_CASE("portal history: a published file downloads by its id, byte-identical, and is audited") {
  HistoryFixture f;
  WebClient web(*f.portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto file = web.Get("/lich-su/tep/1");
  REQUIRE(file->status == 200);
  CHECK(file->body == ReadFile(f.May("tthc_T17_2023-05.json")));
  CHECK(file->get_header_value("Content-Disposition") == "attachment; filename=\"tthc_T17_2023-05.json\"");
  CHECK(file->get_header_value("Content-Type") == "application/json");
  const auto summary = web.Get("/lich-su/tep/13");
  REQUIRE(summary->status == 200);
  CHECK(summary->body == ReadFile(f.May("tom_tat_2023-05.txt")));
  CHECK(summary->get_header_value("Content-Type") == "text/plain; charset=utf-8");
  CHECK(f.Downloads() == "tonghop download tệp công bố #1 của lượt chạy #1: tthc_T17_2023-05.json (SHA-256 " +
                             Sha256OfFile(f.May("tthc_T17_2023-05.json")) + ")\n"
                         "tonghop download tệp công bố #13 của lượt chạy #1: tom_tat_2023-05.txt (SHA-256 " +
                             Sha256OfFile(f.May("tom_tat_2023-05.txt")) + ")\n");
}

TEST_CASE("portal history: a file changed after publishing is refused") {
  HistoryFixture f;
  WriteFile(f.May("tthc_T17_2023-05.json"), ReadFile(f.May("tthc_T17_2023-05.json")) + "X0101 999\n");
  WebClient web(*f.portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto answer = web.Get("/lich-su/tep/1");
  CHECK(answer->status == 410);
  CHECK(Has(answer->body,
            "Tệp tthc_T17_2023-05.json đã bị thay đổi sau khi lượt chạy #1 công bố (mã SHA-256 không còn khớp với mã "
            "đã ghi): không tải tệp này. Hãy báo cho người quản trị hệ thống; muốn có lại tệp đúng, hãy chạy lại kỳ "
            "2023-05 để công bố lại."));
  CHECK(answer->get_header_value("Content-Disposition").empty());
  CHECK(f.Downloads().empty());
}

TEST_CASE("portal history: a deleted file, an unknown id, a link or a path outside the output folder give 404") {
  HistoryFixture f;
  WebClient web(*f.portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const std::string april = f.project.output() + "/2023-04/tthc_T17_2023-04.json";
  REQUIRE(fs::remove(april));
  const auto deleted = web.Get("/lich-su/tep/14");  // run #2's first file
  CHECK(deleted->status == 404);
  CHECK(Has(deleted->body, "Tệp tthc_T17_2023-04.json của lượt chạy #2 không còn ở thư mục công bố"));

  const auto unknown = web.Get("/lich-su/tep/27");
  CHECK(unknown->status == 404);
  CHECK(Has(unknown->body, "Không có tệp công bố số 27. Hãy mở lại trang Lịch sử và chọn tệp từ danh sách."));
  CHECK(web.Get("/lich-su/tep/..%2f..%2fetc%2fpasswd")->status == 404);
  CHECK(web.Get("/lich-su/tep/-1")->status == 404);

  // A link put in place of a published file, to the same bytes elsewhere: refused.
  const std::string json = f.May("dvc_T17_2023-05.json");  // artifact 4
  const std::string copy = f.project.dir.File("ban_sao.json");
  fs::copy_file(json, copy);
  fs::remove(json);
  fs::create_symlink(copy, json);
  const std::string refused = "không phải là tệp thường nằm trong thư mục công bố của công việc: không tải tệp này.";
  const auto link = web.Get("/lich-su/tep/4");
  CHECK(link->status == 404);
  CHECK(Has(link->body, "Tệp dvc_T17_2023-05.json của lượt chạy #1 " + refused));

  // A recorded path outside the output folder (the same bytes, so only the place is wrong): refused.
  {
    Database db(f.portal->db_path(), Database::OpenMode::kExisting);
    db.connection().ExecuteScript("UPDATE artifacts SET path = '" + copy + "' WHERE rowid = 4");
  }
  const auto outside = web.Get("/lich-su/tep/4");
  CHECK(outside->status == 404);
  CHECK(Has(outside->body, "Tệp ban_sao.json của lượt chạy #1 " + refused));
  CHECK(f.Downloads().empty());
}

TEST_CASE("portal history: a unit's account gets 403 on the runs and on a file") {
  HistoryFixture f;
  WebClient web(*f.portal);
  REQUIRE(web.Login("xa0101", "mat-khau-xa-0101") == 303);
  const auto page = web.Get("/lich-su");
  CHECK(page->status == 403);
  CHECK(Has(page->body, "Tài khoản của bạn không được xem hoặc thao tác trang này (chỉ dành cho bộ phận tổng hợp)."));
  const auto file = web.Get("/lich-su/tep/1");
  CHECK(file->status == 403);
  CHECK(file->body.find(ReadFile(f.May("tthc_T17_2023-05.json"))) == std::string::npos);
  Database db(f.portal->db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT account || ' ' || action || ' ' || detail FROM audit_log WHERE action = 'forbidden'") ==
        "xa0101 forbidden GET /lich-su: trang này (chỉ dành cho bộ phận tổng hợp)\n"
        "xa0101 forbidden GET /lich-su/tep/1: trang này (chỉ dành cho bộ phận tổng hợp)\n");
}

}  // namespace baocao::test
