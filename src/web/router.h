// The portal's routes and the checks every request passes before its page sees it.
//
// A route says who may use it (Access). For every request the router finds the session from the
// cookie; on a route that needs a login it reads the account again from the database (a disabled
// or removed account is logged out), sends an account that must change its password to
// /doi-mat-khau, and refuses with 403 a role the route is not for. Every POST must carry the
// session's CSRF token in the field `csrf` and, when the browser sends one, an Origin of this site.
// Errors a page throws become Vietnamese error pages (never a library's English message).
// Unit-level checks (may this account see unit X?) are the page's: auth/permissions.h.
#pragma once

#include <httplib.h>

#include <functional>
#include <map>
#include <string>

#include "web/request_context.h"

namespace baocao::web {

enum class Access {
  kAnyone,    // the login page, static files
  kSignedIn,  // any role
  kOffice,    // tong_hop and quan_tri: the runs, province-wide submissions
  kAdmin,     // quan_tri: accounts and the audit log
};

using Handler = std::function<void(RequestContext&)>;

// A multipart upload read as it arrives: fields (small) and one file, streamed to `file_sink`.
struct UploadParts {
  std::map<std::string, std::string> fields;
  std::string file_name;  // as the browser sent it
  size_t file_bytes = 0;
};
// Called for the file part's bytes; returns false to stop reading (too large, write failed).
using FileSink = std::function<bool(const char* data, size_t size)>;
// Prepares to receive a file (e.g. opens a private temporary file); returns its sink.
using FileSinkFactory = std::function<FileSink(RequestContext&)>;
using UploadHandler = std::function<void(RequestContext&, const UploadParts&, bool complete)>;

// Runs the checks of access (and CSRF when post); false when the request was answered already.
bool Admit(RequestContext& ctx, Access access, bool post, const std::string* csrf_field);
// Runs body, turning what it throws into an error page.
void Guarded(RequestContext& ctx, const std::function<void()>& body);

class Router {
 public:
  Router(httplib::Server& server, PortalServices& services) : server_(server), services_(services) {}

  void Get(const std::string& pattern, Access access, Handler handler);
  void Post(const std::string& pattern, Access access, Handler handler);
  // A multipart POST whose file streams to the sink; handler gets the parts and whether the whole
  // file was received. The CSRF field must come before the file part.
  void Upload(const std::string& pattern, Access access, FileSinkFactory sink, UploadHandler handler);

 private:
  // The handlers keep services_, never the router: it is gone once the routes are set.
  httplib::Server& server_;
  PortalServices& services_;
};

}  // namespace baocao::web
