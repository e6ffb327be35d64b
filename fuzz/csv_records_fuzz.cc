// Fuzz target: the CSV reader on arbitrary bytes (the whole input is the file).
//
// Besides memory and undefined-behaviour errors (ASan, UBSan), it checks the reader's promises: it
// ends, the only exception is an InputError (an unclosed quote) located on a row of the file, the
// delimiter is one of the three it detects, and record lines never go backwards.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/errors.h"
#include "fuzz_input.h"
#include "ingest/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static baocao::fuzz::MemoryFile file;
  file.Write(data, size);

  baocao::CsvReader csv(file.path());
  std::vector<std::string> fields;
  int last_line = 0;
  size_t bytes_in_fields = 0;
  try {
    while (csv.Next(fields)) {
      if (csv.line() < 1 || csv.line() < last_line) std::abort();  // rows go forward
      last_line = csv.line();
      if (fields.empty()) std::abort();  // a record has at least one field
      for (const auto& f : fields) bytes_in_fields += f.size();
      if (bytes_in_fields > size) std::abort();  // fields come from the input, nothing is invented
    }
  } catch (const baocao::InputError& e) {
    if (e.row() < 1) std::abort();  // an unclosed quote names the row where it opened
  }
  const char d = csv.delimiter();
  if (d != ',' && d != ';' && d != '\t') std::abort();
  return 0;
}
