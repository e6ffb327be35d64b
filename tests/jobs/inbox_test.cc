#include "jobs/inbox.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <sstream>

#include "core/errors.h"

#include "jobs/job_fixture.h"
#include "test_support.h"

namespace baocao {
namespace fs = std::filesystem;

namespace {
const FixedClock kMay15(DateTime{Date::FromYmd(2023, 5, 15), 6 * 3600});

std::vector<InboxResult> Process(Database& db, const std::string& inbox, std::ostringstream& log) {
  RunLog run_log(log, kMay15);
  return ProcessInbox(db, inbox, kMay15, run_log);
}
}  // namespace

TEST_CASE("the inbox submits catalogs first, moves each file with its receipt", "[inbox]") {
  test::JobProject project;
  project.Drop("sample/procedures.csv", "procedures_T17_2023-05.csv");
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  project.Drop("ingest/dossiers_canonical.csv", "dossiers_H01_2023-05.csv");
  project.Drop("ingest/bad_enum.csv", "dossiers_H01_2023-04.csv");
  project.Drop("ingest/dossiers_header_only.csv", "dossiers_X99_2023-05.csv");
  project.Drop("ingest/dossiers_canonical.csv", "hoso_H01_2023-05.csv");
  project.Drop("ingest/dossiers_canonical.csv", ".dossiers_H02_2023-05.csv.part");
  Database db(":memory:");
  std::ostringstream log;
  const auto results = Process(db, project.inbox(), log);

  REQUIRE(results.size() == 6);
  CHECK(results[0].file_name == "units_T17_2023-05.csv");
  CHECK(results[0].outcome == InboxResult::Outcome::kAccepted);
  CHECK(results[0].rows_accepted == 11);
  CHECK(results[1].file_name == "procedures_T17_2023-05.csv");
  CHECK(results[1].outcome == InboxResult::Outcome::kAccepted);
  CHECK(results[2].file_name == "dossiers_H01_2023-04.csv");
  CHECK(results[2].outcome == InboxResult::Outcome::kRejected);
  CHECK(results[2].errors == 1);
  CHECK(results[2].reason == "dossiers_H01_2023-04.csv:3:4: cột \"kenh_nop\": giá trị \"email\" không hợp lệ; chấp "
                             "nhận: truc_tuyen (Trực tuyến), truc_tiep (Trực tiếp), buu_chinh (Bưu chính công ích)");
  CHECK(results[3].file_name == "dossiers_H01_2023-05.csv");
  CHECK(results[3].outcome == InboxResult::Outcome::kAccepted);
  CHECK(results[3].kind == "dossiers");
  CHECK(results[3].unit == "H01");
  CHECK(results[3].period == "2023-05");
  CHECK(results[3].rows_accepted == 6);
  CHECK(results[3].submitted_at == "2023-05-15 06:00:00");
  CHECK(results[4].file_name == "dossiers_X99_2023-05.csv");
  CHECK(results[4].outcome == InboxResult::Outcome::kRejected);
  CHECK(results[4].reason ==
        "Đơn vị nộp \"X99\" không có trong danh mục đơn vị (hãy nộp danh mục đơn vị trước)");
  CHECK(results[5].file_name == "hoso_H01_2023-05.csv");
  CHECK(results[5].outcome == InboxResult::Outcome::kBadName);

  const std::string inbox = project.inbox();
  CHECK(test::Names(inbox) == std::vector<std::string>{".dossiers_H02_2023-05.csv.part", "processed", "rejected"});
  CHECK(test::Names(inbox + "/processed") ==
        std::vector<std::string>{"dossiers_H01_2023-05.csv", "dossiers_H01_2023-05.csv.bien_nhan.txt",
                                 "procedures_T17_2023-05.csv", "procedures_T17_2023-05.csv.bien_nhan.txt",
                                 "units_T17_2023-05.csv", "units_T17_2023-05.csv.bien_nhan.txt"});
  CHECK(test::Names(inbox + "/rejected") ==
        std::vector<std::string>{"dossiers_H01_2023-04.csv", "dossiers_H01_2023-04.csv.bien_nhan.txt",
                                 "dossiers_X99_2023-05.csv", "dossiers_X99_2023-05.csv.bien_nhan.txt",
                                 "hoso_H01_2023-05.csv", "hoso_H01_2023-05.csv.bien_nhan.txt"});
  CHECK(test::ReadFile(inbox + "/processed/dossiers_H01_2023-05.csv") ==
        test::ReadFile(test::Fixture("ingest/dossiers_canonical.csv")));
  const std::string accepted = test::ReadFile(inbox + "/processed/dossiers_H01_2023-05.csv.bien_nhan.txt");
  CHECK(accepted.rfind("BIÊN NHẬN NỘP DỮ LIỆU số 3\nTệp: " + inbox + "/dossiers_H01_2023-05.csv\n", 0) == 0);
  CHECK(accepted.find("Kết quả: ĐÃ TIẾP NHẬN toàn bộ tệp\n") != std::string::npos);
  CHECK(accepted.find("Thời điểm nộp: 2023-05-15 06:00:00\n") != std::string::npos);
  CHECK(test::ReadFile(inbox + "/rejected/hoso_H01_2023-05.csv.bien_nhan.txt") ==
        "BIÊN NHẬN NỘP DỮ LIỆU\nTệp: " + inbox + "/hoso_H01_2023-05.csv\nThời điểm nhận: 2023-05-15 06:00:00\n"
        "Kết quả: TỪ CHỐI: loại dữ liệu \"hoso\" không hợp lệ (units, procedures, dossiers, discipline, "
        "evaluations, petitions); tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls); tệp không được đọc, cơ sở dữ liệu "
        "không thay đổi\n");
  const std::string rejected = test::ReadFile(inbox + "/rejected/dossiers_H01_2023-04.csv.bien_nhan.txt");
  CHECK(rejected.find("Kết quả: TỪ CHỐI: tệp có lỗi") != std::string::npos);
  CHECK(rejected.find("  " + inbox + "/dossiers_H01_2023-04.csv:3:4: cột \"kenh_nop\"") != std::string::npos);
  CHECK(test::QueryText(db, "SELECT kind, COALESCE(ma_don_vi, '-'), COALESCE(period, '-'), file_name FROM submissions "
                            "ORDER BY id") ==
        "units|-|-|units_T17_2023-05.csv\nprocedures|-|-|procedures_T17_2023-05.csv\n"
        "dossiers|H01|2023-05|dossiers_H01_2023-05.csv\n");
  CHECK(log.str().find("2023-05-15 06:00:00 Tệp hoso_H01_2023-05.csv: bị từ chối (tên tệp sai mẫu) — loại dữ liệu") == 
        log.str().find("2023-05-15 06:00:00 Tệp hoso_H01_2023-05.csv"));
}

TEST_CASE("the same file dropped again is processed as a duplicate under a free name", "[inbox]") {
  test::JobProject project;
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  project.Drop("sample/procedures.csv", "procedures_T17_2023-05.csv");
  project.Drop("ingest/dossiers_canonical.csv", "dossiers_H01_2023-05.csv");
  Database db(":memory:");
  std::ostringstream log;
  Process(db, project.inbox(), log);
  const std::string before = test::DumpDatabase(db);
  project.Drop("ingest/dossiers_canonical.csv", "dossiers_H01_2023-05.csv");
  const auto again = Process(db, project.inbox(), log);
  REQUIRE(again.size() == 1);
  CHECK(again[0].outcome == InboxResult::Outcome::kDuplicate);
  CHECK(again[0].submission_id == 3);
  CHECK(again[0].moved_to == project.inbox() + "/processed/dossiers_H01_2023-05.2.csv");
  CHECK(test::DumpDatabase(db) == before);
  const std::string receipt = test::ReadFile(project.inbox() + "/processed/dossiers_H01_2023-05.2.csv.bien_nhan.txt");
  CHECK(receipt.find("Kết quả: ĐÃ NỘP TRƯỚC ĐÓ: tệp giống hệt tệp đã tiếp nhận lúc 2023-05-15 06:00:00 (biên nhận "
                     "số 3); không có thay đổi\n") != std::string::npos);
  CHECK(test::ReadFile(project.inbox() + "/processed/dossiers_H01_2023-05.csv.bien_nhan.txt").find("ĐÃ TIẾP NHẬN") !=
        std::string::npos);
}

TEST_CASE("Excel workbooks in the inbox are read like CSV: accepted, or rejected naming the sheet and the cell", "[inbox]") {
  test::JobProject project;
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  project.Drop("sample/procedures.csv", "procedures_T17_2023-05.csv");
  project.Drop("formats/dossiers_H01_2023-05.xlsx", "dossiers_H01_2023-05.xlsx");
  project.Drop("formats/dossiers_H01_2023-05.xls", "dossiers_H02_2023-05.XLS");
  project.Drop("formats/bad_enum.xlsx", "dossiers_H01_2023-04.xlsx");
  Database db(":memory:");
  std::ostringstream log;
  const auto results = Process(db, project.inbox(), log);
  REQUIRE(results.size() == 5);
  CHECK(results[2].file_name == "dossiers_H01_2023-04.xlsx");
  CHECK(results[2].outcome == InboxResult::Outcome::kRejected);
  CHECK(results[2].reason == "dossiers_H01_2023-04.xlsx[Hồ sơ]:D6: cột \"Kênh nộp\": giá trị \"email\" không hợp lệ; "
                             "chấp nhận: truc_tuyen (Trực tuyến), truc_tiep (Trực tiếp), buu_chinh (Bưu chính công ích)");
  CHECK(results[3].file_name == "dossiers_H01_2023-05.xlsx");
  CHECK(results[3].outcome == InboxResult::Outcome::kAccepted);
  CHECK(results[3].rows_accepted == 6);
  // The .xls is the same six dossiers: for H02 they name units outside it, so it is rejected too.
  CHECK(results[4].file_name == "dossiers_H02_2023-05.XLS");
  CHECK(results[4].outcome == InboxResult::Outcome::kRejected);
  CHECK(results[4].reason.rfind("dossiers_H02_2023-05.XLS[Hồ sơ]:C5: cột \"Mã đơn vị\": ", 0) == 0);
  const std::string receipt = test::ReadFile(project.inbox() + "/processed/dossiers_H01_2023-05.xlsx.bien_nhan.txt");
  CHECK(receipt.find("Trang tính: Hồ sơ\n") != std::string::npos);
  CHECK(receipt.find("  dòng tiêu đề cột là dòng 4; bỏ qua các dòng 1–3 phía trên (tiêu đề biểu, tên đơn vị)\n") !=
        std::string::npos);
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM dossiers") == "6\n");
}

TEST_CASE("a people file named by a month and a name whose unit is no unit code go to rejected with the reason", "[inbox]") {
  test::JobProject project;
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  Database db(":memory:");
  std::ostringstream log;
  Process(db, project.inbox(), log);
  const std::string before = test::DumpDatabase(db);
  project.Drop("ingest/discipline_canonical.csv", "discipline_T17_2023-05.csv");
  project.Drop("ingest/dossiers_header_only.csv", "dossiers_-rf_2023-05.csv");
  const auto results = Process(db, project.inbox(), log);
  REQUIRE(results.size() == 2);
  CHECK(results[0].file_name == "discipline_T17_2023-05.csv");
  CHECK(results[0].outcome == InboxResult::Outcome::kBadName);
  CHECK(results[0].reason ==
        "kỳ \"2023-05\" không hợp lệ: kỷ luật CBCCVC nộp theo năm, dạng YYYY, ví dụ discipline_T17_2023.csv");
  CHECK(results[0].moved_to == project.inbox() + "/rejected/discipline_T17_2023-05.csv");
  CHECK(results[1].file_name == "dossiers_-rf_2023-05.csv");
  CHECK(results[1].outcome == InboxResult::Outcome::kBadName);
  CHECK(results[1].reason.rfind("mã đơn vị \"-rf\" không hợp lệ: mã đơn vị chỉ gồm chữ cái không dấu", 0) == 0);
  CHECK(test::Names(project.inbox() + "/rejected") ==
        std::vector<std::string>{"discipline_T17_2023-05.csv", "discipline_T17_2023-05.csv.bien_nhan.txt",
                                 "dossiers_-rf_2023-05.csv", "dossiers_-rf_2023-05.csv.bien_nhan.txt"});
  CHECK(test::DumpDatabase(db) == before);
}

TEST_CASE("a missing or empty inbox gives nothing to do", "[inbox]") {
  test::JobProject project;
  Database db(":memory:");
  std::ostringstream log;
  CHECK(Process(db, project.inbox(), log).empty());
  fs::create_directories(project.inbox());
  CHECK(Process(db, project.inbox(), log).empty());
  CHECK(log.str().empty());
}

TEST_CASE("links, folders and FIFOs in the inbox are skipped, never read, and reported", "[inbox]") {
  test::JobProject project;
  test::TempDir elsewhere;
  const std::string inbox = project.inbox();
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  test::WriteFile(elsewhere.File("procedures.csv"), test::ReadFile(test::Fixture("sample/procedures.csv")));
  fs::create_symlink("/etc/passwd", inbox + "/dossiers_H01_2023-05.csv");
  fs::create_symlink(elsewhere.File("procedures.csv"), inbox + "/procedures_T17_2023-05.csv");
  fs::create_symlink(elsewhere.File("khong_co.csv"), inbox + "/dossiers_H02_2023-05.csv");
  fs::create_directory(inbox + "/cu");
  REQUIRE(::mkfifo((inbox + "/dossiers_H03_2023-05.csv").c_str(), 0600) == 0);
  Database db(":memory:");
  std::ostringstream log;
  const auto results = Process(db, inbox, log);

  REQUIRE(results.size() == 6);
  CHECK(results[0].file_name == "units_T17_2023-05.csv");
  CHECK(results[0].outcome == InboxResult::Outcome::kAccepted);
  using O = InboxResult::Outcome;
  const std::vector<std::pair<std::string, std::string>> skipped = {
      {"cu", "là thư mục"},
      {"dossiers_H01_2023-05.csv", "là liên kết tượng trưng (symbolic link), không phải tệp thật"},
      {"dossiers_H02_2023-05.csv", "là liên kết tượng trưng trỏ tới nơi không tồn tại"},
      {"dossiers_H03_2023-05.csv", "là ống dẫn có tên (FIFO)"},
      {"procedures_T17_2023-05.csv", "là liên kết tượng trưng (symbolic link), không phải tệp thật"}};
  for (size_t i = 0; i < skipped.size(); ++i) {
    const InboxResult& r = results[i + 1];
    CHECK(r.file_name == skipped[i].first);
    CHECK(r.outcome == O::kSkipped);
    CHECK_FALSE(r.rejected());
    CHECK(r.reason == skipped[i].second + "; không đọc, để nguyên trong hộp thư");
    CHECK(r.moved_to.empty());
    CHECK(r.receipt.empty());
  }
  // Nothing of the links' targets was read or stored; they are left where they were.
  CHECK(test::QueryText(db, "SELECT kind FROM submissions") == "units\n");
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM procedures") == "0\n");
  CHECK(test::Names(inbox) == std::vector<std::string>{"cu", "dossiers_H01_2023-05.csv", "dossiers_H02_2023-05.csv",
                                                       "dossiers_H03_2023-05.csv",
                                                       "procedures_T17_2023-05.csv", "processed", "rejected"});
  CHECK(fs::is_symlink(inbox + "/dossiers_H01_2023-05.csv"));
  CHECK(test::Names(inbox + "/processed") ==
        std::vector<std::string>{"units_T17_2023-05.csv", "units_T17_2023-05.csv.bien_nhan.txt"});
  CHECK(test::Names(inbox + "/rejected").empty());
  CHECK(log.str().find("2023-05-15 06:00:00 Mục dossiers_H01_2023-05.csv: bỏ qua — là liên kết tượng trưng "
                       "(symbolic link), không phải tệp thật; không đọc, để nguyên trong hộp thư\n") !=
        std::string::npos);
  CHECK(log.str().find("2023-05-15 06:00:00 Mục cu: bỏ qua — là thư mục; không đọc, để nguyên trong hộp thư\n") !=
        std::string::npos);
  CHECK(log.str().find("root:") == std::string::npos);
}

TEST_CASE("processed and rejected must be real folders: a link stops the inbox before any file moves", "[inbox]") {
  test::JobProject project;
  test::TempDir elsewhere;
  const std::string inbox = project.inbox();
  project.Drop("ingest/bad_enum.csv", "dossiers_H01_2023-04.csv");
  fs::create_symlink(elsewhere.path(), inbox + "/rejected");
  Database db(":memory:");
  const std::string before = test::DumpDatabase(db);
  std::ostringstream log;
  CHECK_THROWS_MATCHES(Process(db, inbox, log), InputError,
                       Catch::Message(inbox + "/rejected: là liên kết tượng trưng (symbolic link), không phải thư mục "
                                              "thật; hộp thư không được xử lý, không tệp nào bị di chuyển: hãy xóa "
                                              "hoặc đổi tên nó rồi chạy lại"));
  CHECK(test::Names(elsewhere.path().string()).empty());
  CHECK(test::Names(inbox) == std::vector<std::string>{"dossiers_H01_2023-04.csv", "processed", "rejected"});
  CHECK(test::DumpDatabase(db) == before);

  fs::remove(inbox + "/rejected");
  test::WriteFile(inbox + "/rejected", "");
  CHECK_THROWS_MATCHES(Process(db, inbox, log), InputError,
                       Catch::Message(inbox + "/rejected: là một tệp, không phải thư mục thật; hộp thư không được xử "
                                              "lý, không tệp nào bị di chuyển: hãy xóa hoặc đổi tên nó rồi chạy lại"));
}

TEST_CASE("a file name with a control character is rejected and printed escaped everywhere", "[inbox]") {
  test::JobProject project;
  const std::string inbox = project.inbox();
  const std::string forged = "dossiers_H01_2023-05.csv\n2023-05-15 06:00:00 Tệp x.csv: đã tiếp nhận.csv";
  project.Drop("ingest/dossiers_canonical.csv", forged);
  Database db(":memory:");
  const std::string before = test::DumpDatabase(db);
  std::ostringstream log;
  const auto results = Process(db, inbox, log);
  REQUIRE(results.size() == 1);
  const std::string escaped = "dossiers_H01_2023-05.csv\\n2023-05-15 06:00:00 Tệp x.csv: đã tiếp nhận.csv";
  CHECK(results[0].outcome == InboxResult::Outcome::kBadName);
  CHECK(results[0].reason ==
        "tên tệp có ký tự điều khiển hoặc ký tự không hợp lệ; tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls)");
  CHECK(results[0].moved_to == inbox + "/rejected/" + escaped);
  CHECK(test::Names(inbox + "/rejected") == std::vector<std::string>{escaped, escaped + ".bien_nhan.txt"});
  CHECK(test::ReadFile(inbox + "/rejected/" + escaped + ".bien_nhan.txt") ==
        "BIÊN NHẬN NỘP DỮ LIỆU\nTệp: " + inbox + "/" + escaped +
            "\nThời điểm nhận: 2023-05-15 06:00:00\nKết quả: TỪ CHỐI: tên tệp có ký tự điều khiển hoặc ký tự không "
            "hợp lệ; tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls); tệp không được đọc, cơ sở dữ liệu "
            "không thay đổi\n");
  CHECK(log.str() == "2023-05-15 06:00:00 Tệp " + escaped +
                         ": bị từ chối (tên tệp sai mẫu) — tên tệp có ký tự điều khiển hoặc ký tự không hợp lệ; tên "
                         "tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls) → " + inbox + "/rejected/" + escaped +
                         "\n");
  CHECK(test::DumpDatabase(db) == before);
}

}  // namespace baocao


