// The portal's sessions, in memory: a random id in an HttpOnly cookie names a session that holds
// who logged in and the session's CSRF token. A restart of the portal logs everyone out.
//
// A session ends after `idle` without a request or `lifetime` after it began, at logout, or when a
// login replaces it (a new id at every login, so an id planted before the login is worth nothing).
// Before logging in, a visitor gets an anonymous session whose CSRF token protects the login form.
// The account itself is read again from the database on every request (it may have been disabled).
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace baocao::web {

struct Session {
  std::string id;
  std::string csrf;
  std::string login;  // "" before logging in
  std::chrono::steady_clock::time_point started;
  std::chrono::steady_clock::time_point last_seen;
};

class SessionStore {
 public:
  SessionStore(std::chrono::minutes idle, std::chrono::hours lifetime) : idle_(idle), lifetime_(lifetime) {}

  // A new session (anonymous when login is ""), with a fresh id and CSRF token.
  Session Start(const std::string& login);
  // The live session of id, touched; nullopt for an unknown or expired one (which is forgotten).
  std::optional<Session> Find(const std::string& id);
  void End(const std::string& id);
  // Ends every session of login (its password was reset or it was disabled).
  void EndAllOf(const std::string& login);

  std::chrono::seconds lifetime() const { return lifetime_; }

 private:
  bool Expired(const Session& s, std::chrono::steady_clock::time_point now) const;
  void Sweep(std::chrono::steady_clock::time_point now);

  std::chrono::minutes idle_;
  std::chrono::hours lifetime_;
  std::mutex mutex_;
  std::map<std::string, Session> sessions_;
  std::chrono::steady_clock::time_point last_sweep_{};
};

}  // namespace baocao::web
