// The typed error of account management (src/auth/): what was refused and why, in Vietnamese.
//
// The command line turns every AccountError into exit 2 (a wrong value on the command line); the
// portal will turn each reason into its HTTP answer (kForbidden → 403, kUnknownAccount → 404, the
// rest → the form again with the message).
#pragma once

#include <string>

#include "core/errors.h"

namespace baocao {

class AccountError : public Error {
 public:
  enum class Reason {
    kBadLogin,         // a login that breaks the rule (credentials.h)
    kLoginTaken,       // an account with that login exists
    kUnknownAccount,   // no account with that login
    kBadUnit,          // a don_vi account without a unit of the catalog, or another role with one
    kWeakPassword,     // a new password that breaks the rules (credentials.h)
    kWrongPassword,    // the current password given to change it is wrong
    kLocked,           // too many failed logins: locked for a while
    kDisabled,         // the account is disabled
    kForbidden,        // the acting account may not do this (not an administrator)
  };
  AccountError(Reason reason, const std::string& message) : Error(message), reason_(reason) {}
  Reason reason() const { return reason_; }

 private:
  Reason reason_;
};

}  // namespace baocao
