#include "support/synthetic_province.h"

#include <sys/resource.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <stdexcept>

#include "core/date.h"

namespace baocao::bench {
namespace {

std::string District(int d) { return "H" + std::to_string(100 + d); }
std::string Commune(int d, int c) { return "X" + std::to_string(100 + d) + std::to_string(100 + c); }
std::string Department(int s) { return "S" + std::to_string(100 + s); }
std::string Procedure(int p) { return "9." + std::to_string(100000 + p); }

std::ofstream Open(const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + path);
  return out;
}

}  // namespace

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

void SyntheticProvince::WriteDossiers(const std::string& path, int64_t rows, int month,
                                      const std::vector<std::string>& units, const std::string& prefix,
                                      uint32_t seed) const {
  auto out = Open(path);
  std::mt19937 rng(seed);
  out << "ma_ho_so,ma_tthc,ma_don_vi,kenh_nop,ngay_tiep_nhan,han_tra_ket_qua,ngay_hoan_thanh,trang_thai,"
         "phi_le_phi,hinh_thuc_thanh_toan,danh_gia\n";
  static const char* kChannels[] = {"truc_tuyen", "truc_tiep", "buu_chinh"};
  static const char* kRatings[] = {"", "rat_hai_long", "hai_long", "khong_hai_long"};
  const Date start = month == 1 ? Date::FromYmd(2022, 12, 15) : Date::FromYmd(2023, month - 1, 15);
  const int span = Date::FromYmd(2023, month, 14).days - start.days + 1;
  for (int64_t i = 0; i < rows; ++i) {
    const int p = static_cast<int>(rng() % procedures);
    const Date received = start.AddDays(static_cast<int>(rng() % span));
    const Date due = received.AddDays(1 + static_cast<int>(rng() % 15));
    const int kind = static_cast<int>(rng() % 10);  // 0-5 done, 6 withdrawn, 7 returned, 8-9 pending
    const char* status = kind < 6 ? "da_tra_ket_qua" : kind == 6 ? "rut_ho_so" : kind == 7 ? "tra_lai" : "dang_xu_ly";
    std::string finished;
    if (kind < 8) finished = received.AddDays(static_cast<int>(rng() % 18)).Iso() + " 16:00:00";
    const bool fee = p % 2 == 0;
    char code[24];  // fixed-width sequence numbers, as one-stop-shop software issues them
    std::snprintf(code, sizeof code, "%08lld", static_cast<long long>(i));
    out << prefix << code << "," << Procedure(p) << "," << units[static_cast<size_t>(i) % units.size()] << ","
        << kChannels[rng() % 3] << "," << received.Iso() << " 08:30:00," << due.Iso() << " 17:00:00,"
        << finished << "," << status << "," << (fee ? "50000" : "0") << ","
        << (fee ? (rng() % 2 ? "truc_tuyen" : "truc_tiep") : "") << "," << (kind < 6 ? kRatings[rng() % 4] : "")
        << "\n";
  }
}

double PeakMemoryMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace baocao::bench
