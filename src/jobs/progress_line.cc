#include "jobs/progress_line.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <streambuf>

#include "generators/vietnamese_number.h"

namespace baocao {
namespace {

// Back to the start of the line and erase it (ECMA-48 "erase in line").
constexpr const char* kErase = "\r\033[K";

double SteadySeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string Duration(int64_t seconds) {
  if (seconds < 60) return std::to_string(seconds) + " giây";
  const int64_t minutes = seconds / 60;
  if (minutes < 60) return std::to_string(minutes) + " phút " + std::to_string(seconds % 60) + " giây";
  return std::to_string(minutes / 60) + " giờ " + std::to_string(minutes % 60) + " phút";
}

}  // namespace

// Forwards to the line's stream, erasing the progress line first.
class ProgressLine::ClearingBuffer : public std::streambuf {
 public:
  explicit ClearingBuffer(ProgressLine& line) : line_(line) {}

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    line_.Clear();
    line_.out_.put(traits_type::to_char_type(c));
    return line_.out_ ? c : traits_type::eof();
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    line_.Clear();
    line_.out_.write(s, n);
    return line_.out_ ? n : 0;
  }
  int sync() override { return line_.out_.flush() ? 0 : -1; }

 private:
  ProgressLine& line_;
};

ProgressLine::ProgressLine(std::ostream& out, bool is_terminal, Now now)
    : out_(out), terminal_(is_terminal), now_(now ? std::move(now) : Now(SteadySeconds)),
      buffer_(std::make_unique<ClearingBuffer>(*this)), log_(std::make_unique<std::ostream>(buffer_.get())) {}

ProgressLine::~ProgressLine() {
  try {
    Clear();
  } catch (...) {  // a destructor never throws; a stream failing here loses only the erase
  }
}

std::string ProgressLine::Text(const std::string& label, int64_t done, int64_t total, const std::string& noun,
                               double seconds) {
  std::string text = label + ": " + FormatCount(done);
  if (total > 0) text += "/" + FormatCount(total);
  text += " " + noun;
  if (seconds > 0 && done > 0) {
    const double rate = static_cast<double>(done) / seconds;
    text += ", " + FormatCount(static_cast<int64_t>(rate)) + " " + noun + "/giây";
    if (total > done)
      text += ", còn khoảng " + Duration(static_cast<int64_t>(std::ceil(static_cast<double>(total - done) / rate)));
  }
  return text;
}

std::string ProgressLine::ShareText(const std::string& label, int64_t done, double fraction, const std::string& noun,
                                   double seconds) {
  fraction = std::clamp(fraction, 0.0, 1.0);
  std::string text = label + ": " + FormatCount(done) + " " + noun + " (" +
                     std::to_string(static_cast<int>(std::floor(fraction * 100))) + "%)";
  if (seconds > 0 && done > 0) {
    text += ", " + FormatCount(static_cast<int64_t>(static_cast<double>(done) / seconds)) + " " + noun + "/giây";
    if (fraction > 0 && fraction < 1)
      text += ", còn khoảng " + Duration(static_cast<int64_t>(std::ceil(seconds * (1 - fraction) / fraction)));
  }
  return text;
}

void ProgressLine::Show(const std::string& label, bool last, const std::function<std::string(double)>& text) {
  if (!terminal_) return;
  const double now = now_();
  const bool fresh = label != label_;
  if (fresh) {
    label_ = label;
    started_ = now;
  } else if (shown_ && now - shown_at_ < kProgressInterval && !last) {
    return;
  }
  out_ << kErase << text(now - started_) << std::flush;
  shown_ = true;
  shown_at_ = now;
}

void ProgressLine::Update(const std::string& label, int64_t done, int64_t total, const std::string& noun,
                          std::optional<double> share) {
  if (share)
    Show(label, *share >= 1, [&](double seconds) { return ShareText(label, done, *share, noun, seconds); });
  else
    Show(label, total > 0 && done >= total, [&](double seconds) { return Text(label, done, total, noun, seconds); });
}

void ProgressLine::Clear() {
  if (!shown_) return;
  shown_ = false;
  out_ << kErase << std::flush;
}

std::ostream& ProgressLine::log() { return *log_; }

}  // namespace baocao
