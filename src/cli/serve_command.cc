#include <csignal>
#include <ostream>
#include <pthread.h>
#include <thread>

#include "cli/command.h"
#include "cli/option_checks.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "generators/report_template.h"
#include "jobs/clock.h"
#include "store/database.h"
#include "web/portal.h"

namespace baocao {
namespace po = boost::program_options;
namespace {

// HOST:PORT, [v6]:PORT or PORT alone (on 127.0.0.1).
void ParseListen(const std::string& text, web::PortalConfig& config) {
  const size_t colon = text.rfind(':');
  std::string host = colon == std::string::npos ? "127.0.0.1" : text.substr(0, colon);
  const std::string port = colon == std::string::npos ? text : text.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int value = -1;
  if (!port.empty() && port.size() <= 5 && port.find_first_not_of("0123456789") == std::string::npos)
    value = std::stoi(port);
  if (host.empty() || value < 0 || value > 65535)
    throw UsageError("--listen \"" + text + "\" không đúng dạng ĐỊA_CHỈ:CỔNG (ví dụ 127.0.0.1:8080 hoặc 0.0.0.0:8443)");
  config.host = host;
  config.port = value;
}

}  // namespace

int ServeCommand(CommandContext& ctx) {
  web::PortalConfig config;
  std::string listen = "127.0.0.1:8080";
  int max_upload_mb = 100;
  config.web_dir = web::DefaultWebDir();
  config.templates_dir = DefaultTemplatesDir();
  config.job_file = std::string(BAOCAO_SOURCE_DIR) + "/jobs/monthly.toml";
  po::options_description options("Tùy chọn của serve");
  options.add_options()
      ("listen", po::value(&listen)->default_value(listen), "địa chỉ và cổng nghe: 127.0.0.1:8080; 0.0.0.0:8443 cho mọi địa chỉ")
      ("tls-cert", po::value(&config.tls_cert), "chứng chỉ TLS (PEM): phục vụ HTTPS trực tiếp, cùng --tls-key")
      ("tls-key", po::value(&config.tls_key), "khóa riêng của chứng chỉ (PEM)")
      ("behind-proxy", po::bool_switch(&config.behind_proxy),
       "chạy sau reverse proxy trên cùng máy: địa chỉ người dùng lấy từ X-Forwarded-For, HTTPS từ X-Forwarded-Proto")
      ("max-upload-mb", po::value(&max_upload_mb)->default_value(max_upload_mb), "dung lượng tối đa của một tệp nộp (MB)")
      ("job", po::value(&config.job_file)->default_value(config.job_file), "công việc hằng tháng: hạn nộp (deadline_day) và thư mục kết quả")
      ("web", po::value(&config.web_dir)->default_value(config.web_dir), "thư mục trang web (templates/, static/)")
      ("templates", po::value(&config.templates_dir)->default_value(config.templates_dir), "thư mục mẫu báo cáo");
  const auto vm = ParseOptions(
      ctx, "baocao [--db TỆP] serve [--listen ĐỊA_CHỈ:CỔNG] [--tls-cert TỆP --tls-key TỆP] [--behind-proxy]", options);
  if (!vm) return kExitOk;
  RejectEmptyOptions(*vm);
  ParseListen(listen, config);
  if (max_upload_mb < 1 || max_upload_mb > 4096) throw UsageError("--max-upload-mb phải từ 1 đến 4096");
  config.max_upload_bytes = static_cast<size_t>(max_upload_mb) * 1024 * 1024;
  if (config.tls_cert.empty() != config.tls_key.empty()) throw UsageError("--tls-cert và --tls-key phải đi cùng nhau");
  config.db_path = ctx.db_path;
  { Database db(ctx.db_path); }  // creates the database and its schema when missing

  // SIGINT and SIGTERM (Ctrl+C, systemctl stop) stop the server from a thread of their own; every
  // thread the server starts inherits the mask and never sees them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigset_t previous;
  pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);
  struct RestoreMask {
    sigset_t mask;
    ~RestoreMask() { pthread_sigmask(SIG_SETMASK, &mask, nullptr); }
  } restore{previous};

  SystemClock clock;
  web::Portal portal(config, clock);
  const int port = portal.Bind();
  const std::string scheme = config.tls_cert.empty() ? "http" : "https";
  ctx.out << "Cổng thông tin baocao đang chạy tại " << scheme << "://" << config.host << ":" << port
          << "/ (Ctrl+C để dừng)" << std::endl;
  std::thread stopper([&portal, stop_signals] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    portal.Stop();
  });
  const bool ok = portal.Serve();
  if (stopper.joinable()) {
    pthread_kill(stopper.native_handle(), SIGTERM);  // wakes it when the server ended on its own
    stopper.join();
  }
  ctx.out << "Đã dừng cổng thông tin." << std::endl;
  return ok ? kExitOk : kExitFailure;
}

}  // namespace baocao
