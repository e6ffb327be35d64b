#include "jobs/run_summary.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "core/date.h"
#include "core/text.h"
#include "generators/reporting_rate_text.h"
#include "generators/vietnamese_number.h"
#include "ingest/enums.h"

namespace baocao {
namespace fs = std::filesystem;
namespace {

// A file is late when it carries data of this period (a dossiers or petitions export of one of its
// months; a yearly export of its year) and came in after the deadline. Catalogs have no deadline.
bool IsLate(const InboxResult& r, const Period& period, Date deadline) {
  const auto months = period.ExportMonths();
  const bool of_period =
      ((r.kind == "dossiers" || r.kind == "petitions") && std::find(months.begin(), months.end(), r.period) != months.end()) ||
      ((r.kind == "discipline" || r.kind == "evaluations") && period.kind == Period::Kind::kYear &&
       r.period == period.Label());
  if (!of_period || r.submitted_at.size() < 10) return false;
  const auto day = ParseIsoDate(r.submitted_at.substr(0, 10));
  return day && *day > deadline;
}

std::string InboxLine(const InboxResult& r, const Period& period, Date deadline) {
  std::string line = "   " + Escaped(r.file_name) + ": " + OutcomeLabel(r.outcome);
  switch (r.outcome) {
    case InboxResult::Outcome::kAccepted:
    case InboxResult::Outcome::kPartial:
      line += ", " + FormatCount(r.rows_accepted) + "/" +
              FormatCount(r.rows_total) + " dòng";
      break;
    case InboxResult::Outcome::kRejected:
    case InboxResult::Outcome::kBadName:
      line += " — " + OneLine(r.reason);
      break;
    case InboxResult::Outcome::kSkipped:
      return line + " — " + OneLine(r.reason) + "\n";  // not read, not moved: no receipt
    case InboxResult::Outcome::kDuplicate:
      break;
  }
  if (IsLate(r, period, deadline)) line += "; NỘP MUỘN lúc " + r.submitted_at + " (hạn " + deadline.Vietnamese() + ")";
  const fs::path receipt(r.receipt);
  line += "; biên nhận: " + OneLine((receipt.parent_path().filename() / receipt.filename()).string());
  return line + "\n";
}

}  // namespace

std::string SummaryFileName(const Period& period) { return "tom_tat_" + period.Label() + ".txt"; }

std::string RunSummary::Text() const {
  std::ostringstream out;
  out << "TÓM TẮT LƯỢT CHẠY BÁO CÁO\n"
      << "Công việc: " << job << "\n"
      << "Kỳ báo cáo: " << period.TitleWithDates() << "\n"
      << "Đơn vị báo cáo: " << root_name << " (" << root_code << ")\n"
      << "Hạn nộp dữ liệu của kỳ: " << deadline.Vietnamese() << "\n\n";
  out << "1. Báo cáo đã lập (" << files.size() << " tệp):\n";
  for (const auto& f : files)
    out << "   " << fs::path(f.path).filename().string() << " (" << FormatCount(static_cast<int64_t>(f.bytes)) << " byte)\n";
  if (!each_unit.levels.empty()) {
    std::string levels;
    for (const auto& cap : each_unit.levels) levels += (levels.empty() ? "" : ", ") + CapEnum().Label(cap);
    out << "   Báo cáo riêng của từng đơn vị (" << levels << "): " << each_unit.units << " đơn vị, " << each_unit.files
        << " tệp, mỗi đơn vị trong thư mục " << period.Label() << "/<mã đơn vị>/\n";
  }
  out << "\n2. Tệp nhận qua hộp thư trong kỳ (" << inbox.size() << " tệp):\n";
  if (inbox.empty()) out << "   Không có tệp nào.\n";
  for (const auto& r : inbox) out << InboxLine(r, period, deadline);
  out << "\n3. Đơn vị chưa báo cáo (" << missing.size() << "):\n";
  if (missing.empty()) out << "   Tất cả đơn vị đã báo cáo.\n";
  for (const auto& [code, name] : missing) out << "   " << code << " — " << name << "\n";
  out << "\n4. Cảnh báo (" << warnings.size() << "):\n";
  if (warnings.empty()) out << "   Không có.\n";
  for (const auto& w : warnings) out << "   " << w << "\n";
  out << "\n5. Tỷ lệ báo cáo hồ sơ TTHC (đúng hạn: nộp đủ chậm nhất ngày " << deadline.Vietnamese() << "):\n";
  if (reporting.empty()) out << "   Không có đơn vị nào phải báo cáo.\n";
  for (const auto& level : reporting)
    out << "   " << (level.cap.empty() ? std::string("Tổng cộng") : CapEnum().Label(level.cap)) << ": "
        << ReportingRateText(level) << "\n";
  out << "\n6. Kiểm tra chất lượng số liệu (chi tiết: báo cáo kiem_tra, lệnh baocao check):\n"
      << "   " << quality.errors << " lỗi, " << quality.warnings << " cảnh báo theo quy tắc kiểm tra; " << quality.outliers
      << " giá trị bất thường; " << quality.short_history << " đơn vị không đủ lịch sử; " << quality.late
      << " đơn vị nộp muộn; " << quality.differences << " chênh lệch so với số liệu đã phê duyệt\n";
  if (quality.worst.empty()) out << "   Không có vi phạm quy tắc, giá trị bất thường hay chênh lệch nào.\n";
  else out << "   Nghiêm trọng nhất:\n";
  for (const auto& line : quality.worst) out << "   - " << line << "\n";
  if (quality.errors > 0)
    out << "   Có lỗi quy tắc kiểm tra: lượt chạy kết thúc với mã thoát 3; các đơn vị nêu trên hãy sửa và nộp lại.\n";
  return out.str();
}

}  // namespace baocao
