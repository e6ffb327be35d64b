#include <catch2/catch.hpp>

#include <limits>

#include "core/errors.h"
#include "indicators/unit_counts.h"

namespace baocao {
namespace {

const Period kMay = ParsePeriod("2023-05");  // 15/04/2023 – 14/05/2023

int Day(int month, int day) { return Date::FromYmd(2023, month, day).days; }

DossierFacts Dossier(int received, int due, std::optional<int> finished, std::string_view status,
                     std::string_view channel = "truc_tuyen") {
  DossierFacts d;
  d.received_day = received;
  d.due_day = due;
  d.finished = finished.has_value();
  d.finished_day = finished.value_or(0);
  d.trang_thai = status;
  d.kenh_nop = channel;
  return d;
}

UnitCounts Classify(const DossierFacts& d) {
  UnitCounts c;
  ClassifyDossier(d, kMay, c);
  return c;
}

}  // namespace

TEST_CASE("a dossier outside the period adds nothing", "[indicators]") {
  CHECK(Classify(Dossier(Day(5, 15), Day(5, 20), {}, "dang_xu_ly")).received_total() == 0);
  CHECK(Classify(Dossier(Day(4, 1), Day(4, 5), Day(4, 14), "da_tra_ket_qua")).received_total() == 0);
}

TEST_CASE("received: carried over before the first day, new by channel from it", "[indicators]") {
  CHECK(Classify(Dossier(Day(4, 14), Day(4, 20), Day(4, 15), "da_tra_ket_qua")).carried_over == 1);
  CHECK(Classify(Dossier(Day(4, 15), Day(4, 20), {}, "dang_xu_ly")).new_online == 1);
  CHECK(Classify(Dossier(Day(5, 14), Day(5, 20), {}, "dang_xu_ly", "truc_tiep")).new_in_person == 1);
  CHECK(Classify(Dossier(Day(5, 1), Day(5, 20), {}, "dang_xu_ly", "buu_chinh")).new_postal == 1);
}

TEST_CASE("resolved: early before the due day, on time on it, late after it", "[indicators]") {
  CHECK(Classify(Dossier(Day(5, 1), Day(5, 10), Day(5, 9), "da_tra_ket_qua")).resolved_early == 1);
  CHECK(Classify(Dossier(Day(5, 1), Day(5, 10), Day(5, 10), "da_tra_ket_qua")).resolved_on_time == 1);
  CHECK(Classify(Dossier(Day(5, 1), Day(5, 10), Day(5, 11), "da_tra_ket_qua")).resolved_late == 1);
  CHECK(Classify(Dossier(Day(5, 1), Day(5, 10), Day(5, 2), "rut_ho_so")).withdrawn == 1);
  CHECK(Classify(Dossier(Day(5, 1), Day(5, 10), Day(5, 2), "tra_lai")).returned == 1);
}

TEST_CASE("pending at the period's end: overdue when due before the last day", "[indicators]") {
  CHECK(Classify(Dossier(Day(5, 1), Day(5, 13), {}, "dang_xu_ly")).pending_overdue == 1);
  CHECK(Classify(Dossier(Day(5, 1), Day(5, 14), {}, "dang_xu_ly")).pending_within == 1);
  // Finished after the period: still pending at its end.
  CHECK(Classify(Dossier(Day(5, 1), Day(5, 20), Day(5, 15), "da_tra_ket_qua")).pending_within == 1);
  // A status that contradicts the finish day falls in no outcome: the balance fails.
  CHECK_FALSE(Classify(Dossier(Day(5, 1), Day(5, 20), Day(5, 2), "dang_xu_ly")).Balanced());
}

TEST_CASE("payments count new dossiers with a fee and a payment form", "[indicators]") {
  DossierFacts d = Dossier(Day(5, 1), Day(5, 10), Day(5, 9), "da_tra_ket_qua");
  d.phi_le_phi = 50000;
  d.hinh_thuc_thanh_toan = "truc_tuyen";
  UnitCounts c = Classify(d);
  CHECK(c.paid_total == 1);
  CHECK(c.paid_online == 1);
  CHECK(c.paid_amount_online == 50000);
  d.hinh_thuc_thanh_toan = "";  // not paid yet
  CHECK(Classify(d).paid_total == 0);
  d.hinh_thuc_thanh_toan = "truc_tiep";
  d.received_day = Day(4, 10);  // carried over: paid before the period
  CHECK(Classify(d).paid_total == 0);
}

TEST_CASE("ratings count only dossiers resolved in the period", "[indicators]") {
  DossierFacts d = Dossier(Day(5, 1), Day(5, 10), Day(5, 9), "da_tra_ket_qua");
  d.danh_gia = "khong_hai_long";
  CHECK(Classify(d).dissatisfied == 1);
  d.trang_thai = "rut_ho_so";
  CHECK(Classify(d).rated_total() == 0);
  d.trang_thai = "da_tra_ket_qua";
  d.finished_day = Day(5, 20);
  CHECK(Classify(d).rated_total() == 0);
}

TEST_CASE("values recompute rates from counts, null on a zero denominator", "[indicators]") {
  UnitCounts a;
  a.resolved_early = 1;
  a.resolved_late = 1;
  UnitCounts b;
  b.resolved_on_time = 8;
  a.Add(b);
  const Values v = ToValues(a);
  CHECK(v.at("on_time_rate") == Value::Rate(9, 10));  // not the average of 50% and 100%
  CHECK(v.at("resolved_total") == Value::Count(10));
  CHECK(v.at("online_rate").is_null());
  CHECK(v.at("satisfaction_rate").is_null());
}

TEST_CASE("sums that do not fit in 64 bits throw a DataError instead of wrapping", "[indicators]") {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  UnitCounts huge;
  huge.excellent = kMax - 100;
  UnitCounts more;
  more.excellent = 101;
  CHECK_THROWS_AS(huge.Add(more), DataError);
  UnitCounts split;  // each count fits, their total does not
  split.excellent = kMax / 2 + 1;
  split.good = kMax / 2 + 1;
  CHECK_THROWS_AS(split.evaluated_total(), DataError);
  CHECK_THROWS_AS(ToValues(split), DataError);
  UnitCounts forms;
  forms.discipline_by_form["canh_cao"] = kMax;
  UnitCounts one_more;
  one_more.discipline_by_form["canh_cao"] = 1;
  CHECK_THROWS_AS(forms.Add(one_more), DataError);
  // Fee amounts are summed checked as dossiers are classified.
  UnitCounts paid;
  paid.paid_amount_total = kMax - 5;
  DossierFacts d = Dossier(Day(5, 2), Day(5, 10), Day(5, 8), "da_tra_ket_qua");
  d.phi_le_phi = 10;
  d.hinh_thuc_thanh_toan = "truc_tiep";
  CHECK_THROWS_AS(ClassifyDossier(d, kMay, paid), DataError);
  // Within range, nothing changes.
  UnitCounts a;
  a.excellent = 1'000'000;
  const UnitCounts b = a;
  a.Add(b);
  CHECK(a.excellent == 2'000'000);
}

}  // namespace baocao
