#include "store/unit_directory.h"

#include <SQLiteCpp/Statement.h>

namespace baocao {

std::vector<UnitEntry> ListUnits(Database& db) {
  SQLite::Statement q(db.sql(),
                      "SELECT ma_don_vi, IFNULL(ten_don_vi, ''), IFNULL(retired_from, ''), "
                      "IFNULL(cap, ''), IFNULL(ma_don_vi_cha, '') FROM units "
                      "ORDER BY ordinal, ma_don_vi");
  std::vector<UnitEntry> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString()});
  return out;
}

}  // namespace baocao
