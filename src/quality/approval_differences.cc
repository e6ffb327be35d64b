#include "quality/approval_differences.h"

#include <map>

#include "indicators/indicator_keys.h"
#include "indicators/province_figures.h"
#include "indicators/unit_counts.h"

namespace baocao {
namespace {

const std::map<std::string, std::string>& KeyNames() {
  static const std::map<std::string, std::string> kNames = {
      {"carried_over", "Số hồ sơ kỳ trước chuyển qua"},
      {"new_total", "Số hồ sơ tiếp nhận mới"},
      {"new_online", "Tiếp nhận mới trực tuyến"},
      {"new_in_person", "Tiếp nhận mới trực tiếp"},
      {"new_postal", "Tiếp nhận mới qua bưu chính"},
      {"received_total", "Tổng số hồ sơ nhận giải quyết"},
      {"resolved_total", "Số hồ sơ đã giải quyết"},
      {"resolved_early", "Giải quyết trước hạn"},
      {"resolved_on_time", "Giải quyết đúng hạn"},
      {"resolved_late", "Giải quyết quá hạn"},
      {"withdrawn", "Rút hồ sơ"},
      {"returned", "Trả lại hồ sơ"},
      {"pending_total", "Số hồ sơ đang giải quyết"},
      {"pending_within", "Đang giải quyết trong hạn"},
      {"pending_overdue", "Đang giải quyết quá hạn"},
      {"paid_total", "Số hồ sơ có thanh toán phí, lệ phí"},
      {"paid_online", "Thanh toán trực tuyến"},
      {"paid_amount_total", "Số tiền phí, lệ phí đã thanh toán (đồng)"},
      {"paid_amount_online", "Số tiền thanh toán trực tuyến (đồng)"},
      {"rated_total", "Số hồ sơ được đánh giá"},
      {"very_satisfied", "Rất hài lòng"},
      {"satisfied", "Hài lòng"},
      {"dissatisfied", "Không hài lòng"},
      {"discipline_total", "Số quyết định kỷ luật"},
      {"discipline_previous_period", "Số quyết định kỷ luật cùng kỳ năm trước"},
      {"evaluated_total", "Số người được xếp loại"},
      {"excellent", "Hoàn thành xuất sắc nhiệm vụ"},
      {"good", "Hoàn thành tốt nhiệm vụ"},
      {"completed", "Hoàn thành nhiệm vụ"},
      {"not_completed", "Không hoàn thành nhiệm vụ"},
      {"evaluated_previous_period", "Số người được xếp loại năm trước"},
      {"excellent_previous_period", "Hoàn thành xuất sắc nhiệm vụ năm trước"},
  };
  return kNames;
}

}  // namespace

std::string CountKeyName(const std::string& key) {
  const auto it = KeyNames().find(key);
  return it == KeyNames().end() ? key : it->second;
}

std::vector<ApprovalDifference> ApprovalDifferences(Database& db, const Period& period, const std::string& root) {
  const ProvinceFigures approved = ComputeFigures(db, period);
  std::vector<ApprovalDifference> out;
  if (approved.approvals.empty()) {
    if (!root.empty()) approved.tree.Require(root);
    return out;
  }
  const ProvinceFigures live = ComputeLiveFigures(db, period);
  const int top = root.empty() ? 0 : approved.tree.Require(root);
  for (int i = top; i < top + approved.tree.node(top).subtree_size; ++i) {
    const size_t at = static_cast<size_t>(i);
    if (approved.approval_of[at] < 0) continue;
    const UnitNode& node = approved.tree.node(i);
    const Values dossiers_approved = ToValues(approved.own_dossiers[at]);
    const Values dossiers_live = ToValues(live.own_dossiers[at]);
    const Values people_approved = ToValues(approved.own_people[at]);
    const Values people_live = ToValues(live.own_people[at]);
    for (const auto& key : FormKeys("tong_hop")) {
      const bool people = IsPeopleKey(key);
      const Values& a = people ? people_approved : dossiers_approved;
      const Values& l = people ? people_live : dossiers_live;
      const auto in_a = a.find(key);
      const auto in_l = l.find(key);
      if (in_a == a.end() || in_l == l.end()) continue;  // ranks
      if (in_a->second.kind != Value::Kind::kCount) continue;  // rates follow their counts
      if (in_a->second == in_l->second) continue;
      out.push_back({node.code, node.name, node.cap, key, CountKeyName(key), in_a->second, in_l->second});
    }
  }
  return out;
}

}  // namespace baocao
