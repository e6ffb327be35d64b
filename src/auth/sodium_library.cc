#include "auth/sodium_library.h"

#include <sodium.h>

#include <mutex>

#include "core/errors.h"

namespace baocao {

void EnsureSodium() {
  static std::once_flag once;
  static bool ok = false;
  std::call_once(once, [] { ok = sodium_init() >= 0; });
  if (!ok)
    throw Error("không khởi tạo được thư viện mã hóa libsodium (hệ điều hành không cấp nguồn số ngẫu nhiên); "
                "hãy báo cho người quản trị hệ thống");
}

}  // namespace baocao
