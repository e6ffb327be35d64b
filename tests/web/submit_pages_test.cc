// Nộp dữ liệu over real HTTP: the form, uploads good and bad (the receipt identical to
// `baocao submit`'s), the same file again, the role and unit boundaries, CSRF, the size cap, the
// receipt's session, a stored submission's unit, the progress endpoint, a hostile file name.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <regex>

#include "ingest/submission.h"
#include "jobs/job.h"
#include "store/database.h"
#include "web/portal_fixture.h"
#include "web/upload_file.h"

namespace baocao::test {
namespace {

const std::string kGoodName = "dossiers_H01_2023-05.csv";

// The catalog (units, procedures) and H02's May dossiers (submission 3): what each test starts from.
void Fill(Database& db) {
  const auto submit = [&](SubmissionKind kind, const std::string& file, std::optional<std::string> unit,
                          std::optional<std::string> period, const std::string& now) {
    SubmitRequest request;
    request.kind = kind;
    request.file = Fixture("sample/" + file);
    request.unit = std::move(unit);
    request.period = std::move(period);
    request.now = now;
    if (Submit(db, request).outcome != SubmitOutcome::kAccepted) throw std::runtime_error(file + " rejected");
  };
  submit(SubmissionKind::kUnits, "units.csv", {}, {}, "2023-01-15 08:00:00");
  submit(SubmissionKind::kProcedures, "procedures.csv", {}, {}, "2023-01-15 08:05:00");
  submit(SubmissionKind::kDossiers, "dossiers_H02_2023-05.csv", "H02", "2023-05", "2023-05-15 08:00:00");
}

// The good file with row 3 (A-X0101-02) received on a day that does not exist and row 6 sent for a
// unit outside H01.
std::string BadFile() {
  std::string text = ReadFile(Fixture("sample/" + kGoodName));
  text.replace(text.find("2023-04-12 08:00"), 16, "2023-04-31 08:00");
  text.replace(text.find("M-X0102-01,2.000815,X0102"), 25, "M-X0102-01,2.000815,X0201");
  return text;
}

// TMPDIR pointed at a folder of the test while it lives: where the portal's uploads go.
class UploadTemp {
 public:
  UploadTemp() {
    const char* old = std::getenv("TMPDIR");
    if (old != nullptr) old_ = old;
    setenv("TMPDIR", dir_.path().c_str(), 1);
  }
  ~UploadTemp() {
    if (old_) setenv("TMPDIR", old_->c_str(), 1);
    else unsetenv("TMPDIR");
  }
  UploadTemp(const UploadTemp&) = delete;
  UploadTemp& operator=(const UploadTemp&) = delete;
  // The portal's upload folders left in it (the portal's own test folder is there too).
  int Entries() const {
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir_.path()))
      if (e.path().filename().string().rfind("baocao-web-", 0) == 0) ++n;
    return n;
  }

 private:
  TempDir dir_;
  std::optional<std::string> old_;
};

std::string TokenOf(const httplib::Result& answer) {
  const std::string location = answer->get_header_value("Location");
  REQUIRE(std::regex_match(location, std::regex("/bien-nhan/[0-9a-f]{64}")));
  return location.substr(std::string("/bien-nhan/").size());
}

std::string WithoutTime(std::string text) {
  return std::regex_replace(text, std::regex("\nThời điểm nộp: [0-9-]+ [0-9:]+\n"), "\nThời điểm nộp: …\n");
}

// What `baocao submit` prints for content under name, submitted into a database filled like the
// portal's (the file named relative to its folder, as the portal's receipt names it).
std::string CliReceipt(const std::string& name, const std::string& content, const std::vector<std::string>& options) {
  TempDir dir;
  {
    Database db(dir.File("cli.db"));
    Fill(db);
  }
  WriteFile(dir.File(name), content);
  const auto here = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  std::vector<std::string> args = {"--db", dir.File("cli.db"), "submit"};
  args.insert(args.end(), options.begin(), options.end());
  args.push_back(name);
  const CliResult result = RunCliCapture(args);
  std::filesystem::current_path(here);
  return result.out;
}

bool Has(const httplib::Result& answer, const std::string& text) { return answer->body.find(text) != std::string::npos; }

