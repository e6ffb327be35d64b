#include "jobs/inbox.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <optional>

#include "core/errors.h"
#include "core/regular_file.h"
#include "core/system_error_text.h"
#include "core/text.h"
#include "jobs/inbox_file_name.h"

namespace baocao {
namespace fs = std::filesystem;
namespace {

// units first, procedures next, then the rest: the catalog before what refers to it.
int Rank(const std::string& name) {
  if (name.rfind("units_", 0) == 0) return 0;
  if (name.rfind("procedures_", 0) == 0) return 1;
  return 2;
}

// What a listing of the inbox finds: the regular files to submit, in order, and the entries that are
// left alone and reported (links, folders, FIFOs, …), by name.
struct Listing {
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> skipped;  // (name, why)
};

bool IsOwnFolder(const std::string& name) { return name == "processed" || name == "rejected"; }

// Why an entry that is not a regular file is skipped, from lstat (a link is never followed).
std::string SkipReason(const fs::directory_entry& entry, fs::file_type type) {
  std::error_code ec;
  if (type == fs::file_type::symlink)
    return fs::exists(entry.path(), ec) ? "là liên kết tượng trưng (symbolic link), không phải tệp thật"
                                        : "là liên kết tượng trưng trỏ tới nơi không tồn tại";
  switch (type) {
    case fs::file_type::directory: return "là thư mục";
    case fs::file_type::fifo: return "là ống dẫn có tên (FIFO)";
    case fs::file_type::socket: return "là socket";
    case fs::file_type::block:
    case fs::file_type::character: return "là tệp thiết bị";
    default: return "không phải tệp thông thường";
  }
}

Listing ListInbox(const std::string& inbox_dir) {
  Listing listing;
  std::error_code ec;
  if (!fs::is_directory(inbox_dir, ec)) return listing;
  for (const auto& entry : fs::directory_iterator(inbox_dir)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;  // still being copied
    const fs::file_type type = entry.symlink_status().type();
    if (type == fs::file_type::regular) {
      listing.files.push_back(name);
    } else if (!(IsOwnFolder(name) && type == fs::file_type::directory)) {
      listing.skipped.emplace_back(name, SkipReason(entry, type));
    }
  }
  std::sort(listing.files.begin(), listing.files.end(), [](const std::string& a, const std::string& b) {
    return std::make_pair(Rank(a), a) < std::make_pair(Rank(b), b);
  });
  std::sort(listing.skipped.begin(), listing.skipped.end());
  return listing;
}

// processed/ and rejected/ are created when missing and must be real folders: never a link (files
// would be moved wherever it points) nor anything else.
void RequireOwnFolder(const fs::path& folder) {
  std::error_code ec;
  const fs::file_type type = fs::symlink_status(folder, ec).type();
  if (type == fs::file_type::directory) return;
  if (type == fs::file_type::not_found) {
    fs::create_directory(folder, ec);
    if (ec) throw Error("Không tạo được thư mục " + Escaped(folder.string()) + ": " + SystemErrorText(ec));
    return;
  }
  const std::string what = type == fs::file_type::symlink ? "liên kết tượng trưng (symbolic link)"
                           : type == fs::file_type::regular ? "một tệp"
                                                             : "một mục không phải thư mục";
  throw InputError(Escaped(folder.string()), 0, 0,
                   "là " + what + ", không phải thư mục thật; hộp thư không được xử lý, không tệp nào bị di "
                   "chuyển: hãy xóa hoặc đổi tên nó rồi chạy lại");
}

// An entry of that path exists, of whatever type (a dangling link too): lstat, never followed.
bool Taken(const fs::path& path) {
  std::error_code ec;
  return fs::symlink_status(path, ec).type() != fs::file_type::not_found;
}

// <folder>/<name>, or <folder>/<stem>.2<ext>, … when a file of that name is already there.
fs::path FreeName(const fs::path& folder, const std::string& name) {
  fs::path candidate = folder / name;
  const fs::path stem = fs::path(name).stem();
  const fs::path ext = fs::path(name).extension();
  for (int n = 2; Taken(candidate) || Taken(candidate.string() + ".bien_nhan.txt"); ++n)
    candidate = folder / (stem.string() + "." + std::to_string(n) + ext.string());
  return candidate;
}

// Writes text to path through a new temporary file, created exclusively and never through a link
// (whatever was left at the temporary name is removed first, not followed).
void WriteText(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp";
  std::error_code ec;
  fs::remove(temporary, ec);  // removes a link itself, not what it points to
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) throw Error("Không ghi được " + Escaped(temporary) + ": " + SystemErrorText(errno));
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      throw Error("Không ghi được " + Escaped(temporary) + ": " + SystemErrorText(error));
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) throw Error("Không ghi được " + Escaped(temporary) + ": " + SystemErrorText(errno));
  fs::rename(temporary, path, ec);
  if (ec) throw Error("Không đổi tên được " + Escaped(temporary) + ": " + SystemErrorText(ec));
}

