// Fuzz target: the .xls reader (XlsFile: our compound-file and BIFF8 checks, then libfreexl) on
// arbitrary bytes (the whole input is the file; seeds: the .xls fixtures).
//
// Besides memory and undefined-behaviour errors (ASan, UBSan; libfreexl itself is not instrumented,
// but its allocations are watched: a leak or an allocation past -malloc_limit_mb is a finding), it
// checks the reader's promises: the only exception is an InputError naming the file, rows go
// forward within a table, every record is as wide as its sheet (at most 256 fields), no field is
// longer than 4096 bytes, the share read grows within 0…1 and is 1 at the end of the table.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/regular_file.h"
#include "fuzz_input.h"
#include "ingest/xls_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static baocao::fuzz::MemoryFile file;
  file.Write(data, size);
  try {
    baocao::RegularFile regular(file.path(), baocao::RegularFile::Links::kFollow);
    baocao::XlsFile xls(regular, "f.xls");
    std::vector<std::string> fields;
    for (size_t t = 0; t < xls.TableCount(); ++t) {
      for (int pass = 0; pass < 2; ++pass) {  // a table may be opened again
        auto source = xls.Open(t);
        int last_row = 0;
        double share = 0;
        try {
          while (source->Next(fields)) {
            if (source->row() <= last_row) std::abort();  // rows go forward
            last_row = source->row();
            const double now = source->FractionRead().value();
            if (now < share || now > 1.0) std::abort();
            share = now;
            if (fields.empty() || fields.size() > 256) std::abort();
            for (const auto& f : fields)
              if (f.size() > 4096) std::abort();
          }
          if (source->FractionRead() != 1.0) std::abort();
        } catch (const baocao::InputError& e) {
          if (e.file() != "f.xls" || e.row() < 1 || e.column() < 1) std::abort();
        }
      }
    }
  } catch (const baocao::InputError& e) {
    if (e.file() != "f.xls" && e.file() != file.path()) std::abort();
  }
  return 0;
}
