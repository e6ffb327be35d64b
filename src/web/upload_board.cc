#include "web/upload_board.h"

#include <algorithm>

#include "web/random_token.h"

namespace baocao::web {

std::string ProgressJson(const UploadProgress& progress) {
  const std::string percent =
      progress.fraction_read
          ? std::to_string(static_cast<int>(std::clamp(*progress.fraction_read, 0.0, 1.0) * 100.0))
          : "null";
  return "{\"rows\":" + std::to_string(progress.rows_read) + ",\"percent\":" + percent +
         ",\"done\":" + (progress.done ? "true" : "false") + "}";
}

void UploadBoard::SetProgress(const std::string& session, const std::string& token, UploadProgress progress) {
  if (token.empty() || token.size() > 64) return;
  std::lock_guard lock(mutex_);
  const auto key = std::make_pair(session, token);
  if (progress_.find(key) == progress_.end()) {
    const auto of_session = std::count_if(progress_.begin(), progress_.end(),
                                          [&](const auto& e) { return e.first.first == session; });
    if (static_cast<size_t>(of_session) >= kMaxProgressPerSession) return;
  }
  progress_[key] = progress;
}

std::optional<UploadProgress> UploadBoard::Progress(const std::string& session, const std::string& token) {
  std::lock_guard lock(mutex_);
  const auto it = progress_.find({session, token});
  if (it == progress_.end()) return std::nullopt;
  return it->second;
}

void UploadBoard::EndProgress(const std::string& session, const std::string& token) {
  std::lock_guard lock(mutex_);
  progress_.erase({session, token});
}

std::string UploadBoard::KeepReceipt(const std::string& session, Receipt receipt) {
  std::string token = RandomToken();
  std::lock_guard lock(mutex_);
  receipts_.push_back({session, token, std::move(receipt)});
  // The oldest of this session beyond kKept goes; other sessions' receipts are kept.
  size_t of_session = 0;
  for (auto it = receipts_.rbegin(); it != receipts_.rend(); ++it)
    if (it->session == session) ++of_session;
  if (of_session > kKept) {
    const auto oldest = std::find_if(receipts_.begin(), receipts_.end(), [&](const Kept& k) { return k.session == session; });
    receipts_.erase(oldest);
  }
  while (receipts_.size() > kKeptInAll) receipts_.pop_front();
  return token;
}

std::optional<Receipt> UploadBoard::FindReceipt(const std::string& session, const std::string& token) {
  std::lock_guard lock(mutex_);
  for (const auto& k : receipts_)
    if (k.session == session && TokensEqual(k.token, token)) return k.receipt;
  return std::nullopt;
}

}  // namespace baocao::web
