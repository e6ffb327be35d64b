#include "jobs/job.h"

#include <algorithm>
#include <filesystem>

#include "core/errors.h"
#include "core/toml_table.h"
#include "core/unit_code.h"
#include "generators/report_template.h"
#include "indicators/indicator_keys.h"

namespace baocao {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string> kKeys = {"name",   "forms", "unit",         "period",
                                        "formats", "output", "inbox", "deadline_day", "templates", "each_unit"};

// Reads the job's TOML and remembers the file name for every error. Its messages differ from
// TomlTable's where the job's tests fix them: the key list has no "các khóa:", a missing key has no
// position, and strings may be empty.
class JobReader {
 public:
  JobReader(const std::string& file, const toml::table& doc) : file_(file), doc_(doc), table_(file, doc) {}

  [[noreturn]] void Fail(const toml::node& node, const std::string& why) const { table_.Fail(node, why); }
  [[noreturn]] void Fail(const std::string& why) const { throw InputError(file_, 0, 0, why); }

  void CheckKeys() const {
    for (const auto& [key, node] : doc_) {
      if (std::find(kKeys.begin(), kKeys.end(), key.str()) == kKeys.end())
        throw InputError(file_, static_cast<int>(key.source().begin.line),
                         static_cast<int>(key.source().begin.column),
                         "khóa \"" + std::string(key.str()) +
                             "\" không được hỗ trợ (name, forms, unit, period, formats, output, inbox, "
                             "deadline_day, templates, each_unit)");
    }
  }

  std::optional<std::string> String(const std::string& key) const {
    const toml::node* node = doc_.get(key);
    if (node == nullptr) return std::nullopt;
    if (!node->is_string()) Fail(*node, "\"" + key + "\" phải là một chuỗi trong ngoặc kép");
    return node->value_or(std::string());
  }

  std::string RequiredString(const std::string& key) const {
    auto value = String(key);
    if (!value) Fail("thiếu khóa \"" + key + "\"");
    return *value;
  }

  // A non-empty array of strings, each checked against allowed; optional: an absent key or an empty
  // array gives none.
  std::vector<std::string> Strings(const std::string& key, const std::vector<std::string>& allowed,
                                   bool optional = false) const {
    const toml::node* node = doc_.get(key);
    if (node == nullptr && optional) return {};
    if (node == nullptr) Fail("thiếu khóa \"" + key + "\"");
    const toml::array* array = node->as_array();
    if (optional && array != nullptr && array->empty()) return {};
    if (array == nullptr || array->empty())
      Fail(*node, "\"" + key + "\" phải là một danh sách chuỗi, ví dụ [\"" + allowed.front() + "\"]");
    std::vector<std::string> out;
    for (const auto& item : *array) {
      if (!item.is_string()) Fail(item, "\"" + key + "\" chỉ chứa chuỗi");
      const std::string value = item.value_or(std::string());
      if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        Fail(item, "giá trị \"" + value + "\" của \"" + key + "\" không hợp lệ (" + list + ")");
      }
      if (std::find(out.begin(), out.end(), value) == out.end()) out.push_back(value);
    }
    return out;
  }

  int DeadlineDay() const {
    const toml::node* node = doc_.get("deadline_day");
    if (node == nullptr) return 15;
    return static_cast<int>(table_.Integer(*node, 1, 31, "\"deadline_day\" phải là một ngày trong tháng, từ 1 đến 31"));
  }

  PeriodRule Rule() const {
    const auto rule = String("period").value_or("last_closed_month");
    if (rule == "last_closed_month") return PeriodRule::kLastClosedMonth;
    if (rule == "last_closed_year") return PeriodRule::kLastClosedYear;
    Fail(*doc_.get("period"),
         "quy tắc kỳ \"" + rule + "\" không hợp lệ (last_closed_month, last_closed_year)");
  }

 private:
  std::string file_;
  const toml::table& doc_;
  TomlTable table_;
};

// Relative folders are relative to the project: the parent of the job file's folder.
std::string Resolve(const std::string& job_file, const std::string& folder) {
  if (folder.empty() || fs::path(folder).is_absolute()) return folder;
  const fs::path job_dir = fs::absolute(job_file).parent_path();
  return (job_dir.parent_path() / folder).lexically_normal().string();
}

}  // namespace

Job LoadJob(const std::string& path) {
  if (!fs::is_regular_file(path)) throw InputError(path, 0, 0, "không đọc được tệp công việc");
  const toml::table doc = ParseTomlFile(path,
                                        "tệp công việc không đọc được: sai cú pháp TOML ở vị trí này (kiểm tra dấu "
                                        "ngoặc kép quanh chữ, dấu = giữa tên và giá trị, dấu ngoặc vuông của danh sách)");
  const JobReader reader(path, doc);
  reader.CheckKeys();
  Job job;
  job.file = path;
  job.name = reader.RequiredString("name");
  if (job.name.empty()) reader.Fail(*doc.get("name"), "\"name\" không được để trống");
  job.forms = reader.Strings("forms", Forms());
  job.unit = reader.String("unit").value_or("");
  if (!job.unit.empty() && !IsValidUnitCode(job.unit)) {  // a setting the program refuses: exit 2
    const toml::node& node = *doc.get("unit");
    throw UsageError(FormatLocation(path, TomlLine(node), TomlColumn(node), "\"unit\": " + UnitCodeProblem(job.unit)));
  }
  job.period_rule = reader.Rule();
  std::string formats;
  for (const auto& f : reader.Strings("formats", {"xlsx", "pdf", "json"})) formats += f + ",";
  job.formats = ParseFormats(formats.substr(0, formats.size() - 1));
  job.output_dir = Resolve(path, reader.RequiredString("output"));
  if (job.output_dir.empty()) reader.Fail(*doc.get("output"), "\"output\" không được để trống");
  job.inbox_dir = Resolve(path, reader.String("inbox").value_or(""));
  job.deadline_day = reader.DeadlineDay();
  const auto templates = reader.String("templates");
  if (templates && templates->empty())
    reader.Fail(*doc.get("templates"), "\"templates\" không được để trống (bỏ khóa này để dùng thư mục mẫu mặc định)");
  job.templates_dir = templates ? Resolve(path, *templates) : DefaultTemplatesDir();
  job.each_unit = reader.Strings("each_unit", EachUnitLevels(), /*optional=*/true);
  return job;
}

const std::vector<std::string>& EachUnitLevels() {
  static const std::vector<std::string> levels = {"so_nganh", "huyen", "xa"};
  return levels;
}

Period ResolvePeriod(const Job& job, Date today, const std::optional<std::string>& override) {
  if (override) return ParsePeriod(*override);
  switch (job.period_rule) {
    case PeriodRule::kLastClosedMonth: return LastClosedMonth(today);
    case PeriodRule::kLastClosedYear: return LastClosedYear(today);
  }
  return LastClosedMonth(today);
}

Date SubmissionDeadline(const Period& period, int deadline_day) {
  int year = period.to.year(), month = period.to.month();
  if (deadline_day <= period.to.day()) {
    if (++month == 13) {
      month = 1;
      ++year;
    }
  }
  return Date::FromYmd(year, month, std::min(deadline_day, DaysInMonth(year, month)));
}

}  // namespace baocao
