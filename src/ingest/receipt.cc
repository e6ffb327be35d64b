#include "ingest/submission.h"

#include <sstream>

namespace baocao {
namespace {

std::string OutcomeText(const Receipt& r) {
  switch (r.outcome) {
    case SubmitOutcome::kAccepted: return "ĐÃ TIẾP NHẬN toàn bộ tệp";
    case SubmitOutcome::kPartial: return "TIẾP NHẬN MỘT PHẦN: các dòng lỗi bị loại, các dòng hợp lệ đã lưu";
    case SubmitOutcome::kRejected: return "TỪ CHỐI: tệp có lỗi, không dòng nào được lưu; cơ sở dữ liệu không thay đổi";
    case SubmitOutcome::kDuplicate:
      return "ĐÃ NỘP TRƯỚC ĐÓ: tệp giống hệt tệp đã tiếp nhận lúc " + r.submitted_at +
             " (biên nhận số " + std::to_string(r.submission_id) + "); không có thay đổi";
  }
  return "";
}

// "Lỗi (N):", the listed problems, then how many more there were.
void ListProblems(std::ostream& out, const std::string& title, const std::string& noun,
                  const ProblemList& problems, const TablePlace& place) {
  if (problems.empty()) return;
  out << title << " (" << GroupedCount(problems.total()) << "):\n";
  for (const auto& p : problems) out << "  " << place.Format(p) << "\n";
  if (problems.omitted() > 0) out << "  " << OmittedText(problems, noun) << "\n";
}

}  // namespace

std::string Receipt::Text() const {
  std::ostringstream out;
  out << "BIÊN NHẬN NỘP DỮ LIỆU";
  if (submission_id > 0 && outcome != SubmitOutcome::kDuplicate) out << " số " << submission_id;
  out << "\nTệp: " << file;
  if (!sheet.empty()) out << "\nTrang tính: " << sheet;
  out << "\nLoại dữ liệu: " << VietnameseName(kind) << " (" << ToString(kind) << ")";
  if (unit) out << "\nĐơn vị nộp: " << *unit;
  if (period) out << "\nKỳ: " << *period;
  if (!sha256.empty()) out << "\nSHA-256: " << sha256;
  if (outcome != SubmitOutcome::kDuplicate) out << "\nThời điểm nộp: " << submitted_at;
  out << "\nKết quả: " << OutcomeText(*this) << "\n";
  if (outcome == SubmitOutcome::kDuplicate) return out.str();
  out << "Số dòng dữ liệu: " << GroupedCount(rows_total) << "; tiếp nhận: " << GroupedCount(rows_accepted)
      << "; bị từ chối: " << GroupedCount(rows_rejected);
  if (rows_superseded > 0)
    out << "; giữ nguyên bản đã có từ kỳ xuất dữ liệu mới hơn: " << GroupedCount(rows_superseded);
  out << "\n";
  if (!dropped_columns.empty()) {
    out << "Cột thông tin cá nhân đã loại bỏ, không lưu:";
    for (const auto& c : dropped_columns) out << " \"" << c << "\"";
    out << "\n";
  }
  if (!notes.empty()) {
    out << "Ghi chú:\n";
    for (const auto& note : notes) out << "  " << note << "\n";
  }
  const TablePlace place{file, sheet};
  ListProblems(out, "Lỗi", "lỗi", errors, place);
  ListProblems(out, "Cảnh báo", "cảnh báo", warnings, place);
  if (rows_total == 0 && !errors.empty()) {  // refused before any row: the errors are the file's
    out << "Tổng kết: không đọc dòng dữ liệu nào; " << GroupedCount(errors.total()) << " lỗi của cả tệp, "
        << GroupedCount(warnings.total()) << " cảnh báo.\n";
    return out.str();
  }
  out << "Tổng kết: " << GroupedCount(rows_total) << " dòng, " << GroupedCount(rows_total - rows_rejected)
      << " hợp lệ, " << GroupedCount(rows_rejected) << " dòng lỗi, " << GroupedCount(warnings.total())
      << " cảnh báo.\n";
  return out.str();
}

}  // namespace baocao
