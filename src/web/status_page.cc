// Tình hình nộp báo cáo (/tinh-hinh): who of the account's subtree has reported for a period, by
// level, with the deadline — ComputeReportingStatus, in the same texts as `baocao status`.
#include "core/errors.h"
#include "core/period_choice.h"
#include "generators/vietnamese_number.h"
#include "indicators/reporting_status.h"
#include "ingest/enums.h"
#include "jobs/job.h"
#include "web/pages.h"
#include "web/period_form.h"

namespace baocao::web {
namespace {

std::string DossierClass(const UnitStatus& u) {
  if (!u.expected) return "aggregate";
  if (!u.reported()) return "missing";
  return u.late ? "late" : "reported";
}

std::string Joined(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

void SetStatusData(const ReportingStatus& s, Date deadline, Date today, PageData& data) {
  data.set("title", s.period.TitleWithDates());
  data.set("months", Joined(s.months));
  data.set("deadline", deadline.Vietnamese());
  data.set("days_left", DaysLeftText(deadline, today));
  if (deadline < today) data.set("overdue", true);
  PageData units = PageList();
  for (const auto& u : s.units) {
    PageData row;
    std::string indent;
    for (int d = 0; d < u.depth; ++d) indent += "\u00a0\u00a0\u00a0\u00a0";
    row.set("indent", indent);
    row.set("depth", std::to_string(u.depth));
    row.set("code", u.code);
    row.set("name", u.name);
    row.set("dossiers", DossierStateText(s, u));
    row.set("dossiers_class", DossierClass(u));
    row.set("people", PeopleStateText(u));
    if (u.last_submission_id > 0) {
      row.set("last_at", u.last_submitted_at);
      row.set("last_file", u.last_file);
      row.set("last_id", std::to_string(u.last_submission_id));
    }
    units.push_back(row);
  }
  data.set("rows", units);
  PageData levels = PageList();
  for (const auto& level : s.levels) {
    PageData row;
    row.set("level", level.cap.empty() ? "Tổng cộng" : CapEnum().Label(level.cap));
    row.set("reported", std::to_string(level.reported) + "/" + std::to_string(level.total));
    row.set("rate", FormatValue(Value::Rate(level.reported, level.total)));
    row.set("on_time", std::to_string(level.on_time));
    if (level.cap.empty()) row.set("total", true);
    levels.push_back(row);
  }
  data.set("levels", levels);
  data.set("missing", std::to_string(s.missing()));
}

}  // namespace

void AddStatusPage(Router& router) {
  router.Get("/tinh-hinh", Access::kSignedIn, [](RequestContext& ctx) {
    const PeriodForm form = ReadPeriodForm(ctx, true);
    const auto unit = UnitToShow(ctx, form.unit);
    if (!unit) return;
    const Job job = LoadJob(ctx.services.config.job_file);
    PageData data;
    int status = 200;
    try {
      const Period period = ResolvePeriodChoice(form.choice);
      const Date deadline = SubmissionDeadline(period, job.deadline_day);
      const ReportingStatus s = ComputeReportingStatus(ctx.db(), period, *unit, deadline);
      PageData status_data;
      SetStatusData(s, deadline, ctx.Now().date, status_data);
      data.set("status", status_data);
    } catch (const UsageError& e) {  // PeriodChoiceError too: a mistake in the form
      data.set("message", std::string(e.what()));
      status = 400;
    }
    SetPeriodFormData(ctx, form, data);
    ctx.Page("status", data, "Tình hình nộp báo cáo");
    ctx.res.status = status;
  });
}

}  // namespace baocao::web
