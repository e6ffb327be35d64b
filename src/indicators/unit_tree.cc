#include "indicators/unit_tree.h"

#include <functional>
#include <map>

#include "core/errors.h"

namespace baocao {

UnitTree UnitTree::Load(Database& db, const std::string& first_month) {
  DatabaseFiguresReader reader(db);
  return Load(reader, first_month);
}

UnitTree UnitTree::Load(FiguresReader& reader, const std::string& first_month) {
  std::vector<UnitNode> flat;
  std::map<std::string, std::vector<size_t>> children_of;  // parent code -> flat indexes in order
  for (UnitEntry& unit : reader.Units()) {
    UnitNode n;
    n.code = std::move(unit.code);
    n.name = std::move(unit.name);
    n.cap = std::move(unit.cap);
    n.parent = std::move(unit.parent);
    n.retired_from = std::move(unit.retired_from);
    if (!first_month.empty() && !n.retired_from.empty() && n.retired_from <= first_month) continue;
    children_of[n.parent].push_back(flat.size());
    flat.push_back(std::move(n));
  }
  const auto roots = children_of.find("");
  if (roots == children_of.end() || roots->second.empty())
    throw UsageError("Chưa có danh mục đơn vị: hãy nộp danh mục đơn vị trước (submit --kind units)");

  UnitTree tree;
  // Pre-order walk; the ingest guarantees one root and no cycles.
  std::function<void(size_t, int, int)> visit = [&](size_t flat_index, int parent, int depth) {
    const int index = static_cast<int>(tree.nodes_.size());
    UnitNode node = flat[flat_index];
    node.parent_index = parent;
    node.depth = depth;
    tree.index_.emplace(node.code, index);
    tree.nodes_.push_back(std::move(node));
    if (parent >= 0) tree.nodes_[static_cast<size_t>(parent)].children.push_back(index);
    const auto kids = children_of.find(flat[flat_index].code);
    if (kids != children_of.end())
      for (size_t k : kids->second) visit(k, index, depth + 1);
    tree.nodes_[static_cast<size_t>(index)].subtree_size = static_cast<int>(tree.nodes_.size()) - index;
  };
  visit(roots->second.front(), -1, 0);
  return tree;
}

int UnitTree::Find(const std::string& code) const {
  const auto it = index_.find(code);
  return it == index_.end() ? -1 : it->second;
}

int UnitTree::Require(const std::string& code) const {
  const int index = Find(code);
  if (index < 0) throw UsageError("Đơn vị \"" + code + "\" không có trong danh mục đơn vị");
  return index;
}

std::vector<bool> UnitTree::CoveredBy(const std::set<std::string>& submitters) const {
  std::vector<bool> covered(nodes_.size(), false);
  for (size_t i = 0; i < nodes_.size(); ++i) {  // pre-order: parents first
    const UnitNode& n = nodes_[i];
    covered[i] = submitters.count(n.code) > 0 ||
                 (n.parent_index >= 0 && covered[static_cast<size_t>(n.parent_index)]);
  }
  return covered;
}

}  // namespace baocao
