#include "web/router.h"

#include <filesystem>
#include <iostream>

#include "auth/account_error.h"
#include "auth/accounts.h"
#include "auth/permissions.h"
#include "core/errors.h"
#include "core/system_error_text.h"
#include "core/text.h"
#include "web/random_token.h"
#include "web/upload_file.h"

namespace baocao::web {
namespace {

constexpr const char* kStaleForm =
    "Biểu mẫu đã cũ hoặc phiên làm việc đã hết hạn. Hãy tải lại trang rồi thực hiện lại.";
constexpr size_t kMaxFieldBytes = 4096;

// The Origin a browser sends with a POST must be this site (the Host it asked for).
bool SameOrigin(const RequestContext& ctx) {
  const std::string origin = ctx.req.get_header_value("Origin");
  if (origin.empty() || origin == "null") return origin.empty();
  const std::string host = ctx.req.get_header_value("Host");
  return origin == "http://" + host || origin == "https://" + host;
}

}  // namespace

bool Admit(RequestContext& ctx, Access access, bool post, const std::string* csrf_field) {
  if (post) {
    if (!SameOrigin(ctx)) {
      ctx.Fail(403, kStaleForm);
      return false;
    }
    if (csrf_field != nullptr && (!ctx.session || !TokensEqual(*csrf_field, ctx.session->csrf))) {
      ctx.Fail(403, kStaleForm);
      return false;
    }
  }
  if (access == Access::kAnyone) return true;
  if (!ctx.session || ctx.session->login.empty()) {
    if (post) ctx.Fail(403, "Phiên làm việc đã hết. Hãy đăng nhập lại.");
    else ctx.Redirect("/dang-nhap");
    return false;
  }
  ctx.account = Accounts(ctx.db()).Find(ctx.session->login);
  if (!ctx.account || ctx.account->disabled) {
    ctx.account.reset();
    ctx.EndSession();
    if (post) ctx.Fail(403, "Tài khoản đã bị vô hiệu hóa hoặc không còn. Hãy liên hệ người quản trị.");
    else ctx.Redirect("/dang-nhap");
    return false;
  }
  if (ctx.account->must_change_password && ctx.req.path != "/doi-mat-khau" && ctx.req.path != "/dang-xuat") {
    ctx.Redirect("/doi-mat-khau");
    return false;
  }
  if (access == Access::kOffice && !MaySeeRuns(*ctx.account)) {
    ctx.Forbidden("trang này (chỉ dành cho bộ phận tổng hợp)");
    return false;
  }
  if (access == Access::kAdmin && !MayManageAccounts(*ctx.account)) {
    ctx.Forbidden("trang quản lý tài khoản (chỉ dành cho người quản trị)");
    return false;
  }
  return true;
}

void Guarded(RequestContext& ctx, const std::function<void()>& body) {
  try {
    body();
  } catch (const AccountError& e) {
    const int status = e.reason() == AccountError::Reason::kForbidden        ? 403
                       : e.reason() == AccountError::Reason::kUnknownAccount ? 404
                                                                              : 400;
    ctx.Fail(status, e.what());
  } catch (const UsageError& e) {
    ctx.Fail(400, e.what());
  } catch (const InputError& e) {
    ctx.Fail(400, e.what());
  } catch (const DataError& e) {
    ctx.Fail(500, std::string("Số liệu không nhất quán, chưa lập được: ") + e.what());
  } catch (const LockedError& e) {
    ctx.Fail(409, e.what());
  } catch (const DatabaseError& e) {
    ctx.Fail(503, e.what());
  } catch (const std::filesystem::filesystem_error& e) {
    std::cerr << "baocao serve: " << ctx.req.method << " " << ctx.req.path << ": " << OneLine(e.what()) << "\n";
    ctx.Fail(500, "Máy chủ không thao tác được với tệp: " + SystemErrorText(e.code()) +
                      ". Hãy báo cho người quản trị hệ thống.");
  } catch (const Error& e) {
    ctx.Fail(500, e.what());
  } catch (const std::exception& e) {
    if (auto database = ToDatabaseError(e, ctx.services.config.db_path)) {
      ctx.Fail(503, database->what());
      return;
    }
    std::cerr << "baocao serve: " << ctx.req.method << " " << ctx.req.path << ": " << OneLine(e.what()) << "\n";
    ctx.Fail(500, "Lỗi không lường trước ở máy chủ. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị hệ thống "
                  "(chi tiết đã ghi vào nhật ký của máy chủ).");
  }
}

void Router::Get(const std::string& pattern, Access access, Handler handler) {
  server_.Get(pattern, [services = &services_, access, handler](const httplib::Request& req, httplib::Response& res) {
    RequestContext ctx(*services, req, res);
    Guarded(ctx, [&] {
      if (Admit(ctx, access, false, nullptr)) handler(ctx);
    });
  });
}

void Router::Post(const std::string& pattern, Access access, Handler handler) {
  server_.Post(pattern, [services = &services_, access, handler](const httplib::Request& req, httplib::Response& res) {
    RequestContext ctx(*services, req, res);
    Guarded(ctx, [&] {
      const std::string csrf = ctx.Param("csrf");
      if (Admit(ctx, access, true, &csrf)) handler(ctx);
    });
  });
}

void Router::Upload(const std::string& pattern, Access access, FileSinkFactory make_sink, UploadHandler handler) {
  server_.Post(pattern, [services = &services_, access, make_sink, handler](const httplib::Request& req, httplib::Response& res,
                                                           const httplib::ContentReader& content_reader) {
    RequestContext ctx(*services, req, res);
    Guarded(ctx, [&] {
      if (!Admit(ctx, access, true, nullptr)) return;
      if (!req.is_multipart_form_data()) {
        ctx.Fail(400, "Yêu cầu nộp tệp không đúng dạng (cần multipart/form-data). Hãy nộp từ trang Nộp dữ liệu.");
        return;
      }
      UploadParts parts;
      std::string current;
      bool in_file = false;
      bool seen_file = false;
      bool csrf_refused = false;
      bool field_too_long = false;
      FileSink sink;
      const bool complete = content_reader(
          [&](const httplib::MultipartFormData& part) {
            current = part.name;
            in_file = !part.filename.empty() || part.name == "file";
            if (!in_file) return true;
            if (seen_file) return false;  // one file a request
            seen_file = true;
            const auto csrf = parts.fields.find("csrf");
            if (csrf == parts.fields.end() || !TokensEqual(csrf->second, ctx.csrf())) {
              csrf_refused = true;
              return false;
            }
            parts.file_name = part.filename;
            sink = make_sink(ctx);
            return static_cast<bool>(sink);
          },
          [&](const char* data, size_t size) {
            if (in_file) {
              parts.file_bytes += size;
              return sink(data, size);
            }
            std::string& value = parts.fields[current];
            if (value.size() + size > kMaxFieldBytes) {
              field_too_long = true;
              return false;
            }
            value.append(data, size);
            return true;
          });
      if (!seen_file && res.status == 413) {  // httplib skipped a body over its payload limit unread
        ctx.Fail(413, TooLargeMessage(ctx.services.config.max_upload_bytes));
        return;
      }
      if (csrf_refused || (!seen_file && !TokensEqual(parts.fields["csrf"], ctx.csrf()))) {
        ctx.Fail(403, kStaleForm);
        return;
      }
      if (field_too_long) {
        ctx.Fail(400, "Một trường của biểu mẫu dài quá 4096 byte.");
        return;
      }
      handler(ctx, parts, complete && seen_file);
    });
  });
}

}  // namespace baocao::web
