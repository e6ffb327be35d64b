// Lịch sử: the scheduled runs (jobs/run_history.h) with the files each published and the inbox
// results of its period, as `baocao history` shows them; and the download of a published file,
// looked up by its id in the database — never by a path taken from the request — and checked to be
// the very file the run published (a regular file inside the job's output folder, same SHA-256).
#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <map>
#include <string>

#include "auth/audit_actions.h"
#include "core/errors.h"
#include "core/regular_file.h"
#include "core/sha256.h"
#include "generators/vietnamese_number.h"
#include "jobs/job.h"
#include "jobs/run_history.h"
#include "web/pages.h"

namespace baocao::web {
namespace {
namespace fs = std::filesystem;

constexpr int kRunsShown = 50;

std::string BaseName(const std::string& path) { return fs::path(path).filename().string(); }

// The name a download is offered under: the file's base name, with anything but ASCII letters,
// digits, '.', '_' and '-' replaced (the names the runs write are of that kind already).
std::string AttachmentName(const std::string& path) {
  std::string name = BaseName(path);
  for (char& c : name) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                       c == '_' || c == '-';
    if (!plain) c = '_';
  }
  return name.empty() ? "tep" : name;
}

std::string ContentType(const std::string& name) {
  const std::string ext = fs::path(name).extension().string();
  if (ext == ".json") return "application/json";
  if (ext == ".pdf") return "application/pdf";
  if (ext == ".xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

void HistoryPage(RequestContext& ctx) {
  RunHistory history(ctx.db());
  const auto runs = history.Last(kRunsShown);
  std::map<std::string, std::vector<InboxResult>> inbox_of;  // by period: runs of a period share it
  PageData list = PageList();
  for (const auto& r : runs) {
    PageData run;
    run.set("id", std::to_string(r.id));
    run.set("started_at", r.started_at);
    run.set("ended_at", r.ended_at.empty() ? "—" : r.ended_at);
    run.set("job", r.job);
    run.set("period", r.period);
    run.set("status", StatusLabel(r.status));
    run.set("status_code", ToString(r.status));
    run.set("exit_code", r.exit_code ? std::to_string(*r.exit_code) : "—");
    run.set("message", r.message);
    PageData files = PageList();
    for (const auto& f : history.FilesOf(r.id)) {
      PageData file;
      file.set("id", std::to_string(f.id));
      file.set("name", BaseName(f.artifact.path));
      file.set("size", FormatCount(static_cast<int64_t>(f.artifact.bytes)) + " byte");
      file.set("sha256", f.artifact.sha256);
      files.push_back(file);
    }
    run.set("has_files", !files.is_empty_list());
    run.set("files", files);
    auto found = inbox_of.find(r.period);
    if (found == inbox_of.end()) found = inbox_of.emplace(r.period, history.InboxFilesOf(r.period)).first;
    PageData inbox = PageList();
    for (const auto& i : found->second) {
      PageData item;
      item.set("file", i.file_name);
      item.set("outcome", OutcomeLabel(i.outcome));
      item.set("reason", i.reason);
      inbox.push_back(item);
    }
    run.set("has_inbox", !inbox.is_empty_list());
    run.set("inbox", inbox);
    list.push_back(run);
  }
  PageData data;
  data.set("has_runs", !runs.empty());
  data.set("runs", list);
  data.set("shown", std::to_string(runs.size()));
  ctx.Page("history", data, "Lịch sử");
}

// The id of /lich-su/tep/<id>; 0 when it is not a positive number.
int64_t FileId(const std::string& text) {
  int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id <= 0) return 0;
  return id;
}

std::string ReadAll(const RegularFile& file) {
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::pread(file.fd(), buffer, sizeof buffer, static_cast<off_t>(bytes.size()));
    if (n < 0) throw Error("Không đọc được tệp đã công bố " + BaseName(file.path()) + ".");
    if (n == 0) return bytes;
    bytes.append(buffer, static_cast<size_t>(n));
  }
}

void DownloadPage(RequestContext& ctx) {
  const std::string id_text = ctx.req.matches.size() > 1 ? std::string(ctx.req.matches[1]) : "";
  const auto found = RunHistory(ctx.db()).FindFile(FileId(id_text));
  if (!found) {
    ctx.Fail(404, "Không có tệp công bố số " + id_text + ". Hãy mở lại trang Lịch sử và chọn tệp từ danh sách.");
    return;
  }
  const PublishedFile& published = *found;
  const std::string name = BaseName(published.artifact.path);
  const std::string run = "lượt chạy #" + std::to_string(published.run_id);
  const std::string gone = "Tệp " + name + " của " + run +
                           " không còn ở thư mục công bố (có thể đã bị xóa, hoặc kỳ này đã được chạy lại và tệp "
                           "được thay bằng tệp của lượt chạy sau). Hãy tải tệp của lượt chạy mới nhất trên trang "
                           "Lịch sử.";
  const std::string refused = "Tệp " + name + " của " + run +
                              " không phải là tệp thường nằm trong thư mục công bố của công việc: không tải tệp này. "
                              "Hãy báo cho người quản trị hệ thống.";

  std::error_code ec;
  const fs::path output = fs::canonical(LoadJob(ctx.services.config.job_file).output_dir, ec);
  if (ec) {
    ctx.Fail(404, "Không tìm thấy thư mục công bố của công việc. Hãy báo cho người quản trị hệ thống.");
    return;
  }
  const fs::file_status status = fs::symlink_status(published.artifact.path, ec);
  if (ec || status.type() == fs::file_type::not_found) {
    ctx.Fail(404, gone);
    return;
  }
  if (status.type() != fs::file_type::regular) {  // a link, a folder, a FIFO…: not what was published
    ctx.Fail(404, refused);
    return;
  }
  std::optional<RegularFile> file;
  try {
    file.emplace(published.artifact.path, RegularFile::Links::kRefuse);  // what is checked is what is read
  } catch (const InputError&) {
    ctx.Fail(404, gone);
    return;
  }
  // Where the opened file really is (every link on the way resolved) must be inside the output folder.
  const fs::path real = fs::read_symlink(file->ReadPath(), ec);
  const std::string inside = output.string() + "/";
  if (ec || real.string().compare(0, inside.size(), inside) != 0) {
    ctx.Fail(404, refused);
    return;
  }
  std::string bytes = ReadAll(*file);
  if (Sha256OfText(bytes) != published.artifact.sha256) {
    ctx.Fail(410, "Tệp " + name + " đã bị thay đổi sau khi " + run +
                      " công bố (mã SHA-256 không còn khớp với mã đã ghi): không tải tệp này. Hãy báo cho người quản "
                      "trị hệ thống; muốn có lại tệp đúng, hãy chạy lại kỳ " + published.period + " để công bố lại.");
    return;
  }
  ctx.Audit(audit::kDownload, "tệp công bố #" + std::to_string(published.id) + " của " + run + ": " + name +
                                  " (SHA-256 " + published.artifact.sha256 + ")");
  ctx.Download(AttachmentName(published.artifact.path), ContentType(name), std::move(bytes));
}

}  // namespace

void AddHistoryPages(Router& router) {
  router.Get("/lich-su", Access::kOffice, HistoryPage);
  router.Get(R"(/lich-su/tep/([^/]{1,32}))", Access::kOffice, DownloadPage);
}

}  // namespace baocao::web
