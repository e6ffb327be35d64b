// libsodium, initialized once per process (sodium_init) before any of its functions is used: from
// whichever thread comes first, the others waiting for it.
#pragma once

namespace baocao {

// Initializes libsodium on the first call; later calls return at once. Throws Error (Vietnamese)
// when it cannot be initialized (no random source from the system).
void EnsureSodium();

}  // namespace baocao
