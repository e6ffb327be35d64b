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

}  // namespace

std::string Receipt::Text() const {
  std::ostringstream out;
  out << "BIÊN NHẬN NỘP DỮ LIỆU";
  if (submission_id > 0 && outcome != SubmitOutcome::kDuplicate) out << " số " << submission_id;
  out << "\nTệp: " << file << "\nLoại dữ liệu: " << VietnameseName(kind) << " (" << ToString(kind) << ")";
  if (unit) out << "\nĐơn vị nộp: " << *unit;
  if (period) out << "\nKỳ: " << *period;
  if (!sha256.empty()) out << "\nSHA-256: " << sha256;
  if (outcome != SubmitOutcome::kDuplicate) out << "\nThời điểm nộp: " << submitted_at;
  out << "\nKết quả: " << OutcomeText(*this) << "\n";
  if (outcome == SubmitOutcome::kDuplicate) return out.str();
  out << "Số dòng dữ liệu: " << rows_total << "; tiếp nhận: " << rows_accepted
      << "; bị từ chối: " << rows_rejected;
  if (rows_superseded > 0)
    out << "; giữ nguyên bản đã có từ kỳ xuất dữ liệu mới hơn: " << rows_superseded;
  out << "\n";
  if (!dropped_columns.empty()) {
    out << "Cột thông tin cá nhân đã loại bỏ, không lưu:";
    for (const auto& c : dropped_columns) out << " \"" << c << "\"";
    out << "\n";
  }
  if (!errors.empty()) {
    out << "Lỗi (" << errors.size() << "):\n";
    for (const auto& e : errors) out << "  " << e.Format(file) << "\n";
  }
  if (!warnings.empty()) {
    out << "Cảnh báo (" << warnings.size() << "):\n";
    for (const auto& w : warnings) out << "  " << w.Format(file) << "\n";
  }
  out << "Tổng kết: " << rows_total << " dòng, " << rows_total - rows_rejected << " hợp lệ, "
      << rows_rejected << " lỗi, " << warnings.size() << " cảnh báo.\n";
  return out.str();
}

}  // namespace baocao
