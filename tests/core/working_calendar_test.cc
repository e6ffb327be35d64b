#include "core/working_calendar.h"

#include <catch2/catch.hpp>

#include <string>

#include "core/errors.h"
#include "test_support.h"

namespace baocao {
namespace {

Date D(int y, int m, int d) { return Date::FromYmd(y, m, d); }

WorkingCalendar Repository() { return LoadWorkingCalendar(std::string(BAOCAO_SOURCE_DIR) + "/rules"); }

// The message of the InputError LoadWorkingCalendar throws for a file with `content`.
std::string ErrorFor(const std::string& content) {
  test::TempDir dir;
  test::WriteFile(dir.File("ngay_nghi_le.toml"), content);
  try {
    LoadWorkingCalendar(dir.path().string());
  } catch (const InputError& e) {
    return std::to_string(e.row()) + ": " + e.why();
  }
  return "no error";
}

}  // namespace

TEST_CASE("weekdays are counted from 1970-01-01, a Thursday", "[working_calendar]") {
  CHECK(Weekday(Date{0}) == 3);
  CHECK(Weekday(D(2026, 2, 16)) == 0);  // Monday
  CHECK(Weekday(D(2026, 1, 10)) == 5);  // Saturday
  CHECK(Weekday(Date{-1}) == 2);        // 1969-12-31, a Wednesday
}

TEST_CASE("Tết 2026 is off from Monday 16/02 to Friday 20/02", "[working_calendar]") {
  const WorkingCalendar calendar = Repository();
  CHECK(calendar.IsWorkingDay(D(2026, 2, 13)));   // Friday before Tết
  CHECK_FALSE(calendar.IsWorkingDay(D(2026, 2, 14)));  // Saturday
  for (int day = 16; day <= 20; ++day) CHECK_FALSE(calendar.IsWorkingDay(D(2026, 2, day)));
  CHECK(calendar.IsWorkingDay(D(2026, 2, 23)));
  // Friday 13/02 + 1 working day is Monday 23/02: nine days later.
  CHECK(calendar.AddWorkingDays(D(2026, 2, 13), 1) == D(2026, 2, 23));
  CHECK(calendar.AddWorkingDays(D(2026, 2, 12), 5) == D(2026, 2, 26));
}

TEST_CASE("the shipped calendar holds 2022 to 2027: 29/4–3/5/2023 off and Saturday 06/5/2023 worked", "[working_calendar]") {
  const WorkingCalendar calendar = Repository();
  // Friday 28/04/2023 + 1 working day: Thursday 04/05 (Mon 01 – Wed 03 off).
  CHECK(calendar.AddWorkingDays(D(2023, 4, 28), 1) == D(2023, 5, 4));
  CHECK(calendar.IsWorkingDay(D(2023, 5, 6)));          // làm bù
  CHECK_FALSE(calendar.IsWorkingDay(D(2022, 1, 3)));    // nghỉ bù Tết Dương lịch 2022
  CHECK_FALSE(calendar.IsWorkingDay(D(2024, 4, 29)));   // hoán đổi 2024
  CHECK(calendar.IsWorkingDay(D(2024, 5, 4)));          // its Saturday worked
  CHECK_FALSE(calendar.IsWorkingDay(D(2027, 2, 5)));    // Tết Đinh Mùi (statutory)
  CHECK_FALSE(calendar.IsWorkingDay(D(2027, 9, 3)));
}

TEST_CASE("AddWorkingDays skips holidays and counts a worked Saturday", "[working_calendar]") {
  const WorkingCalendar calendar = Repository();
  // 02/01/2026 (Friday) is off, worked back on Saturday 10/01.
  CHECK_FALSE(calendar.IsWorkingDay(D(2026, 1, 2)));
  CHECK(calendar.IsWorkingDay(D(2026, 1, 10)));
  CHECK_FALSE(calendar.IsWorkingDay(D(2026, 1, 11)));
  // Wednesday 31/12/2025 + 1: Thursday 01/01 and Friday 02/01 off → Monday 05/01.
  CHECK(calendar.AddWorkingDays(D(2025, 12, 31), 1) == D(2026, 1, 5));
  // Friday 09/01 + 1: the worked Saturday 10/01.
  CHECK(calendar.AddWorkingDays(D(2026, 1, 9), 1) == D(2026, 1, 10));
  CHECK(calendar.AddWorkingDays(D(2026, 1, 9), 2) == D(2026, 1, 12));
  // 28/08/2026 (Friday) + 5 across Quốc khánh (01–02/09): 08/09, not 04/09.
  CHECK(calendar.AddWorkingDays(D(2026, 8, 28), 5) == D(2026, 9, 8));
  CHECK(WorkingCalendar().AddWorkingDays(D(2026, 8, 28), 5) == D(2026, 9, 4));
  CHECK(calendar.AddWorkingDays(D(2026, 8, 28), 0) == D(2026, 8, 28));
  CHECK(calendar.AddWorkingDays(D(2026, 9, 3), -1) == D(2026, 8, 31));
}

TEST_CASE("a malformed holiday calendar is refused naming the line", "[working_calendar]") {
  CHECK(ErrorFor("holidays = [2026-01-01,\n  \"2026-02-16\"]\n") ==
        "2: mục của \"holidays\" không phải một ngày hợp lệ: ghi ngày dạng 2026-02-16, không có dấu ngoặc kép");
  CHECK(ErrorFor("holidays = [2026-01-01]\nworked_weekend_days = [\n2026-01-12]\n") ==
        "3: ngày làm bù 12/01/2026 không phải thứ Bảy hay Chủ nhật: chỉ ghi ở đây ngày cuối tuần phải đi làm");
  CHECK(ErrorFor("holidays = [2026-01-01, 2026-01-01]\n") ==
        "1: ngày 01/01/2026 được ghi hai lần trong \"holidays\": xóa một dòng");
  CHECK(ErrorFor("\nnghi = [2026-01-01]\n") ==
        "2: khóa \"nghi\" không dùng được trong lịch ngày nghỉ lễ: chỉ có \"holidays\" (ngày nghỉ) và "
        "\"worked_weekend_days\" (ngày làm bù)");
  CHECK(ErrorFor("holidays = [\n  2026-01-01 2026-01-02]\n") ==
        "2: lịch ngày nghỉ lễ không đọc được: sai cú pháp TOML ở vị trí này (kiểm tra dấu phẩy giữa các ngày, "
        "dấu ngoặc vuông của danh sách, ngày dạng 2026-02-16)");
  test::TempDir empty;
  try {
    LoadWorkingCalendar(empty.path().string());
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.file() == empty.File("ngay_nghi_le.toml"));
    CHECK(e.why() ==
          "không tìm thấy lịch ngày nghỉ lễ: đặt tệp ngay_nghi_le.toml vào thư mục quy tắc (rules, hoặc "
          "thư mục ghi trong biến môi trường BAOCAO_RULES)");
  }
}

}  // namespace baocao
