#include "support/synthetic_province.h"

#include <sys/resource.h>

#include <ctime>
#include <xlsxwriter.h>

#include <charconv>
#include <cstdio>
#include <fstream>
#include <random>
#include <stdexcept>

namespace baocao::bench {
namespace {

std::string District(int d) { return "H" + std::to_string(100 + d); }
std::string Commune(int d, int c) { return "X" + std::to_string(100 + d) + std::to_string(100 + c); }
std::string Department(int s) { return "S" + std::to_string(100 + s); }
std::string Procedure(int p) { return "9." + std::to_string(100000 + p); }

constexpr const char* kDossierHeader =
    "ma_ho_so,ma_tthc,ma_don_vi,kenh_nop,ngay_tiep_nhan,han_tra_ket_qua,ngay_hoan_thanh,trang_thai,phi_le_phi,"
    "hinh_thuc_thanh_toan,danh_gia";

std::ofstream Open(const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + path);
  return out;
}

int YearOf(int month) { return 2023 + (month - 1) / 12; }
int MonthOfYear(int month) { return (month - 1) % 12 + 1; }

}  // namespace

std::string CutOffMonthLabel(int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d-%02d", YearOf(month), MonthOfYear(month));
  return buf;
}

Date CutOffMonthStart(int month) {
  const int m = MonthOfYear(month);
  return m == 1 ? Date::FromYmd(YearOf(month) - 1, 12, 15) : Date::FromYmd(YearOf(month), m - 1, 15);
}

Date CutOffMonthEnd(int month) { return Date::FromYmd(YearOf(month), MonthOfYear(month), 14); }

std::vector<std::string> SyntheticProvince::UnitCodes() const {
  std::vector<std::string> codes{Root()};
  for (int s = 0; s < departments; ++s) codes.push_back(Department(s));
  for (int d = 0; d < districts; ++d) {
    codes.push_back(District(d));
    for (int c = 0; c < communes_per_district; ++c) codes.push_back(Commune(d, c));
  }
  return codes;
}

std::vector<std::string> SyntheticProvince::LeafUnits() const {
  std::vector<std::string> codes;
  for (int s = 0; s < departments; ++s) codes.push_back(Department(s));
  for (int d = 0; d < districts; ++d)
    for (int c = 0; c < communes_per_district; ++c) codes.push_back(Commune(d, c));
  return codes;
}

void SyntheticProvince::WriteUnits(const std::string& path) const {
  auto out = Open(path);
  out << "ma_don_vi,ten_don_vi,cap,ma_don_vi_cha\n" << Root() << ",UBND tỉnh Thử Nghiệm,tinh,\n";
  for (int s = 0; s < departments; ++s) out << Department(s) << ",Sở số " << s + 1 << ",so_nganh," << Root() << "\n";
  for (int d = 0; d < districts; ++d) {
    out << District(d) << ",UBND huyện số " << d + 1 << ",huyen," << Root() << "\n";
    for (int c = 0; c < communes_per_district; ++c)
      out << Commune(d, c) << ",UBND xã số " << c + 1 << " huyện " << d + 1 << ",xa," << District(d) << "\n";
  }
}

void SyntheticProvince::WriteProcedures(const std::string& path) const {
  auto out = Open(path);
  out << "ma_tthc,ten_tthc,linh_vuc,muc_do_dvc,co_phi,thanh_toan_truc_tuyen\n";
  static const char* kLevels[] = {"toan_trinh", "mot_phan", "khong"};
  for (int p = 0; p < procedures; ++p) {
    const bool fee = p % 2 == 0;
    out << Procedure(p) << ",Thủ tục số " << p + 1 << ",Lĩnh vực " << p % 12 << "," << kLevels[p % 3] << ","
        << (fee ? 1 : 0) << "," << (fee && p % 4 == 0 ? 1 : 0) << "\n";
  }
}