const std::vector<std::pair<std::string, std::string>> kMay = {{"kind", "dossiers"}, {"unit", "H01"}, {"period", "2023-05"}};

}  // namespace

TEST_CASE("portal submit: a safe base name keeps the browser's name without its folders") {
  CHECK(web::SafeBaseName("../../evil<script>.csv") == "evil<script>.csv");
  CHECK(web::SafeBaseName("C:\\Users\\Lan\\ho so T5.xlsx") == "ho so T5.xlsx");
  CHECK(web::SafeBaseName("a\nb\x7f.csv") == "ab.csv");
  CHECK(web::SafeBaseName("..") == "tep-nop");
  CHECK(web::SafeBaseName("dir/") == "tep-nop");
  CHECK(web::SafeBaseName("") == "tep-nop");
  CHECK(web::SizeText(size_t{100} * 1024 * 1024) == "100 MB");
  CHECK(web::SizeText(1500000) == "1.500.000 byte");
  CHECK(web::SafeBaseName(std::string(300, 'a') + ".csv") == std::string(196, 'a') + ".csv");
}

TEST_CASE("portal submit: the form offers a district's account its kinds, its subtree and the open period") {
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  const auto form = web.Get("/nop");
  REQUIRE(form->status == 200);
  CHECK(Has(form, "<form id=\"upload\" method=\"post\" action=\"/nop\" enctype=\"multipart/form-data\">"));
  CHECK(Has(form, "<option value=\"dossiers\" selected>Hồ sơ TTHC (dossiers)</option>"
                  "<option value=\"discipline\">"));
  CHECK(!Has(form, "value=\"units\""));
  CHECK(!Has(form, "value=\"procedures\""));
  const std::regex unit_option("<option value=\"([A-Z0-9]+)\"");
  std::string units;
  const std::string& body = form->body;
  const size_t from = body.find("name=\"unit\"");
  for (std::sregex_iterator it(body.begin() + static_cast<long>(from), body.begin() + static_cast<long>(body.find("</select>", from)), unit_option), end;
       it != end; ++it)
    units += (*it)[1].str() + " ";
  CHECK(units == "H01 X0101 X0102 ");
  CHECK(Has(form, "<option value=\"H01\" selected>H01 — "));
  CHECK(!Has(form, "(không ghi: dữ liệu của cả tỉnh)"));
  const Job job = LoadJob(std::string(BAOCAO_SOURCE_DIR) + "/jobs/monthly.toml");
  const std::string open = ResolvePeriod(job, SystemClock().Today(), std::nullopt).Label();
  CHECK(Has(form, "<input name=\"period\" value=\"" + open + "\""));
  CHECK(Has(form, "tối đa 100 MB"));
  CHECK(Has(form, "<input type=\"hidden\" name=\"tien_do\" value=\"\">"));
}

TEST_CASE("portal submit: the office is offered every kind and every unit") {
  PortalFixture portal(Fill);
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("tonghop", "mat-khau-tong-hop") == 303);
  const auto form = web.Get("/nop");
  CHECK(Has(form, "<option value=\"units\">Danh mục đơn vị (units)</option>"));
  CHECK(Has(form, "<option value=\"\">(không ghi: dữ liệu của cả tỉnh)</option>"));
  CHECK(Has(form, "<option value=\"X0301\">X0301 — "));
  CHECK(Has(form, "<option value=\"T17\">T17 — "));
}