namespace baocao {

TEST_CASE("a petitions export in the inbox is submitted as petitions of its unit and month", "[inbox]") {
  test::JobProject project;
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  project.Drop("sample/procedures.csv", "procedures_T17_2023-05.csv");
  project.Drop("ingest/petitions_canonical.csv", "petitions_H01_2023-05.csv");
  project.Drop("ingest/petitions_canonical.csv", "petitions_H01_2023.csv");
  Database db(":memory:");
  std::ostringstream log;
  const auto results = Process(db, project.inbox(), log);
  REQUIRE(results.size() == 4);
  CHECK(results[2].file_name == "petitions_H01_2023-05.csv");
  CHECK(results[2].outcome == InboxResult::Outcome::kAccepted);
  CHECK(results[2].kind == "petitions");
  CHECK(results[2].unit == "H01");
  CHECK(results[2].period == "2023-05");
  CHECK(results[2].rows_accepted == 3);
  CHECK(results[3].file_name == "petitions_H01_2023.csv");
  CHECK(results[3].outcome == InboxResult::Outcome::kBadName);
  CHECK(results[3].reason == "kỳ \"2023\" không hợp lệ: dạng YYYY-MM; tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv "
                             "(hoặc .txt, .xlsx, .xls)");
  CHECK(test::QueryText(db, "SELECT kind, ma_don_vi, period FROM submissions WHERE kind = 'petitions'") ==
        "petitions|H01|2023-05\n");
  const std::string receipt = test::ReadFile(project.inbox() + "/processed/petitions_H01_2023-05.csv.bien_nhan.txt");
  CHECK(receipt.find("\nLoại dữ liệu: phản ánh, kiến nghị (petitions)\nĐơn vị nộp: H01\nKỳ: 2023-05\n") !=
        std::string::npos);
}

}  // namespace baocao
