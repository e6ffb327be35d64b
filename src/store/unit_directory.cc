#include "store/unit_directory.h"

#include <memory>

namespace baocao {

std::vector<UnitEntry> ListUnits(Database& db) {
  auto q = db.connection().Prepare(
      "SELECT ma_don_vi, COALESCE(ten_don_vi, ''), COALESCE(retired_from, ''), "
      "COALESCE(cap, ''), COALESCE(ma_don_vi_cha, '') FROM units "
      "ORDER BY ordinal, ma_don_vi");
  std::vector<UnitEntry> out;
  while (q->Step()) out.push_back({q->GetString(0), q->GetString(1), q->GetString(2), q->GetString(3), q->GetString(4)});
  return out;
}

}  // namespace baocao