TEST_CASE("portal submit: a good file is accepted, and the receipt page and its .txt are the CLI's receipt") {
  UploadTemp temp;
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  const std::string content = ReadFile(Fixture("sample/" + kGoodName));
  const auto answer = web.Upload("/nop", kMay, kGoodName, content);
  REQUIRE(answer->status == 303);
  const std::string token = TokenOf(answer);
  CHECK(temp.Entries() == 0);  // the temporary folder and file are gone

  const auto page = web.Get("/bien-nhan/" + token);
  REQUIRE(page->status == 200);
  CHECK(Has(page, "<h1>Biên nhận nộp dữ liệu</h1>"));
  CHECK(Has(page, "<p class=\"outcome accepted ok\" role=\"status\">Đã tiếp nhận toàn bộ tệp.</p>"));
  CHECK(Has(page, "<tr><th scope=\"row\">Tệp</th><td>dossiers_H01_2023-05.csv</td></tr>"));
  CHECK(Has(page, "<tr><th scope=\"row\">Biên nhận số</th><td><a href=\"/lan-nop/4\">4</a></td></tr>"));
  CHECK(Has(page, "<tr><th scope=\"row\">Số dòng dữ liệu</th><td class=\"num\">6</td></tr>"));
  CHECK(Has(page, "<tr><th scope=\"row\">Tiếp nhận</th><td class=\"num\">6</td></tr>"));
  CHECK(Has(page, "<tr><th scope=\"row\">Bị từ chối</th><td class=\"num\">0</td></tr>"));
  CHECK(!Has(page, "class=\"problems"));
  CHECK(Has(page, "<a href=\"/bien-nhan/" + token + "/bien-nhan.txt\" download>Tải biên nhận (.txt)</a>"));

  const auto text = web.Get("/bien-nhan/" + token + "/bien-nhan.txt");
  REQUIRE(text->status == 200);
  CHECK(text->get_header_value("Content-Type") == "text/plain; charset=utf-8");
  CHECK(text->get_header_value("Content-Disposition") == "attachment; filename=\"bien-nhan.txt\"");
  const std::string cli = CliReceipt(kGoodName, content, {"--kind", "dossiers", "--unit", "H01", "--period", "2023-05"});
  CHECK(cli.rfind("BIÊN NHẬN NỘP DỮ LIỆU số 4\nTệp: dossiers_H01_2023-05.csv\n", 0) == 0);
  CHECK(WithoutTime(text->body) == WithoutTime(cli));

  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT id, kind, ma_don_vi, period, file_name, rows_accepted FROM submissions WHERE id = 4") ==
        "4|dossiers|H01|2023-05|dossiers_H01_2023-05.csv|6\n");
  CHECK(QueryText(db, "SELECT account, action, detail FROM audit_log WHERE action = 'submission'") ==
        "huyen01|submission|tệp dossiers_H01_2023-05.csv; loại dossiers; đơn vị H01; kỳ 2023-05; kết quả tiếp nhận toàn bộ; "
        "lần nộp 4\n");
}

TEST_CASE("portal submit: a bad file is rejected with its problem rows, as the CLI says it") {
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  const std::string before = DumpDatabase(db);
  const auto answer = web.Upload("/nop", kMay, "ho-so-loi.csv", BadFile());
  REQUIRE(answer->status == 303);
  const std::string token = TokenOf(answer);
  const auto page = web.Get("/bien-nhan/" + token);
  CHECK(Has(page, "<p class=\"outcome rejected error\" role=\"status\">Từ chối: tệp có lỗi, không dòng nào được lưu. "
                  "Hãy sửa các lỗi dưới đây rồi nộp lại.</p>"));
  CHECK(Has(page, "<h2>Lỗi (2)</h2>"));
  CHECK(Has(page, "<table class=\"problems\">\n  <thead><tr><th>Dòng</th><th>Cột</th><th>Tên cột</th><th>Nội dung</th></tr></thead>"));
  CHECK(Has(page, "<tr><td class=\"num\">3</td><td class=\"num\">5</td><td>ngay_tiep_nhan</td><td>cột &quot;ngay_tiep_nhan&quot;: ngày &quot;2023-04-31 08:00&quot; không hợp lệ (dạng đúng: YYYY-MM-DD hoặc DD/MM/YYYY, có thể kèm giờ HH:MM)</td></tr>"));
  CHECK(Has(page, "<tr><td class=\"num\">6</td><td class=\"num\">3</td><td>ma_don_vi</td><td>cột &quot;ma_don_vi&quot;: đơn vị &quot;X0201&quot; không thuộc đơn vị nộp &quot;H01&quot;</td></tr>"));
  const auto text = web.Get("/bien-nhan/" + token + "/bien-nhan.txt");
  CHECK(WithoutTime(text->body) ==
        WithoutTime(CliReceipt("ho-so-loi.csv", BadFile(), {"--kind", "dossiers", "--unit", "H01", "--period", "2023-05"})));
  // Nothing stored but the audit event.
  CHECK(QueryText(db, "SELECT count(*) FROM submissions") == "3\n");
}

