#include "ingest/merged_cells.h"

#include <algorithm>
#include <string_view>

#include "core/text.h"
#include "ingest/cell_reference.h"
#include "ingest/problem.h"
#include "ingest/workbook_error.h"

namespace baocao {
namespace {

constexpr size_t kChunk = 256 * 1024;
constexpr size_t kMaxTag = 1024;  // `<x:mergeCell ref="AAA1048576:XFD1048576"/>` is 45 bytes
constexpr size_t kBack = 64;      // how far back the '<' of a prefixed name may be

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

// The value of attribute ref in the tag's text after its name, or nullopt.
std::optional<std::string_view> RefOf(std::string_view attributes) {
  for (size_t i = 0; i + 3 < attributes.size(); ++i) {
    if (attributes.compare(i, 3, "ref") != 0 || (i > 0 && !IsSpace(attributes[i - 1]))) continue;
    size_t k = i + 3;
    while (k < attributes.size() && IsSpace(attributes[k])) ++k;
    if (k == attributes.size() || attributes[k] != '=') continue;
    ++k;
    while (k < attributes.size() && IsSpace(attributes[k])) ++k;
    if (k == attributes.size() || (attributes[k] != '"' && attributes[k] != '\'')) continue;
    const size_t close = attributes.find(attributes[k], k + 1);
    if (close == std::string_view::npos) return std::nullopt;
    return attributes.substr(k + 1, close - k - 1);
  }
  return std::nullopt;
}

std::optional<CellRange> ParseRange(std::string_view written) {
  std::string ref;  // "$A$1:$B$2" reads as "A1:B2"
  for (const char c : written)
    if (c != '$') ref += c;
  const size_t colon = ref.find(':');
  const std::string_view r(ref);
  const auto first = ParseCellReference(r.substr(0, colon));
  const auto last = colon == std::string::npos ? first : ParseCellReference(r.substr(colon + 1));
  if (!first || !last) return std::nullopt;
  return CellRange{std::min(first->row, last->row), std::min(first->column, last->column),
                   std::max(first->row, last->row), std::max(first->column, last->column)};
}

std::string RangeName(const CellRange& r) {
  return CellName(r.top, r.left) + ":" + CellName(r.bottom, r.right);
}

}  // namespace

std::vector<CellRange> ScanMergedCells(const ZipArchive& zip, size_t index, const std::string& file,
                                       uint64_t max_part_bytes, size_t max_ranges, int max_columns) {
  std::vector<CellRange> ranges;
  std::string part = zip.EntryName(index);
  std::optional<ZipArchive::Entry> entry;
  try {
    entry.emplace(zip.Open(index));
  } catch (const ZipError& e) {
    throw WorkbookZipError(e, file, 0);
  }
  std::string buffer;
  size_t scan_from = 0;
  uint64_t total = 0;
  for (bool end = false; !end;) {
    const size_t old = buffer.size();
    buffer.resize(old + kChunk);
    size_t n = 0;
    try {
      n = entry->Read(buffer.data() + old, kChunk);
    } catch (const ZipError& e) {
      throw WorkbookZipError(e, file, 0);
    }
    buffer.resize(old + n);
    total += n;
    if (total > max_part_bytes)
      throw InputError(file, 0, 0,
                       OversizedWorkbookWhy("phần " + part + " giải nén ra hơn " + MebibyteText(max_part_bytes) +
                                            ", quá giới hạn"));
    end = n == 0;
    // A tag that begins before limit ends within the buffer (or the part ends there).
    const size_t limit = end ? buffer.size() : (buffer.size() > kMaxTag ? buffer.size() - kMaxTag : 0);
    const std::string_view text(buffer);
    for (size_t at = text.find("mergeCell", scan_from); at != std::string_view::npos && at < limit;
         at = text.find("mergeCell", at + 1)) {
      const size_t after = at + 9;
      if (after >= text.size() || !(IsSpace(text[after]) || text[after] == '/' || text[after] == '>')) continue;
      size_t lt = at;  // the '<' of the tag: right before the name, or before a prefix and ':'
      if (lt > 0 && text[lt - 1] == ':') {
        --lt;
        while (lt > 0 && at - lt < kBack && IsNameChar(text[lt - 1])) --lt;
      }
      if (lt == 0 || text[lt - 1] != '<') continue;
      const size_t gt = text.find('>', after);
      if (gt == std::string_view::npos || gt - at > kMaxTag) continue;  // no tag Excel writes
      const auto ref = RefOf(text.substr(after, gt - after));
      if (!ref) continue;
      const auto range = ParseRange(*ref);
      if (!range)
        throw DamagedWorkbook(file, 0, 0, "phần " + part + " có vùng ô gộp " + Quoted(*ref) + " không hợp lệ");
      if (range->left >= max_columns || (range->top == range->bottom && range->left == range->right)) continue;
      if (ranges.size() == max_ranges)
        throw InputError(file, 0, 0,
                         OversizedWorkbookWhy("phần " + part + " có hơn " +
                                              GroupedCount(static_cast<int64_t>(max_ranges)) + " vùng ô gộp"));
      ranges.push_back(*range);
    }
    // Keep what the next chunk may complete, and a little before it for a prefix's '<'.
    const size_t keep_from = limit > kBack ? limit - kBack : 0;
    buffer.erase(0, keep_from);
    scan_from = limit - keep_from;
  }
  std::sort(ranges.begin(), ranges.end(), [](const CellRange& a, const CellRange& b) {
    return a.top != b.top ? a.top < b.top : a.left < b.left;
  });
  return ranges;
}

MergedCellFill::MergedCellFill(std::shared_ptr<const std::vector<CellRange>> ranges, int max_columns,
                               std::string file, std::string part)
    : ranges_(std::move(ranges)),
      max_columns_(max_columns),
      file_(std::move(file)),
      part_(std::move(part)),
      covered_until_(static_cast<size_t>(max_columns), 0) {}

void MergedCellFill::Apply(int row, std::vector<std::string>& fields) {
  if (active_.empty() && next_ == ranges_->size()) return;
  active_.erase(std::remove_if(active_.begin(), active_.end(), [&](const Active& a) { return a.range.bottom < row; }),
                active_.end());
  for (; next_ < ranges_->size() && (*ranges_)[next_].top <= row; ++next_) {
    const CellRange& r = (*ranges_)[next_];
    if (r.bottom < row) continue;  // entirely in rows the file does not have
    const int right = std::min(r.right, max_columns_ - 1);
    for (int c = r.left; c <= right; ++c)
      if (covered_until_[static_cast<size_t>(c)] >= r.top)
        throw DamagedWorkbook(file_, row, r.left + 1,
                              "vùng ô gộp " + RangeName(r) + " chồng lên một vùng ô gộp khác trong phần " + part_);
    for (int c = r.left; c <= right; ++c) covered_until_[static_cast<size_t>(c)] = r.bottom;
    const size_t left = static_cast<size_t>(r.left);
    active_.push_back({r, r.top == row && left < fields.size() ? fields[left] : std::string()});
  }
  for (const Active& a : active_) {
    const size_t left = static_cast<size_t>(a.range.left);
    if (row > a.range.top) {
      if (fields.size() <= left) fields.resize(left + 1);
      fields[left] = a.value;
    }
    const size_t right = static_cast<size_t>(std::min(a.range.right, max_columns_ - 1));
    for (size_t c = left + 1; c <= right && c < fields.size(); ++c) fields[c].clear();
  }
}

}  // namespace baocao
