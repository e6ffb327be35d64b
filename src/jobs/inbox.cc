#include "jobs/inbox.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/errors.h"
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

std::vector<std::string> InboxFiles(const std::string& inbox_dir) {
  std::vector<std::string> names;
  std::error_code ec;
  if (!fs::is_directory(inbox_dir, ec)) return names;
  for (const auto& entry : fs::directory_iterator(inbox_dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && !name.empty() && name[0] != '.') names.push_back(name);
  }
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return std::make_pair(Rank(a), a) < std::make_pair(Rank(b), b);
  });
  return names;
}

// <folder>/<name>, or <folder>/<stem>.2<ext>, … when a file of that name is already there.
fs::path FreeName(const fs::path& folder, const std::string& name) {
  fs::path candidate = folder / name;
  const fs::path stem = fs::path(name).stem();
  const fs::path ext = fs::path(name).extension();
  for (int n = 2; fs::exists(candidate) || fs::exists(candidate.string() + ".bien_nhan.txt"); ++n)
    candidate = folder / (stem.string() + "." + std::to_string(n) + ext.string());
  return candidate;
}

void WriteText(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary);
    out << text;
    if (!out.flush()) throw Error("Không ghi được " + temporary);
  }
  std::error_code ec;
  fs::rename(temporary, path, ec);
  if (ec) throw Error("Không đổi tên được " + temporary + ": " + ec.message());
}

std::string RefusalText(const std::string& file, const std::string& now, const std::string& reason) {
  return "BIÊN NHẬN NỘP DỮ LIỆU\nTệp: " + file + "\nThời điểm nhận: " + now +
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
                      InboxResult& result) {
  SubmitRequest request;
  request.kind = name.kind;
  request.file = path;
  request.now = clock.NowText();
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
    if (!receipt.errors.empty()) result.reason = receipt.errors.front().Format(result.file_name);
    return receipt.Text();
  } catch (const UsageError& e) {  // e.g. a unit that is not in the catalog
    result.outcome = InboxResult::Outcome::kRejected;
    result.submitted_at = request.now;
    result.reason = e.what();
    return RefusalText(path, request.now, e.what());
  } catch (const InputError& e) {  // the file cannot be opened
    result.outcome = InboxResult::Outcome::kRejected;
    result.submitted_at = request.now;
    result.reason = e.what();
    return RefusalText(path, request.now, e.what());
  }
}

InboxResult ProcessOne(Database& db, const fs::path& inbox, const std::string& file_name, const Clock& clock) {
  InboxResult result;
  result.file_name = file_name;
  const std::string path = (inbox / file_name).string();
  std::string why;
  std::string receipt;
  if (const auto name = ParseInboxFileName(file_name, &why)) {
    result.kind = ToString(name->kind);
    result.unit = name->unit;
    result.period = name->period;
    receipt = SubmitOne(db, path, *name, clock, result);
  } else {
    result.outcome = InboxResult::Outcome::kBadName;
    result.submitted_at = clock.NowText();
    result.reason = why;
    receipt = RefusalText(path, result.submitted_at, why);
  }
  const fs::path folder = inbox / (result.rejected() ? "rejected" : "processed");
  fs::create_directories(folder);
  const fs::path destination = FreeName(folder, file_name);
  result.moved_to = destination.string();
  result.receipt = destination.string() + ".bien_nhan.txt";
  WriteText(result.receipt, receipt);
  std::error_code ec;
  fs::rename(path, destination, ec);
  if (ec) throw Error("Không chuyển được " + path + " sang " + destination.string() + ": " + ec.message());
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
  }
  return "";
}

InboxResult::Outcome ParseInboxOutcome(const std::string& text) {
  for (auto o : {InboxResult::Outcome::kAccepted, InboxResult::Outcome::kPartial, InboxResult::Outcome::kRejected,
                 InboxResult::Outcome::kDuplicate, InboxResult::Outcome::kBadName})
    if (ToString(o) == text) return o;
  throw Error("Kết quả tệp nộp không hợp lệ trong cơ sở dữ liệu: " + text);
}

std::vector<InboxResult> ProcessInbox(Database& db, const std::string& inbox_dir, const Clock& clock,
                                      RunLog& log) {
  std::vector<InboxResult> results;
  for (const auto& name : InboxFiles(inbox_dir)) {
    results.push_back(ProcessOne(db, inbox_dir, name, clock));
    const InboxResult& r = results.back();
    log.Write("Tệp " + name + ": " + OutcomeLabel(r.outcome) + (r.reason.empty() ? "" : " — " + r.reason) +
              " → " + r.moved_to);
  }
  return results;
}

}  // namespace baocao
