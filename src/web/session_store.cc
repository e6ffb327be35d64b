#include "web/session_store.h"

#include <algorithm>
#include <cctype>

#include "web/random_token.h"

namespace baocao::web {

Session SessionStore::Start(const std::string& login) {
  const auto now = std::chrono::steady_clock::now();
  Session s{RandomToken(), RandomToken(), login, now, now};
  std::lock_guard lock(mutex_);
  Sweep(now);
  sessions_[s.id] = s;
  return s;
}

std::optional<Session> SessionStore::Find(const std::string& id) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  const auto it = sessions_.find(id);
  if (it == sessions_.end()) return std::nullopt;
  if (Expired(it->second, now)) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_seen = now;
  return it->second;
}

void SessionStore::End(const std::string& id) {
  std::lock_guard lock(mutex_);
  sessions_.erase(id);
}

void SessionStore::EndAllOf(const std::string& login) {
  std::lock_guard lock(mutex_);
  std::erase_if(sessions_, [&](const auto& entry) {
    const std::string& l = entry.second.login;
    return l.size() == login.size() &&
           std::equal(l.begin(), l.end(), login.begin(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
  });
}

bool SessionStore::Expired(const Session& s, std::chrono::steady_clock::time_point now) const {
  return now - s.last_seen > idle_ || now - s.started > lifetime_;
}

void SessionStore::Sweep(std::chrono::steady_clock::time_point now) {
  if (now - last_sweep_ < std::chrono::minutes(1)) return;
  last_sweep_ = now;
  std::erase_if(sessions_, [&](const auto& entry) { return Expired(entry.second, now); });
}

}  // namespace baocao::web
