#include <catch2/catch.hpp>

#include "generators/json_writer.h"
#include "indicators/indicators.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {

TEST_CASE("json: every key of the form for every unit, null for no value", "[generators]") {
  Database db(":memory:");
  test::LoadSampleProvince(db);
  const std::string json = ToJson(ComputeReport(db, "tthc", ParsePeriod("2023-05"), "H02"));
  CHECK(json ==
        R"json({
  "form": "tthc",
  "period": {"label": "2023-05", "title": "Tháng 5/2023", "kind": "month", "calendar": false, "from": "2023-04-15", "to": "2023-05-14"},
  "root": "H02",
  "place": "Lương Sơn",
  "issued_on": "2023-05-15",
  "levels": [
    {"level": "Cấp huyện", "submitted": true, "units_expected": 1, "units_reported": 1, "values": {"carried_over": 0, "new_total": 1, "new_online": 1, "new_in_person": 0, "new_postal": 0, "received_total": 1, "resolved_total": 0, "resolved_early": 0, "resolved_on_time": 0, "resolved_late": 0, "withdrawn": 0, "returned": 0, "pending_total": 1, "pending_within": 1, "pending_overdue": 0, "online_rate": 1, "on_time_rate": null}},
    {"level": "Cấp xã", "submitted": true, "units_expected": 2, "units_reported": 1, "values": {"carried_over": 0, "new_total": 1, "new_online": 1, "new_in_person": 0, "new_postal": 0, "received_total": 1, "resolved_total": 1, "resolved_early": 0, "resolved_on_time": 1, "resolved_late": 0, "withdrawn": 0, "returned": 0, "pending_total": 0, "pending_within": 0, "pending_overdue": 0, "online_rate": 1, "on_time_rate": 1}}
  ],
  "units": [
    {"ma_don_vi": "H02", "ten_don_vi": "UBND huyện Lương Sơn", "cap": "huyen", "ma_don_vi_cha": "T17", "level": 0, "submitted": true, "units_expected": 3, "units_reported": 2,
      "carried_over": 0,
      "new_total": 2,
      "new_online": 2,
      "new_in_person": 0,
      "new_postal": 0,
      "received_total": 2,
      "resolved_total": 1,
      "resolved_early": 0,
      "resolved_on_time": 1,
      "resolved_late": 0,
      "withdrawn": 0,
      "returned": 0,
      "pending_total": 1,
      "pending_within": 1,
      "pending_overdue": 0,
      "online_rate": 1,
      "on_time_rate": 1,
      "rank_on_time": 1,
      "rank_of": 3,
      "rank_online": 1,
      "rank_online_of": 3,
      "by_field": {
        "Hoạt động xây dựng": {"carried_over": 0, "new_total": 1, "new_online": 1, "new_in_person": 0, "new_postal": 0, "received_total": 1, "resolved_total": 0, "resolved_early": 0, "resolved_on_time": 0, "resolved_late": 0, "withdrawn": 0, "returned": 0, "pending_total": 1, "pending_within": 1, "pending_overdue": 0, "online_rate": 1, "on_time_rate": null},
        "Hộ tịch": {"carried_over": 0, "new_total": 1, "new_online": 1, "new_in_person": 0, "new_postal": 0, "received_total": 1, "resolved_total": 1, "resolved_early": 0, "resolved_on_time": 1, "resolved_late": 0, "withdrawn": 0, "returned": 0, "pending_total": 0, "pending_within": 0, "pending_overdue": 0, "online_rate": 1, "on_time_rate": 1}
      }},
    {"ma_don_vi": "X0201", "ten_don_vi": "UBND thị trấn Lương Sơn", "cap": "xa", "ma_don_vi_cha": "H02", "level": 1, "submitted": true, "units_expected": 1, "units_reported": 1,
      "carried_over": 0,
      "new_total": 1,
      "new_online": 1,
      "new_in_person": 0,
      "new_postal": 0,
      "received_total": 1,
      "resolved_total": 1,
      "resolved_early": 0,
      "resolved_on_time": 1,
      "resolved_late": 0,
      "withdrawn": 0,
      "returned": 0,
      "pending_total": 0,
      "pending_within": 0,
      "pending_overdue": 0,
      "online_rate": 1,
      "on_time_rate": 1,
      "rank_on_time": 1,
      "rank_of": 3,
      "rank_online": 1,
      "rank_online_of": 3,
      "by_field": {
        "Hộ tịch": {"carried_over": 0, "new_total": 1, "new_online": 1, "new_in_person": 0, "new_postal": 0, "received_total": 1, "resolved_total": 1, "resolved_early": 0, "resolved_on_time": 1, "resolved_late": 0, "withdrawn": 0, "returned": 0, "pending_total": 0, "pending_within": 0, "pending_overdue": 0, "online_rate": 1, "on_time_rate": 1}
      }},
    {"ma_don_vi": "X0202", "ten_don_vi": "UBND xã Hòa Sơn", "cap": "xa", "ma_don_vi_cha": "H02", "level": 1, "submitted": false, "units_expected": 1, "units_reported": 0,
      "carried_over": null,
      "new_total": null,
      "new_online": null,
      "new_in_person": null,
      "new_postal": null,
      "received_total": null,
      "resolved_total": null,
      "resolved_early": null,
      "resolved_on_time": null,
      "resolved_late": null,
      "withdrawn": null,
      "returned": null,
      "pending_total": null,
      "pending_within": null,
      "pending_overdue": null,
      "online_rate": null,
      "on_time_rate": null,
      "rank_on_time": null,
      "rank_of": null,
      "rank_online": null,
      "rank_online_of": null,
      "by_field": null}
  ],
  "warnings": [
    "Chưa báo cáo: X0202 UBND xã Hòa Sơn (tháng 2023-05)"
  ]
}
)json");
}

TEST_CASE("json: rates as shortest fractions, catalog and discipline objects", "[generators]") {
  Database db(":memory:");
  test::LoadSampleProvince(db);
  const std::string dvc = ToJson(ComputeReport(db, "dvc", ParsePeriod("2023-05")));
  CHECK(dvc.find(R"("catalog": {"procedures_total": 12, "procedures_full_online": 5, "procedures_partial_online": 5, "full_online_rate": 0.4166666666666667, "online_capable_rate": 0.8333333333333334, "fee_procedures": 8, "fee_procedures_payable_online": 5, "fee_online_payable_rate": 0.625},)") != std::string::npos);
  CHECK(dvc.find(R"("online_payment_rate": 0.8571428571428571,)") != std::string::npos);
  const std::string ky_luat = ToJson(ComputeReport(db, "ky_luat", ParsePeriod("2023")));
  CHECK(ky_luat.find(R"("previous_period": {"label": "2022", "title": "Năm 2022", "kind": "year", "calendar": false, "from": "2021-12-15", "to": "2022-12-14"},)") != std::string::npos);
  CHECK(ky_luat.find(R"("discipline_by_form": {"khien_trach": 2, "canh_cao": 3, "ha_bac_luong": 1, "giang_chuc": 0, "cach_chuc": 0, "buoc_thoi_viec": 1, "bai_nhiem": 0}})") != std::string::npos);
  CHECK(ky_luat.find(R"("excellent_rate": 0.18674698795180722,)") != std::string::npos);
}

}  // namespace baocao
