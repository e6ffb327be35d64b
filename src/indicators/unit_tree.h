// The province's units as a tree in hierarchy order (SPEC §2 units), as reports print them.
//
// Nodes are in pre-order: the root first, then each child (in the order of the units file) followed
// by its own subtree. A subtree is therefore a contiguous run [index, index + size) of nodes.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/database.h"
#include "store/figures_reader.h"

namespace baocao {

struct UnitNode {
  std::string code;
  std::string name;
  std::string cap;
  std::string parent;             // empty for the root
  int parent_index = -1;          // -1 for the root
  int depth = 0;                  // 0 for the province root
  int subtree_size = 1;           // the node and all its descendants
  std::vector<int> children;      // indexes, in units-file order
  std::string retired_from;       // export month it left the catalog from ("YYYY-MM"), or ""
};

class UnitTree {
 public:
  // Loads the units table. Throws UsageError (Vietnamese) when no units were submitted yet.
  // With `first_month` ("YYYY-MM", a period's first export month), units retired from that month
  // or earlier are left out: they no longer exist in that period (kept in the database for history).
  static UnitTree Load(FiguresReader& reader, const std::string& first_month = "");
  static UnitTree Load(Database& db, const std::string& first_month = "");

  const std::vector<UnitNode>& nodes() const { return nodes_; }
  const UnitNode& node(int index) const { return nodes_[static_cast<size_t>(index)]; }
  int size() const { return static_cast<int>(nodes_.size()); }
  // The index of a unit code, or -1.
  int Find(const std::string& code) const;
  // Like Find, but throws UsageError naming the code when it is not a unit.
  int Require(const std::string& code) const;
  // Per node: whether a file of the unit itself or of an ancestor covers it (a unit's file covers its
  // subtree), given the units that sent one.
  std::vector<bool> CoveredBy(const std::set<std::string>& submitters) const;

 private:
  std::vector<UnitNode> nodes_;
  std::unordered_map<std::string, int> index_;
};

}  // namespace baocao
