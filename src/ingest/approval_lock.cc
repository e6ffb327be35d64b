#include "ingest/approval_lock.h"

#include "core/date.h"
#include "core/period.h"

namespace baocao {

ApprovalLock::ApprovalLock(Database& db, SubmissionKind kind) : kind_(kind) {
  const bool monthly = kind == SubmissionKind::kDossiers || kind == SubmissionKind::kPetitions;
  const bool yearly = kind == SubmissionKind::kDiscipline || kind == SubmissionKind::kEvaluations;
  if (!monthly && !yearly) return;
  ApprovalStore store(db);
  for (ApprovalRecord& approval : store.AllActive()) {
    const Period period = PeriodFromLabel(approval.period);
    std::vector<std::string> keys;
    if (monthly) keys = period.ExportMonths();
    else if (period.kind == Period::Kind::kYear) keys = {std::to_string(period.year)};
    if (keys.empty()) continue;
    const size_t at = approvals_.size();
    for (const auto& unit : store.Units(approval.id))
      for (const auto& key : keys) locked_.emplace(std::make_pair(unit, key), at);
    approvals_.push_back(std::move(approval));
  }
}

std::optional<std::string> ApprovalLock::Refusal(const std::string& unit, const std::string& period) const {
  const auto it = locked_.find({unit, period});
  if (it == locked_.end()) return std::nullopt;
  const ApprovalRecord& a = approvals_[it->second];
  const Period approved = PeriodFromLabel(a.period);
  const auto at = ParseDateTime(a.approved_at);
  const std::string what = kind_ == SubmissionKind::kDossiers    ? "hồ sơ TTHC tháng xuất " + period
                           : kind_ == SubmissionKind::kPetitions ? "phản ánh, kiến nghị tháng xuất " + period
                           : kind_ == SubmissionKind::kDiscipline ? "kỷ luật năm " + period
                                                                   : "xếp loại năm " + period;
  return "Không nhận tệp: số liệu " + approved.Title() + " (kỳ " + a.period + ") của đơn vị " + unit +
         (a.root == unit ? "" : " (thuộc " + a.root + ")") + " đã được phê duyệt ngày " +
         (at ? at->date.Vietnamese() + " lúc " + a.approved_at.substr(11) : a.approved_at) + " bởi " +
         a.approved_by + "; tệp " + what + " sẽ làm thay đổi số liệu đã phê duyệt" +
         ". Muốn nộp, hãy đề nghị người phê duyệt rút phê duyệt trước: baocao unapprove " +
         PeriodOptionsText(approved) + " --unit " + a.root + " --reason \"…\"";
}

}  // namespace baocao
