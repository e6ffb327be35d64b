#include "generators/render.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "core/errors.h"
#include "core/sha256.h"
#include "core/text.h"
#include "core/unit_code.h"
#include "generators/json_writer.h"
#include "generators/pdf_writer.h"
#include "generators/xlsx_writer.h"

namespace baocao {
namespace fs = std::filesystem;

std::vector<Format> ParseFormats(const std::string& list) {
  std::vector<Format> formats;
  std::stringstream in(list);
  std::string item;
  while (std::getline(in, item, ',')) {
    const std::string name(Trim(item));
    Format f;
    if (name == "json") {
      f = Format::kJson;
    } else if (name == "xlsx") {
      f = Format::kXlsx;
    } else if (name == "pdf") {
      f = Format::kPdf;
    } else {
      throw UsageError("Định dạng \"" + name + "\" không hợp lệ (json, xlsx, pdf)");
    }
    bool seen = false;
    for (Format g : formats) seen = seen || g == f;
    if (!seen) formats.push_back(f);
  }
  if (formats.empty()) throw UsageError("Chưa chỉ ra định dạng báo cáo (json, xlsx, pdf)");
  return formats;
}

std::string FormatExtension(Format format) {
  switch (format) {
    case Format::kJson:
      return "json";
    case Format::kXlsx:
      return "xlsx";
    case Format::kPdf:
      return "pdf";
  }
  return "";
}

std::string ReportFileName(const Report& report, Format format) {
  if (!IsValidUnitCode(report.root))
    throw DataError("Không lập được tên tệp báo cáo: " + UnitCodeProblem(report.root) + "; không ghi tệp nào");
  return report.form + "_" + report.root + "_" + report.period.Label() + "." +
         FormatExtension(format);
}

std::string PathInFolder(const std::string& folder, const std::string& name) {
  if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos ||
      name.find('\0') != std::string::npos)
    throw DataError("Tệp \"" + name + "\" sẽ nằm ngoài thư mục " + folder + "; không ghi tệp nào");
  return (fs::path(folder) / name).string();
}

namespace {

// "<name>.<json|xlsx|pdf>.tmp-<pid>" -> pid; 0 when name is not a report's temporary.
pid_t TemporaryOwner(const std::string& name) {
  const size_t mark = name.rfind(".tmp-");
  if (mark == std::string::npos || mark + 5 == name.size() || name.size() - mark > 5 + 9) return 0;
  for (size_t i = mark + 5; i < name.size(); ++i)
    if (name[i] < '0' || name[i] > '9') return 0;
  const std::string stem = name.substr(0, mark);
  bool report = false;
  for (const char* ext : {".json", ".xlsx", ".pdf"})
    report = report || (stem.size() > std::string(ext).size() && stem.rfind(ext) == stem.size() - std::string(ext).size());
  return report ? static_cast<pid_t>(std::stol(name.substr(mark + 5))) : 0;
}

bool Alive(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

}  // namespace

int RemoveStaleTemporaries(const std::string& out_dir) {
  int removed = 0;
  std::error_code ec;
  for (fs::directory_iterator it(out_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const pid_t owner = TemporaryOwner(it->path().filename().string());
    if (owner <= 0 || owner == ::getpid() || Alive(owner) || !it->is_regular_file(ec)) continue;
    std::error_code remove_ec;
    if (fs::remove(it->path(), remove_ec)) ++removed;
  }
  return removed;
}

void WriteFormat(const Report& report, Format format, const std::string& templates_dir,
                 const std::string& path) {
  switch (format) {
    case Format::kJson:
      WriteJson(report, path);
      return;
    case Format::kXlsx:
      WriteXlsx(report, templates_dir, path);
      return;
    case Format::kPdf:
      WritePdf(report, templates_dir, path);
      return;
  }
}

std::string DefaultOutputDir() {
  if (const char* env = std::getenv("BAOCAO_OUTPUT"); env != nullptr && *env != '\0') return env;
  return std::string(BAOCAO_SOURCE_DIR) + "/output";
}

std::vector<Artifact> RenderReport(const Report& report, const std::vector<Format>& formats,
                                   const std::string& out_dir, const std::string& templates_dir) {
  std::vector<std::string> final_paths;  // checked before anything is created
  for (Format f : formats) final_paths.push_back(PathInFolder(out_dir, ReportFileName(report, f)));
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw Error("Không tạo được thư mục " + out_dir + ": " + ec.message());
  RemoveStaleTemporaries(out_dir);
  const std::string suffix = ".tmp-" + std::to_string(getpid());
  std::vector<std::string> temporaries;
  std::vector<Artifact> artifacts;
  try {
    for (size_t i = 0; i < formats.size(); ++i) {
      const Format f = formats[i];
      const std::string& final_path = final_paths[i];
      temporaries.push_back(final_path + suffix);
      WriteFormat(report, f, templates_dir, temporaries.back());
      artifacts.push_back({final_path, Sha256OfFile(temporaries.back()),
                           static_cast<uint64_t>(fs::file_size(temporaries.back()))});
    }
  } catch (...) {
    for (const auto& t : temporaries) fs::remove(t, ec);
    throw;
  }
  for (size_t i = 0; i < artifacts.size(); ++i) {
    fs::rename(temporaries[i], artifacts[i].path, ec);
    if (ec) throw Error("Không đổi tên được " + temporaries[i] + ": " + ec.message());
  }
  return artifacts;
}

}  // namespace baocao
