#include "ingest/unit_tree_check.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/text.h"
#include "core/unit_code.h"

namespace baocao {
namespace {

struct Checker {
  const std::vector<UnitRecord>& units;
  const Catalog& stored;
  const HeaderMap& header;
  std::map<int, Problem> problems;  // row -> its problem

  int Column(int spec) const { return header.field_of[spec] + 1; }
  const std::string& Name(int spec) const { return header.names[header.field_of[spec]]; }

  void Reject(const UnitRecord& u, int spec, const std::string& message) {
    if (problems.count(u.ordinal)) return;
    problems[u.ordinal] = {u.ordinal, Column(spec), Name(spec), "cột " + Quoted(Name(spec)) + ": " + message};
  }
  bool Rejected(const UnitRecord& u) const { return problems.count(u.ordinal) > 0; }

  // Codes become file names: a code outside the pattern of core/unit_code.h is refused first.
  void Codes() {
    for (const auto& u : units) {
      if (!IsValidUnitCode(u.ma_don_vi))
        Reject(u, 0, UnitCodeProblem(u.ma_don_vi));
      else if (!u.ma_don_vi_cha.empty() && !IsValidUnitCode(u.ma_don_vi_cha))
        Reject(u, 3, UnitCodeProblem(u.ma_don_vi_cha));
    }
  }

  void Duplicates() {
    std::unordered_map<std::string, int> first_row;
    for (const auto& u : units) {
      const auto [it, fresh] = first_row.emplace(u.ma_don_vi, u.ordinal);
      if (!fresh) Reject(u, 0, "mã đơn vị " + Quoted(u.ma_don_vi) + " trùng với dòng " + std::to_string(it->second));
    }
  }

  void Roots() {
    std::string stored_root;
    for (const auto& [code, parent] : stored.parent_of)
      if (parent.empty()) stored_root = code;
    std::string file_root;
    for (const auto& u : units) {
      if (u.cap != "tinh" || Rejected(u)) continue;
      if (!stored_root.empty() && u.ma_don_vi != stored_root)
        Reject(u, 0, "đã có đơn vị gốc cấp tỉnh " + Quoted(stored_root) + "; mỗi tỉnh chỉ có một gốc");
      else if (!file_root.empty() && u.ma_don_vi != file_root)
        Reject(u, 0, "tệp có hai đơn vị cấp tỉnh (" + Quoted(file_root) + " và " + Quoted(u.ma_don_vi) + ")");
      else
        file_root = u.ma_don_vi;
    }
  }

  // Repeats until stable: a unit is accepted when its parent is stored or accepted in the file.
  void Parents() {
    bool changed = true;
    while (changed) {
      changed = false;
      std::unordered_map<std::string, std::string> accepted = stored.parent_of;
      for (const auto& u : units)
        if (!Rejected(u)) accepted[u.ma_don_vi] = u.ma_don_vi_cha;
      for (const auto& u : units) {
        if (Rejected(u) || u.ma_don_vi_cha.empty()) continue;
        if (!accepted.count(u.ma_don_vi_cha)) {
          const bool in_file = std::any_of(units.begin(), units.end(),
                                           [&](const UnitRecord& o) { return o.ma_don_vi == u.ma_don_vi_cha; });
          Reject(u, 3, in_file ? "đơn vị cha " + Quoted(u.ma_don_vi_cha) + " bị từ chối"
                               : "đơn vị cha " + Quoted(u.ma_don_vi_cha) + " không có trong danh mục đơn vị");
          changed = true;
        } else if (ReachesItself(u, accepted)) {
          Reject(u, 3, "quan hệ cha–con tạo thành vòng lặp qua " + Quoted(u.ma_don_vi));
          changed = true;
        }
      }
    }
  }

  static bool ReachesItself(const UnitRecord& u, const std::unordered_map<std::string, std::string>& parent_of) {
    std::string current = u.ma_don_vi_cha;
    for (size_t steps = 0; steps <= parent_of.size() && !current.empty(); ++steps) {
      if (current == u.ma_don_vi) return true;
      const auto it = parent_of.find(current);
      if (it == parent_of.end()) return false;
      current = it->second;
    }
    return !current.empty();
  }
};

}  // namespace

UnitTreeCheck CheckUnitTree(const std::vector<UnitRecord>& units, const Catalog& stored,
                            const HeaderMap& header) {
  Checker checker{units, stored, header, {}};
  checker.Codes();
  checker.Duplicates();
  checker.Roots();
  checker.Parents();
  UnitTreeCheck result;
  for (auto& [row, problem] : checker.problems) result.problems.push_back(std::move(problem));
  return result;
}

}  // namespace baocao
