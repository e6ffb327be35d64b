// What happens when logins fail: the answer slows down, then the account locks for a while.
//
// Each consecutive failed login of an account (a wrong password, or a wrong current password when
// changing it) makes the portal wait before answering: 1 s after the first, 2 s after the second, …
// (LoginResult::delay_seconds; the library never sleeps). The 5th consecutive failure locks the
// account for 15 minutes: until then every login is refused, even with the right password, without
// the password being checked. When the lock has passed the count starts again from 0. A successful
// login, a password reset (`baocao user passwd`) and `baocao user enable` clear the count and the
// lock. Every attempt, refused or not, is written to the audit log.
#pragma once

namespace baocao {

struct LoginPolicy {
  static constexpr int kMaxFailedLogins = 5;       // the failure that locks
  static constexpr int kLockMinutes = 15;          // how long
  static constexpr int kDelaySecondsPerFailure = 1;  // the answer's wait after n failures: n seconds
  static constexpr int kMaxDelaySeconds = 5;
};

}  // namespace baocao