TEST_CASE("portal submit: the same file again says it was submitted before") {
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  const std::string content = ReadFile(Fixture("sample/" + kGoodName));
  REQUIRE(web.Upload("/nop", kMay, kGoodName, content)->status == 303);
  const auto again = web.Upload("/nop", kMay, "ban-sao.csv", content);
  REQUIRE(again->status == 303);
  const auto page = web.Get("/bien-nhan/" + TokenOf(again));
  const std::regex duplicate("<p class=\"outcome duplicate notice\" role=\"status\">Đã nộp trước đó: tệp giống hệt tệp "
                             "đã tiếp nhận lúc [0-9-]+ [0-9:]+ \\(biên nhận số 4\\); không có thay đổi.</p>");
  CHECK(std::regex_search(page->body, duplicate));
  CHECK(!Has(page, "Số dòng dữ liệu"));
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT count(*) FROM submissions") == "4\n");
}

TEST_CASE("portal submit: a district's account posting for another district or a catalog gets 403, nothing read") {
  UploadTemp temp;
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  const std::string before = DumpDatabase(db);
  const int64_t last_audit = std::stoll(QueryText(db, "SELECT max(id) FROM audit_log"));

  const std::string h02 = ReadFile(Fixture("sample/dossiers_H02_2023-05.csv"));
  const auto other = web.Upload("/nop", {{"kind", "dossiers"}, {"unit", "H02"}, {"period", "2023-05"}}, "h02.csv", h02);
  CHECK(other->status == 403);
  CHECK(Has(other, "Tài khoản của bạn không được xem hoặc thao tác dữ liệu của đơn vị &quot;H02&quot;."));
  const auto commune = web.Upload("/nop", {{"kind", "dossiers"}, {"unit", "X0201"}, {"period", "2023-05"}}, "h02.csv", h02);
  CHECK(commune->status == 403);
  const auto catalog = web.Upload("/nop", {{"kind", "units"}, {"unit", "H01"}}, "units.csv",
                                  ReadFile(Fixture("sample/units.csv")));
  CHECK(catalog->status == 403);
  const auto no_unit = web.Upload("/nop", {{"kind", "discipline"}, {"unit", ""}, {"period", "2023"}}, "kl.csv", "x\n");
  CHECK(no_unit->status == 403);
  CHECK(temp.Entries() == 0);

  CHECK(QueryText(db, "SELECT action, detail FROM audit_log WHERE id > " + std::to_string(last_audit)) ==
        "forbidden|POST /nop: dữ liệu của đơn vị \"H02\"\n"
        "forbidden|POST /nop: dữ liệu của đơn vị \"X0201\"\n"
        "forbidden|POST /nop: việc nộp danh mục đơn vị (chỉ bộ phận tổng hợp của tỉnh nộp loại này)\n"
        "forbidden|POST /nop: việc nộp dữ liệu không ghi đơn vị nộp\n");
  db.connection().ExecuteScript("DELETE FROM audit_log WHERE id > " + std::to_string(last_audit));
  CHECK(DumpDatabase(db) == before);
}

TEST_CASE("portal submit: an upload without the session's CSRF token is refused before it is read") {
  UploadTemp temp;
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  const std::string before = DumpDatabase(db);
  httplib::Client raw("127.0.0.1", portal.port());
  httplib::MultipartFormDataItems items = {{"kind", "dossiers", "", ""}, {"unit", "H01", "", ""},
                                           {"period", "2023-05", "", ""},
                                           {"file", ReadFile(Fixture("sample/" + kGoodName)), kGoodName, "text/csv"}};
  const auto missing = raw.Post("/nop", {{"Cookie", web.cookie()}}, items);
  REQUIRE(missing);
  CHECK(missing->status == 403);
  CHECK(missing->body.find("Biểu mẫu đã cũ hoặc phiên làm việc đã hết hạn.") != std::string::npos);
  items.insert(items.begin(), {"csrf", std::string(64, '0'), "", ""});
  const auto wrong = raw.Post("/nop", {{"Cookie", web.cookie()}}, items);
  CHECK(wrong->status == 403);
  CHECK(DumpDatabase(db) == before);
  CHECK(temp.Entries() == 0);
}

