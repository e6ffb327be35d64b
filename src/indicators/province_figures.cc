#include "indicators/province_figures.h"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <functional>
#include <memory>
#include <string_view>
#include <unordered_map>

#include "core/checked_sum.h"
#include "indicators/approved_figures.h"

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

std::string_view RawText(sqlite3_stmt* stmt, int column) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
  return text == nullptr ? std::string_view() : std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(stmt, column)));
}

// The procedures' fields in catalog order, and each procedure's field index.
struct FieldIndex {
  std::vector<std::string> fields;
  std::unordered_map<std::string, int, StringHash, std::equal_to<>> of_procedure;
};

FieldIndex LoadFields(Database& db) {
  FieldIndex index;
  std::unordered_map<std::string, int> field_of_name;
  SQLite::Statement q(db.sql(), "SELECT ma_tthc, linh_vuc FROM procedures ORDER BY rowid");
  while (q.executeStep()) {
    const std::string field = q.getColumn(1).getString();
    const auto [it, added] = field_of_name.emplace(field, static_cast<int>(index.fields.size()));
    if (added) index.fields.push_back(field);
    index.of_procedure.emplace(q.getColumn(0).getString(), it->second);
  }
  return index;
}

// The hot loop uses SQLite's C API (owned by a unique_ptr): SQLiteCpp reads a column through a
// Column object that copies a shared pointer per value, a cost paid nine times a row here.
void CountDossiers(Database& db, const Period& period, const CodeIndex& index,
                   const FieldIndex& fields, std::vector<std::vector<UnitCounts>>& own) {
  constexpr const char* kSql =
      "SELECT ma_don_vi, received_day, due_day, finished_day, kenh_nop, trang_thai, phi_le_phi, "
      "hinh_thuc_thanh_toan, danh_gia, ma_tthc FROM dossiers "
      "WHERE received_day <= ?1 AND (finished_day IS NULL OR finished_day >= ?2)";
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db.sql().getHandle(), kSql, -1, &raw, nullptr) != SQLITE_OK)
    throw SQLite::Exception(db.sql().getHandle(), sqlite3_errcode(db.sql().getHandle()));
  const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> owner(raw, sqlite3_finalize);
  sqlite3_stmt* stmt = owner.get();
  sqlite3_bind_int(stmt, 1, period.to.days);
  sqlite3_bind_int(stmt, 2, period.from.days);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    const auto unit = index.find(RawText(stmt, 0));
    if (unit == index.end()) continue;  // the ingest only stores known units
    DossierFacts d;
    d.received_day = sqlite3_column_int(stmt, 1);
    d.due_day = sqlite3_column_int(stmt, 2);
    d.finished = sqlite3_column_type(stmt, 3) != SQLITE_NULL;
    d.finished_day = d.finished ? sqlite3_column_int(stmt, 3) : 0;
    d.kenh_nop = RawText(stmt, 4);
    d.trang_thai = RawText(stmt, 5);
    d.phi_le_phi = sqlite3_column_int64(stmt, 6);
    d.hinh_thuc_thanh_toan = RawText(stmt, 7);
    d.danh_gia = RawText(stmt, 8);
    const auto field = fields.of_procedure.find(RawText(stmt, 9));
    const size_t f = field == fields.of_procedure.end() ? fields.fields.size()
                                                        : static_cast<size_t>(field->second);
    ClassifyDossier(d, period, own[static_cast<size_t>(unit->second)][f]);
  }
  if (rc != SQLITE_DONE) throw SQLite::Exception(db.sql().getHandle(), rc);
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

// Rows are added here, checked, rather than with SQL SUM: SQLite stops a SUM that overflows with an
// English "integer overflow" that would reach the officer. Submit bounds every head-count (a few rows
// per unit and year), so real sums are small; a database filled before the bounds gets a DataError.
void CountEvaluations(Database& db, int year, const CodeIndex& index, std::vector<UnitCounts>& own) {
  SQLite::Statement q(db.sql(),
                      "SELECT ma_don_vi, nam, hoan_thanh_xuat_sac, hoan_thanh_tot, hoan_thanh, "
                      "khong_hoan_thanh, doi_tuong FROM evaluations WHERE nam = ?1 OR nam = ?2");
  q.bind(1, year);
  q.bind(2, year - 1);
  while (q.executeStep()) {
    const auto unit = index.find(Text(q, 0));
    if (unit == index.end()) continue;
    UnitCounts& c = own[static_cast<size_t>(unit->second)];
    const int64_t excellent = q.getColumn(2).getInt64();
    const int64_t good = q.getColumn(3).getInt64();
    const int64_t completed = q.getColumn(4).getInt64();
    const int64_t not_completed = q.getColumn(5).getInt64();
    if (q.getColumn(1).getInt() == year) {
      AddTo(c.excellent, excellent);
      AddTo(c.good, good);
      AddTo(c.completed, completed);
      AddTo(c.not_completed, not_completed);
      UnitCounts::Evaluations& e = c.evaluations_by_category[q.getColumn(6).getString()];
      AddTo(e.excellent, excellent);
      AddTo(e.good, good);
      AddTo(e.completed, completed);
      AddTo(e.not_completed, not_completed);
    } else {
      AddTo(c.excellent_previous_period, excellent);
      AddTo(c.evaluated_previous_period,
            CheckedAdd(CheckedAdd(CheckedAdd(excellent, good), completed), not_completed));
    }
  }
}

}  // namespace

Values CatalogValues(Database& db) {
  // SUM of 0/1 comparisons: each sum is at most the number of procedures, it cannot overflow.
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

ProvinceFigures ComputeFigures(Database& db, const Period& period, FigureParts parts) {
  ProvinceFigures f = ComputeLiveFigures(db, period, parts);
  const auto approvals = ApprovalStore(db).Active(period.Label());
  if (!approvals.empty()) SubstituteApproved(db, approvals, f);
  return f;
}

ProvinceFigures ComputeLiveFigures(Database& db, const Period& period, FigureParts parts) {
  ProvinceFigures f{period, period.PreviousYear(), UnitTree::Load(db, period.ExportMonths().front()), {}, {}, {}, {}, {}, {}, {}, {}, {}};
  f.reporting = LoadReportingState(db, f.tree, period);
  const CodeIndex index = IndexOf(f.tree);
  const size_t units = static_cast<size_t>(f.tree.size());
  f.own_dossiers.assign(units, UnitCounts{});
  f.own_people.assign(units, UnitCounts{});
  if (parts == FigureParts::kAll) {
    FieldIndex fields = LoadFields(db);
    f.own_by_field.assign(units, std::vector<UnitCounts>(fields.fields.size() + 1));
    CountDossiers(db, period, index, fields, f.own_by_field);
    f.fields = std::move(fields.fields);
    f.fields.push_back(kUnknownField);
    for (size_t u = 0; u < units; ++u)
      for (const UnitCounts& c : f.own_by_field[u]) f.own_dossiers[u].Add(c);
  }
  CountDiscipline(db, period, f.previous, index, f.own_people);
  CountEvaluations(db, period.year, index, f.own_people);  // a range's year is its end's
  f.catalog = CatalogValues(db);
  f.approval_of.assign(units, -1);
  f.approved_ranks.assign(units, Values{});
  return f;
}

}  // namespace baocao
