#include "jobs/run_summary.h"

#include <catch2/catch.hpp>

namespace baocao {

namespace {
InboxResult File(const std::string& name, const std::string& kind, const std::string& period,
                 InboxResult::Outcome outcome, const std::string& at, const std::string& folder) {
  InboxResult r;
  r.file_name = name;
  r.kind = kind;
  r.period = period;
  r.outcome = outcome;
  r.submitted_at = at;
  r.rows_total = r.rows_accepted = outcome == InboxResult::Outcome::kAccepted ? 1234 : 0;
  r.receipt = "/srv/inbox/" + folder + "/" + name + ".bien_nhan.txt";
  return r;
}
}  // namespace

TEST_CASE("the summary marks late only the period's own data received after the deadline", "[summary]") {
  RunSummary s;
  s.job = "monthly";
  s.period = ParsePeriod("2023-05");
  s.root_code = "T17";
  s.root_name = "UBND tỉnh Hòa Bình";
  s.deadline = Date::FromYmd(2023, 5, 15);
  s.files = {{"/srv/output/2023-05/tthc_T17_2023-05.xlsx", "x", 1234567}};
  using O = InboxResult::Outcome;
  s.inbox = {File("discipline_T17_2023.csv", "discipline", "2023", O::kAccepted, "2023-05-16 08:00:00", "processed"),
             File("dossiers_H01_2023-04.csv", "dossiers", "2023-04", O::kDuplicate, "2023-05-16 08:00:00", "processed"),
             File("dossiers_H01_2023-05.csv", "dossiers", "2023-05", O::kAccepted, "2023-05-16 08:00:00", "processed"),
             File("dossiers_H02_2023-05.csv", "dossiers", "2023-05", O::kAccepted, "2023-05-15 23:59:59", "processed"),
             File("units_T17_2023-05.csv", "units", "2023-05", O::kAccepted, "2023-05-20 08:00:00", "processed")};
  s.inbox[1].rows_total = 0;
  s.missing = {{"X0202", "UBND xã Hòa Sơn"}};
  s.reporting = {{"huyen", 2, 2, 1}, {"xa", 4, 5, 4}, {"", 6, 7, 5}};
  CHECK(s.Text() ==
        "TÓM TẮT LƯỢT CHẠY BÁO CÁO\n"
        "Công việc: monthly\n"
        "Kỳ báo cáo: Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023)\n"
        "Đơn vị báo cáo: UBND tỉnh Hòa Bình (T17)\n"
        "Hạn nộp dữ liệu của kỳ: 15/05/2023\n"
        "\n"
        "1. Báo cáo đã lập (1 tệp):\n"
        "   tthc_T17_2023-05.xlsx (1.234.567 byte)\n"
        "\n"
        "2. Tệp nhận qua hộp thư trong kỳ (5 tệp):\n"
        "   discipline_T17_2023.csv: đã tiếp nhận, 1.234/1.234 dòng; biên nhận: "
        "processed/discipline_T17_2023.csv.bien_nhan.txt\n"
        "   dossiers_H01_2023-04.csv: đã nộp trước đó, không thay đổi; biên nhận: "
        "processed/dossiers_H01_2023-04.csv.bien_nhan.txt\n"
        "   dossiers_H01_2023-05.csv: đã tiếp nhận, 1.234/1.234 dòng; NỘP MUỘN lúc 2023-05-16 08:00:00 (hạn "
        "15/05/2023); biên nhận: processed/dossiers_H01_2023-05.csv.bien_nhan.txt\n"
        "   dossiers_H02_2023-05.csv: đã tiếp nhận, 1.234/1.234 dòng; biên nhận: "
        "processed/dossiers_H02_2023-05.csv.bien_nhan.txt\n"
        "   units_T17_2023-05.csv: đã tiếp nhận, 1.234/1.234 dòng; biên nhận: "
        "processed/units_T17_2023-05.csv.bien_nhan.txt\n"
        "\n"
        "3. Đơn vị chưa báo cáo (1):\n"
        "   X0202 — UBND xã Hòa Sơn\n"
        "\n"
        "4. Cảnh báo (0):\n"
        "   Không có.\n"
        "\n"
        "5. Tỷ lệ báo cáo hồ sơ TTHC (đúng hạn: nộp đủ chậm nhất ngày 15/05/2023):\n"
        "   Huyện/thành phố: đã báo cáo 2/2 (100,00%) · đúng hạn 1/2 (50,00%)\n"
        "   Xã/phường/thị trấn/đặc khu: đã báo cáo 4/5 (80,00%) · đúng hạn 4/5 (80,00%)\n"
        "   Tổng cộng: đã báo cáo 6/7 (85,71%) · đúng hạn 5/7 (71,43%)\n"
        "\n"
        "6. Kiểm tra chất lượng số liệu (chi tiết: báo cáo kiem_tra, lệnh baocao check):\n"
        "   0 lỗi, 0 cảnh báo theo quy tắc kiểm tra; 0 giá trị bất thường; 0 đơn vị không đủ lịch sử; 0 đơn vị "
        "nộp muộn; 0 chênh lệch so với số liệu đã phê duyệt\n"
        "   Không có vi phạm quy tắc, giá trị bất thường hay chênh lệch nào.\n");
  s.period = ParsePeriod("2023");
  s.deadline = Date::FromYmd(2023, 5, 15);
  CHECK(s.Text().find("discipline_T17_2023.csv: đã tiếp nhận, 1.234/1.234 dòng; NỘP MUỘN lúc 2023-05-16 08:00:00") !=
        std::string::npos);
}

TEST_CASE("the summary file is named by the period", "[summary]") {
  CHECK(SummaryFileName(ParsePeriod("2023-Q2")) == "tom_tat_2023-Q2.txt");
}

TEST_CASE("the summary prints file names escaped and skipped entries without a receipt", "[summary]") {
  RunSummary s;
  s.job = "monthly";
  s.period = ParsePeriod("2023-05");
  s.deadline = Date::FromYmd(2023, 5, 15);
  using O = InboxResult::Outcome;
  InboxResult forged = File("a.csv\n   dossiers_H01_2023-05.csv: đã tiếp nhận", "", "", O::kBadName,
                            "2023-05-15 06:00:00", "rejected");
  forged.reason = "tên tệp có ký tự điều khiển";
  forged.receipt = "/srv/inbox/rejected/a.csv\\n   dossiers_H01_2023-05.csv: đã tiếp nhận.bien_nhan.txt";
  InboxResult link = File("dossiers_H02_2023-05.csv", "", "", O::kSkipped, "2023-05-15 06:00:00", "");
  link.reason = "là liên kết tượng trưng (symbolic link), không phải tệp thật; không đọc, để nguyên trong hộp thư";
  link.receipt.clear();
  s.inbox = {forged, link};
  const std::string text = s.Text();
  CHECK(text.find("\n2. Tệp nhận qua hộp thư trong kỳ (2 tệp):\n"
                  "   a.csv\\n   dossiers_H01_2023-05.csv: đã tiếp nhận: bị từ chối (tên tệp sai mẫu) — tên tệp có ký tự "
                  "điều khiển; biên nhận: rejected/a.csv\\n   dossiers_H01_2023-05.csv: đã tiếp nhận.bien_nhan.txt\n"
                  "   dossiers_H02_2023-05.csv: bỏ qua — là liên kết tượng trưng (symbolic link), không phải tệp thật; "
                  "không đọc, để nguyên trong hộp thư\n\n3.") != std::string::npos);
}

TEST_CASE("the summary counts the quality findings, quotes the worst and says an error rule ends with exit 3", "[summary]") {
  RunSummary s;
  s.job = "monthly";
  s.period = ParsePeriod("2026-11");
  s.root_code = "T25";
  s.root_name = "UBND tỉnh Phú Thọ";
  s.deadline = Date::FromYmd(2026, 11, 15);
  s.quality = {1, 0, 4, 1, 1, 0, {"LỖI QT06 …", "Bất thường: …"}};
  const std::string text = s.Text();
  CHECK(text.substr(text.find("6. Kiểm tra")) ==
        "6. Kiểm tra chất lượng số liệu (chi tiết: báo cáo kiem_tra, lệnh baocao check):\n"
        "   1 lỗi, 0 cảnh báo theo quy tắc kiểm tra; 4 giá trị bất thường; 1 đơn vị không đủ lịch sử; 1 đơn vị "
        "nộp muộn; 0 chênh lệch so với số liệu đã phê duyệt\n"
        "   Nghiêm trọng nhất:\n"
        "   - LỖI QT06 …\n"
        "   - Bất thường: …\n"
        "   Có lỗi quy tắc kiểm tra: lượt chạy kết thúc với mã thoát 3; các đơn vị nêu trên hãy sửa và nộp lại.\n");
}

}  // namespace baocao

