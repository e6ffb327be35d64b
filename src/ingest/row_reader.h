// Typed access to the fields of one data row, reporting every problem of the row at its column.
//
// Each getter checks one field (UTF-8, emptiness, type, enumeration) and, when it is wrong, adds a
// Problem with the row, the column and a Vietnamese message naming the column as the file wrote it;
// it then returns an empty value so that the caller can go on checking the other fields.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "ingest/columns.h"
#include "ingest/enums.h"
#include "ingest/problem.h"

namespace baocao {

class RowReader {
 public:
  RowReader(const HeaderMap& map, const std::vector<ColumnSpec>& specs,
            const std::vector<std::string>& fields, int row, Problems& errors);

  // False when the row has fewer fields than the header (or extra non-empty ones): reported once,
  // and the row is not read further.
  bool WellFormed();

  // Every Unicode space trimmed at both ends, inner space separators made ASCII spaces, NFC; empty
  // when absent. An error (and empty) for invalid UTF-8 or a control or format character (Unicode
  // Cc, Cf: NUL, TAB, U+200B, U+FEFF, …) anywhere in the field.
  std::string Text(int spec);
  std::string Required(int spec);  // as Text, and an error when empty
  // As Required, for a name in Vietnamese (ten_don_vi, ten_tthc, linh_vuc): also an error when the
  // text shows it was decoded with the wrong character set (core/text.h, FindGarbling).
  std::string RequiredName(int spec);
  std::optional<std::string> Enum(int spec, const Enumeration& e, bool required);
  std::optional<DateTime> When(int spec, bool required);
  // An integer in [min, max]; accepts thousands grouped with '.', ',' or spaces ("200.000"). A
  // number above max is refused naming the bound, followed by `per` ("đồng cho một hồ sơ").
  std::optional<int64_t> Integer(int spec, bool required, int64_t min, int64_t max,
                                 std::string_view per = {});
  // 1/0, có/không, true/false, x/empty; "-1", "01" or "1.0" are not 1.
  std::optional<bool> Flag(int spec);

  // Whether the field is absent or only white space; reports nothing (unlike Text).
  bool Empty(int spec) const { return Raw(spec).empty(); }

  // Adds a problem at the column of spec (or the whole row when spec < 0).
  void Fail(int spec, const std::string& message);
  bool ok() const { return errors_.size() == errors_before_; }
  int row() const { return row_; }
  int ColumnOf(int spec) const;

 private:
  std::string_view Raw(int spec) const;
  // The field cleaned as Text says, or nullopt once its problem is reported.
  std::optional<std::string> Clean(int spec, bool name);
  // A cleaned field that may not be empty: "" once its problem (Clean's, or its being empty) is
  // reported.
  std::string Filled(int spec, std::optional<std::string> text);
  // Text(spec), or Required(spec) when required, without a copy when the field is printable ASCII
  // (which Clean gives back as it is); otherwise kept in `storage`, which the view then points into.
  std::string_view TextView(int spec, bool required, std::string& storage);
  std::string Name(int spec) const;

  const HeaderMap& map_;
  const std::vector<ColumnSpec>& specs_;
  const std::vector<std::string>& fields_;
  int row_;
  Problems& errors_;
  size_t errors_before_;
};

// A record whose every cell is empty or white space: a blank line, as spreadsheets write it (`,,,,`).
bool IsBlankRecord(const std::vector<std::string>& fields);

}  // namespace baocao
