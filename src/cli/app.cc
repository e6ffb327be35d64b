#include "cli/app.h"

#include <filesystem>
#include <iostream>
#include <new>
#include <sstream>
#include <system_error>

#include <unistd.h>

#include "cli/command.h"
#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/system_error_text.h"
#include "core/text.h"
#include "store/database.h"

namespace baocao {
namespace po = boost::program_options;

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"submit", "Nộp tệp xuất dữ liệu (đơn vị, TTHC, hồ sơ, kỷ luật, xếp loại)", SubmitCommand},
      {"submissions", "Các lượt nộp đã ghi nhận; các dòng bị từ chối của một lượt", SubmissionsCommand},
      {"report", "Lập báo cáo (json, xlsx, pdf) cho một đơn vị và một kỳ", ReportCommand},
      {"status", "Tình hình nộp báo cáo của các đơn vị trong một kỳ", StatusCommand},
      {"check", "Kiểm tra chất lượng số liệu một kỳ: quy tắc, giá trị bất thường, tính kịp thời", CheckCommand},
      {"run", "Chạy một công việc định kỳ (jobs/*.toml)", RunCommand},
      {"history", "Lịch sử các lượt chạy", HistoryCommand},
      {"approve", "Phê duyệt số liệu một kỳ của một đơn vị và các đơn vị trực thuộc (khóa số liệu)", ApproveCommand},
      {"unapprove", "Rút phê duyệt số liệu một kỳ (cần lý do)", UnapproveCommand},
      {"user", "Tài khoản của cổng thông tin: tạo, cấp lại mật khẩu, vô hiệu hóa, mở lại, liệt kê", UserCommand},
      {"audit", "Nhật ký đăng nhập và thay đổi tài khoản", AuditCommand},
      {"serve", "Chạy cổng thông tin web: nộp dữ liệu, tình hình nộp, báo cáo, lịch sử, tài khoản", ServeCommand},
      {"chi-so", "Chỉ số 766: tính thử điểm một nhóm từ số liệu (tinh-diem)", ChiSoCommand},
  };
  return kCommands;
}

namespace {

// Boost's option errors say what is wrong in English: the same in Vietnamese, naming the option.
std::string OptionErrorText(const po::error& e) {
  std::string name;
  if (const auto* named = dynamic_cast<const po::error_with_option_name*>(&e)) name = named->get_option_name();
  if (dynamic_cast<const po::unknown_option*>(&e)) return "không có tùy chọn " + Escaped(name);
  if (dynamic_cast<const po::required_option*>(&e)) return "thiếu tùy chọn bắt buộc " + name;
  if (dynamic_cast<const po::multiple_occurrences*>(&e)) return "tùy chọn " + name + " chỉ được dùng một lần";
  if (dynamic_cast<const po::ambiguous_option*>(&e))
    return "tùy chọn " + Escaped(name) + " không rõ là tùy chọn nào: hãy viết đủ tên";
  if (const auto* syntax = dynamic_cast<const po::invalid_command_line_syntax*>(&e)) {
    if (syntax->kind() == po::invalid_syntax::missing_parameter) return "tùy chọn " + name + " cần một giá trị";
    if (syntax->kind() == po::invalid_syntax::extra_parameter) return "tùy chọn " + name + " không nhận giá trị";
    return "cú pháp dòng lệnh không hợp lệ ở " + Escaped(name);
  }
  if (dynamic_cast<const po::validation_error*>(&e)) return "giá trị của tùy chọn " + name + " không hợp lệ";
  if (dynamic_cast<const po::too_many_positional_options_error*>(&e)) return "thừa tham số trên dòng lệnh";
  return "dòng lệnh không hợp lệ";
}

}  // namespace

