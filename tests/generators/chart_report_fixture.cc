#include "generators/chart_report_fixture.h"

#include <cstdio>

#include "generators/report_fixture.h"

namespace baocao::test {

std::string TwoLevelCommuneName(int i) {
  const char* kind = i % 10 == 0 ? "Phường" : i % 25 == 3 ? "Đặc khu" : "Xã";
  char name[64];
  std::snprintf(name, sizeof name, "%s Thử Nghiệm %03d", kind, i);
  return name;
}

Report TwoLevelProvinceReport(int communes, int departments, const std::string& form) {
  std::vector<UnitSpec> specs = {{"T00", "Tỉnh Hai Cấp", "tinh", "", {}}};
  auto resolved = [](int64_t on_time_per_mille) {
    FlowCounts c;
    c.new_online = 400;
    c.new_in_person = 600;
    c.early = on_time_per_mille;
    c.late = on_time_per_mille == 0 ? 0 : 1000 - on_time_per_mille;
    return c;
  };
  char code[16];
  for (int i = 1; i <= departments; ++i) {
    std::snprintf(code, sizeof code, "S%02d", i);
    char name[64];
    std::snprintf(name, sizeof name, "Sở Thử Nghiệm %02d", i);
    specs.push_back({code, name, "so_nganh", "T00", resolved(900)});
  }
  for (int i = 1; i <= communes; ++i) {
    std::snprintf(code, sizeof code, "X%03d", i);
    const int per_mille = i == 10 ? 500 + communes - 2 : i == communes - 1 ? 0 : 500 + i;
    specs.push_back({code, TwoLevelCommuneName(i), "xa", "T00", resolved(per_mille),
                     i != communes});
  }
  return MakeReport(form, specs);
}

}  // namespace baocao::test
