#include "generators/render.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "core/errors.h"
#include "core/sha256.h"
#include "core/text.h"
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
  return report.form + "_" + report.root + "_" + report.period.Label() + "." +
         FormatExtension(format);
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
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) throw Error("Không tạo được thư mục " + out_dir + ": " + ec.message());
  const std::string suffix = ".tmp-" + std::to_string(getpid());
  std::vector<std::string> temporaries;
  std::vector<Artifact> artifacts;
  try {
    for (Format f : formats) {
      const std::string final_path = (fs::path(out_dir) / ReportFileName(report, f)).string();
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