std::optional<po::variables_map> ParseOptions(CommandContext& ctx, const std::string& usage,
                                              po::options_description& options,
                                              const po::positional_options_description* positional) {
  options.add_options()("help,h", "hiện hướng dẫn này");
  po::variables_map vm;
  try {
    po::command_line_parser parser(ctx.args);
    parser.options(options);
    if (positional != nullptr) parser.positional(*positional);
    po::store(parser.run(), vm);
    if (vm.count("help")) {
      ctx.out << "Cách dùng: " << usage << "\n\n" << options << "\n";
      return std::nullopt;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError("Tùy chọn không hợp lệ: " + OptionErrorText(e) + "\nCách dùng: " + usage);
  }
  return vm;
}

namespace {

void PrintHelp(std::ostream& out) {
  out << "baocao — lập báo cáo cải cách hành chính (TTHC, dịch vụ công, kỷ luật, xếp loại)\n\n"
         "Cách dùng: baocao [--db TỆP] LỆNH [tùy chọn]   (baocao LỆNH --help để xem chi tiết)\n\n"
         "Tùy chọn chung:\n"
         "  --db TỆP      cơ sở dữ liệu (mặc định: $BAOCAO_DB hoặc "
      << DefaultDatabasePath()
      << ")\n"
         "  --help        hiện hướng dẫn này\n\nCác lệnh:\n";
  for (const auto& c : Commands()) {
    std::string name = c.name;
    name.resize(13, ' ');
    out << "  " << name << c.summary << "\n";
  }
}

int Dispatch(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db_path = DefaultDatabasePath();
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      PrintHelp(out);
      return kExitOk;
    } else if (a == "--db") {
      if (i + 1 >= args.size()) throw UsageError("--db cần tên tệp cơ sở dữ liệu");
      db_path = args[++i];
    } else if (a.rfind("--db=", 0) == 0) {
      db_path = a.substr(5);
    } else if (!a.empty() && a[0] == '-') {
      throw UsageError("Tùy chọn chung không hợp lệ: " + a + " (xem baocao --help)");
    } else {
      break;
    }
  }
  if (db_path.empty())  // SQLite would open a temporary database and throw everything away
    throw UsageError("--db không được để trống; bỏ --db để dùng $BAOCAO_DB hoặc data/baocao.db");
  if (i == args.size()) {
    PrintHelp(err);
    return kExitUsage;
  }
  for (const auto& c : Commands()) {
    if (args[i] == c.name) {
      CommandContext ctx{db_path, {args.begin() + i + 1, args.end()}, out, err,
                         &err == &std::cerr && isatty(STDERR_FILENO) == 1};
      try {
        return c.run(ctx);
      } catch (const std::exception& e) {  // SQLite's own errors, in English: told in Vietnamese
        if (auto database = ToDatabaseError(e, db_path)) throw *database;
        throw;
      }
    }
  }
  throw UsageError("Lệnh không tồn tại: " + args[i] + " (xem baocao --help)");
}

}  // namespace

int RunCli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return RunCli(args, std::cout, std::cerr);
}

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  try {
    return Dispatch(args, out, err);
  } catch (const UsageError& e) {
    err << "baocao: " << e.what() << "\n";
    return kExitUsage;
  } catch (const InputError& e) {
    err << e.what() << "\n";
    return kExitBadInput;
  } catch (const DataError& e) {
    err << "baocao: " << e.what() << "\n";
    return kExitBadInput;
  } catch (const LockedError& e) {
    err << "baocao: " << e.what() << "\n";
    return kExitLocked;
  } catch (const DatabaseError& e) {
    err << "baocao: " << e.what() << "\n";
    return e.exit_code();
  } catch (const std::filesystem::filesystem_error& e) {  // what() is English
    err << "baocao: lỗi: không thao tác được với " << Escaped(e.path1().string()) << ": "
        << SystemErrorText(e.code()) << "\n";
    return kExitFailure;
  } catch (const std::bad_alloc&) {
    err << "baocao: lỗi: hết bộ nhớ; hãy đóng bớt chương trình khác rồi chạy lại\n";
    return kExitFailure;
  } catch (const std::system_error& e) {  // what() is English
    err << "baocao: lỗi hệ thống: " << SystemErrorText(e.code()) << "\n";
    return kExitFailure;
  } catch (const Error& e) {  // our own errors are Vietnamese already
    err << "baocao: lỗi: " << e.what() << "\n";
    return kExitFailure;
  } catch (const std::exception& e) {  // a library's message, in English: said to be one
    err << "baocao: lỗi không lường trước, xin báo cho người quản trị hệ thống (chi tiết kỹ thuật "
           "bằng tiếng Anh: "
        << OneLine(e.what()) << ")\n";
    return kExitFailure;
  }
}

}  // namespace baocao
