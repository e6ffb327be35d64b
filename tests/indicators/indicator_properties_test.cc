// Properties that hold for any valid data, checked on generated dossiers: the balance, channels
// summing to new, children (and the parent's own records) summing to the parent, and the months of a
// quarter adding up to the quarter wherever a flow figure is additive.
#include <catch2/catch.hpp>

#include <cstdio>
#include <random>

#include "indicators/indicators.h"
#include "ingest/submission.h"
#include "test_support.h"

namespace baocao {
namespace {

constexpr const char* kHeader = test::kDossierCsvHeader;
const char* const kUnits[] = {"T17", "S01", "S02", "H01", "X0101", "X0102",
                              "H02", "X0201", "X0202", "H03", "X0301"};
const char* const kMonths[] = {"2023-04", "2023-05", "2023-06"};

void SubmitFile(Database& db, SubmissionKind kind, const std::string& file, const char* unit = nullptr,
                const char* period = nullptr) {
  SubmitRequest r;
  r.kind = kind;
  r.file = file;
  if (unit) r.unit = unit;
  if (period) r.period = period;
  r.now = "2023-06-20 08:00:00";
  const Receipt receipt = Submit(db, r);
  if (!receipt.ok()) FAIL(receipt.Text());
}

// n random valid dossiers received between 01/03 and 14/06/2023, exported by the province in June;
// every unit also submits a header-only file for each month, so that every unit has reported.
void LoadRandomProvince(Database& db, const test::TempDir& dir, uint32_t seed, int n) {
  SubmitFile(db, SubmissionKind::kUnits, test::Fixture("sample/units.csv"));
  SubmitFile(db, SubmissionKind::kProcedures, test::Fixture("sample/procedures.csv"));
  test::WriteFile(dir.File("empty.csv"), kHeader);
  for (const char* unit : kUnits)
    for (const char* month : kMonths) SubmitFile(db, SubmissionKind::kDossiers, dir.File("empty.csv"), unit, month);

  std::mt19937 rng(seed);
  auto pick = [&](int n_choices) { return static_cast<int>(rng() % static_cast<uint32_t>(n_choices)); };
  const char* channels[] = {"truc_tuyen", "truc_tiep", "buu_chinh"};
  const char* ratings[] = {"", "rat_hai_long", "hai_long", "khong_hai_long"};
  const Date first = Date::FromYmd(2023, 3, 1);
  std::string csv = kHeader;
  for (int i = 0; i < n; ++i) {
    const Date received = first.AddDays(pick(106));  // to 14/06
    const Date due = received.AddDays(pick(10));
    const int outcome = pick(10);  // 0-2 in progress, 3 withdrawn, 4 returned, else resolved
    const Date finished = received.AddDays(pick(12));
    const bool open = outcome < 3 || finished > Date::FromYmd(2023, 6, 14);
    const char* status = open ? "dang_xu_ly" : outcome == 3 ? "rut_ho_so" : outcome == 4 ? "tra_lai" : "da_tra_ket_qua";
    const int fee = pick(3) == 0 ? 0 : 10000 * (1 + pick(20));
    const char* payment = fee == 0 ? "" : pick(3) == 0 ? "" : pick(2) ? "truc_tuyen" : "truc_tiep";
    char line[256];
    std::snprintf(line, sizeof line, "G-%05d,1.001612,%s,%s,%s 08:00,%s 17:00,%s,%s,%d,%s,%s\n", i,
                  kUnits[1 + pick(10)], channels[pick(3)], received.Iso().c_str(), due.Iso().c_str(),
                  open ? "" : (finished.Iso() + " 10:00").c_str(), status, fee, payment,
                  open ? "" : ratings[pick(4)]);
    csv += line;
  }
  test::WriteFile(dir.File("all.csv"), csv);
  SubmitFile(db, SubmissionKind::kDossiers, dir.File("all.csv"), "T17", "2023-06");
}

const char* const kAdditive[] = {
    "new_total", "new_online", "new_in_person", "new_postal", "resolved_total", "resolved_early",
    "resolved_on_time", "resolved_late", "withdrawn", "returned", "paid_total", "paid_online",
    "paid_amount_total", "paid_amount_online", "rated_total", "very_satisfied", "satisfied",
    "dissatisfied"};

int64_t Count(const UnitRow& row, const char* key) { return Lookup(row, key).count; }

}  // namespace

TEST_CASE("properties of the indicators on generated data", "[indicators][properties]") {
  for (const uint32_t seed : {1u, 2u, 3u}) {
    test::TempDir dir;
    Database db(":memory:");
    LoadRandomProvince(db, dir, seed, 600);
    std::vector<Report> months;
    for (const char* m : kMonths) months.push_back(ComputeReport(db, "dvc", ParsePeriod(m)));
    Report quarter = ComputeReport(db, "dvc", ParsePeriod("2023-Q2"));
    CHECK(Count(quarter.root_row(), "received_total") > 300);

    for (const Report* r : {&months[0], &months[1], &months[2], &quarter}) {
      for (size_t i = 0; i < r->units.size(); ++i) {
        const UnitRow& u = r->units[i];
        REQUIRE(u.submitted);
        CHECK(Count(u, "received_total") == Count(u, "resolved_total") + Count(u, "withdrawn") +
                                                Count(u, "returned") + Count(u, "pending_total"));
        CHECK(Count(u, "new_total") ==
              Count(u, "new_online") + Count(u, "new_in_person") + Count(u, "new_postal"));
        CHECK(Count(u, "received_total") == Count(u, "carried_over") + Count(u, "new_total"));
        // The unit's own records plus its children's rolled-up figures make its figures.
        for (const char* key : kAdditive) {
          int64_t sum = u.own.at(key).count;
          for (const UnitRow& c : r->units)
            if (c.ma_don_vi_cha == u.ma_don_vi) sum += Count(c, key);
          CHECK(sum == Count(u, key));
        }
      }
    }
    for (size_t i = 0; i < quarter.units.size(); ++i) {
      const UnitRow& q = quarter.units[i];
      for (const char* key : kAdditive)
        CHECK(Count(q, key) == Count(months[0].units[i], key) + Count(months[1].units[i], key) +
                                   Count(months[2].units[i], key));
      CHECK(Count(q, "carried_over") == Count(months[0].units[i], "carried_over"));
      CHECK(Count(q, "pending_total") == Count(months[2].units[i], "pending_total"));
      CHECK(Count(q, "pending_overdue") == Count(months[2].units[i], "pending_overdue"));
    }
  }
}

}  // namespace baocao