TEST_CASE("portal submit: a file over the cap is refused with 413 naming the cap") {
  UploadTemp temp;
  PortalFixture portal(Fill, [](web::PortalConfig& config) { config.max_upload_bytes = 2048; });
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  const auto form = web.Get("/nop");
  CHECK(Has(form, "tối đa 2.048 byte"));
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  const std::string before = DumpDatabase(db);
  const auto big = web.Upload("/nop", kMay, "lon.csv", std::string(2049, 'x'));
  REQUIRE(big);
  CHECK(big->status == 413);
  CHECK(Has(big, "Tệp vượt quá giới hạn 2.048 byte của một lần nộp; máy chủ chưa đọc tệp."));
  // Past what the server reads at all (the cap and 1 MB of form fields): refused unread, same message.
  const auto huge = web.Upload("/nop", kMay, "rat-lon.csv", std::string(2048 + 1024 * 1024 + 1, 'x'));
  REQUIRE(huge);
  CHECK(huge->status == 413);
  CHECK(Has(huge, "Tệp vượt quá giới hạn 2.048 byte của một lần nộp; máy chủ chưa đọc tệp."));
  CHECK(DumpDatabase(db) == before);
  CHECK(temp.Entries() == 0);
  CHECK(web.Upload("/nop", kMay, kGoodName, ReadFile(Fixture("sample/" + kGoodName)))->status == 303);  // 821 bytes
}

TEST_CASE("portal submit: a receipt opens only in the session that made it") {
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  const std::string token = TokenOf(web.Upload("/nop", kMay, kGoodName, ReadFile(Fixture("sample/" + kGoodName))));
  for (const std::string login : {"huyen01", "tonghop"}) {
    WebClient other(portal);
    REQUIRE(other.Login(login, login == "huyen01" ? "mat-khau-huyen-01" : "mat-khau-tong-hop") == 303);
    const auto page = other.Get("/bien-nhan/" + token);
    CHECK(page->status == 404);
    CHECK(Has(page, "Không có biên nhận này trong phiên làm việc của bạn"));
    CHECK(other.Get("/bien-nhan/" + token + "/bien-nhan.txt")->status == 404);
  }
  CHECK(web.Get("/bien-nhan/" + std::string(64, 'a'))->status == 404);
  CHECK(web.Get("/bien-nhan/" + token)->status == 200);
}

TEST_CASE("portal submit: a stored submission opens for its unit's accounts and the office, 403 for others") {
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  portal.AddAccount("huyen02", Role::kDonVi, "H02", "mat-khau-huyen-02");
  portal.AddAccount("tonghop", Role::kTongHop, "", "mat-khau-tong-hop");
  WebClient h01(portal);
  REQUIRE(h01.Login("huyen01", "mat-khau-huyen-01") == 303);
  const auto forbidden = h01.Get("/lan-nop/3");
  CHECK(forbidden->status == 403);
  CHECK(Has(forbidden, "Tài khoản của bạn không được xem hoặc thao tác lần nộp số 3 của đơn vị &quot;H02&quot;."));
  CHECK(h01.Get("/lan-nop/1")->status == 403);  // the units catalog: the office's
  CHECK(h01.Get("/lan-nop/99")->status == 404);

  WebClient h02(portal);
  REQUIRE(h02.Login("huyen02", "mat-khau-huyen-02") == 303);
  const auto own = h02.Get("/lan-nop/3");
  REQUIRE(own->status == 200);
  CHECK(Has(own, "<h1>Lần nộp số 3</h1>"));
  CHECK(Has(own, "<tr><th scope=\"row\">Tệp</th><td>dossiers_H02_2023-05.csv</td></tr>"));
  CHECK(Has(own, "<tr><th scope=\"row\">Kỳ</th><td>2023-05</td></tr>"));
  CHECK(Has(own, "<tr><th scope=\"row\">Thời điểm nộp</th><td>2023-05-15 08:00:00</td></tr>"));
  CHECK(Has(own, "<tr><th scope=\"row\">Số dòng dữ liệu</th><td class=\"num\">2</td></tr>"));

  WebClient office(portal);
  REQUIRE(office.Login("tonghop", "mat-khau-tong-hop") == 303);
  CHECK(office.Get("/lan-nop/3")->status == 200);
  CHECK(Has(office.Get("/lan-nop/1"), "<tr><th scope=\"row\">Loại dữ liệu</th><td>Danh mục đơn vị (units)</td></tr>"));
}

