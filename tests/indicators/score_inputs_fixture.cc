#include "indicators/score_inputs_fixture.h"

#include <fstream>
#include <optional>
#include <stdexcept>
#include <vector>

#include "core/date.h"
#include "store/record_store.h"
#include "store/write_transaction.h"
#include "test_support.h"

namespace baocao::test {
namespace {

std::vector<std::vector<std::string>> ReadRows(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read fixture " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (!line.empty()) rows.push_back(SplitCsvLine(line));
  }
  return rows;
}

std::optional<bool> Flag(const std::vector<std::string>& row, size_t at) {
  if (at >= row.size() || row[at].empty()) return std::nullopt;
  return row[at] == "1";
}

std::optional<Date> Day(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return ParseIsoDate(text).value();
}

DateTime Time(const std::string& text) { return ParseDateTime(text).value(); }

std::optional<DateTime> OptionalTime(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return Time(text);
}

int64_t Submission(RecordStore& store, const std::string& kind, const std::string& unit, const std::string& file) {
  SubmissionRecord s;
  s.kind = kind;
  s.unit = unit;
  s.period = "2026-08";
  s.file_name = file;
  s.sha256 = "sha-" + file;
  s.submitted_at = "2026-09-02 08:00:00";
  s.mode = "strict";
  return store.BeginSubmission(s);
}

}  // namespace

std::vector<std::string> SplitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  for (const char c : line) {
    if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

std::string RepositoryRulesDir() { return std::string(BAOCAO_SOURCE_DIR) + "/rules"; }

void LoadChiSo766Province(Database& db) {
  const std::string dir = Fixture("chi_so_766") + "/";
  WriteTransaction transaction(db);
  RecordStore store(db);
  int ordinal = 0;
  for (const auto& row : ReadRows(dir + "units.csv")) {
    store.WriteUnit(UnitRecord{row[0], row[1], row[2], row[3], ++ordinal});
  }
  for (const auto& row : ReadRows(dir + "procedures.csv")) {
    ProcedureRecord p;
    p.ma_tthc = row[0];
    p.ten_tthc = row[1];
    p.linh_vuc = row[2];
    p.muc_do_dvc = row[3];
    p.co_phi = row[4] == "1";
    p.thanh_toan_truc_tuyen = row[5] == "1";
    p.ngay_quyet_dinh_cong_bo = Day(row[6]);
    p.ngay_hieu_luc = Day(row[7]);
    p.ngay_cong_khai = Day(row[8]);
    p.cong_khai_day_du = Flag(row, 9);
    p.ket_noi_du_lieu_dan_cu = Flag(row, 10);
    store.WriteProcedure(p);
  }
  for (const std::string unit : {"S01", "X01", "X02"}) {
    const std::string file = "dossiers_" + unit + "_2026-08.csv";
    const int64_t id = Submission(store, "dossiers", unit, file);
    int source_row = 1;
    const auto rows = ReadRows(dir + file);
    for (const auto& row : rows) {
      DossierRecord d;
      d.ma_ho_so = row[0];
      d.ma_tthc = row[1];
      d.ma_don_vi = row[2];
      d.kenh_nop = row[3];
      d.received = Time(row[4]);
      d.due = Time(row[5]);
      d.finished = OptionalTime(row[6]);
      d.trang_thai = row[7];
      d.phi_le_phi = std::stoll(row[8]);
      d.hinh_thuc_thanh_toan = row[9];
      d.danh_gia = row[10];
      d.dong_bo_dvcqg = Flag(row, 11);
      d.ket_qua_dien_tu = Flag(row, 12);
      d.so_hoa_thanh_phan = Flag(row, 13);
      d.tai_su_dung_du_lieu = Flag(row, 14);
      d.dong_bo_kho_ca_nhan = Flag(row, 15);
      d.du_lieu_dan_cu = Flag(row, 16);
      d.ban_sao_dien_tu = Flag(row, 17);
      store.WriteDossier(d, "2026-08", id, ++source_row);
    }
    store.RecordUnitReport(unit, "2026-08", "dossiers", id, static_cast<int>(rows.size()));
  }
  for (const std::string unit : {"S01", "X01"}) {
    const std::string file = "petitions_" + unit + "_2026-08.csv";
    const int64_t id = Submission(store, "petitions", unit, file);
    int source_row = 1;
    const auto rows = ReadRows(dir + file);
    for (const auto& row : rows) {
      PetitionRecord p;
      p.ma_phan_anh = row[0];
      p.ma_don_vi = row[1];
      p.received = Time(row[2]);
      p.due = Time(row[3]);
      p.handled = OptionalTime(row[4]);
      p.danh_gia = row[5];
      p.ma_ho_so = row[6];
      store.WritePetition(p, "2026-08", id, ++source_row);
    }
    store.RecordUnitReport(unit, "2026-08", "petitions", id, static_cast<int>(rows.size()));
  }
  transaction.Commit();
}

}  // namespace baocao::test
