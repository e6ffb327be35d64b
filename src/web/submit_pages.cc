// Nộp dữ liệu: the upload form, the upload itself (streamed to a private temporary file, then
// Submit — the same call as `baocao submit`), its receipt (page and .txt), the progress of a long
// file, and a stored submission (/lan-nop/<id>, linked from the status page).
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "auth/audit_actions.h"
#include "auth/permissions.h"
#include "core/errors.h"
#include "core/system_error_text.h"
#include "core/text.h"
#include "indicators/unit_tree.h"
#include "ingest/columns.h"
#include "ingest/problem.h"
#include "ingest/submission.h"
#include "jobs/job.h"
#include "store/catalog.h"
#include "store/submission_log.h"
#include "web/pages.h"
#include "web/upload_file.h"

namespace baocao::web {
namespace {

constexpr const char* kFormTitle = "Nộp dữ liệu";
constexpr const char* kReceiptTitle = "Biên nhận nộp dữ liệu";

const std::vector<SubmissionKind>& KindsFor(const Account& account) {
  static const std::vector<SubmissionKind> kUnitKinds = {SubmissionKind::kDossiers, SubmissionKind::kDiscipline,
                                                         SubmissionKind::kEvaluations, SubmissionKind::kPetitions};
  static const std::vector<SubmissionKind> kAll = {SubmissionKind::kDossiers, SubmissionKind::kUnits,
                                                   SubmissionKind::kProcedures, SubmissionKind::kDiscipline,
                                                   SubmissionKind::kEvaluations, SubmissionKind::kPetitions};
  return account.role == Role::kDonVi ? kUnitKinds : kAll;
}

bool MaySubmitKind(const Account& account, SubmissionKind kind) {
  for (const auto k : KindsFor(account))
    if (k == kind) return true;
  return false;
}

std::optional<SubmissionKind> KindOf(const std::string& text) {
  for (const auto kind : {SubmissionKind::kDossiers, SubmissionKind::kUnits, SubmissionKind::kProcedures,
                          SubmissionKind::kDiscipline, SubmissionKind::kEvaluations, SubmissionKind::kPetitions})
    if (ToString(kind) == text) return kind;
  return std::nullopt;
}

std::string Capitalized(const std::string& text) {
  if (text.rfind("hồ sơ", 0) == 0) return "Hồ sơ" + text.substr(std::string("hồ sơ").size());
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') return static_cast<char>(text[0] - 'a' + 'A') + text.substr(1);
  return text;
}

std::string KindLabel(SubmissionKind kind) { return Capitalized(VietnameseName(kind)) + " (" + ToString(kind) + ")"; }

// The label of the period open for submissions: the monthly job's period ("2026-10"), or "" when the
// job cannot be read (the form then asks for it).
std::string OpenPeriod(const RequestContext& ctx) {
  if (ctx.services.config.job_file.empty()) return "";
  try {
    const Job job = LoadJob(ctx.services.config.job_file);
    return ResolvePeriod(job, ctx.Now().date, std::nullopt).Label();
  } catch (const Error&) {
    return "";
  }
}

// The units account may submit for, in hierarchy order: {code, "code — name"}.
std::vector<std::pair<std::string, std::string>> UnitsOf(RequestContext& ctx) {
  std::vector<std::pair<std::string, std::string>> units;
  const Catalog catalog = LoadCatalog(ctx.db());
  if (catalog.parent_of.empty()) return units;
  const UnitTree tree = UnitTree::Load(ctx.db());
  for (const auto& node : tree.nodes())
    if (MayAccessUnit(*ctx.account, node.code, catalog)) units.emplace_back(node.code, node.code + " — " + node.name);
  return units;
}

// What the form shows again after a refusal: the values the account chose.
struct FormValues {
  std::string kind = "dossiers";
  std::string unit;
  std::optional<std::string> period;  // nullopt: the open period
  std::string sheet;
  bool partial = false;
};

void SubmitForm(RequestContext& ctx, int status, const std::string& message, const FormValues& values) {
  PageData data;
  if (!message.empty()) data.set("message", message);
  PageData kinds = PageList();
  for (const auto kind : KindsFor(*ctx.account)) {
    PageData item;
    item.set("value", ToString(kind));
    item.set("label", KindLabel(kind));
    if (ToString(kind) == values.kind) item.set("selected", true);
    kinds.push_back(item);
  }
  data.set("kinds", kinds);
  PageData units = PageList();
  std::string unit = values.unit;
  if (unit.empty() && ctx.account->role == Role::kDonVi) unit = ctx.account->unit;
  for (const auto& [code, label] : UnitsOf(ctx)) {
    PageData item;
    item.set("value", code);
    item.set("label", label);
    if (code == unit) item.set("selected", true);
    units.push_back(item);
  }
  data.set("units", units);
  if (ctx.account->role != Role::kDonVi) data.set("any_unit", true);
  const std::string open = OpenPeriod(ctx);
  data.set("period", values.period ? *values.period : open);
  if (!open.empty()) data.set("open_period", open);
  data.set("sheet", values.sheet);
  if (values.partial) data.set("partial", true);
  data.set("cap", SizeText(ctx.services.config.max_upload_bytes));
  ctx.Page("submit", data, kFormTitle);
  ctx.res.status = status;
}

// Submit's usage messages name the command's options; the form names its fields.
std::string FormMessage(std::string message) {
  for (const auto& [option, field] : {std::pair<std::string, std::string>{"--period", "Kỳ"}, {"--unit", "Đơn vị"}}) {
    for (size_t at = message.find(option); at != std::string::npos; at = message.find(option, at + field.size()))
      message.replace(at, option.size(), field);
  }
  return "Chưa nộp được: " + message;
}

// The upload file of each request in flight, from the sink factory to the handler (the router gives
// both the same RequestContext). The sink owns it: when the request ends, however it ends, the
// file and its folder are removed and the registration goes with them.
struct InFlight;
std::mutex in_flight_mutex;
std::map<const RequestContext*, std::weak_ptr<InFlight>> in_flight;

struct InFlight {
  InFlight(const RequestContext* k, std::unique_ptr<UploadFile> f) : key(k), file(std::move(f)) {}
  ~InFlight() {
    std::lock_guard lock(in_flight_mutex);
    in_flight.erase(key);
  }
  InFlight(const InFlight&) = delete;
  InFlight& operator=(const InFlight&) = delete;
  const RequestContext* key;
  std::unique_ptr<UploadFile> file;
};

FileSink OpenUploadFile(RequestContext& ctx) {
  auto entry = std::make_shared<InFlight>(&ctx, std::make_unique<UploadFile>(ctx.services.config.max_upload_bytes));
  {
    std::lock_guard lock(in_flight_mutex);
    in_flight[&ctx] = entry;
  }
  return [entry](const char* data, size_t size) { return entry->file->Write(data, size); };
}

std::shared_ptr<InFlight> TakeUploadFile(const RequestContext& ctx) {
  std::lock_guard lock(in_flight_mutex);
  const auto it = in_flight.find(&ctx);
  return it == in_flight.end() ? nullptr : it->second.lock();
}

std::string OutcomeCode(SubmitOutcome outcome) {
  switch (outcome) {
    case SubmitOutcome::kAccepted: return "accepted";
    case SubmitOutcome::kPartial: return "partial";
    case SubmitOutcome::kRejected: return "rejected";
    case SubmitOutcome::kDuplicate: return "duplicate";
  }
  return "";
}

// The outcome in the audit log's words.
std::string OutcomeWord(SubmitOutcome outcome) {
  switch (outcome) {
    case SubmitOutcome::kAccepted: return "tiếp nhận toàn bộ";
    case SubmitOutcome::kPartial: return "tiếp nhận một phần";
    case SubmitOutcome::kRejected: return "từ chối";
    case SubmitOutcome::kDuplicate: return "đã nộp trước đó";
  }
  return "";
}

std::string OutcomeLabel(const Receipt& r) {
  switch (r.outcome) {
    case SubmitOutcome::kAccepted: return "Đã tiếp nhận toàn bộ tệp.";
    case SubmitOutcome::kPartial: return "Tiếp nhận một phần: các dòng lỗi bị loại, các dòng hợp lệ đã lưu.";
    case SubmitOutcome::kRejected:
      return "Từ chối: tệp có lỗi, không dòng nào được lưu. Hãy sửa các lỗi dưới đây rồi nộp lại.";
    case SubmitOutcome::kDuplicate:
      return "Đã nộp trước đó: tệp giống hệt tệp đã tiếp nhận lúc " + r.submitted_at + " (biên nhận số " +
             std::to_string(r.submission_id) + "); không có thay đổi.";
  }
  return "";
}

std::string ColumnText(int column, bool sheet) {
  if (column <= 0) return "";
  return sheet ? ColumnLetters(column) : std::to_string(column);
}

PageData ProblemRows(const Problems& problems, bool sheet) {
  PageData rows = PageList();
  for (const auto& p : problems) {
    PageData row;
    row.set("row", p.row > 0 ? std::to_string(p.row) : std::string());
    row.set("column", ColumnText(p.column, sheet));
    row.set("column_name", p.column_name);
    row.set("message", p.message);
    rows.push_back(row);
  }
  return rows;
}

void ReceiptPage(RequestContext& ctx, const std::string& token, const Receipt& r) {
  PageData data;
  data.set("token", token);
  data.set("outcome_class", OutcomeCode(r.outcome));
  data.set("outcome", OutcomeLabel(r));
  data.set("tone", std::string(r.outcome == SubmitOutcome::kAccepted   ? "ok"
                               : r.outcome == SubmitOutcome::kRejected ? "error"
                                                                       : "notice"));
  data.set("file", r.file);
  if (!r.sheet.empty()) data.set("sheet", r.sheet);
  data.set("kind", KindLabel(r.kind));
  if (r.unit) data.set("unit", *r.unit);
  if (r.period) data.set("period", *r.period);
  if (!r.sha256.empty()) data.set("sha256", r.sha256);
  data.set("submitted_at", r.submitted_at);
  if (r.submission_id > 0) data.set("submission_id", std::to_string(r.submission_id));
  if (r.outcome != SubmitOutcome::kDuplicate) {
    PageData counts;
    counts.set("total", GroupedCount(r.rows_total));
    counts.set("accepted", GroupedCount(r.rows_accepted));
    counts.set("rejected", GroupedCount(r.rows_rejected));
    if (r.rows_superseded > 0) counts.set("superseded", GroupedCount(r.rows_superseded));
    data.set("counts", counts);
  }
  if (!r.dropped_columns.empty()) {
    PageData dropped = PageList();
    for (const auto& c : r.dropped_columns) dropped.push_back(PageData(c));
    data.set("dropped", dropped);
    data.set("has_dropped", true);
  }
  if (!r.notes.empty()) {
    PageData notes = PageList();
    for (const auto& n : r.notes) notes.push_back(PageData(n));
    data.set("notes", notes);
    data.set("has_notes", true);
  }
  const bool sheet = !r.sheet.empty();
  if (!r.errors.empty()) {
    PageData errors;
    errors.set("count", GroupedCount(r.errors.total()));
    errors.set("rows", ProblemRows(r.errors.listed(), sheet));
    if (r.errors.omitted() > 0) errors.set("omitted", OmittedText(r.errors, "lỗi"));
    data.set("errors", errors);
  }
  if (!r.warnings.empty()) {
    PageData warnings;
    warnings.set("count", GroupedCount(r.warnings.total()));
    warnings.set("rows", ProblemRows(r.warnings.listed(), sheet));
    if (r.warnings.omitted() > 0) warnings.set("omitted", OmittedText(r.warnings, "cảnh báo"));
    data.set("warnings", warnings);
  }
  ctx.Page("receipt", data, kReceiptTitle);
}

// The token of /bien-nhan/<token>…: 64 hex digits, else "".
std::string ReceiptToken(const RequestContext& ctx) {
  const std::string token = ctx.req.matches.size() > 1 ? std::string(ctx.req.matches[1]) : "";
  return token;
}

const char* kNoReceipt =
    "Không có biên nhận này trong phiên làm việc của bạn (biên nhận chỉ xem được trong phiên đã nộp tệp). "
    "Hãy xem lần nộp ở trang Tình hình nộp báo cáo.";

void ReceiveUpload(RequestContext& ctx, const UploadParts& parts, bool complete) {
  const std::shared_ptr<InFlight> upload = TakeUploadFile(ctx);
  const auto field = [&](const char* name) {
    const auto it = parts.fields.find(name);
    return it == parts.fields.end() ? std::string() : it->second;
  };
  FormValues values;
  values.kind = field("kind");
  values.unit = field("unit");
  values.period = field("period");
  values.sheet = field("sheet");
  values.partial = field("partial") == "1";
  if (upload && upload->file->over_cap()) {
    ctx.Fail(413, TooLargeMessage(ctx.services.config.max_upload_bytes));
    return;
  }
  if (upload && (upload->file->write_error() != 0 || !upload->file->Close()))
    throw Error("Máy chủ không ghi được tệp tạm khi nhận tệp: " + SystemErrorText(upload->file->write_error()) +
                ". Hãy báo cho người quản trị hệ thống.");
  const std::optional<SubmissionKind> kind = KindOf(values.kind);
  if (!kind) {
    SubmitForm(ctx, 400, "Hãy chọn loại dữ liệu cần nộp.", values);
    return;
  }
  if (!MaySubmitKind(*ctx.account, *kind)) {
    ctx.Forbidden("việc nộp " + VietnameseName(*kind) + " (chỉ bộ phận tổng hợp của tỉnh nộp loại này)");
    return;
  }
  if (values.unit.empty() && ctx.account->role == Role::kDonVi) {
    ctx.Forbidden("việc nộp dữ liệu không ghi đơn vị nộp");
    return;
  }
  if (!values.unit.empty() && !MayAccessUnit(*ctx.account, values.unit, LoadCatalog(ctx.db()))) {
    ctx.Forbidden("dữ liệu của đơn vị \"" + values.unit + "\"");
    return;
  }
  if (!upload || (complete && parts.file_name.empty() && upload->file->bytes() == 0)) {
    SubmitForm(ctx, 400, "Chưa chọn tệp cần nộp. Hãy chọn tệp rồi bấm Nộp tệp.", values);
    return;
  }
  if (!complete) {
    SubmitForm(ctx, 400, "Tệp chưa được gửi trọn vẹn (kết nối bị ngắt?). Hãy nộp lại.", values);
    return;
  }
  upload->file->Rename(parts.file_name);
  if (*kind == SubmissionKind::kDossiers && (values.unit.empty() || values.period->empty())) {
    SubmitForm(ctx, 400, "Nộp hồ sơ TTHC cần chọn đơn vị nộp và ghi kỳ (tháng xuất dữ liệu, dạng YYYY-MM).", values);
    return;
  }

  SubmitRequest request;
  request.kind = *kind;
  request.file = upload->file->path();
  request.links = RegularFile::Links::kRefuse;
  if (!values.unit.empty()) request.unit = values.unit;
  if (!values.period->empty()) request.period = *values.period;
  if (!values.sheet.empty()) request.sheet = values.sheet;
  request.partial = values.partial;
  request.now = ctx.Now().Iso();
  const std::string session = ctx.session->id;
  const std::string progress_token = field("tien_do");
  UploadBoard& board = ctx.services.uploads;
  board.SetProgress(session, progress_token, {0, false, std::nullopt});
  request.progress = [&board, &session, &progress_token](const ReadProgress& p) {
    board.SetProgress(session, progress_token, {p.rows_read, false, p.fraction_read});
  };
  Receipt receipt;
  try {
    receipt = Submit(ctx.db(), request);
  } catch (const UsageError& e) {
    board.EndProgress(session, progress_token);
    SubmitForm(ctx, 400, FormMessage(e.what()), values);
    return;
  } catch (...) {
    board.EndProgress(session, progress_token);
    throw;
  }
  // The receipt names the file as the department sent it, not the server's temporary folder.
  receipt.file = Escaped(upload->file->name());
  board.SetProgress(session, progress_token, {receipt.rows_total, true, 1.0});  // read once by /nop/tien-do
  ctx.Audit(audit::kSubmission, "tệp " + receipt.file + "; loại " + ToString(receipt.kind) + "; đơn vị " +
                                    receipt.unit.value_or("-") + "; kỳ " + receipt.period.value_or("-") +
                                    "; kết quả " + OutcomeWord(receipt.outcome) +
                                    (receipt.submission_id > 0 ? "; lần nộp " + std::to_string(receipt.submission_id) : ""));
  const std::string token = board.KeepReceipt(session, std::move(receipt));
  ctx.Redirect("/bien-nhan/" + token);
}

void SubmissionPage(RequestContext& ctx) {
  const std::string id_text = ctx.req.matches.size() > 1 ? std::string(ctx.req.matches[1]) : "";
  const auto not_found = [&] {
    ctx.Fail(404, "Không có lần nộp số " + id_text + ". Hãy mở lần nộp từ trang Tình hình nộp báo cáo.");
  };
  if (id_text.empty() || id_text.size() > 18) {
    not_found();
    return;
  }
  const int64_t id = std::stoll(id_text);
  SubmissionEntry entry;
  std::vector<RejectedRow> rejected;
  try {
    rejected = ListRejectedRows(ctx.db(), id, &entry);
  } catch (const UsageError&) {
    not_found();
    return;
  }
  const bool province_wide = entry.unit.empty() || entry.kind == "units" || entry.kind == "procedures";
  if (province_wide ? ctx.account->role == Role::kDonVi
                    : !MayAccessUnit(*ctx.account, entry.unit, LoadCatalog(ctx.db()))) {
    ctx.Forbidden("lần nộp số " + id_text + (entry.unit.empty() ? "" : " của đơn vị \"" + entry.unit + "\""));
    return;
  }
  PageData data;
  data.set("id", id_text);
  const std::optional<SubmissionKind> kind = KindOf(entry.kind);
  data.set("kind", kind ? KindLabel(*kind) : entry.kind);
  if (!entry.unit.empty()) data.set("unit", entry.unit);
  if (!entry.period.empty()) data.set("period", entry.period);
  data.set("file", entry.file_name);
  if (!entry.sheet.empty()) data.set("sheet", entry.sheet);
  data.set("submitted_at", entry.submitted_at);
  data.set("mode", std::string(entry.mode == "partial" ? "nhận một phần (bỏ các dòng lỗi)"
                                                       : "chặt chẽ (có lỗi thì từ chối cả tệp)"));
  data.set("total", GroupedCount(entry.rows_total));
  data.set("accepted", GroupedCount(entry.rows_accepted));
  data.set("rejected", GroupedCount(entry.rows_rejected));
  if (!rejected.empty()) {
    PageData rows = PageList();
    for (const auto& r : rejected) {
      PageData row;
      row.set("row", r.row > 0 ? std::to_string(r.row) : std::string());
      row.set("column", ColumnText(r.column, !entry.sheet.empty()));
      row.set("column_name", r.column_name);
      row.set("message", r.message);
      rows.push_back(row);
    }
    data.set("problems", rows);
    data.set("has_problems", true);
  }
  ctx.Page("submission", data, "Lần nộp số " + id_text);
}

}  // namespace

void AddSubmitPages(Router& router) {
  router.Get("/nop", Access::kSignedIn, [](RequestContext& ctx) { SubmitForm(ctx, 200, "", FormValues{}); });

  router.Upload(
      "/nop", Access::kSignedIn,
      OpenUploadFile,
      ReceiveUpload);

  router.Get("/nop/tien-do", Access::kSignedIn, [](RequestContext& ctx) {
    const std::string token = ctx.Param("ma");
    const auto progress = ctx.services.uploads.Progress(ctx.session->id, token);
    if (!progress) {
      ctx.res.status = 404;
      ctx.res.set_content(ProgressJson(UploadProgress{}), "application/json");
      return;
    }
    if (progress->done) ctx.services.uploads.EndProgress(ctx.session->id, token);
    ctx.res.status = 200;
    ctx.res.set_header("Cache-Control", "no-store");
    ctx.res.set_content(ProgressJson(*progress), "application/json");
  });

  router.Get(R"(/bien-nhan/([0-9a-f]{64}))", Access::kSignedIn, [](RequestContext& ctx) {
    const std::string token = ReceiptToken(ctx);
    const auto receipt = ctx.services.uploads.FindReceipt(ctx.session->id, token);
    if (!receipt) {
      ctx.Fail(404, kNoReceipt);
      return;
    }
    ReceiptPage(ctx, token, *receipt);
  });

  router.Get(R"(/bien-nhan/([0-9a-f]{64})/bien-nhan\.txt)", Access::kSignedIn, [](RequestContext& ctx) {
    const auto receipt = ctx.services.uploads.FindReceipt(ctx.session->id, ReceiptToken(ctx));
    if (!receipt) {
      ctx.Fail(404, kNoReceipt);
      return;
    }
    ctx.Download("bien-nhan.txt", "text/plain; charset=utf-8", receipt->Text() + "\n");
  });

  router.Get(R"(/lan-nop/([0-9]+))", Access::kSignedIn, SubmissionPage);
}

}  // namespace baocao::web