TEST_CASE("portal submit: a partial submission's kept-out rows show on its stored page") {
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  auto fields = kMay;
  fields.push_back({"partial", "1"});
  const auto answer = web.Upload("/nop", fields, "ho-so-loi.csv", BadFile());
  REQUIRE(answer->status == 303);
  const auto page = web.Get("/bien-nhan/" + TokenOf(answer));
  CHECK(Has(page, "<p class=\"outcome partial notice\" role=\"status\">Tiếp nhận một phần"));
  CHECK(Has(page, "<tr><th scope=\"row\">Tiếp nhận</th><td class=\"num\">4</td></tr>"));
  const auto stored = web.Get("/lan-nop/4");
  REQUIRE(stored->status == 200);
  CHECK(Has(stored, "<tr><td class=\"num\">3</td><td class=\"num\">5</td><td>ngay_tiep_nhan</td><td>cột &quot;ngay_tiep_nhan&quot;: ngày &quot;2023-04-31 08:00&quot; không hợp lệ (dạng đúng: YYYY-MM-DD hoặc DD/MM/YYYY, có thể kèm giờ HH:MM)</td></tr>"));
}

TEST_CASE("portal submit: usage mistakes give the form again with a Vietnamese message") {
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  const std::string content = ReadFile(Fixture("sample/" + kGoodName));
  const auto no_period = web.Upload("/nop", {{"kind", "dossiers"}, {"unit", "H01"}, {"period", ""}}, kGoodName, content);
  CHECK(no_period->status == 400);
  CHECK(Has(no_period, "<p class=\"error\" role=\"alert\">Nộp hồ sơ TTHC cần chọn đơn vị nộp và ghi kỳ (tháng xuất dữ liệu, dạng YYYY-MM).</p>"));
  CHECK(Has(no_period, "<form id=\"upload\""));
  const auto year = web.Upload("/nop", {{"kind", "dossiers"}, {"unit", "X0101"}, {"period", "2023"}}, kGoodName, content);
  CHECK(year->status == 400);
  CHECK(Has(year, "Chưa nộp được: Kỳ &quot;2023&quot; không hợp lệ: hồ sơ TTHC nộp theo tháng, dạng YYYY-MM"));
  CHECK(Has(year, "<option value=\"X0101\" selected>"));
  CHECK(Has(year, "<input name=\"period\" value=\"2023\""));
  const auto no_file = web.Upload("/nop", kMay, "", "");
  CHECK(no_file->status == 400);
  CHECK(Has(no_file, "<p class=\"error\" role=\"alert\">Chưa chọn tệp cần nộp. Hãy chọn tệp rồi bấm Nộp tệp.</p>"));
}

TEST_CASE("portal submit: the progress of an upload is told once it is read, to its session only") {
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  const std::string token(64, 'b');
  CHECK(web.Get("/nop/tien-do?ma=" + token)->status == 404);
  auto fields = kMay;
  fields.push_back({"tien_do", token});
  REQUIRE(web.Upload("/nop", fields, kGoodName, ReadFile(Fixture("sample/" + kGoodName)))->status == 303);
  WebClient other(portal);
  REQUIRE(other.Login("huyen01", "mat-khau-huyen-01") == 303);
  CHECK(other.Get("/nop/tien-do?ma=" + token)->status == 404);
  const auto progress = web.Get("/nop/tien-do?ma=" + token);
  REQUIRE(progress->status == 200);
  CHECK(progress->get_header_value("Content-Type") == "application/json");
  CHECK(progress->body == "{\"rows\":6,\"percent\":100,\"done\":true}");
  CHECK(web.Get("/nop/tien-do?ma=" + token)->status == 404);  // told once, then forgotten
}

