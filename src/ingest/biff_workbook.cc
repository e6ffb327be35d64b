#include "ingest/biff_workbook.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cmath>
#include <cstring>
#include <set>

#include "core/text.h"

namespace baocao {
namespace {

constexpr uint16_t kBof = 0x0809, kEof = 0x000A, kFilePass = 0x002F, kDateMode = 0x0022, kBoundSheet = 0x0085,
                   kFormat = 0x041E, kXf = 0x00E0, kSst = 0x00FC, kContinue = 0x003C, kDimension = 0x0200,
                   kNumber = 0x0203, kRk = 0x027E, kMulRk = 0x00BD, kBoolErr = 0x0205, kLabel = 0x0204,
                   kLabelSst = 0x00FD, kRString = 0x00D6, kFormula = 0x0006, kString = 0x0207, kBlank = 0x0201,
                   kMulBlank = 0x00BE;
constexpr size_t kMaxRecord = 8224;   // BIFF8's longest record (freexl's record buffer)
constexpr size_t kMaxXf = 8192;       // freexl's XF table
constexpr uint32_t kMaxSst = 1u << 20;  // freexl refuses more shared strings

[[noreturn]] void Refuse(BiffProblem problem) { throw BiffRefused{problem}; }
[[noreturn]] void Damaged() { Refuse(BiffProblem::kDamaged); }

uint16_t U16(std::string_view d, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(d[at]) | static_cast<unsigned char>(d[at + 1]) << 8);
}
uint32_t U32(std::string_view d, size_t at) { return U16(d, at) | static_cast<uint32_t>(U16(d, at + 2)) << 16; }
double F64(std::string_view d, size_t at) {
  uint64_t bits = 0;
  for (int i = 7; i >= 0; --i) bits = bits << 8 | static_cast<unsigned char>(d[at + i]);
  double v;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

// Characters of a BIFF8 string: 8-bit (the low byte of UTF-16: Latin-1) or UTF-16LE, appended as
// UTF-8; a surrogate pair split across two calls is kept in `high`.
void AppendChars(std::string& out, std::string_view d, size_t at, size_t count, bool wide, char32_t& high) {
  for (size_t i = 0; i < count; ++i) {
    char32_t c = wide ? U16(d, at + 2 * i) : static_cast<unsigned char>(d[at + i]);
    if (high != 0) {
      if (c >= 0xDC00 && c <= 0xDFFF) {
        AppendUtf8(out, 0x10000 + ((high - 0xD800) << 10) + (c - 0xDC00));
        high = 0;
        continue;
      }
      AppendUtf8(out, 0xFFFD);
      high = 0;
    }
    if (c >= 0xD800 && c <= 0xDBFF) {
      high = c;
    } else {
      AppendUtf8(out, c >= 0xDC00 && c <= 0xDFFF ? 0xFFFD : c);
    }
  }
}

struct Record {
  uint16_t type;
  size_t offset;  // of its header in the stream
  std::string_view data;
};

std::vector<Record> SplitRecords(std::string_view stream) {
  std::vector<Record> records;
  size_t at = 0;
  while (at + 4 <= stream.size()) {
    const uint16_t type = U16(stream, at);
    const uint16_t size = U16(stream, at + 2);
    if (type == 0 && size == 0) break;  // zero padding: freexl stops here too
    if (size > kMaxRecord || at + 4 + size > stream.size()) Damaged();
    records.push_back({type, at, stream.substr(at + 4, size)});
    at += 4 + size;
  }
  return records;
}

// freexl's own test of a FORMAT code (check_format): counts the letters y, m, d, h, s anywhere.
bool FreexlDateCode(const std::string& code) {
  int y = 0, m = 0, d = 0, h = 0;
  for (const char c : code) {
    switch (c) {
      case 'y': case 'Y': ++y; break;
      case 'm': case 'M': ++m; break;
      case 'd': case 'D': ++d; break;
      case 'h': case 'H': ++h; break;
      default: break;
    }
  }
  return (y && m && d && h) || (y && m) || (m && d);
}

// An XLUnicodeString (cch, flags, characters) inside one record, at `at`. Returns the text.
std::string UnicodeString(std::string_view d, size_t at, uint16_t cch) {
  if (at >= d.size()) Damaged();
  const uint8_t flags = static_cast<uint8_t>(d[at]);
  if ((flags & ~1) != 0) Damaged();
  const bool wide = flags & 1;
  if (at + 1 + static_cast<size_t>(cch) * (wide ? 2 : 1) > d.size()) Damaged();
  std::string out;
  char32_t high = 0;
  AppendChars(out, d, at + 1, cch, wide, high);
  if (high != 0) AppendUtf8(out, 0xFFFD);
  return out;
}

class Reader {
 public:
  explicit Reader(std::string_view stream) : records_(SplitRecords(stream)) {}

  BiffWorkbook Read() {
    if (records_.empty()) Damaged();
    ReadGlobals();
    while (next_ < records_.size()) ReadSheet();
    for (const auto& sheet : sheet_at_)
      if (!sheet.second.seen) Damaged();
    if (cells_ > std::max<uint64_t>(kMinCells, kCellsPerRecord * cell_records_)) Refuse(BiffProblem::kTooManyCells);
    for (auto& sheet : book_.sheets) {
      std::stable_sort(sheet.cells.begin(), sheet.cells.end(), [](const BiffCell& a, const BiffCell& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
      });
      for (size_t i = 1; i < sheet.cells.size(); ++i)  // freexl leaks a repeated cell's text
        if (sheet.cells[i].row == sheet.cells[i - 1].row && sheet.cells[i].column == sheet.cells[i - 1].column)
          Damaged();
    }
    return std::move(book_);
  }

 private:
  struct SheetRef {
    size_t index;
    bool seen = false;
  };

  void ReadGlobals() {
    const Record& bof = records_[0];
    if (bof.type == 0x0009 || bof.type == 0x0209 || bof.type == 0x0409) Refuse(BiffProblem::kBiffOld);
    if (bof.type != kBof || bof.data.size() < 4) Damaged();
    if (U16(bof.data, 0) == 0x0500) Refuse(BiffProblem::kBiff5);
    if (U16(bof.data, 0) != 0x0600 || U16(bof.data, 2) != 0x0005) Damaged();
    bool sst_seen = false;
    for (next_ = 1; next_ < records_.size(); ++next_) {
      const Record& r = records_[next_];
      const std::string_view d = r.data;
      switch (r.type) {
        case kEof:
          ++next_;
          if (book_.sheets.empty()) Damaged();
          return;
        case kFilePass:
          Refuse(BiffProblem::kPassword);
        case kBof:
          Damaged();
        case kDateMode:
          if (d.size() < 2) Damaged();
          book_.date1904 = U16(d, 0) != 0;
          break;
        case kBoundSheet: {
          if (d.size() < 8) Damaged();
          const uint8_t cch = static_cast<uint8_t>(d[6]);
          if (cch == 0) Damaged();
          UnicodeString(d, 7, cch);  // checked; freexl reads the name
          if (d[5] != 0) Refuse(BiffProblem::kNotWorksheet);
          if (!sheet_at_.emplace(U32(d, 0), SheetRef{book_.sheets.size()}).second) Damaged();
          book_.sheets.emplace_back();
          break;
        }
        case kFormat: {
          if (d.size() < 5) Damaged();
          const uint16_t cch = U16(d, 2);
          if (cch == 0) Damaged();
          std::string code = UnicodeString(d, 4, cch);
          if (FreexlDateCode(code)) freexl_date_formats_.insert(U16(d, 0));
          book_.formats.emplace(U16(d, 0), std::move(code));
          break;
        }
        case kXf:
          if (d.size() < 4 || book_.xf_formats.size() >= kMaxXf) Damaged();
          book_.xf_formats.push_back(U16(d, 2));
          break;
        case kSst:
          if (sst_seen) Damaged();
          sst_seen = true;
          ReadSst();
          break;
        case kDimension: case kNumber: case kRk: case kMulRk: case kBoolErr: case kLabel: case kLabelSst:
        case kRString: case kFormula:
          Damaged();  // cells outside a sheet
        default:
          break;
      }
    }
    Damaged();  // no EOF
  }

  // The shared strings: checked as freexl reads them (parse_SST), counting those it completes.
  void ReadSst() {
    size_t r = next_;
    if (records_[r].data.size() < 8) Damaged();
    const uint32_t count = U32(records_[r].data, 4);
    if (count > kMaxSst) Damaged();
    size_t o = 8;
    const auto size = [&] { return records_[r].data.size(); };
    const auto advance = [&] {
      if (r + 1 >= records_.size() || records_[r + 1].type != kContinue) return false;
      ++r;
      return true;
    };
    while (sst_strings_ < count) {
      if (o >= size()) {
        if (!advance()) break;
        o = 0;
      }
      const std::string_view d = records_[r].data;
      if (o + 3 > d.size()) Damaged();
      const uint16_t cch = U16(d, o);
      const uint8_t flags = static_cast<uint8_t>(d[o + 2]);
      if ((flags & ~0x0D) != 0 || cch == 0) Damaged();
      size_t header = 3;
      uint64_t extra = 0;
      if (flags & 0x08) {
        if (o + header + 2 > d.size()) Damaged();
        extra += 4ULL * U16(d, o + header);
        header += 2;
      }
      if (flags & 0x04) {
        if (o + header + 4 > d.size()) Damaged();
        extra += U32(d, o + header);
        header += 4;
      }
      o += header;
      const size_t width = flags & 1 ? 2 : 1;
      const size_t need = static_cast<size_t>(cch) * width;
      const size_t available = d.size() - o;
      const bool last = sst_strings_ + 1 == count;
      if (need <= available) {
        o += need;
        if (o + extra <= d.size()) {
          o += extra;
        } else {
          const uint64_t spill = extra - (d.size() - o);
          if (!advance() || spill > size() || (spill == size() && !last)) Damaged();
          o = static_cast<size_t>(spill);
        }
      } else {
        // The characters go on in the next CONTINUE, behind a flags byte; freexl reads the rest
        // from that one record, and the formatting runs after them must end there too.
        if (available % width != 0) Damaged();
        const size_t rest = cch - available / width;
        if (!advance() || size() < 1) Damaged();
        const uint8_t flags2 = static_cast<uint8_t>(records_[r].data[0]);
        if ((flags2 & ~1) != 0) Damaged();
        const uint64_t end = 1 + static_cast<uint64_t>(rest) * (flags2 & 1 ? 2 : 1) + extra;
        if (end > size()) Damaged();
        o = static_cast<size_t>(end);
      }
      ++sst_strings_;
    }
    while (r + 1 < records_.size() && records_[r + 1].type == kContinue) ++r;
    next_ = r;
  }

  void ReadSheet() {
    const Record& bof = records_[next_];
    if (bof.type != kBof || bof.data.size() < 4) Damaged();
    const auto ref = sheet_at_.find(static_cast<uint32_t>(bof.offset));
    if (ref == sheet_at_.end() || ref->second.seen) Damaged();
    ref->second.seen = true;
    if (U16(bof.data, 2) != 0x0010) Refuse(BiffProblem::kNotWorksheet);
    BiffSheet& sheet = book_.sheets[ref->second.index];
    bool dimension = false;
    constexpr size_t kNone = SIZE_MAX;
    size_t pending_string = kNone;  // a formula whose text is in the next STRING record
    const auto cell = [&](uint16_t row, uint16_t column, uint16_t xf) -> BiffCell& {
      if (!dimension || pending_string != kNone) Damaged();
      if (row >= sheet.rows || column >= sheet.columns) Damaged();
      ++cell_records_;
      BiffCell& c = sheet.cells.emplace_back();
      c.row = row;
      c.column = column;
      c.xf = xf;
      return c;
    };
    const auto at = [&](std::string_view d) -> BiffCell& { return cell(U16(d, 0), U16(d, 2), U16(d, 4)); };
    const auto number = [&](BiffCell& c, double value) {
      c.kind = BiffCell::Kind::kNumber;
      c.number = value;
      CountDateSteps(c.xf, value);
    };
    for (++next_; next_ < records_.size(); ++next_) {
      const Record& r = records_[next_];
      const std::string_view d = r.data;
      switch (r.type) {
        case kEof:
          if (!dimension || pending_string != kNone) Damaged();
          ++next_;
          return;
        case kBof:
          Refuse(BiffProblem::kNotWorksheet);  // a chart inside the worksheet
        case kBoundSheet: case kDateMode: case kFormat: case kXf: case kSst: case kFilePass:
          Damaged();  // workbook records inside a sheet: freexl would take them
        case kDimension: {
          if (dimension || d.size() < 14) Damaged();
          dimension = true;
          const uint32_t first_row = U32(d, 0), rows = U32(d, 4);
          const uint16_t first_column = U16(d, 8), columns = U16(d, 10);
          if (rows > 65536 || columns > 256 || first_row > rows || first_column > columns) Damaged();
          sheet.rows = rows;
          sheet.columns = columns;
          cells_ += static_cast<uint64_t>(rows) * columns;
          if (cells_ > kMaxCells) Refuse(BiffProblem::kTooManyCells);
          break;
        }
        case kNumber: {
          if (d.size() < 14) Damaged();
          number(at(d), F64(d, 6));
          break;
        }
        case kRk: {
          if (d.size() < 10) Damaged();
          number(at(d), Rk(U32(d, 6)));
          break;
        }
        case kMulRk: {
          if (d.size() < 12 || (d.size() - 6) % 6 != 0) Damaged();
          const size_t count = (d.size() - 6) / 6;
          const uint16_t first = U16(d, 2);
          if (U16(d, d.size() - 2) != first + count - 1) Damaged();
          for (size_t i = 0; i < count; ++i) {
            number(cell(U16(d, 0), static_cast<uint16_t>(first + i), U16(d, 4 + 6 * i)), Rk(U32(d, 6 + 6 * i)));
          }
          break;
        }
        case kBoolErr: {
          if (d.size() < 8) Damaged();
          BiffCell& c = at(d);
          if (d[7] == 0) {
            c.kind = BiffCell::Kind::kBool;
            c.code = d[6] != 0;
          } else {
            c.kind = BiffCell::Kind::kError;
            c.text = BiffErrorText(static_cast<uint8_t>(d[6]));
          }
          break;
        }
        case kLabel: {
          if (d.size() < 9) Damaged();
          BiffCell& c = at(d);
          if (U16(d, 6) == 0) Damaged();  // freexl refuses an empty LABEL
          UnicodeString(d, 8, U16(d, 6));  // checked; freexl reads the text
          c.kind = BiffCell::Kind::kText;
          break;
        }
        case kLabelSst: {
          if (d.size() < 10) Damaged();
          BiffCell& c = at(d);
          if (U32(d, 6) >= sst_strings_) Damaged();
          c.kind = BiffCell::Kind::kText;
          break;
        }
        case kRString: {
          if (d.size() < 9) Damaged();
          BiffCell& c = at(d);
          c.kind = BiffCell::Kind::kString;
          c.text = UnicodeString(d, 8, U16(d, 6));
          break;
        }
        case kFormula: {
          if (d.size() < 20) Damaged();
          BiffCell& c = at(d);
          if (U16(d, 12) != 0xFFFF) {
            c.kind = BiffCell::Kind::kNumber;  // freexl does not read formulas: no date steps
            c.number = F64(d, 6);
            break;
          }
          switch (d[6]) {
            case 0: c.kind = BiffCell::Kind::kString; pending_string = sheet.cells.size() - 1; break;
            case 1: c.kind = BiffCell::Kind::kBool; c.code = d[8] != 0; break;
            case 2: c.kind = BiffCell::Kind::kError; c.text = BiffErrorText(static_cast<uint8_t>(d[8])); break;
            case 3: c.kind = BiffCell::Kind::kString; break;
            default: Damaged();
          }
          break;
        }
        case kBlank:
          ++cell_records_;
          break;
        case kMulBlank:
          if (d.size() >= 6) cell_records_ += (d.size() - 6) / 2;
          break;
        case kString:
          if (pending_string != kNone) {
            sheet.cells[pending_string].text = ContinuedString();
            pending_string = kNone;
          }
          break;
        default:
          break;
      }
    }
    Damaged();  // no EOF
  }

  // A STRING record's text, its characters going on in CONTINUE records (each behind a flags byte).
  std::string ContinuedString() {
    std::string_view d = records_[next_].data;
    if (d.size() < 3) Damaged();
    size_t left = U16(d, 0);
    std::string out;
    char32_t high = 0;
    size_t at = 2;
    for (;;) {
      if (at >= d.size()) Damaged();
      const uint8_t flags = static_cast<uint8_t>(d[at]);
      if ((flags & ~1) != 0) Damaged();
      const size_t width = flags & 1 ? 2 : 1;
      const size_t here = std::min(left, (d.size() - at - 1) / width);
      AppendChars(out, d, at + 1, here, width == 2, high);
      left -= here;
      if (left == 0) break;
      if (next_ + 1 >= records_.size() || records_[next_ + 1].type != kContinue) Damaged();
      d = records_[++next_].data;
      at = 0;
    }
    if (high != 0) AppendUtf8(out, 0xFFFD);
    return out;
  }

  static double Rk(uint32_t rk) {
    double v;
    if (rk & 2) {
      v = static_cast<double>(static_cast<int32_t>(rk) >> 2);
    } else {
      const uint64_t bits = static_cast<uint64_t>(rk & 0xFFFFFFFC) << 32;
      std::memcpy(&v, &bits, sizeof v);
    }
    return rk & 1 ? v / 100.0 : v;
  }

  // freexl computes a cell whose format it takes for a date by stepping one day at a time.
  void CountDateSteps(uint16_t xf, double value) {
    if (xf >= book_.xf_formats.size() || !std::isfinite(value) || value < 2) return;
    const uint16_t format = book_.xf_formats[xf];
    const bool date = (format >= 14 && format <= 17) || format == 22 ||
                      (!(format >= 18 && format <= 21) && !(format >= 45 && format <= 47) &&
                       freexl_date_formats_.count(format) > 0);
    if (!date) return;
    date_steps_ += static_cast<uint64_t>(std::min(std::floor(value), static_cast<double>(INT_MAX)));
    if (date_steps_ > kMaxDateSteps) Refuse(BiffProblem::kTooManyDates);
  }

  std::vector<Record> records_;
  size_t next_ = 0;
  BiffWorkbook book_;
  std::map<uint32_t, SheetRef> sheet_at_;  // BOUNDSHEET stream offset -> sheet
  std::set<uint16_t> freexl_date_formats_;
  uint32_t sst_strings_ = 0;
  uint64_t cells_ = 0;         // declared by the DIMENSION records
  uint64_t cell_records_ = 0;  // cells the file writes (blank ones included)
  uint64_t date_steps_ = 0;
};

}  // namespace

std::string BiffErrorText(uint8_t code) {
  switch (code) {
    case 0x00: return "#NULL!";
    case 0x07: return "#DIV/0!";
    case 0x0F: return "#VALUE!";
    case 0x17: return "#REF!";
    case 0x1D: return "#NAME?";
    case 0x24: return "#NUM!";
    default: return "#N/A";
  }
}

BiffWorkbook ReadBiffWorkbook(std::string_view stream) { return Reader(stream).Read(); }

}  // namespace baocao
