// Reading the project's TOML files (rule packs, data-quality rules, jobs, report templates) into the
// program's values. Every mistake in such a file becomes an InputError `file:line:column: <Vietnamese>`
// pointing at the offending key or value; toml++'s English messages never reach an officer.
//
// ParseTomlFile parses a whole file; a TomlTable reads one table of it, remembering the file and a
// prefix naming the table (e.g. "chỉ tiêu X: ") that starts every message it raises.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"

namespace baocao {

// Parses path. A syntax error becomes InputError(path, its line, its column, why).
toml::table ParseTomlFile(const std::string& path, const std::string& why);

// 1-based line and column where node starts in its file.
int TomlLine(const toml::node& node);
int TomlColumn(const toml::node& node);

class TomlTable {
 public:
  // One string of a list, with its node (to point an error at it).
  struct StringItem {
    std::string value;
    const toml::node* node;
  };

  // where starts every message (e.g. "[outliers]: "); empty for the file's top level.
  TomlTable(std::string file, const toml::table& table, std::string where = "");

  // where + why, at node.
  [[noreturn]] void Fail(const toml::node& node, const std::string& why) const;
  // where + why, at the table itself.
  [[noreturn]] void Fail(const std::string& why) const;
  // where + why, at the at-th character inside node's basic string (after its opening quote).
  [[noreturn]] void FailInString(const toml::node& node, size_t at, const std::string& why) const;

  // Fails at the first key that is not in allowed, listing the allowed keys.
  void CheckKeys(const std::vector<std::string>& allowed) const;

  // The key's node; nullptr when it is absent.
  const toml::node* Get(const std::string& key) const;
  // The key's node; fails with "thiếu khóa" when it is absent.
  const toml::node& Required(const std::string& key) const;

  // A quoted string that is not blank.
  std::string String(const toml::node& node, const std::string& key) const;
  std::string String(const std::string& key) const;

  // A required non-empty array of quoted strings; shape ends "\"key\" phải là …" when it is not an
  // array or is empty (e.g. "một danh sách chuỗi, ví dụ [\"huyen\", \"xa\"]").
  std::vector<StringItem> StringItems(const std::string& key, const std::string& shape) const;
  std::vector<std::string> Strings(const std::string& key, const std::string& shape) const;

  // A required TOML date (unquoted) that exists; example is a date shown in the message.
  Date DateValue(const std::string& key, const std::string& example) const;

  // An integer from min to max; fails with why otherwise.
  int64_t Integer(const toml::node& node, int64_t min, int64_t max, const std::string& why) const;

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  const toml::table& table_;
  std::string where_;
};

}  // namespace baocao
