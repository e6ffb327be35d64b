#include "ingest/csv_reader.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <sys/stat.h>

#include "core/errors.h"
#include "core/system_error_text.h"
#include "ingest/problem.h"

namespace baocao {
namespace {
constexpr size_t kChunk = 1 << 20;
}

CsvReader::CsvReader(const std::string& path, CsvLimits limits, const std::string& name)
    : path_(name.empty() ? path : name), limits_(limits), buffer_(kChunk) {
  file_.reset(std::fopen(path.c_str(), "rb"));
  if (!file_) throw InputError(path_, 0, 0, "không mở được tệp: " + SystemErrorText(errno));
  struct stat info {};
  if (::fstat(::fileno(file_.get()), &info) == 0 && info.st_size >= 0) size_ = static_cast<uint64_t>(info.st_size);
  Fill();
  if (end_ >= 3 && static_cast<unsigned char>(buffer_[0]) == 0xEF &&
      static_cast<unsigned char>(buffer_[1]) == 0xBB && static_cast<unsigned char>(buffer_[2]) == 0xBF)
    pos_ = 3;
  DetectDelimiter();
}

bool CsvReader::Fill() {
  if (eof_) return false;
  // Keep what is not consumed yet (DetectDelimiter may look ahead) at the front of the buffer.
  const size_t keep = end_ - pos_;
  if (keep > 0 && pos_ > 0) std::memmove(buffer_.data(), buffer_.data() + pos_, keep);
  buffer_offset_ += pos_;
  pos_ = 0;
  end_ = keep;
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  const size_t n = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_.get());
  if (n == 0) {
    if (std::ferror(file_.get())) throw InputError(path_, 0, 0, "lỗi khi đọc tệp");
    eof_ = true;
    return false;
  }
  end_ += n;
  return true;
}

std::optional<double> CsvReader::FractionRead() const {
  if (!size_) return std::nullopt;
  if (*size_ == 0) return 1.0;
  return std::min(1.0, static_cast<double>(buffer_offset_ + pos_) / static_cast<double>(*size_));
}

int CsvReader::Peek() {
  if (pos_ == end_ && !Fill()) return EOF;
  return static_cast<unsigned char>(buffer_[pos_]);
}

int CsvReader::Get() {
  const int c = Peek();
  if (c != EOF) ++pos_;
  return c;
}

void CsvReader::Refuse(int column, const std::string& why) const {
  throw InputError(path_, record_line_, column, why);
}

bool DelimiterVote::Add(unsigned char c) {
  if (done_) return false;
  if (seen_++ > max_bytes_) {
    done_ = true;
    return false;
  }
  if (c == '"') quoted_ = !quoted_;
  if (quoted_) return true;
  if (c == '\n' || c == '\r') {
    done_ = true;
    return false;
  }
  if (c == ',') ++comma_;
  if (c == ';') ++semicolon_;
  if (c == '\t') ++tab_;
  return true;
}

char DelimiterVote::delimiter() const {
  if (semicolon_ > comma_ && semicolon_ >= tab_) return ';';
  if (tab_ > comma_ && tab_ > semicolon_) return '\t';
  return ',';
}

// Counts candidate delimiters outside quotes on the header line (reading ahead, consuming nothing).
// Looks no further than a record may be long: a longer header is refused by Next.
void CsvReader::DetectDelimiter() {
  DelimiterVote vote(limits_.max_record_bytes);
  for (size_t i = pos_;; ++i) {
    if (i == end_) {
      const size_t offset = i - pos_;
      if (!Fill()) break;
      i = pos_ + offset;
      if (i >= end_) break;
    }
    if (!vote.Add(static_cast<unsigned char>(buffer_[i]))) break;
  }
  delimiter_ = vote.delimiter();
}

namespace {

// Field i of a record being read into `fields`, emptied: the strings of the previous record are
// reused (their buffers kept), so that a steady file allocates nothing per field. i is at most
// fields.size().
std::string& Slot(std::vector<std::string>& fields, size_t i) {
  if (i == fields.size()) return fields.emplace_back();
  fields[i].clear();
  return fields[i];
}

}  // namespace

