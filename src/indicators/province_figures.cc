#include "indicators/province_figures.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/checked_sum.h"
#include "core/text.h"
#include "indicators/approved_figures.h"

namespace baocao {
namespace {

using CodeIndex = StringMap<int>;

CodeIndex IndexOf(const UnitTree& tree) {
  CodeIndex index;
  for (int i = 0; i < tree.size(); ++i) index.emplace(tree.node(i).code, i);
  return index;
}

// The procedures' fields in catalog order, and each procedure's field index.
struct FieldIndex {
  std::vector<std::string> fields;
  StringMap<int> of_procedure;
};

FieldIndex LoadFields(FiguresReader& reader) {
  FieldIndex index;
  std::unordered_map<std::string, int> field_of_name;
  for (auto& [procedure, field] : reader.ProcedureFields()) {
    const auto [it, added] = field_of_name.emplace(field, static_cast<int>(index.fields.size()));
    if (added) index.fields.push_back(field);
    index.of_procedure.emplace(std::move(procedure), it->second);
  }
  return index;
}

// One streaming pass over the dossiers that matter for any of the figures' periods
// (store/figures_source.h), each row counted into every period it falls in (ClassifyDossier drops it
// from the others). A unit is looked up once per row: `unit_ids` numbers the codes of every period's
// tree, `node_of[i][id]` is that unit's node in figures[i]'s tree, or -1.
void CountDossiers(FiguresReader& reader, const std::vector<ProvinceFigures*>& figures, const FieldIndex& fields) {
  CodeIndex unit_ids;
  std::vector<std::vector<int>> node_of(figures.size());
  int from = figures.front()->period.from.days;
  int to = figures.front()->period.to.days;
  for (size_t i = 0; i < figures.size(); ++i) {
    const UnitTree& tree = figures[i]->tree;
    for (int node = 0; node < tree.size(); ++node) {
      const auto [it, added] = unit_ids.emplace(tree.node(node).code, static_cast<int>(unit_ids.size()));
      (void)added;
      if (node_of[i].size() <= static_cast<size_t>(it->second)) node_of[i].resize(static_cast<size_t>(it->second) + 1, -1);
      node_of[i][static_cast<size_t>(it->second)] = node;
    }
    from = std::min(from, figures[i]->period.from.days);
    to = std::max(to, figures[i]->period.to.days);
  }
  // The dossiers may come in parts read at once (store/figures_source.h): each part counts into its
  // own counts, part 0 straight into the figures, and the others are added to them at the end. A
  // part's counts are made on its own thread at its first row: a read in one query makes none.
  // Consecutive rows often share their unit (SQLite keeps dossiers in arrival order, a file's rows
  // together, and a department's file holds its own dossiers only): a part hashes the unit only when
  // it changes. alignas: two parts' last units never share a cache line.
  struct alignas(64) Part {
    std::string last_unit;
    int last_id = -1;  // unit_ids of last_unit, -1 when not in any tree
    bool have_last = false;
    std::vector<std::vector<std::vector<UnitCounts>>> counts;  // [figure][node][field]; empty for part 0
  };
  std::vector<Part> parts(static_cast<size_t>(std::max(1, reader.DossierParts())));
  reader.ForEachDossierInDays(from, to, [&](int part_index, const DossierFactsRow& row) {
    Part& part = parts.at(static_cast<size_t>(part_index));
    if (part_index != 0 && part.counts.empty()) {
      for (const ProvinceFigures* figure : figures) {
        auto& counts = part.counts.emplace_back();
        for (const auto& node : figure->own_by_field) counts.emplace_back(node.size());
      }
    }
    if (!part.have_last || row.ma_don_vi != part.last_unit) {
      const auto unit = unit_ids.find(row.ma_don_vi);
      part.last_unit.assign(row.ma_don_vi);
      part.last_id = unit == unit_ids.end() ? -1 : unit->second;
      part.have_last = true;
    }
    if (part.last_id < 0) return;  // the ingest only stores known units
    const size_t id = static_cast<size_t>(part.last_id);
    DossierFacts d;
    d.received_day = row.received_day;
    d.due_day = row.due_day;
    d.finished = row.finished;
    d.finished_day = row.finished_day;
    d.kenh_nop = row.kenh_nop;
    d.trang_thai = row.trang_thai;
    d.phi_le_phi = row.phi_le_phi;
    d.hinh_thuc_thanh_toan = row.hinh_thuc_thanh_toan;
    d.danh_gia = row.danh_gia;
    const auto field = fields.of_procedure.find(row.ma_tthc);
    const size_t f = field == fields.of_procedure.end() ? fields.fields.size()
                                                        : static_cast<size_t>(field->second);
    for (size_t i = 0; i < figures.size(); ++i) {
      const Period& period = figures[i]->period;
      if (d.received_day > period.to.days || (d.finished && d.finished_day < period.from.days)) continue;
      const int node = id < node_of[i].size() ? node_of[i][id] : -1;
      if (node < 0) continue;
      const auto n = static_cast<size_t>(node);
      ClassifyDossier(d, period, part_index == 0 ? figures[i]->own_by_field[n][f] : part.counts[i][n][f]);
    }
  });
  for (size_t p = 1; p < parts.size(); ++p)  // a part that read no row has no counts
    for (size_t i = 0; i < parts[p].counts.size(); ++i)
      for (size_t n = 0; n < parts[p].counts[i].size(); ++n)
        for (size_t f = 0; f < parts[p].counts[i][n].size(); ++f)
          figures[i]->own_by_field[n][f].Add(parts[p].counts[i][n][f]);
}

void CountDiscipline(FiguresReader& reader, const Period& period, const Period& previous,
                     const CodeIndex& index, std::vector<UnitCounts>& own) {
  reader.ForEachDisciplineInDays(period.from.days, period.to.days, previous.from.days, previous.to.days,
                          [&](const DisciplineFactsRow& row) {
    const auto unit = index.find(row.ma_don_vi);
    if (unit == index.end()) return;
    UnitCounts& c = own[static_cast<size_t>(unit->second)];
    const int day = row.decided_day;
    if (day >= period.from.days && day <= period.to.days) {
      ++c.discipline_total;
      ++c.discipline_by_form[std::string(row.hinh_thuc)];
    }
    if (day >= previous.from.days && day <= previous.to.days) ++c.discipline_previous_period;
  });
}

// Rows are added here, checked, rather than summed by the database: SQLite stops a SUM that
// overflows with an English "integer overflow" that would reach the officer. Submit bounds every
// head-count (a few rows per unit and year), so real sums are small; a database filled before the
// bounds gets a DataError.
void CountEvaluations(FiguresReader& reader, int year, const CodeIndex& index, std::vector<UnitCounts>& own) {
  reader.ForEachEvaluationOfYears(year, year - 1, [&](const EvaluationFactsRow& row) {
    const auto unit = index.find(row.ma_don_vi);
    if (unit == index.end()) return;
    UnitCounts& c = own[static_cast<size_t>(unit->second)];
    const int64_t excellent = row.hoan_thanh_xuat_sac;
    const int64_t good = row.hoan_thanh_tot;
    const int64_t completed = row.hoan_thanh;
    const int64_t not_completed = row.khong_hoan_thanh;
    if (row.nam == year) {
      AddTo(c.excellent, excellent);
      AddTo(c.good, good);
      AddTo(c.completed, completed);
      AddTo(c.not_completed, not_completed);
      UnitCounts::Evaluations& e = c.evaluations_by_category[std::string(row.doi_tuong)];
      AddTo(e.excellent, excellent);
      AddTo(e.good, good);
      AddTo(e.completed, completed);
      AddTo(e.not_completed, not_completed);
    } else {
      AddTo(c.excellent_previous_period, excellent);
      AddTo(c.evaluated_previous_period,
            CheckedAdd(CheckedAdd(CheckedAdd(excellent, good), completed), not_completed));
    }
  });
}

}  // namespace

Values CatalogValues(Database& db) {
  DatabaseFiguresReader reader(db);
  return CatalogValues(reader);
}

Values CatalogValues(FiguresReader& reader) {
  const ProcedureCounts counts = reader.CountProcedures();
  const int64_t total = counts.total;
  const int64_t full = counts.full_online;
  const int64_t partial = counts.partial_online;
  const int64_t fee = counts.fee;
  const int64_t fee_online = counts.fee_online;
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
  DatabaseFiguresReader reader(db);
  return ComputeLiveFigures(reader, period, parts);
}

namespace {

// Everything of a period's figures but the dossiers: the tree, who reported, the people, the catalog.
ProvinceFigures FiguresWithoutDossiers(FiguresReader& reader, const Period& period) {
  ProvinceFigures f{period, period.PreviousYear(), UnitTree::Load(reader, period.ExportMonths().front()), {}, {}, {}, {}, {}, {}, {}, {}, {}};
  f.reporting = LoadReportingState(reader, f.tree, period);
  const CodeIndex index = IndexOf(f.tree);
  const size_t units = static_cast<size_t>(f.tree.size());
  f.own_dossiers.assign(units, UnitCounts{});
  f.own_people.assign(units, UnitCounts{});
  CountDiscipline(reader, period, f.previous, index, f.own_people);
  CountEvaluations(reader, period.year, index, f.own_people);  // a range's year is its end's
  f.catalog = CatalogValues(reader);
  f.approval_of.assign(units, -1);
  f.approved_ranks.assign(units, Values{});
  return f;
}

// Counts the dossiers of every figures' period in one pass, then each unit's totals over its fields.
void AddDossiers(FiguresReader& reader, const std::vector<ProvinceFigures*>& figures) {
  FieldIndex fields = LoadFields(reader);
  for (ProvinceFigures* f : figures) f->own_by_field.assign(f->own_dossiers.size(), std::vector<UnitCounts>(fields.fields.size() + 1));
  CountDossiers(reader, figures, fields);
  fields.fields.push_back(kUnknownField);
  for (ProvinceFigures* f : figures) {
    f->fields = fields.fields;
    for (size_t u = 0; u < f->own_dossiers.size(); ++u)
      for (const UnitCounts& c : f->own_by_field[u]) f->own_dossiers[u].Add(c);
  }
}

}  // namespace

ProvinceFigures ComputeLiveFigures(FiguresReader& reader, const Period& period, FigureParts parts) {
  ProvinceFigures f = FiguresWithoutDossiers(reader, period);
  if (parts == FigureParts::kAll) AddDossiers(reader, {&f});
  return f;
}

std::vector<ProvinceFigures> ComputeLiveFiguresOfPeriods(FiguresReader& reader, const std::vector<Period>& periods) {
  std::vector<ProvinceFigures> all;
  all.reserve(periods.size());
  for (const Period& p : periods) all.push_back(FiguresWithoutDossiers(reader, p));
  std::vector<ProvinceFigures*> pointers;
  for (ProvinceFigures& f : all) pointers.push_back(&f);
  if (!pointers.empty()) AddDossiers(reader, pointers);
  return all;
}

std::vector<ProvinceFigures> ComputeFiguresOfPeriods(Database& db, const std::vector<Period>& periods) {
  DatabaseFiguresReader reader(db);
  std::vector<ProvinceFigures> all = ComputeLiveFiguresOfPeriods(reader, periods);
  ApprovalStore approvals(db);
  for (ProvinceFigures& f : all) {
    const auto active = approvals.Active(f.period.Label());
    if (!active.empty()) SubstituteApproved(db, active, f);
  }
  return all;
}

}  // namespace baocao
