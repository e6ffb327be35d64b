// End to end: the sample province submitted, each form computed by the indicators and written to
// Excel, every workbook read back and checked against the computed report.
#include <catch2/catch.hpp>

#include "core/period.h"
#include "generators/render.h"
#include "generators/xlsx_check_fixture.h"
#include "generators/xlsx_read_fixture.h"
#include "generators/xlsx_writer.h"
#include "indicators/indicators.h"
#include "sample_province_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

struct Written {
  Report report;
  test::XlsxFile file;
};

class SampleWorkbooks {
 public:
  SampleWorkbooks() { test::LoadSampleProvince(db_); }
  Written Write(const std::string& form, const std::string& period) {
    Report report = ComputeReport(db_, form, ParsePeriod(period));
    const std::string path = dir_.File(ReportFileName(report, Format::kXlsx));
    WriteXlsx(report, test::kTemplates, path);
    return {std::move(report), test::XlsxFile(path)};
  }

 private:
  Database db_{":memory:"};
  test::TempDir dir_;
};

TEST_CASE("xlsx sample: tthc for May 2023 carries the computed report, cell for cell") {
  SampleWorkbooks sample;
  const Written w = sample.Write("tthc", "2023-05");
  test::CheckSheetAgainstReport(w.file, 1, "tthc", w.report);
  CHECK(w.file.Value(1, "A1") == "Đơn vị báo cáo: UBND tỉnh Hòa Bình");
  CHECK(w.file.Find(1, "Hòa Bình, ngày 15 tháng 5 năm 2023") != "");
}

TEST_CASE("xlsx sample: dvc for June 2023, one district not reported") {
  SampleWorkbooks sample;
  const Written w = sample.Write("dvc", "2023-06");
  bool missing = false;
  for (const UnitRow& u : w.report.units) missing = missing || !u.submitted;
  CHECK(missing);
  test::CheckSheetAgainstReport(w.file, 1, "dvc", w.report);
}

TEST_CASE("xlsx sample: ky_luat for 2023 with 2022 beside") {
  SampleWorkbooks sample;
  const Written w = sample.Write("ky_luat", "2023");
  test::CheckSheetAgainstReport(w.file, 1, "ky_luat", w.report);
}

TEST_CASE("xlsx sample: tong_hop for Q2 2023, every sheet") {
  SampleWorkbooks sample;
  const Written w = sample.Write("tong_hop", "2023-Q2");
  test::CheckSheetAgainstReport(w.file, 1, "tong_hop", w.report);
  test::CheckSheetAgainstReport(w.file, 2, "tthc", w.report);
  test::CheckSheetAgainstReport(w.file, 3, "dvc", w.report);
  test::CheckSheetAgainstReport(w.file, 4, "ky_luat", w.report);
  CHECK(w.file.HasPart("xl/charts/chart1.xml"));
}

}  // namespace
}  // namespace baocao
