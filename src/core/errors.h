// Typed errors raised at the program's boundary.
//
// Every error that an officer may see carries its message in Vietnamese. An InputError also names
// where the problem is (file, row, column) and formats as `file:row:column: message`, like a compiler.
// The CLI turns each type into a message on stderr and the exit code of exit_codes.h.
#pragma once

#include <stdexcept>
#include <string>

namespace baocao {

// Base of every error the program raises on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Wrong use of the command line or of an option's value.
class UsageError : public Error {
 public:
  using Error::Error;
};

// A problem in an input file. row and column are 1-based; 0 means "not known / whole file / whole row".
class InputError : public Error {
 public:
  InputError(std::string file, int row, int column, std::string why);
  const std::string& file() const { return file_; }
  int row() const { return row_; }
  int column() const { return column_; }
  const std::string& why() const { return why_; }

 private:
  std::string file_;
  int row_;
  int column_;
  std::string why_;
};

// Formats `file:row:column: why`, leaving out row and column when they are 0.
std::string FormatLocation(const std::string& file, int row, int column, const std::string& why);

// Data that contradicts itself (e.g. the flow balance of SPEC §4 fails): refuse to print.
class DataError : public Error {
 public:
  using Error::Error;
};

// Another run holds the lock.
class LockedError : public Error {
 public:
  using Error::Error;
};

// The database cannot be used: busy past the wait, read-only, not a database, damaged, disk full.
// The message (Vietnamese) names the file and what to do; raw SQLite text never reaches an officer.
class DatabaseError : public Error {
 public:
  enum class Reason { kBusy, kReadOnly, kNotADatabase, kCorrupt, kFull, kCannotOpen, kDiskIo, kOther };
  DatabaseError(Reason reason, const std::string& message) : Error(message), reason_(reason) {}
  Reason reason() const { return reason_; }
  // 4 busy (another submit or run holds the database), 2 not a database (a wrong --db), else 1.
  int exit_code() const;

 private:
  Reason reason_;
};

}  // namespace baocao

