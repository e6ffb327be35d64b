// Sums of counts and amounts that fail loudly instead of wrapping.
//
// Submit bounds every stored count and amount (README, "Limits"), so real sums stay far below
// 2^63; a database filled before those bounds, or by other means, may still hold values whose sum
// does not fit. Signed overflow would be undefined behaviour and print nonsense totals: CheckedAdd
// throws a DataError in Vietnamese instead, and the report is refused (exit 3).
#pragma once

#include <cstdint>

namespace baocao {

// a + b; throws DataError when it does not fit in 64 bits.
int64_t CheckedAdd(int64_t a, int64_t b);

// total += n, checked.
inline void AddTo(int64_t& total, int64_t n) { total = CheckedAdd(total, n); }

}  // namespace baocao