void SyntheticProvince::ForEachDossier(int64_t rows, int month, const std::vector<std::string>& units,
                                       const std::string& prefix, uint32_t seed,
                                       const std::function<void(const SyntheticDossier&)>& emit) const {
  std::mt19937 rng(seed);
  static const char* kChannels[] = {"truc_tuyen", "truc_tiep", "buu_chinh"};
  static const char* kRatings[] = {"", "rat_hai_long", "hai_long", "khong_hai_long"};
  const Date start = CutOffMonthStart(month);
  const int span = CutOffMonthEnd(month).days - start.days + 1;
  SyntheticDossier d;
  for (int64_t i = 0; i < rows; ++i) {
    const int p = static_cast<int>(rng() % procedures);
    d.received = start.AddDays(static_cast<int>(rng() % span));
    d.due = d.received.AddDays(1 + static_cast<int>(rng() % 15));
    const int kind = static_cast<int>(rng() % 10);  // 0-5 done, 6 withdrawn, 7 returned, 8-9 pending
    d.status = kind < 6 ? "da_tra_ket_qua" : kind == 6 ? "rut_ho_so" : kind == 7 ? "tra_lai" : "dang_xu_ly";
    d.finished.reset();
    if (kind < 8) d.finished = d.received.AddDays(static_cast<int>(rng() % 18));
    const bool fee = p % 2 == 0;
    char code[24];  // fixed-width sequence numbers, as one-stop-shop software issues them
    std::snprintf(code, sizeof code, "%08lld", static_cast<long long>(i));
    d.code = prefix + code;
    d.procedure = Procedure(p);
    d.unit = units[static_cast<size_t>(i) % units.size()];
    d.channel = kChannels[rng() % 3];
    d.fee = fee ? 50000 : 0;
    d.payment = fee ? (rng() % 2 ? "truc_tuyen" : "truc_tiep") : "";
    d.rating = kind < 6 ? kRatings[rng() % 4] : "";
    emit(d);
  }
}

void SyntheticProvince::WriteDossiers(const std::string& path, int64_t rows, int month,
                                      const std::vector<std::string>& units, const std::string& prefix,
                                      uint32_t seed) const {
  auto out = Open(path);
  out << kDossierHeader << "\n";
  ForEachDossier(rows, month, units, prefix, seed, [&](const SyntheticDossier& d) {
    out << d.code << "," << d.procedure << "," << d.unit << "," << d.channel << "," << d.received.Iso()
        << " 08:30:00," << d.due.Iso() << " 17:00:00," << (d.finished ? d.finished->Iso() + " 16:00:00" : "") << ","
        << d.status << "," << d.fee << "," << d.payment << "," << d.rating << "\n";
  });
}

void SyntheticProvince::WriteDossiersXlsx(const std::string& path, int64_t rows, int month,
                                          const std::vector<std::string>& units, const std::string& prefix,
                                          uint32_t seed, bool title_rows) const {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) throw std::runtime_error("cannot write " + path);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Hồ sơ");
  lxw_format* date = workbook_add_format(workbook);
  format_set_num_format(date, "yyyy-mm-dd hh:mm:ss");
  lxw_format* code = workbook_add_format(workbook);
  format_set_num_format(code, "0.000000");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_row_t row = 0;
  if (title_rows) {
    worksheet_merge_range(sheet, 0, 0, 0, 10, "UBND TỈNH THỬ NGHIỆM", bold);
    worksheet_merge_range(sheet, 1, 0, 1, 10, "DANH SÁCH HỒ SƠ TIẾP NHẬN", bold);
    row = 3;
  }
  const std::string header = kDossierHeader;
  lxw_col_t col = 0;
  for (size_t start = 0, comma; start <= header.size(); start = comma + 1, ++col) {
    comma = header.find(',', start);
    if (comma == std::string::npos) comma = header.size();
    worksheet_write_string(sheet, row, col, header.substr(start, comma - start).c_str(), bold);
  }
  // Excel's 1900 serial of a day (after 1900-03-01): days since 1899-12-30.
  const int excel_epoch = Date::FromYmd(1899, 12, 30).days;
  const auto serial = [&](Date d, int hours, int minutes) {
    return static_cast<double>(d.days - excel_epoch) + (hours * 60 + minutes) / 1440.0;
  };
  const auto text = [&](lxw_col_t c, const std::string& s) {
    if (!s.empty()) worksheet_write_string(sheet, row, c, s.c_str(), nullptr);
  };
  ForEachDossier(rows, month, units, prefix, seed, [&](const SyntheticDossier& d) {
    ++row;
    text(0, d.code);
    double procedure = 0;
    std::from_chars(d.procedure.data(), d.procedure.data() + d.procedure.size(), procedure);
    worksheet_write_number(sheet, row, 1, procedure, code);
    text(2, d.unit);
    text(3, d.channel);
    worksheet_write_number(sheet, row, 4, serial(d.received, 8, 30), date);
    worksheet_write_number(sheet, row, 5, serial(d.due, 17, 0), date);
    if (d.finished) worksheet_write_number(sheet, row, 6, serial(*d.finished, 16, 0), date);
    text(7, d.status);
    worksheet_write_number(sheet, row, 8, static_cast<double>(d.fee), nullptr);
    text(9, d.payment);
    text(10, d.rating);
  });
  if (workbook_close(workbook) != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path);
}

double PeakMemoryMiB(int who) {
  rusage usage{};
  getrusage(who, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double CpuSeconds(int who) {
  rusage usage{};
  getrusage(who, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

}  // namespace baocao::bench
