#include "core/working_calendar.h"

#include <toml++/toml.h>

#include <filesystem>
#include <system_error>
#include <utility>

#include "core/errors.h"

namespace baocao {

WorkingCalendar::WorkingCalendar(std::set<int> holidays, std::set<int> worked_weekend_days)
    : holidays_(std::move(holidays)), worked_(std::move(worked_weekend_days)) {}

int Weekday(Date d) {
  // 1970-01-01 was a Thursday (3).
  return ((d.days + 3) % 7 + 7) % 7;
}

bool WorkingCalendar::IsWorkingDay(Date d) const {
  if (worked_.count(d.days) > 0) return true;
  if (Weekday(d) >= 5) return false;
  return holidays_.count(d.days) == 0;
}

Date WorkingCalendar::AddWorkingDays(Date d, int n) const {
  const int step = n < 0 ? -1 : 1;
  int left = n < 0 ? -n : n;
  while (left > 0) {
    d = d.AddDays(step);
    if (IsWorkingDay(d)) --left;
  }
  return d;
}

namespace {

int LineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

// The dates of the array `key` (absent = none).
std::set<int> ReadDays(const toml::table& doc, const char* key, const std::string& file) {
  std::set<int> days;
  const toml::node* node = doc.get(key);
  if (node == nullptr) return days;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    throw InputError(file, LineOf(*node), 0,
                     std::string("\"") + key +
                         "\" phải là một danh sách ngày trong ngoặc vuông, ví dụ [2026-01-01, 2026-02-16]");
  }
  for (const toml::node& item : *array) {
    const auto* date = item.as_date();
    if (date == nullptr || !IsValidYmd(date->get().year, date->get().month, date->get().day)) {
      throw InputError(file, LineOf(item), 0,
                       std::string("mục của \"") + key +
                           "\" không phải một ngày hợp lệ: ghi ngày dạng 2026-02-16, không có dấu ngoặc kép");
    }
    const auto v = date->get();
    const Date day = Date::FromYmd(v.year, v.month, v.day);
    if (!days.insert(day.days).second) {
      throw InputError(file, LineOf(item), 0,
                       "ngày " + day.Vietnamese() + " được ghi hai lần trong \"" + key + "\": xóa một dòng");
    }
  }
  return days;
}

}  // namespace

WorkingCalendar LoadWorkingCalendar(const std::string& rules_dir) {
  const std::string file = rules_dir + "/ngay_nghi_le.toml";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    throw InputError(file, 0, 0,
                     "không tìm thấy lịch ngày nghỉ lễ: đặt tệp ngay_nghi_le.toml vào thư mục quy tắc "
                     "(rules, hoặc thư mục ghi trong biến môi trường BAOCAO_RULES)");
  }
  toml::table doc;
  try {
    doc = toml::parse_file(file);
  } catch (const toml::parse_error& e) {
    if (e.source().begin.line == 0) {
      throw InputError(file, 0, 0, "không đọc được lịch ngày nghỉ lễ: kiểm tra quyền đọc tệp");
    }
    throw InputError(file, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
                     "lịch ngày nghỉ lễ không đọc được: sai cú pháp TOML ở vị trí này (kiểm tra dấu phẩy "
                     "giữa các ngày, dấu ngoặc vuông của danh sách, ngày dạng 2026-02-16)");
  }
  for (const auto& [key, node] : doc) {
    if (key != "holidays" && key != "worked_weekend_days") {
      throw InputError(file, LineOf(node), 0,
                       "khóa \"" + std::string(key.str()) +
                           "\" không dùng được trong lịch ngày nghỉ lễ: chỉ có \"holidays\" (ngày nghỉ) và "
                           "\"worked_weekend_days\" (ngày làm bù)");
    }
  }
  std::set<int> holidays = ReadDays(doc, "holidays", file);
  std::set<int> worked = ReadDays(doc, "worked_weekend_days", file);
  if (const toml::array* array = doc["worked_weekend_days"].as_array()) {
    for (const toml::node& item : *array) {
      const auto v = item.as_date()->get();
      const Date day = Date::FromYmd(v.year, v.month, v.day);
      if (Weekday(day) < 5) {
        throw InputError(file, LineOf(item), 0,
                         "ngày làm bù " + day.Vietnamese() +
                             " không phải thứ Bảy hay Chủ nhật: chỉ ghi ở đây ngày cuối tuần phải đi làm");
      }
      if (holidays.count(day.days) > 0) {
        throw InputError(file, LineOf(item), 0,
                         "ngày " + day.Vietnamese() + " vừa là ngày nghỉ vừa là ngày làm bù: xóa ở một danh sách");
      }
    }
  }
  return WorkingCalendar(std::move(holidays), std::move(worked));
}

}  // namespace baocao
