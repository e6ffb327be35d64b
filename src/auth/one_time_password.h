// One-time passwords (mật khẩu dùng một lần): what `baocao user add` and `baocao user passwd` print,
// for an officer to read out or copy to a new user, who must change it at the first login.
//
// Four groups of four characters joined by '-' ("K7QM-3WXH-P9TE-RV4N"), each drawn uniformly by
// libsodium's randombytes from 32 characters that cannot be mistaken for another when read: the
// digits 2–9 and the capital letters without I and O (no 0/O, no 1/l/I). 16 × 5 = 80 bits.
#pragma once

#include <string>

namespace baocao {

inline constexpr const char* kOneTimePasswordAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

std::string NewOneTimePassword();

}  // namespace baocao