std::string RefusalText(const std::string& file, const std::string& now, const std::string& reason) {
  return "BIÊN NHẬN NỘP DỮ LIỆU\nTệp: " + Escaped(file) + "\nThời điểm nhận: " + now +
         "\nKết quả: TỪ CHỐI: " + reason + "; tệp không được đọc, cơ sở dữ liệu không thay đổi\n";
}

InboxResult::Outcome FromReceipt(SubmitOutcome outcome) {
  switch (outcome) {
    case SubmitOutcome::kAccepted: return InboxResult::Outcome::kAccepted;
    case SubmitOutcome::kPartial: return InboxResult::Outcome::kPartial;
    case SubmitOutcome::kRejected: return InboxResult::Outcome::kRejected;
    case SubmitOutcome::kDuplicate: return InboxResult::Outcome::kDuplicate;
  }
  return InboxResult::Outcome::kRejected;
}

// Submits one well-named file; returns the receipt's text and fills result.
std::string SubmitOne(Database& db, const std::string& path, const InboxFileName& name, const Clock& clock,
                      InboxResult& result, const InboxProgress& progress) {
  SubmitRequest request;
  if (progress) {
    const std::string file = std::filesystem::path(path).filename().string();
    request.progress = [&progress, file](const ReadProgress& p) { progress(file, p); };
  }
  request.kind = name.kind;
  request.file = path;
  request.now = clock.NowText();
  request.links = RegularFile::Links::kRefuse;
  // The catalogs are province-wide: their unit and month only name the export.
  if (name.kind != SubmissionKind::kUnits && name.kind != SubmissionKind::kProcedures) {
    request.unit = name.unit;
    request.period = name.period;
  }
  try {
    const Receipt receipt = Submit(db, request);
    result.outcome = FromReceipt(receipt.outcome);
    result.submitted_at = receipt.submitted_at;
    result.submission_id = receipt.submission_id;
    result.rows_total = receipt.rows_total;
    result.rows_accepted = receipt.rows_accepted;
    result.rows_rejected = receipt.rows_rejected;
    result.errors = static_cast<int>(receipt.errors.total());
    if (!receipt.errors.empty())
      result.reason = TablePlace{result.file_name, receipt.sheet}.Format(receipt.errors.front());
    return receipt.Text();
  } catch (const UsageError& e) {  // e.g. a unit that is not in the catalog
    result.outcome = InboxResult::Outcome::kRejected;
    result.submitted_at = request.now;
    result.reason = e.what();
    return RefusalText(path, request.now, e.what());
  } catch (const InputError& e) {  // the file cannot be opened, or is not a regular file (any more)
    result.outcome = InboxResult::Outcome::kRejected;
    result.submitted_at = request.now;
    result.reason = e.what();
    return RefusalText(path, request.now, e.what());
  }
}

// A name that Escaped() would change: a control character, a line separator, bytes that are not
// UTF-8, a backslash.
bool HasUnprintableCharacter(const std::string& name) { return Escaped(name) != name; }

