#include "indicators/reporting.h"

#include <set>
#include <utility>

#include "store/figures_reader.h"

namespace baocao {
namespace {

// Per tree node: whether it reported discipline and evaluations for a year — covered by a file of
// its own or of an ancestor (pre-order: parents first), or rows of it in a file.
std::vector<bool> PeopleReported(FiguresReader& reader, const UnitTree& tree,
                                 const std::set<std::pair<std::string, std::string>>& people, int year) {
  const std::string label = std::to_string(year);
  const std::vector<bool> covered = tree.CoveredBy(reader.PeopleSubmitters(label));
  std::vector<bool> reported(static_cast<size_t>(tree.size()), false);
  for (int i = 0; i < tree.size(); ++i) {
    const size_t at = static_cast<size_t>(i);
    reported[at] = covered[at] || people.count({tree.node(i).code, label}) > 0;
  }
  return reported;
}

// Per tree node: false for a unit with units under it and no record of its own.
std::vector<bool> Expected(const UnitTree& tree, const std::set<std::string>& with_records) {
  std::vector<bool> expected(static_cast<size_t>(tree.size()));
  for (int i = 0; i < tree.size(); ++i) {
    const UnitNode& n = tree.node(i);
    expected[static_cast<size_t>(i)] = n.children.empty() || with_records.count(n.code) > 0;
  }
  return expected;
}

// Per tree node: which expected units of its subtree have reported (SPEC §2), "code name" of the
// missing ones in hierarchy order.
std::vector<Coverage> Coverages(const UnitTree& tree, const std::vector<bool>& reported,
                                const std::vector<bool>& expected) {
  std::vector<Coverage> cover(static_cast<size_t>(tree.size()));
  for (int i = tree.size() - 1; i >= 0; --i) {  // children before parents
    const size_t at = static_cast<size_t>(i);
    const UnitNode& node = tree.node(i);
    Coverage& c = cover[at];
    if (expected[at]) {
      ++c.expected;
      if (reported[at]) {
        ++c.reported;
      } else {
        c.missing.push_back(node.code + " " + node.name);
      }
    }
    for (int child : node.children) {
      const Coverage& k = cover[static_cast<size_t>(child)];
      c.expected += k.expected;
      c.reported += k.reported;
      c.missing.insert(c.missing.end(), k.missing.begin(), k.missing.end());
    }
  }
  return cover;
}

}  // namespace

bool MonthDue(const UnitNode& unit, const std::string& month) {
  return unit.retired_from.empty() || month < unit.retired_from;
}

ReportingState LoadReportingState(Database& db, const UnitTree& tree, const Period& period) {
  DatabaseFiguresReader reader(db);
  return LoadReportingState(reader, tree, period);
}

ReportingState LoadReportingState(FiguresReader& reader, const UnitTree& tree, const Period& period) {
  ReportingState state;
  state.months = period.ExportMonths();
  const auto dossiers = reader.DossierMonthsReported();
  state.missing_months.resize(static_cast<size_t>(tree.size()));
  for (int i = 0; i < tree.size(); ++i) {
    for (const auto& month : state.months)
      if (MonthDue(tree.node(i), month) && !dossiers.count({tree.node(i).code, month}))
        state.missing_months[static_cast<size_t>(i)].push_back(month);
  }

  // A people file names its year: its rows of another year (a stray row, a decision dated in the
  // next cut-off year) do not report that year. A file submitted without a year reports the
  // years of its rows.
  const auto people = reader.PeopleYearsReported();
  state.people_reported = PeopleReported(reader, tree, people, period.year);  // a range's year is its end's
  state.people_reported_previous = PeopleReported(reader, tree, people, period.year - 1);
  state.dossiers_expected = Expected(tree, reader.UnitsWithOwnDossiers());
  state.people_expected = Expected(tree, reader.UnitsWithOwnPeopleRecords());
  RecomputeCoverages(tree, state);
  return state;
}

void RecomputeCoverages(const UnitTree& tree, ReportingState& state) {
  std::vector<bool> dossiers_reported(static_cast<size_t>(tree.size()));
  for (int i = 0; i < tree.size(); ++i) dossiers_reported[static_cast<size_t>(i)] = state.dossiers_reported(i);
  state.dossiers_coverage = Coverages(tree, dossiers_reported, state.dossiers_expected);
  state.people_coverage = Coverages(tree, state.people_reported, state.people_expected);
  state.people_previous_coverage = Coverages(tree, state.people_reported_previous, state.people_expected);
}

}  // namespace baocao