TEST_CASE("portal submit: a hostile file name is stored under its safe base name and shown escaped") {
  UploadTemp temp;
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  web.Get("/nop");
  const auto answer = web.Upload("/nop", kMay, "../../evil<script>.csv", ReadFile(Fixture("sample/" + kGoodName)));
  REQUIRE(answer->status == 303);
  const std::string token = TokenOf(answer);
  const auto page = web.Get("/bien-nhan/" + token);
  CHECK(Has(page, "<tr><th scope=\"row\">Tệp</th><td>evil&lt;script&gt;.csv</td></tr>"));
  CHECK(!Has(page, "<script>"));
  CHECK(web.Get("/bien-nhan/" + token + "/bien-nhan.txt")->body.find("\nTệp: evil<script>.csv\n") != std::string::npos);
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT file_name FROM submissions WHERE id = 4") == "evil<script>.csv\n");
  CHECK(Has(web.Get("/lan-nop/4"), "<td>evil&lt;script&gt;.csv</td>"));
  CHECK(temp.Entries() == 0);
  CHECK(!std::filesystem::exists(std::filesystem::path(portal.dir().path()).parent_path() / "evil<script>.csv"));
}

}  // namespace baocao::test

namespace baocao::test {

TEST_CASE("portal submit: a district uploads petitions, the receipt is the CLI's and the rows are stored") {
  UploadTemp temp;
  PortalFixture portal(Fill);
  portal.AddAccount("huyen01", Role::kDonVi, "H01", "mat-khau-huyen-01");
  WebClient web(portal);
  REQUIRE(web.Login("huyen01", "mat-khau-huyen-01") == 303);
  const auto form = web.Get("/nop");
  CHECK(Has(form, "<option value=\"evaluations\">Xếp loại chất lượng CBCCVC (evaluations)</option>"
                  "<option value=\"petitions\">Phản ánh, kiến nghị (petitions)</option>"));
  CHECK(Has(form, "Hồ sơ TTHC và phản ánh, kiến nghị nộp theo tháng xuất dữ liệu"));
  const std::string name = "petitions_H01_2023-05.csv";
  const std::string content = ReadFile(Fixture("ingest/petitions_canonical.csv"));
  const auto answer =
      web.Upload("/nop", {{"kind", "petitions"}, {"unit", "H01"}, {"period", "2023-05"}}, name, content);
  REQUIRE(answer->status == 303);
  const std::string token = TokenOf(answer);
  CHECK(temp.Entries() == 0);
  const auto page = web.Get("/bien-nhan/" + token);
  REQUIRE(page->status == 200);
  CHECK(Has(page, "<p class=\"outcome accepted ok\" role=\"status\">Đã tiếp nhận toàn bộ tệp.</p>"));
  CHECK(Has(page, "<tr><th scope=\"row\">Tiếp nhận</th><td class=\"num\">3</td></tr>"));
  const auto text = web.Get("/bien-nhan/" + token + "/bien-nhan.txt");
  const std::string cli = CliReceipt(name, content, {"--kind", "petitions", "--unit", "H01", "--period", "2023-05"});
  CHECK(cli.rfind("BIÊN NHẬN NỘP DỮ LIỆU số 4\nTệp: petitions_H01_2023-05.csv\n"
                  "Loại dữ liệu: phản ánh, kiến nghị (petitions)\n", 0) == 0);
  CHECK(WithoutTime(text->body) == WithoutTime(cli));
  Database db(portal.db_path(), Database::OpenMode::kExisting);
  CHECK(QueryText(db, "SELECT ma_phan_anh, ma_don_vi, danh_gia, export_month FROM petitions ORDER BY 1") ==
        "PA-001|H01|hai_long|2023-05\nPA-002|X0101|khong_hai_long|2023-05\nPA-003|X0102|NULL|2023-05\n");
  CHECK(QueryText(db, "SELECT account, action, detail FROM audit_log WHERE action = 'submission'") ==
        "huyen01|submission|tệp petitions_H01_2023-05.csv; loại petitions; đơn vị H01; kỳ 2023-05; kết quả tiếp nhận "
        "toàn bộ; lần nộp 4\n");
}

}  // namespace baocao::test
