// Rendering a computed Report into files: the formats, the file names of SPEC §5, and writing
// every file to a temporary name first so that a reader never sees half a report.
//
// File names carry form, unit code and period: `tthc_H30_2023-05.xlsx` — never a raw unit name, and
// never a path: a report whose unit code is not one (core/unit_code.h) is refused, and every file is
// written directly inside its folder. RenderReport writes each requested format to
// `<name>.tmp-<pid>` in out_dir and renames all of them into place only after every one was written;
// on failure the temporaries are removed and the files that were in place before stay untouched. A
// process killed meanwhile (e.g. by a file-size limit) cannot remove its temporaries: the next
// RenderReport into the same folder removes those whose process is gone.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "indicators/report.h"

namespace baocao {

enum class Format { kJson, kXlsx, kPdf };

// "json,xlsx,pdf" (any order, any subset, spaces allowed) -> formats in the order given.
// Throws UsageError (Vietnamese) for an unknown or empty format.
std::vector<Format> ParseFormats(const std::string& list);
std::string FormatExtension(Format format);  // "json" | "xlsx" | "pdf"

// `<form>_<root unit>_<period label>.<ext>`, e.g. tthc_H30_2023-05.xlsx. Throws DataError when the
// root is not a unit code (a database filled before codes were checked): such a name could leave
// its folder.
std::string ReportFileName(const Report& report, Format format);

// folder/name, where name must be one plain file name (not empty, `.` or `..`, no `/`), so that the
// path lies inside folder. Throws DataError otherwise.
std::string PathInFolder(const std::string& folder, const std::string& name);

// Removes from out_dir the temporaries `<report>.<json|xlsx|pdf>.tmp-<pid>` whose process no longer
// exists (a report killed before it could clean up); returns how many. A live process's are kept.
int RemoveStaleTemporaries(const std::string& out_dir);

// Writes one format to path (no temporary; callers that need atomicity use RenderReport or write to
// a temporary name themselves). Throws Error on failure.
void WriteFormat(const Report& report, Format format, const std::string& templates_dir,
                 const std::string& path);

struct Artifact {
  std::string path;    // final path
  std::string sha256;  // of the file's bytes
  uint64_t bytes = 0;
};

// The default output folder: $BAOCAO_OUTPUT if set, else <project>/output.
std::string DefaultOutputDir();

// Writes every format into out_dir (created if missing), all-or-nothing as described above.
std::vector<Artifact> RenderReport(const Report& report, const std::vector<Format>& formats,
                                   const std::string& out_dir, const std::string& templates_dir);

}  // namespace baocao
