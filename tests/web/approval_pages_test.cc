// Phê duyệt on the status page (/tinh-hinh): the office approves a period and withdraws it with a
// reason, both audited with its account; a unit's account sees the state but not the forms and is
// refused the posts; an upload into the approved month is refused with the lock's message.
#include <catch2/catch.hpp>

#include <regex>

#include "sample_province_fixture.h"
#include "store/database.h"
#include "web/portal_fixture.h"

namespace baocao::test {
namespace {

bool Has(const std::string& body, const std::string& part) { return body.find(part) != std::string::npos; }

void Fill(Database& db) { LoadSampleProvince(db); }

const httplib::Params kMayH01 = {{"period", "2023-05"}, {"from", ""}, {"to", ""}, {"unit", "H01"}};

}  // namespace

TEST_CASE("portal approval: the office approves H01 for 2023-05 and withdraws it with a reason, both audited") {
  PortalFixture portal(Fill);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto page = web.Get("/tinh-hinh?period=2023-05");
  REQUIRE(page->status == 200);
  CHECK(Has(page->body, "<p class=\"not-approved\">Số liệu kỳ 2023-05 chưa được phê duyệt.</p>"));
  CHECK(Has(page->body, "<form method=\"post\" action=\"/tinh-hinh/phe-duyet\" class=\"inline\">"));
  CHECK(Has(page->body, "<button type=\"submit\">Phê duyệt kỳ này</button>"));

  const auto approved = web.Post("/tinh-hinh/phe-duyet", kMayH01);
  REQUIRE(approved->status == 200);
  CHECK(Has(approved->body, "<p class=\"ok\" role=\"status\">Đã phê duyệt số liệu Tháng 5/2023 (Từ ngày 15/04/2023 "
                            "đến ngày 14/05/2023) của H01 UBND thành phố Hòa Bình và các đơn vị trực thuộc (3 đơn vị). "
                            "Tệp hồ sơ, phản ánh của các tháng trong kỳ sẽ bị từ chối cho đến khi rút phê duyệt.</p>"));
  CHECK(std::regex_search(approved->body,
                          std::regex("<p class=\"approved\">Số liệu kỳ 2023-05 của H01 và các đơn vị trực thuộc: Đã phê "
                                     "duyệt ngày [0-9]{2}/[0-9]{2}/[0-9]{4} lúc [0-9:]{8} bởi tonghop.</p>")));
  CHECK(Has(approved->body, "<form method=\"post\" action=\"/tinh-hinh/rut-phe-duyet\" class=\"inline\">"));

  // Approving X0101, inside H01's approval, is refused and says by whom.
  const auto inside = web.Post("/tinh-hinh/phe-duyet", {{"period", "2023-05"}, {"unit", "X0101"}});
  CHECK(inside->status == 400);
  CHECK(std::regex_search(inside->body,
                          std::regex("<p class=\"error\" role=\"alert\">Không phê duyệt được: số liệu kỳ 2023-05 của đơn "
                                     "vị X0101 \\(UBND phường Phương Lâm\\) đã được phê duyệt cùng H01 \\(UBND thành phố "
                                     "Hòa Bình\\) \\(Đã phê duyệt ngày .* bởi tonghop\\); muốn phê duyệt lại")));

  // Withdrawing needs a reason.
  const auto no_reason = web.Post("/tinh-hinh/rut-phe-duyet", {{"period", "2023-05"}, {"unit", "H01"}, {"reason", ""}});
  CHECK(no_reason->status == 400);
  CHECK(Has(no_reason->body, "<p class=\"error\" role=\"alert\">Cần nêu lý do rút phê duyệt: lý do được ghi vào nhật ký</p>"));
  const auto withdrawn = web.Post("/tinh-hinh/rut-phe-duyet",
                                  {{"period", "2023-05"}, {"unit", "H01"}, {"reason", "H01 nộp bổ sung hồ sơ"}});
  REQUIRE(withdrawn->status == 200);
  CHECK(Has(withdrawn->body, "<p class=\"ok\" role=\"status\">Đã rút phê duyệt số liệu Tháng 5/2023 (Từ ngày 15/04/2023 "
                             "đến ngày 14/05/2023) của H01. Các đơn vị có thể nộp lại tệp của các tháng trong kỳ.</p>"));
  CHECK(Has(withdrawn->body, "<p class=\"not-approved\">Số liệu kỳ 2023-05 chưa được phê duyệt.</p>"));

  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT ma_don_vi, approved_by, withdrawn_by, withdraw_reason FROM approvals") ==
        "H01|tonghop|tonghop|H01 nộp bổ sung hồ sơ\n");
  CHECK(QueryText(db, "SELECT account || ' ' || action || ' ' || detail FROM audit_log WHERE action = 'approval'") ==
        "tonghop approval kỳ 2023-05, đơn vị H01 UBND thành phố Hòa Bình: 3 đơn vị được phê duyệt\n");
  CHECK(std::regex_search(
      QueryText(db, "SELECT account || ' ' || action || ' ' || detail FROM audit_log WHERE action = 'approval_withdrawn'"),
      std::regex("^tonghop approval_withdrawn kỳ 2023-05, đơn vị H01 \\(phê duyệt ngày .* bởi tonghop\\); lý do: H01 nộp "
                  "bổ sung hồ sơ\n$")));
}

TEST_CASE("portal approval: a unit's account sees the approval but not the forms, its posts are refused, its upload too") {
  PortalFixture portal(Fill);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  {
    WebClient office(portal);
    REQUIRE(office.Login("tonghop", "mat-khau-tong-hop") == 303);
    office.Get("/tinh-hinh?period=2023-05");
    REQUIRE(office.Post("/tinh-hinh/phe-duyet", kMayH01)->status == 200);
  }
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  const auto page = web.Get("/tinh-hinh?period=2023-05");
  REQUIRE(page->status == 200);
  CHECK(Has(page->body, "<p class=\"approved\">Số liệu kỳ 2023-05 của H01 và các đơn vị trực thuộc: Đã phê duyệt ngày "));
  CHECK_FALSE(Has(page->body, "/tinh-hinh/phe-duyet"));
  CHECK_FALSE(Has(page->body, "/tinh-hinh/rut-phe-duyet"));
  CHECK(web.Post("/tinh-hinh/phe-duyet", kMayH01)->status == 403);
  CHECK(web.Post("/tinh-hinh/rut-phe-duyet", {{"period", "2023-05"}, {"unit", "H01"}, {"reason", "x"}})->status == 403);

  web.Get("/nop");
  const auto answer = web.Upload("/nop", {{"kind", "dossiers"}, {"unit", "H01"}, {"period", "2023-05"}},
                                 "dossiers_H01_2023-05.csv", ReadFile(Fixture("approval/dossiers_H01_2023-05_bo_sung.csv")));
  REQUIRE(answer->status == 303);
  const auto receipt = web.Get(answer->get_header_value("Location"));
  CHECK(Has(receipt->body, "Không nhận tệp: số liệu Tháng 5/2023 (kỳ 2023-05) của đơn vị H01 đã được phê duyệt ngày "));
  CHECK(Has(receipt->body, "Muốn nộp, hãy đề nghị người phê duyệt rút phê duyệt trước: baocao unapprove --period 2023-05 "
                           "--unit H01 --reason &quot;…&quot;"));
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT COUNT(*) FROM dossiers WHERE ma_ho_so = 'M-H01-05'") == "0\n");
}

}  // namespace baocao::test
