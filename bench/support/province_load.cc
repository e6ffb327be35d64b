#include "support/province_load.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include "core/date.h"
#include "ingest/submission.h"
#include "store/database.h"

namespace baocao::bench {
namespace {

// A counter-based generator: dossier i's fields depend on (seed, i) only, so a month's export can
// be written in one pass without keeping the dossiers in memory.
uint64_t SplitMix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

struct Draws {
  uint64_t state;
  uint32_t Next() {
    state = SplitMix(state);
    return static_cast<uint32_t>(state >> 32);
  }
};

struct Dossier {
  int unit;  // index into the units that receive dossiers
  int procedure;
  Date received, due;
  Date finished;  // may lie after the last export: still being processed then
  int kind;       // 0-5 returned with a result, 6 withdrawn, 7 refused (trả lại), 8-9 a long one
  int channel;
  bool online_payment;
  int rating;
};

// 2023-01-15 -> 230115
std::string Compact(Date day) {
  const std::string iso = day.Iso();
  return iso.substr(2, 2) + iso.substr(5, 2) + iso.substr(8, 2);
}

const char* kChannels[] = {"truc_tuyen", "truc_tiep", "buu_chinh"};
const char* kRatings[] = {"", "rat_hai_long", "hai_long", "khong_hai_long"};

}  // namespace

std::vector<std::string> ProvinceLoad::SubmittingUnits() const {
  const auto codes = province.UnitCodes();  // root, departments, then each district and its communes
  std::vector<std::string> units(codes.begin() + 1, codes.begin() + 1 + province.departments);
  for (int d = 0; d < province.districts; ++d)
    units.push_back(codes[1 + province.departments + static_cast<size_t>(d) * (1 + province.communes_per_district)]);
  return units;
}

ProvinceLoad::Written ProvinceLoad::Write(const std::string& dir) const {
  namespace fs = std::filesystem;
  Written written;
  written.units = (fs::path(dir) / "units.csv").string();
  written.procedures = (fs::path(dir) / "procedures.csv").string();
  province.WriteUnits(written.units);
  province.WriteProcedures(written.procedures);

  // Every unit but the root receives dossiers; each belongs to one submitting unit's file.
  const auto codes = province.UnitCodes();
  const std::vector<std::string> receivers(codes.begin() + 1, codes.end());
  std::vector<int> file_of(receivers.size());
  for (size_t u = 0; u < receivers.size(); ++u) {
    const int k = static_cast<int>(u);
    file_of[u] = k < province.departments
                     ? k
                     : province.departments + (k - province.departments) / (1 + province.communes_per_district);
  }
  const auto submitting = SubmittingUnits();

  const Date first = CutOffMonthStart(1);
  const int window_days = CutOffMonthEnd(months).days - first.days + 1;
  // Dossier i is received on day i * window_days / dossiers of the window: codes in receipt order.
  const auto received_day = [&](int64_t i) { return first.AddDays(static_cast<int>(i * window_days / dossiers)); };
  const auto dossier = [&](int64_t i) {
    Draws r{seed ^ (static_cast<uint64_t>(i) * 0x2545F4914F6CDD1Dull)};
    Dossier d;
    d.unit = static_cast<int>(r.Next() % receivers.size());
    d.procedure = static_cast<int>(r.Next() % static_cast<uint32_t>(province.procedures));
    d.received = received_day(i);
    d.due = d.received.AddDays(1 + static_cast<int>(r.Next() % 15));
    d.kind = static_cast<int>(r.Next() % 10);
    d.finished = d.received.AddDays(d.kind < 8 ? static_cast<int>(r.Next() % 18) : 20 + static_cast<int>(r.Next() % 50));
    d.channel = static_cast<int>(r.Next() % 3);
    d.online_payment = r.Next() % 2 == 1;
    d.rating = static_cast<int>(r.Next() % 4);
    return d;
  };
  // The first dossier received on or after `day`.
  const auto first_from = [&](Date day) {
    int64_t lo = 0, hi = dossiers;
    while (lo < hi) {
      const int64_t mid = lo + (hi - lo) / 2;
      if (received_day(mid).days < day.days) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  for (int month = 1; month <= months; ++month) {
    const std::string period = CutOffMonthLabel(month);
    const Date start = CutOffMonthStart(month), end = CutOffMonthEnd(month);
    std::vector<File> files;
    std::vector<std::unique_ptr<std::FILE, int (*)(std::FILE*)>> out;
    for (const auto& unit : submitting) {
      File f{(fs::path(dir) / ("dossiers_" + unit + "_" + period + ".csv")).string(), unit, period, 0};
      std::FILE* handle = std::fopen(f.path.c_str(), "wb");
      if (handle == nullptr) throw std::runtime_error("cannot write " + f.path);
      out.emplace_back(handle, &std::fclose);
      std::fputs(
          "ma_ho_so,ma_tthc,ma_don_vi,kenh_nop,ngay_tiep_nhan,han_tra_ket_qua,ngay_hoan_thanh,trang_thai,"
          "phi_le_phi,hinh_thuc_thanh_toan,danh_gia\n",
          handle);
      files.push_back(std::move(f));
    }
    const int64_t end_index = first_from(end.AddDays(1));
    // Codes as one-stop-shop software issues them: the receiving unit, the day, the unit's sequence
    // number that day (X100101-230115-0003); a unit's dossiers are neighbours in the code order.
    std::vector<int> sequence(receivers.size(), 0);
    int day = -1;
    for (int64_t i = 0; i < end_index; ++i) {
      const Dossier d = dossier(i);
      if (d.received.days != day) {
        day = d.received.days;
        std::fill(sequence.begin(), sequence.end(), 0);
      }
      const int number = ++sequence[static_cast<size_t>(d.unit)];
      // Exported this month: received this month, or still being processed at the last export.
      if (d.received.days < start.days && d.finished.days < start.days) continue;
      const bool done = d.finished.days <= end.days;
      const bool fee = d.procedure % 2 == 0;
      const char* status = !done ? "dang_xu_ly"
                           : d.kind < 6 || d.kind >= 8 ? "da_tra_ket_qua"
                           : d.kind == 6               ? "rut_ho_so"
                                                       : "tra_lai";
      const bool rated = done && (d.kind < 6 || d.kind >= 8);
      const int file = file_of[static_cast<size_t>(d.unit)];
      const int n = std::fprintf(
          out[static_cast<size_t>(file)].get(), "%s-%s-%04d,9.%d,%s,%s,%s 08:30:00,%s 17:00:00,%s%s,%s,%d,%s,%s\n",
          receivers[static_cast<size_t>(d.unit)].c_str(), Compact(d.received).c_str(), number, 100000 + d.procedure,
          receivers[static_cast<size_t>(d.unit)].c_str(),
          kChannels[d.channel], d.received.Iso().c_str(), d.due.Iso().c_str(), done ? d.finished.Iso().c_str() : "",
          done ? " 16:00:00" : "", status, fee ? 50000 : 0,
          fee ? (d.online_payment ? "truc_tuyen" : "truc_tiep") : "", rated ? kRatings[d.rating] : "");
      if (n < 0) throw std::runtime_error("cannot write " + files[static_cast<size_t>(file)].path);
      ++files[static_cast<size_t>(file)].rows;
      ++written.rows;
    }
    out.clear();  // closes the files
    for (const auto& f : files) written.bytes += fs::file_size(f.path);
    written.by_month.push_back(std::move(files));
  }
  return written;
}

int SubmitMonths(Database& db, const ProvinceLoad::Written& written, const char* total_label) {
  using Clock = std::chrono::steady_clock;
  for (const auto& [kind, file] : {std::pair{SubmissionKind::kUnits, written.units},
                                   std::pair{SubmissionKind::kProcedures, written.procedures}}) {
    SubmitRequest r;
    r.kind = kind;
    r.file = file;
    if (!Submit(db, r).ok()) {
      std::fprintf(stderr, "catalog refused: %s\n", file.c_str());
      return 1;
    }
  }
  int status = 0;
  std::printf("%8s %6s %10s %9s %10s %9s %9s\n", "month", "files", "rows", "seconds", "rows/s", "cpu s", "writer s");
  long long total_rows = 0;
  size_t total_files = 0;
  double total_seconds = 0, total_cpu = 0, total_writer = 0;
  for (const auto& month : written.by_month) {
    long long rows = 0;
    const auto start = Clock::now();
    const double cpu_start = CpuSeconds(), writer_start = ThreadCpuSeconds();
    for (const auto& f : month) {
      SubmitRequest r;
      r.kind = SubmissionKind::kDossiers;
      r.file = f.path;
      r.unit = f.unit;
      r.period = f.period;
      const Receipt receipt = Submit(db, r);
      if (receipt.outcome != SubmitOutcome::kAccepted || receipt.rows_accepted + receipt.rows_superseded != f.rows) {
        std::fprintf(stderr, "unexpected receipt:\n%s", receipt.Text().c_str());
        status = 1;
      }
      rows += f.rows;
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu = CpuSeconds() - cpu_start, writer = ThreadCpuSeconds() - writer_start;
    std::printf("%8s %6zu %10lld %9.2f %10.0f %9.2f %9.2f\n", month.front().period.c_str(), month.size(), rows, seconds,
                static_cast<double>(rows) / seconds, cpu, writer);
    std::fflush(stdout);
    total_rows += rows;
    total_files += month.size();
    total_seconds += seconds;
    total_cpu += cpu;
    total_writer += writer;
  }
  std::printf("%8s %6zu %10lld %9.2f %10.0f %9.2f %9.2f   peak %.1f MiB\n", total_label, total_files, total_rows,
              total_seconds, static_cast<double>(total_rows) / total_seconds, total_cpu, total_writer, PeakMemoryMiB());
  return status;
}

}  // namespace baocao::bench
