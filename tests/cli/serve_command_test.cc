// `baocao serve`'s options: the address to listen on, the upload cap, TLS files in pairs.
#include <catch2/catch.hpp>

#include "core/exit_codes.h"
#include "test_support.h"

namespace baocao::test {

TEST_CASE("serve: a malformed --listen is a usage error in Vietnamese") {
  TempDir dir;
  const auto r = RunCliCapture({"--db", dir.File("p.db"), "serve", "--listen", "localhost:http"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err ==
        "baocao: --listen \"localhost:http\" không đúng dạng ĐỊA_CHỈ:CỔNG (ví dụ 127.0.0.1:8080 hoặc 0.0.0.0:8443)\n");
}

TEST_CASE("serve: the upload cap must be 1 to 4096 MB, and TLS needs both files") {
  TempDir dir;
  auto r = RunCliCapture({"--db", dir.File("p.db"), "serve", "--max-upload-mb", "0"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "baocao: --max-upload-mb phải từ 1 đến 4096\n");
  r = RunCliCapture({"--db", dir.File("p.db"), "serve", "--listen", "127.0.0.1:0", "--tls-cert", dir.File("c.pem")});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "baocao: --tls-cert và --tls-key phải đi cùng nhau\n");
}

TEST_CASE("serve: --help lists the options") {
  const auto r = RunCliCapture({"serve", "--help"});
  CHECK(r.code == kExitOk);
  CHECK(r.out.find("--tls-cert") != std::string::npos);
  CHECK(r.out.find("--behind-proxy") != std::string::npos);
  CHECK(r.out.find("--max-upload-mb") != std::string::npos);
}

}  // namespace baocao::test
