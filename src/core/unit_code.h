// Unit codes (ma_don_vi) and the file names made of them.
//
// A unit code becomes part of file names (`tthc_H30_2023-05.xlsx`, `dossiers_H01_2023-05.csv`), so it
// must be harmless as one: 1 to 64 characters, each an ASCII letter, a digit, `.`, `_` or `-`, the
// first a letter or a digit (never `.` or `-`). So `H01`, `000.00.31.H30`, `X-01_A` are codes;
// `a/b`, `..`, `../../x`, `-rf`, `H 01`, `Hòa` are not. Checked when units are ingested, on every
// `--unit`, on a job's `unit =` and on inbox file names.
#pragma once

#include <string>

namespace baocao {

constexpr size_t kMaxUnitCodeLength = 64;

bool IsValidUnitCode(const std::string& code);

// Why code is not a unit code, in Vietnamese ("mã đơn vị \"a/b\" không hợp lệ: …"); empty when it is.
std::string UnitCodeProblem(const std::string& code);

// The rule, for messages and help: "chỉ gồm chữ cái không dấu, chữ số, dấu . _ -, …".
const char* UnitCodeRule();

}  // namespace baocao
