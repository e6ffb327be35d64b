// A streaming reader of CSV exports as departments really produce them.
//
// RFC 4180 quoting (delimiters, quotes and line breaks inside quoted fields); UTF-8 with or without
// a byte-order mark; CRLF, LF or CR line ends (a CRLF inside a quoted field reads as LF, so the same
// data gives the same fields whatever the line ends); comma, semicolon or tab delimiter, detected
// from the header line. Blank lines are skipped. Memory stays flat: the file is read in fixed chunks
// and one record is held at a time, never more than the limits below allow (a record that breaks a
// limit is refused as soon as the limit is passed, without reading the rest of it).
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "ingest/record_source.h"

namespace baocao {

// What one record may hold. The exports of SPEC §2 have at most a few dozen columns of short codes,
// dates and names (a procedure's name, the longest, is a few hundred characters), so these leave
// ample room while a hostile file cannot make the reader hold more than about 64 KiB.
struct CsvLimits {
  size_t max_fields = 256;             // fields (columns) per record
  size_t max_field_bytes = 4096;       // bytes in one field, after unquoting
  size_t max_record_bytes = 64 * 1024;  // bytes in one record as written, its line end excluded
};

// The delimiter of a file, chosen from its header line: counting ',', ';' and tab outside quotes on
// the first line (each quote toggles quoting), no further than max_bytes bytes, it is ';' when ';'
// outnumbers ',' and is at least as frequent as tab, tab when tab outnumbers both, else ','. Fed one
// byte at a time, so that the encoding scan (ingest/text_encoding.h) counts exactly as CsvReader does.
class DelimiterVote {
 public:
  explicit DelimiterVote(size_t max_bytes) : max_bytes_(max_bytes) {}
  // Counts the next byte; returns false once the header line has ended (or max_bytes were seen):
  // that byte and later ones do not count.
  bool Add(unsigned char c);
  bool done() const { return done_; }
  char delimiter() const;

 private:
  size_t max_bytes_;
  size_t seen_ = 0;
  bool done_ = false;
  bool quoted_ = false;
  size_t comma_ = 0, semicolon_ = 0, tab_ = 0;
};

class CsvReader : public RecordSource {
 public:
  // Opens path; throws InputError naming the file when it cannot be read. name, when given, names
  // the file in messages instead of path (a file read through RegularFile::ReadPath()).
  explicit CsvReader(const std::string& path, CsvLimits limits = {}, const std::string& name = "");
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the next record into fields; returns false at the end of the file.
  // Throws InputError (file:line[:column]) for a quoted field that is never closed and for a record
  // that breaks one of the limits (naming the limit); the rest of the file is then not read.
  bool Next(std::vector<std::string>& fields) override;

  // The physical line (1-based) on which the last record read begins: the row in error messages.
  int line() const { return record_line_; }
  int row() const override { return record_line_; }
  // The bytes before the next record over the file's size (1 for an empty file; nullopt when the
  // size could not be read).
  std::optional<double> FractionRead() const override;
  char delimiter() const { return delimiter_; }
  const std::string& path() const { return path_; }
  const CsvLimits& limits() const { return limits_; }

 private:
  bool Fill();
  int Peek();
  int Get();
  void DetectDelimiter();

  struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };

  [[noreturn]] void Refuse(int column, const std::string& why) const;

  std::string path_;
  CsvLimits limits_;
  std::unique_ptr<std::FILE, FileCloser> file_;
  std::vector<char> buffer_;
  std::optional<uint64_t> size_;  // the file's size when opened
  uint64_t buffer_offset_ = 0;    // where buffer_[0] is in the file
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  char delimiter_ = ',';
  int line_ = 1;
  int record_line_ = 0;
};

}  // namespace baocao
