// The monthly run on fixtures/kiem_tra with the planted faults: every report published (kiem_tra
// among them), the summary counting the findings and quoting the worst, and exit 3 for the error
// rule — recorded as "data_errors" in the history. The clean province runs with exit 0.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "core/exit_codes.h"
#include "jobs/clock.h"
#include "jobs/job.h"
#include "jobs/job_fixture.h"
#include "jobs/job_run.h"
#include "jobs/run_history.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

RunResult RunNovember(test::JobProject& project, Database& db, std::ostringstream& log) {
  test::WriteJob(project, "monthly",
                 "name = \"monthly\"\n"
                 "forms = [\"tthc\", \"kiem_tra\"]\n"
                 "formats = [\"json\", \"xlsx\", \"pdf\"]\n"
                 "deadline_day = 15\n");
  const Job job = LoadJob(project.job_file);
  FixedClock clock{DateTime{Date::FromYmd(2026, 11, 16), 6 * 3600}};
  RunOptions options;
  options.clock = &clock;
  options.log = &log;
  return RunJob(db, job, options);
}

}  // namespace

TEST_CASE("kiem_tra run: the planted faults end the run with exit 3 after publishing every report", "[run]") {
  test::JobProject project;
  Database db(project.db());
  test::LoadKiemTraProvince(db, {{"dossiers_X03_2026-11.csv", "2026-11-17 09:30:00"}});
  test::SubmitKiemTraFaults(db);
  std::ostringstream log;
  const RunResult result = RunNovember(project, db, log);
  CHECK(result.exit_code == kExitBadInput);
  CHECK(test::Names(result.folder) ==
        std::vector<std::string>{"kiem_tra_T25_2026-11.json", "kiem_tra_T25_2026-11.pdf", "kiem_tra_T25_2026-11.xlsx",
                                 "tom_tat_2026-11.txt", "tthc_T25_2026-11.json", "tthc_T25_2026-11.pdf",
                                 "tthc_T25_2026-11.xlsx"});
  const std::string summary = test::ReadFile(result.folder + "/tom_tat_2026-11.txt");
  CHECK(summary.substr(summary.find("6. Kiểm tra")) ==
        "6. Kiểm tra chất lượng số liệu (chi tiết: báo cáo kiem_tra, lệnh baocao check):\n"
        "   1 lỗi, 0 cảnh báo theo quy tắc kiểm tra; 4 giá trị bất thường; 1 đơn vị không đủ lịch sử; 1 đơn vị "
        "nộp muộn; 0 chênh lệch so với số liệu đã phê duyệt\n"
        "   Nghiêm trọng nhất:\n"
        "   - LỖI QT06 Tỷ lệ công chức hoàn thành xuất sắc nhiệm vụ: X02 UBND xã Thanh Sơn (Xã/phường/thị trấn/đặc "
        "khu): excellent.cong_chuc = 6 <= 0.2 * good.cong_chuc = 4 không thỏa\n"
        "   - Bất thường: X01 UBND phường Việt Trì (Xã/phường/thị trấn/đặc khu) — Số hồ sơ đã giải quyết: 4.702 "
        "(trung vị 50; điểm z 3137,77)\n"
        "   - Bất thường: X01 UBND phường Việt Trì (Xã/phường/thị trấn/đặc khu) — Số hồ sơ tiếp nhận mới: 4.900 "
        "(trung vị 50,5; điểm z 2180,66)\n"
        "   - Bất thường: X01 UBND phường Việt Trì (Xã/phường/thị trấn/đặc khu) — Số hồ sơ quá hạn (giải quyết quá "
        "hạn và đang quá hạn): 300 (trung vị 3; điểm z 710,92)\n"
        "   - Bất thường: S02 Sở Xây dựng (Sở, ban, ngành) — Tỷ lệ hồ sơ nộp trực tuyến: 6,67% (trung vị 80,63%; điểm "
        "z -18,69)\n"
        "   Có lỗi quy tắc kiểm tra: lượt chạy kết thúc với mã thoát 3; các đơn vị nêu trên hãy sửa và nộp lại.\n");
  CHECK(summary.find("   Tổng cộng: đã báo cáo 7/7 (100,00%) · đúng hạn 6/7 (85,71%)\n") != std::string::npos);
  RunHistory history(db);
  const auto runs = history.Last(1);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].status == RunStatus::kDataErrors);
  CHECK(runs[0].exit_code == kExitBadInput);
}

TEST_CASE("kiem_tra run: the clean province runs with exit 0 and no finding", "[run]") {
  test::JobProject project;
  Database db(project.db());
  test::LoadKiemTraProvince(db);
  std::ostringstream log;
  const RunResult result = RunNovember(project, db, log);
  CHECK(result.exit_code == kExitOk);
  const std::string summary = test::ReadFile(result.folder + "/tom_tat_2026-11.txt");
  CHECK(summary.substr(summary.find("6. Kiểm tra")) ==
        "6. Kiểm tra chất lượng số liệu (chi tiết: báo cáo kiem_tra, lệnh baocao check):\n"
        "   0 lỗi, 0 cảnh báo theo quy tắc kiểm tra; 0 giá trị bất thường; 1 đơn vị không đủ lịch sử; 0 đơn vị "
        "nộp muộn; 0 chênh lệch so với số liệu đã phê duyệt\n"
        "   Không có vi phạm quy tắc, giá trị bất thường hay chênh lệch nào.\n");
}

}  // namespace baocao
