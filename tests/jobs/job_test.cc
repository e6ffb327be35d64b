#include "jobs/job.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "core/errors.h"
#include "jobs/job_fixture.h"
#include "test_support.h"

namespace baocao {
namespace fs = std::filesystem;

namespace {
std::string ProjectFile(const std::string& relative) { return test::Fixture("../" + relative); }

std::string LoadError(test::JobProject& project, const std::string& body) {
  test::WriteJob(project, "bad", body);
  try {
    LoadJob(project.job_file);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}
}  // namespace

TEST_CASE("the shipped monthly and yearly jobs load with folders resolved against the project", "[jobs]") {
  const Job monthly = LoadJob(ProjectFile("jobs/monthly.toml"));
  const std::string project = fs::path(ProjectFile("jobs")).parent_path().lexically_normal().string();
  CHECK(monthly.name == "monthly");
  CHECK(monthly.forms == std::vector<std::string>{"tthc", "dvc", "ky_luat", "tong_hop", "chi_so_766", "kiem_tra"});
  CHECK(monthly.unit.empty());
  CHECK(monthly.period_rule == PeriodRule::kLastClosedMonth);
  CHECK(monthly.formats == std::vector<Format>{Format::kXlsx, Format::kPdf, Format::kJson});
  CHECK(fs::path(monthly.output_dir) == fs::path(project).parent_path() / "output");
  CHECK(fs::path(monthly.inbox_dir) == fs::path(project).parent_path() / "inbox");
  CHECK(monthly.deadline_day == 15);
  const Job yearly = LoadJob(ProjectFile("jobs/yearly.toml"));
  CHECK(yearly.name == "yearly");
  CHECK(yearly.forms == std::vector<std::string>{"ky_luat", "tong_hop", "kiem_tra"});
  CHECK(yearly.period_rule == PeriodRule::kLastClosedYear);
  CHECK(yearly.deadline_day == 20);
}

TEST_CASE("relative folders resolve against the job folder's parent, absolute ones stay", "[jobs]") {
  test::JobProject project;
  test::WriteJob(project, "m",
                 "name = \"m\"\nforms = [\"tthc\"]\nformats = [\"json\"]\noutput = \"out/bao_cao\"\n"
                 "inbox = \"/srv/hop_thu\"\nunit = \"H01\"\ntemplates = \"mau\"\n");
  const Job job = LoadJob(project.job_file);
  CHECK(job.output_dir == (project.dir.path() / "out/bao_cao").string());
  CHECK(job.inbox_dir == "/srv/hop_thu");
  CHECK(job.templates_dir == (project.dir.path() / "mau").string());
  CHECK(job.unit == "H01");
  CHECK(job.period_rule == PeriodRule::kLastClosedMonth);  // the default
  CHECK(job.deadline_day == 15);                           // the default
}

TEST_CASE("a broken job file is an input error naming the file and the TOML line", "[jobs]") {
  test::JobProject project;
  const std::string ok = "name = \"m\"\nforms = [\"tthc\"]\nformats = [\"json\"]\n";
  const std::string file = project.dir.File("jobs/bad.toml");
  CHECK(LoadError(project, ok + "forms_extra = 1\n") ==
        file + ":4:1: khóa \"forms_extra\" không được hỗ trợ (name, forms, unit, period, formats, output, inbox, "
               "deadline_day, templates, each_unit)");
  CHECK(LoadError(project, "name = \"m\"\nforms = [\"tthc\", \"bieu_9\"]\nformats = [\"json\"]\n") ==
        file + ":2:18: giá trị \"bieu_9\" của \"forms\" không hợp lệ (tthc, dvc, ky_luat, tong_hop, chi_so_766, kiem_tra)");
  CHECK(LoadError(project, "name = \"m\"\nforms = \"tthc\"\nformats = [\"json\"]\n") ==
        file + ":2:9: \"forms\" phải là một danh sách chuỗi, ví dụ [\"tthc\"]");
  CHECK(LoadError(project, ok + "formats_ = 1\n").find(":4:1:") != std::string::npos);
  CHECK(LoadError(project, "name = \"m\"\nforms = [\"tthc\"]\nformats = [\"docx\"]\n") ==
        file + ":3:12: giá trị \"docx\" của \"formats\" không hợp lệ (xlsx, pdf, json)");
  CHECK(LoadError(project, ok + "period = \"last_week\"\n") ==
        file + ":4:10: quy tắc kỳ \"last_week\" không hợp lệ (last_closed_month, last_closed_year)");
  CHECK(LoadError(project, ok + "deadline_day = 32\n") ==
        file + ":4:16: \"deadline_day\" phải là một ngày trong tháng, từ 1 đến 31");
  CHECK(LoadError(project, ok + "unit = H01\n") ==
        file + ":4:8: tệp công việc không đọc được: sai cú pháp TOML ở vị trí này (kiểm tra dấu ngoặc kép "
                     "quanh chữ, dấu = giữa tên và giá trị, dấu ngoặc vuông của danh sách)");
  CHECK(LoadError(project, "forms = [\"tthc\"]\nformats = [\"json\"]\n") == file + ": thiếu khóa \"name\"");
  CHECK_THROWS_WITH(LoadJob(project.dir.File("jobs/none.toml")),
                    project.dir.File("jobs/none.toml") + ": không đọc được tệp công việc");
}

TEST_CASE("a job unit that is not a unit code is a usage error naming the line, empty templates an input error", "[jobs]") {
  test::JobProject project;
  const std::string ok = "name = \"m\"\nforms = [\"tthc\"]\nformats = [\"json\"]\n";
  const std::string file = project.dir.File("jobs/bad.toml");
  test::WriteJob(project, "bad", ok + "unit = \"../../../x\"\n");
  CHECK_THROWS_MATCHES(LoadJob(project.job_file), UsageError,
                       Catch::Message(file + ":4:8: \"unit\": mã đơn vị \"../../../x\" không hợp lệ: mã đơn vị chỉ "
                                             "gồm chữ cái không dấu, chữ số, dấu chấm (.), gạch dưới (_), gạch ngang "
                                             "(-), bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự"));
  CHECK(LoadError(project, ok + "templates = \"\"\n") ==
        file + ":4:13: \"templates\" không được để trống (bỏ khóa này để dùng thư mục mẫu mặc định)");
  test::WriteJob(project, "good", ok + "unit = \"000.00.31.H30\"\n");
  CHECK(LoadJob(project.job_file).unit == "000.00.31.H30");
}

TEST_CASE("the period rule: the last closed month turns on the 15th, the last closed year on 15/12", "[jobs]") {
  Job monthly;
  monthly.period_rule = PeriodRule::kLastClosedMonth;
  CHECK(ResolvePeriod(monthly, Date::FromYmd(2023, 5, 14), std::nullopt).Label() == "2023-04");
  CHECK(ResolvePeriod(monthly, Date::FromYmd(2023, 5, 15), std::nullopt).Label() == "2023-05");
  CHECK(ResolvePeriod(monthly, Date::FromYmd(2023, 5, 15), std::nullopt).DatesLine() ==
        "Từ ngày 15/04/2023 đến ngày 14/05/2023");
  CHECK(ResolvePeriod(monthly, Date::FromYmd(2024, 1, 14), std::nullopt).Label() == "2023-12");
  CHECK(ResolvePeriod(monthly, Date::FromYmd(2024, 1, 15), std::nullopt).Label() == "2024-01");
  CHECK(ResolvePeriod(monthly, Date::FromYmd(2024, 1, 15), std::nullopt).DatesLine() ==
        "Từ ngày 15/12/2023 đến ngày 14/01/2024");
  CHECK(ResolvePeriod(monthly, Date::FromYmd(2023, 12, 31), std::nullopt).Label() == "2023-12");
  CHECK(ResolvePeriod(monthly, Date::FromYmd(2023, 5, 15), std::string("2023-02")).Label() == "2023-02");
  Job yearly;
  yearly.period_rule = PeriodRule::kLastClosedYear;
  CHECK(ResolvePeriod(yearly, Date::FromYmd(2023, 12, 14), std::nullopt).Label() == "2022");
  CHECK(ResolvePeriod(yearly, Date::FromYmd(2023, 12, 15), std::nullopt).Label() == "2023");
  CHECK(ResolvePeriod(yearly, Date::FromYmd(2024, 1, 14), std::nullopt).Label() == "2023");
  CHECK(ResolvePeriod(yearly, Date::FromYmd(2023, 12, 15), std::string("2021")).DatesLine() ==
        "Từ ngày 15/12/2020 đến ngày 14/12/2021");
  CHECK_THROWS_AS(ResolvePeriod(yearly, Date::FromYmd(2023, 12, 15), std::string("2021-13")), UsageError);
}

TEST_CASE("the submission deadline is the first deadline day after the period ends", "[jobs]") {
  CHECK(SubmissionDeadline(ParsePeriod("2023-05"), 15) == Date::FromYmd(2023, 5, 15));
  CHECK(SubmissionDeadline(ParsePeriod("2023-05"), 10) == Date::FromYmd(2023, 6, 10));
  CHECK(SubmissionDeadline(ParsePeriod("2023-12"), 14) == Date::FromYmd(2024, 1, 14));
  CHECK(SubmissionDeadline(ParsePeriod("2023-01"), 31) == Date::FromYmd(2023, 1, 31));
  CHECK(SubmissionDeadline(ParsePeriod("2023-02"), 31) == Date::FromYmd(2023, 2, 28));
  CHECK(SubmissionDeadline(ParsePeriod("2023"), 20) == Date::FromYmd(2023, 12, 20));
}

}  // namespace baocao

namespace baocao {

TEST_CASE("each_unit: levels loaded in order without repeats, none by default, a wrong level names the line", "[jobs]") {
  test::JobProject project;
  const std::string ok = "name = \"m\"\nforms = [\"tthc\"]\nformats = [\"json\"]\n";
  const std::string file = project.dir.File("jobs/bad.toml");
  test::WriteJob(project, "m", ok);
  CHECK(LoadJob(project.job_file).each_unit.empty());
  test::WriteJob(project, "m", ok + "each_unit = []\n");
  CHECK(LoadJob(project.job_file).each_unit.empty());
  test::WriteJob(project, "m", ok + "each_unit = [\"xa\", \"huyen\", \"xa\", \"so_nganh\"]\n");
  CHECK(LoadJob(project.job_file).each_unit == std::vector<std::string>{"xa", "huyen", "so_nganh"});
  CHECK(LoadError(project, ok + "each_unit = [\"huyen\", \"tinh\"]\n") ==
        file + ":4:23: giá trị \"tinh\" của \"each_unit\" không hợp lệ (so_nganh, huyen, xa)");
  CHECK(LoadError(project, ok + "each_unit = \"xa\"\n") ==
        file + ":4:13: \"each_unit\" phải là một danh sách chuỗi, ví dụ [\"so_nganh\"]");
}

}  // namespace baocao
