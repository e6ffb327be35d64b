// Progress on a terminal: one line, rewritten in place (\r), of what `submit` and `run` are doing —
// "Đọc dossiers.csv: 120.000 dòng, 60.000 dòng/giây" or, when the total is known,
// "Báo cáo riêng từng đơn vị: 12/200 đơn vị, 4 đơn vị/giây, còn khoảng 47 giây".
//
// It writes nothing at all when the stream is not a terminal (cron's log, a pipe, a file): the caller
// says which (isatty(2)), so tests inject it, like the clock. The line is rewritten at most every
// kProgressInterval seconds (and at once for a new label or the last item), and erased by Clear(),
// by the destructor, and before every line written through log() — the run's timestamped log shares
// the terminal, so the progress line never ends up in the middle of a log line.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace baocao {

// Seconds between two rewrites of the line.
inline constexpr double kProgressInterval = 0.25;

class ProgressLine {
 public:
  // Seconds since any fixed instant; the default reads std::chrono::steady_clock.
  using Now = std::function<double()>;
  // out must outlive the line.
  ProgressLine(std::ostream& out, bool is_terminal, Now now = {});
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // done items (noun: "dòng", "đơn vị") of the task label, out of total (0: unknown). The rate is
  // done over the seconds since the first call with this label (not shown on that first call); the
  // time left, (total - done) at that rate, only when total is known. When the share done is known
  // instead (share, 0 to 1: how much of a file is read so far), it is shown (ShareText) and the time
  // left is the time so far for the share still to do.
  void Update(const std::string& label, int64_t done, int64_t total, const std::string& noun,
              std::optional<double> share = std::nullopt);
  // Erases the line if one is shown.
  void Clear();
  // A stream to out that erases the line before anything is written through it (for the run's log).
  std::ostream& log();

  // The text Update shows (without the \r and the erase), for the tests and the line itself.
  static std::string Text(const std::string& label, int64_t done, int64_t total, const std::string& noun,
                          double seconds);
  // The text Update shows with a share: "Đọc tệp a.csv: 120.000 dòng (45%), 60.000 dòng/giây, còn khoảng 3 giây".
  static std::string ShareText(const std::string& label, int64_t done, double fraction, const std::string& noun,
                               double seconds);

 private:
  class ClearingBuffer;
  // Shows text(seconds since the label's first call) unless the line was rewritten less than
  // kProgressInterval ago (a new label and the last item are shown at once).
  void Show(const std::string& label, bool last, const std::function<std::string(double)>& text);
  std::ostream& out_;
  bool terminal_;
  Now now_;
  std::string label_;
  double started_ = 0;
  double shown_at_ = 0;
  bool shown_ = false;
  std::unique_ptr<ClearingBuffer> buffer_;
  std::unique_ptr<std::ostream> log_;
};

}  // namespace baocao
