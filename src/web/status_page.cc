// Tình hình nộp báo cáo (/tinh-hinh): who of the account's subtree has reported for a period, by
// level, with the deadline — ComputeReportingStatus, in the same texts as `baocao status`; the
// approvals of the period ("Đã phê duyệt ngày … bởi …"), and for tong_hop and quan_tri the forms
// "Phê duyệt kỳ này" and "Rút phê duyệt" (indicators/approval.h, as `baocao approve` and
// `baocao unapprove`, audited with the account).
#include "auth/accounts.h"
#include "auth/audit_actions.h"
#include "core/errors.h"
#include "core/period_choice.h"
#include "generators/vietnamese_number.h"
#include "indicators/approval.h"
#include "indicators/reporting_status.h"
#include "store/approval_store.h"
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

bool MayApprove(const RequestContext& ctx) {
  return ctx.account && (ctx.account->role == Role::kTongHop || ctx.account->role == Role::kQuanTri);
}

// The active approvals of the period: who approved which subtree and when, each with its
// withdrawal form for the roles that may approve.
void SetApprovalData(RequestContext& ctx, const Period& period, PageData& data) {
  PageData approvals = PageList();
  for (const auto& a : ApprovalStore(ctx.db()).Active(period.Label())) {
    PageData row;
    row.set("root", a.root);
    row.set("text", ApprovedText(a));
    approvals.push_back(row);
  }
  data.set("approvals", approvals);
  data.set("period_label", period.Label());
  if (MayApprove(ctx)) data.set("may_approve", true);
}

// The status page for the chosen period and unit; `done` a confirmation, `error` a refusal of a form.
void StatusPage(RequestContext& ctx, const PeriodForm& form, const std::string& unit, int status,
                const std::string& done, const std::string& error) {
  const Job job = LoadJob(ctx.services.config.job_file);
  PageData data;
  try {
    const Period period = ResolvePeriodChoice(form.choice);
    const Date deadline = SubmissionDeadline(period, job.deadline_day);
    const ReportingStatus s = ComputeReportingStatus(ctx.db(), period, unit, deadline);
    PageData status_data;
    SetStatusData(s, deadline, ctx.Now().date, status_data);
    SetApprovalData(ctx, period, status_data);
    data.set("status", status_data);
  } catch (const UsageError& e) {  // PeriodChoiceError too: a mistake in the form
    data.set("message", std::string(e.what()));
    status = 400;
  }
  if (!done.empty()) data.set("done", done);
  if (!error.empty()) data.set("message", error);
  SetPeriodFormData(ctx, form, data);
  ctx.Page("status", data, "Tình hình nộp báo cáo");
  ctx.res.status = status;
}

// POST /tinh-hinh/phe-duyet and /tinh-hinh/rut-phe-duyet: the period fields as the page's form has
// them, `unit` the approved (or withdrawn) subtree's root ("" : the province).
void ApprovalPost(RequestContext& ctx, bool approve) {
  const PeriodForm form = ReadPeriodForm(ctx, false);
  const auto unit = UnitToShow(ctx, form.unit);
  if (!unit) return;
  try {
    const Period period = ResolvePeriodChoice(form.choice);
    const DateTime now = ctx.Now();
    std::string done;
    if (approve) {
      const ApproveResult r = ApprovePeriod(ctx.db(), {period, form.unit, ctx.account->login, now.Iso()},
                                            [&](const ApproveResult& result) {
                                              ctx.Audit(audit::kApproval, ApprovalAuditDetail(result));
                                            });
      done = "Đã phê duyệt số liệu " + period.TitleWithDates() + " của " + r.approval.root + " " + r.unit_name +
             " và các đơn vị trực thuộc (" + std::to_string(r.units_taken) + " đơn vị" +
             (r.units_kept > 0 ? ", " + std::to_string(r.units_kept) + " đơn vị đã phê duyệt trước giữ nguyên" : "") +
             "). Tệp hồ sơ, phản ánh của các tháng trong kỳ sẽ bị từ chối cho đến khi rút phê duyệt.";
    } else {
      const ApprovalRecord a =
          WithdrawApproval(ctx.db(), {period, form.unit, ctx.account->login, now.Iso(), ctx.Param("reason")},
                           [&](const ApprovalRecord& withdrawn) {
                             ctx.Audit(audit::kApprovalWithdrawn, WithdrawalAuditDetail(withdrawn));
                           });
      done = "Đã rút phê duyệt số liệu " + period.TitleWithDates() + " của " + a.root +
             ". Các đơn vị có thể nộp lại tệp của các tháng trong kỳ.";
    }
    StatusPage(ctx, form, *unit, 200, done, "");
  } catch (const UsageError& e) {
    StatusPage(ctx, form, *unit, 400, "", e.what());
  }
}

}  // namespace

void AddStatusPage(Router& router) {
  router.Get("/tinh-hinh", Access::kSignedIn, [](RequestContext& ctx) {
    const PeriodForm form = ReadPeriodForm(ctx, true);
    const auto unit = UnitToShow(ctx, form.unit);
    if (!unit) return;
    StatusPage(ctx, form, *unit, 200, "", "");
  });
  router.Post("/tinh-hinh/phe-duyet", Access::kOffice, [](RequestContext& ctx) { ApprovalPost(ctx, true); });
  router.Post("/tinh-hinh/rut-phe-duyet", Access::kOffice, [](RequestContext& ctx) { ApprovalPost(ctx, false); });
}

}  // namespace baocao::web
