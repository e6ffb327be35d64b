#include "indicators/province_figures.h"

#include <SQLiteCpp/Statement.h>

#include <functional>
#include <string_view>
#include <unordered_map>

namespace baocao {
namespace {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using CodeIndex = std::unordered_map<std::string, int, StringHash, std::equal_to<>>;

CodeIndex IndexOf(const UnitTree& tree) {
  CodeIndex index;
  for (int i = 0; i < tree.size(); ++i) index.emplace(tree.node(i).code, i);
  return index;
}

std::string_view Text(SQLite::Statement& q, int column) {
  const auto c = q.getColumn(column);
  return c.isNull() ? std::string_view() : std::string_view(c.getText(), static_cast<size_t>(c.getBytes()));
}

void CountDossiers(Database& db, const Period& period, const CodeIndex& index,
                   std::vector<UnitCounts>& own) {
  SQLite::Statement q(db.sql(),
                      "SELECT ma_don_vi, received_day, due_day, finished_day, kenh_nop, trang_thai, "
                      "phi_le_phi, hinh_thuc_thanh_toan, danh_gia FROM dossiers "
                      "WHERE received_day <= ?1 AND (finished_day IS NULL OR finished_day >= ?2)");
  q.bind(1, period.to.days);
  q.bind(2, period.from.days);
  while (q.executeStep()) {
    const auto unit = index.find(Text(q, 0));
    if (unit == index.end()) continue;  // the ingest only stores known units
    DossierFacts d;
    d.received_day = q.getColumn(1).getInt();
    d.due_day = q.getColumn(2).getInt();
    d.finished = !q.getColumn(3).isNull();
    d.finished_day = d.finished ? q.getColumn(3).getInt() : 0;
    d.kenh_nop = Text(q, 4);
    d.trang_thai = Text(q, 5);
    d.phi_le_phi = q.getColumn(6).getInt64();
    d.hinh_thuc_thanh_toan = Text(q, 7);
    d.danh_gia = Text(q, 8);
    ClassifyDossier(d, period, own[static_cast<size_t>(unit->second)]);
  }
}

void CountDiscipline(Database& db, const Period& period, const Period& previous,
                     const CodeIndex& index, std::vector<UnitCounts>& own) {
  SQLite::Statement q(db.sql(),
                      "SELECT ma_don_vi, hinh_thuc, decided_day FROM discipline "
                      "WHERE (decided_day BETWEEN ?1 AND ?2) OR (decided_day BETWEEN ?3 AND ?4)");
  q.bind(1, period.from.days);
  q.bind(2, period.to.days);
  q.bind(3, previous.from.days);
  q.bind(4, previous.to.days);
  while (q.executeStep()) {
    const auto unit = index.find(Text(q, 0));
    if (unit == index.end()) continue;
    UnitCounts& c = own[static_cast<size_t>(unit->second)];
    const int day = q.getColumn(2).getInt();
    if (day >= period.from.days && day <= period.to.days) {
      ++c.discipline_total;
      ++c.discipline_by_form[q.getColumn(1).getString()];
    }
    if (day >= previous.from.days && day <= previous.to.days) ++c.discipline_previous_period;
  }
}

void CountEvaluations(Database& db, int year, const CodeIndex& index, std::vector<UnitCounts>& own) {
  SQLite::Statement q(db.sql(),
                      "SELECT ma_don_vi, nam, SUM(hoan_thanh_xuat_sac), SUM(hoan_thanh_tot), "
                      "SUM(hoan_thanh), SUM(khong_hoan_thanh) FROM evaluations "
                      "WHERE nam = ?1 OR nam = ?2 GROUP BY ma_don_vi, nam");
  q.bind(1, year);
  q.bind(2, year - 1);
  while (q.executeStep()) {
    const auto unit = index.find(Text(q, 0));
    if (unit == index.end()) continue;
    UnitCounts& c = own[static_cast<size_t>(unit->second)];
    const int64_t excellent = q.getColumn(2).getInt64();
    const int64_t all = excellent + q.getColumn(3).getInt64() + q.getColumn(4).getInt64() +
                        q.getColumn(5).getInt64();
    if (q.getColumn(1).getInt() == year) {
      c.excellent += excellent;
      c.good += q.getColumn(3).getInt64();
      c.completed += q.getColumn(4).getInt64();
      c.not_completed += q.getColumn(5).getInt64();
    } else {
      c.excellent_previous_period += excellent;
      c.evaluated_previous_period += all;
    }
  }
}

}  // namespace

Values CatalogValues(Database& db) {
  SQLite::Statement q(db.sql(),
                      "SELECT COUNT(*), "
                      "IFNULL(SUM(muc_do_dvc = 'toan_trinh'), 0), IFNULL(SUM(muc_do_dvc = 'mot_phan'), 0), "
                      "IFNULL(SUM(co_phi = 1), 0), IFNULL(SUM(co_phi = 1 AND thanh_toan_truc_tuyen = 1), 0) "
                      "FROM procedures");
  q.executeStep();
  const int64_t total = q.getColumn(0).getInt64();
  const int64_t full = q.getColumn(1).getInt64();
  const int64_t partial = q.getColumn(2).getInt64();
  const int64_t fee = q.getColumn(3).getInt64();
  const int64_t fee_online = q.getColumn(4).getInt64();
  return {
      {"procedures_total", Value::Count(total)},
      {"procedures_full_online", Value::Count(full)},
      {"procedures_partial_online", Value::Count(partial)},
      {"full_online_rate", Value::Rate(full, total)},
      {"online_capable_rate", Value::Rate(full + partial, total)},
      {"fee_procedures", Value::Count(fee)},
      {"fee_procedures_payable_online", Value::Count(fee_online)},
      {"fee_online_payable_rate", Value::Rate(fee_online, fee)},
  };
}

ProvinceFigures ComputeFigures(Database& db, const Period& period) {
  ProvinceFigures f{period, period.PreviousYear(), UnitTree::Load(db), {}, {}, {}, {}};
  f.reporting = LoadReportingState(db, f.tree, period);
  const CodeIndex index = IndexOf(f.tree);
  f.own_dossiers.assign(static_cast<size_t>(f.tree.size()), UnitCounts{});
  f.own_people.assign(static_cast<size_t>(f.tree.size()), UnitCounts{});
  CountDossiers(db, period, index, f.own_dossiers);
  CountDiscipline(db, period, f.previous, index, f.own_people);
  CountEvaluations(db, period.year, index, f.own_people);  // a range's year is its end's
  f.catalog = CatalogValues(db);
  return f;
}

}  // namespace baocao