InboxResult ProcessOne(Database& db, const fs::path& inbox, const std::string& file_name, const Clock& clock,
                       const InboxProgress& progress) {
  InboxResult result;
  result.file_name = file_name;
  const std::string path = (inbox / file_name).string();
  std::string why;
  std::string receipt;
  std::optional<InboxFileName> name;
  if (HasUnprintableCharacter(file_name))
    why = std::string("tên tệp có ký tự điều khiển hoặc ký tự không hợp lệ; tên tệp phải có dạng ") +
          InboxNamePattern();
  else
    name = ParseInboxFileName(file_name, &why);
  if (name) {
    result.kind = ToString(name->kind);
    result.unit = name->unit;
    result.period = name->period;
    receipt = SubmitOne(db, path, *name, clock, result, progress);
  } else {
    result.outcome = InboxResult::Outcome::kBadName;
    result.submitted_at = clock.NowText();
    result.reason = why;
    receipt = RefusalText(path, result.submitted_at, why);
  }
  const fs::path folder = inbox / (result.rejected() ? "rejected" : "processed");
  const fs::path destination = FreeName(folder, Escaped(file_name));  // a printable name in rejected/
  result.moved_to = destination.string();
  result.receipt = destination.string() + ".bien_nhan.txt";
  WriteText(result.receipt, receipt);
  std::error_code ec;
  fs::rename(path, destination, ec);  // moves the entry itself: a link would move as a link
  if (ec)
    throw Error("Không chuyển được " + Escaped(path) + " sang " + Escaped(destination.string()) + ": " +
                SystemErrorText(ec));
  return result;
}

InboxResult Skipped(const std::string& name, const std::string& why, const Clock& clock) {
  InboxResult result;
  result.outcome = InboxResult::Outcome::kSkipped;
  result.file_name = name;
  result.submitted_at = clock.NowText();
  result.reason = why + "; không đọc, để nguyên trong hộp thư";
  return result;
}

}  // namespace

std::string OutcomeLabel(InboxResult::Outcome outcome) {
  switch (outcome) {
    case InboxResult::Outcome::kAccepted: return "đã tiếp nhận";
    case InboxResult::Outcome::kPartial: return "tiếp nhận một phần";
    case InboxResult::Outcome::kRejected: return "bị từ chối";
    case InboxResult::Outcome::kDuplicate: return "đã nộp trước đó, không thay đổi";
    case InboxResult::Outcome::kBadName: return "bị từ chối (tên tệp sai mẫu)";
    case InboxResult::Outcome::kSkipped: return "bỏ qua";
  }
  return "";
}

std::string ToString(InboxResult::Outcome outcome) {
  switch (outcome) {
    case InboxResult::Outcome::kAccepted: return "accepted";
    case InboxResult::Outcome::kPartial: return "partial";
    case InboxResult::Outcome::kRejected: return "rejected";
    case InboxResult::Outcome::kDuplicate: return "duplicate";
    case InboxResult::Outcome::kBadName: return "bad_name";
    case InboxResult::Outcome::kSkipped: return "skipped";
  }
  return "";
}

InboxResult::Outcome ParseInboxOutcome(const std::string& text) {
  for (auto o : {InboxResult::Outcome::kAccepted, InboxResult::Outcome::kPartial, InboxResult::Outcome::kRejected,
                 InboxResult::Outcome::kDuplicate, InboxResult::Outcome::kBadName, InboxResult::Outcome::kSkipped})
    if (ToString(o) == text) return o;
  throw Error("Kết quả tệp nộp không hợp lệ trong cơ sở dữ liệu: " + Escaped(text));
}

std::vector<InboxResult> ProcessInbox(Database& db, const std::string& inbox_dir, const Clock& clock,
                                      RunLog& log, const InboxProgress& progress) {
  std::vector<InboxResult> results;
  const Listing listing = ListInbox(inbox_dir);
  if (listing.files.empty() && listing.skipped.empty()) return results;
  RequireOwnFolder(fs::path(inbox_dir) / "processed");
  RequireOwnFolder(fs::path(inbox_dir) / "rejected");
  for (const auto& name : listing.files) {
    results.push_back(ProcessOne(db, inbox_dir, name, clock, progress));
    const InboxResult& r = results.back();
    log.Write("Tệp " + Escaped(name) + ": " + OutcomeLabel(r.outcome) + (r.reason.empty() ? "" : " — " + OneLine(r.reason)) +
              " → " + OneLine(r.moved_to));
  }
  for (const auto& [name, why] : listing.skipped) {
    results.push_back(Skipped(name, why, clock));
    log.Write("Mục " + Escaped(name) + ": " + OutcomeLabel(InboxResult::Outcome::kSkipped) + " — " +
              results.back().reason);
  }
  return results;
}

}  // namespace baocao