// The record is read byte by byte where a byte can change the state (a delimiter, a quote, a line
// end) and a run at a time in between: the bytes of a run all belong to the field at hand, so the
// limits are checked as if each byte were (a run that passes both limits names the one its first
// byte over passes; the record's at the same byte, as a single byte is checked).
bool CsvReader::Next(std::vector<std::string>& fields) {
  for (;;) {
    if (Peek() == EOF) {
      fields.clear();
      return false;
    }
    record_line_ = line_;
    size_t done = 0;  // fields completed; the one being read is fields[done]
    std::string* field = &Slot(fields, 0);
    bool quoted = false;      // inside quotes
    bool was_quoted = false;  // this field began with a quote
    size_t record_bytes = 0;  // bytes of the record as written, line ends outside quotes excluded
    const auto column = [&] { return static_cast<int>(done) + 1; };
    const auto next_line = [&] {
      if (line_ == INT_MAX) Refuse(0, "tệp có quá nhiều dòng (giới hạn: " + GroupedCount(INT_MAX) + " dòng)");
      ++line_;
    };
    const auto record_too_long = [&] {
      Refuse(column(), "dòng dài hơn " + GroupedCount(limits_.max_record_bytes) + " byte (giới hạn: " +
                           GroupedCount(limits_.max_record_bytes) + " byte một dòng)");
    };
    const auto field_too_long = [&] {
      Refuse(column(), "ô dài hơn " + GroupedCount(limits_.max_field_bytes) + " byte (giới hạn: " +
                           GroupedCount(limits_.max_field_bytes) + " byte một ô)");
    };
    for (;;) {
      // A run of bytes that only go into the field: up to a quote or a line end, and outside quotes
      // up to a delimiter too.
      if (pos_ < end_) {
        const char* begin = buffer_.data() + pos_;
        const char* stop = buffer_.data() + end_;
        const char* p = begin;
        if (quoted) {
          while (p != stop && *p != '"' && *p != '\r' && *p != '\n') ++p;
        } else {
          while (p != stop && *p != delimiter_ && *p != '"' && *p != '\r' && *p != '\n') ++p;
        }
        const size_t run = static_cast<size_t>(p - begin);
        if (run > 0) {
          const size_t record_room = limits_.max_record_bytes - std::min(record_bytes, limits_.max_record_bytes);
          const size_t field_room = limits_.max_field_bytes - std::min(field->size(), limits_.max_field_bytes);
          if (run > record_room && record_room <= field_room) record_too_long();
          if (run > field_room) field_too_long();
          field->append(begin, run);
          record_bytes += run;
          pos_ += run;
          continue;
        }
      }
      const int c = Get();
      if (c == EOF) {
        if (quoted) Refuse(column(), "dấu ngoặc kép mở nhưng không được đóng");
        break;
      }
      const bool line_end = !quoted && (c == '\n' || c == '\r');
      if (!line_end && ++record_bytes > limits_.max_record_bytes) record_too_long();
      if (quoted) {
        if (c == '"') {
          if (Peek() == '"') {
            Get();
            ++record_bytes;
            *field += '"';
          } else {
            quoted = false;
          }
        } else if (c == '\r') {
          if (Peek() == '\n') Get();
          *field += '\n';
          next_line();
        } else {
          if (c == '\n') next_line();
          *field += static_cast<char>(c);
        }
      } else if (c == delimiter_) {
        ++done;
        if (done == limits_.max_fields)
          Refuse(column(), "dòng có hơn " + GroupedCount(limits_.max_fields) + " cột (giới hạn: " +
                               GroupedCount(limits_.max_fields) + " cột một dòng)");
        field = &Slot(fields, done);
        was_quoted = false;
      } else if (line_end) {
        if (c == '\r' && Peek() == '\n') Get();
        next_line();
        break;
      } else if (c == '"' && field->empty() && !was_quoted) {
        quoted = was_quoted = true;
      } else {
        *field += static_cast<char>(c);
      }
      if (field->size() > limits_.max_field_bytes) field_too_long();
    }
    fields.resize(done + 1);
    const bool blank = done == 0 && fields[0].empty();
    if (!blank) return true;
  }
}

}  // namespace baocao
