#include "generators/report_fixture.h"

#include "indicators/report_table.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>

namespace baocao::test {
namespace {

const std::vector<std::string> kCountKeys = {
    "carried_over",   "new_total",      "new_online",     "new_in_person",    "new_postal",
    "received_total", "resolved_total", "resolved_early", "resolved_on_time", "resolved_late",
    "withdrawn",      "returned",       "pending_total",  "pending_within",   "pending_overdue"};

Values OwnValues(const FlowCounts& c) {
  const int64_t new_total = c.new_online + c.new_in_person + c.new_postal;
  const int64_t resolved = c.early + c.on_time + c.late;
  const int64_t pending = c.pending_within + c.pending_overdue;
  const int64_t out = resolved + c.withdrawn + c.returned + pending;
  const int64_t carried = std::max<int64_t>(out - new_total, c.carried_over);
  const int64_t extra_pending = carried + new_total - out;  // keeps the balance
  return {{"carried_over", Value::Count(carried)},
          {"new_total", Value::Count(new_total)},
          {"new_online", Value::Count(c.new_online)},
          {"new_in_person", Value::Count(c.new_in_person)},
          {"new_postal", Value::Count(c.new_postal)},
          {"received_total", Value::Count(carried + new_total)},
          {"resolved_total", Value::Count(resolved)},
          {"resolved_early", Value::Count(c.early)},
          {"resolved_on_time", Value::Count(c.on_time)},
          {"resolved_late", Value::Count(c.late)},
          {"withdrawn", Value::Count(c.withdrawn)},
          {"returned", Value::Count(c.returned)},
          {"pending_total", Value::Count(pending + extra_pending)},
          {"pending_within", Value::Count(c.pending_within + extra_pending)},
          {"pending_overdue", Value::Count(c.pending_overdue)}};
}

void AddRates(Values& v) {
  v["online_rate"] = Value::Rate(v["new_online"].count, v["new_total"].count);
  v["on_time_rate"] = Value::Rate(v["resolved_early"].count + v["resolved_on_time"].count,
                                  v["resolved_total"].count);
}

// rank_<name> per cap by the rate under rate_key; ties share a rank; units without a value
// unranked.
void Rank(Report& report, const std::string& rate_key, const std::string& rank_key,
          const std::string& of_key) {
  std::map<std::string, std::vector<UnitRow*>> by_cap;
  for (auto& u : report.units)
    if (u.submitted && !u.values[rate_key].is_null()) by_cap[u.cap].push_back(&u);
  for (auto& u : report.units) {
    if (!u.submitted) continue;
    u.values[rank_key] = Value::Null();
    u.values[of_key] = Value::Count(static_cast<int64_t>(by_cap[u.cap].size()));
    if (u.values[rate_key].is_null()) continue;
    int64_t better = 0;
    for (const UnitRow* other : by_cap[u.cap])
      better += other->values.at(rate_key).rate > u.values[rate_key].rate;
    u.values[rank_key] = Value::Count(better + 1);
  }
}

}  // namespace

const char* const kLongUnitName =
    "Trung tâm Phục vụ hành chính công và Bộ phận tiếp nhận, trả kết quả giải quyết thủ tục "
    "hành chính liên thông thị trấn Mường Khến";

Report MakeReport(const std::string& form, const std::vector<UnitSpec>& specs) {
  Report report;
  report.form = form;
  report.period = ParsePeriod("2023-05");
  report.place = "Hòa Bình";
  report.issued_on = report.period.to.AddDays(1);
  report.root = specs.front().code;
  std::map<std::string, size_t> index;
  for (const auto& s : specs) {
    UnitRow row;
    row.ma_don_vi = s.code;
    row.ten_don_vi = s.name;
    row.cap = s.cap;
    row.ma_don_vi_cha = s.parent;
    row.submitted = s.submitted;
    row.people_submitted = s.submitted;
    if (!s.parent.empty()) {
      UnitRow& parent = report.units[index.at(s.parent)];
      parent.has_children = true;
      row.depth = parent.depth + 1;
    }
    row.own = OwnValues(s.submitted ? s.own : FlowCounts{});
    row.values = row.own;
    index[s.code] = report.units.size();
    report.units.push_back(std::move(row));
  }
  // Roll up: children come after their parent, so adding from the end reaches the root.
  for (size_t i = report.units.size(); i-- > 1;) {
    UnitRow& parent = report.units[index.at(report.units[i].ma_don_vi_cha)];
    for (const auto& key : kCountKeys)
      parent.values[key].count += report.units[i].values[key].count;
  }
  for (auto& u : report.units) {
    if (!u.submitted) {
      u.values.clear();
      continue;
    }
    AddRates(u.values);
  }
  Rank(report, "on_time_rate", "rank_on_time", "rank_of");
  Rank(report, "online_rate", "rank_online", "rank_online_of");
  report.table = HierarchyTable(report.units);
  return report;
}

Report WrappingProvinceReport(const std::string& form) {
  auto flow = [](int64_t online, int64_t in_person, int64_t postal, int64_t early, int64_t on_time,
                 int64_t late, int64_t pending) {
    FlowCounts c;
    c.new_online = online;
    c.new_in_person = in_person;
    c.new_postal = postal;
    c.early = early;
    c.on_time = on_time;
    c.late = late;
    c.withdrawn = 1;
    c.returned = 2;
    c.pending_within = pending;
    c.pending_overdue = 3;
    return c;
  };
  return MakeReport(
      form,
      {
          {"T17", "Tỉnh Hòa Bình", "tinh", "", flow(0, 0, 0, 0, 0, 0, 0)},
          {"S01", "Sở Tư pháp", "so_nganh", "T17",
           flow(2345, 1234567, 8, 900000, 200000, 45678, 91234)},
          {"H01", "Thành phố Hòa Bình", "huyen", "T17", flow(812, 1500, 12, 1200, 700, 35, 120)},
          {"X0101", "Phường Phương Lâm", "xa", "H01", flow(75, 130, 2, 110, 60, 4, 20)},
          {"X0102", "Xã Chưa Nộp", "xa", "H01", {}, false},
          {"X0103", "Xã Yên Mông", "xa", "H01", flow(40, 60, 0, 50, 30, 6, 9)},
          {"H02", "Huyện Tân Lạc", "huyen", "T17", flow(300, 800, 5, 600, 300, 90, 70)},
          {"X0201", kLongUnitName, "xa", "H02", flow(25, 40, 1, 33, 20, 2, 6)},
          {"X0202", "Xã Phú Cường", "xa", "H02", flow(18, 33, 0, 21, 19, 7, 4)},
          {"H03", "Huyện Đà Bắc", "huyen", "T17", flow(3, 7, 0, 0, 0, 0, 5)},
      });
}

Report ManyUnitsReport(int count) {
  std::vector<UnitSpec> specs = {{"T00", "Tỉnh Thử Nghiệm", "tinh", "", {}}};
  char name[64], code[16];
  int district = 0;
  for (int i = 0; i < count; ++i) {
    FlowCounts c;
    c.new_online = 10 + i % 7;
    c.new_in_person = 20 + i % 11;
    c.early = 12 + i % 5;
    c.on_time = 8;
    c.late = i % 3;
    c.pending_within = 5;
    if (i % 10 == 0) {
      ++district;
      std::snprintf(name, sizeof name, "Huyện Thử Nghiệm %03d", district);
      std::snprintf(code, sizeof code, "H%03d", district);
      specs.push_back({code, name, "huyen", "T00", c});
    } else {
      std::snprintf(name, sizeof name, "Xã Kiểm Tra %04d", i);
      std::snprintf(code, sizeof code, "X%04d", i);
      char parent[16];
      std::snprintf(parent, sizeof parent, "H%03d", district);
      specs.push_back({code, name, "xa", parent, c});
    }
  }
  return MakeReport("tthc", specs);
}

std::string CommandOutput(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>/dev/null").c_str(), "r"),
                                             pclose);
  if (!pipe) throw std::runtime_error("cannot run " + command);
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe.release());
  if (status != 0) throw std::runtime_error("command failed: " + command);
  return out;
}

std::string CollapseSpaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

int CountOccurrences(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

}  // namespace baocao::test
