// The facts the 766 scorecard is computed from (issue 13), read from the database for one calendar
// period [from, to]: per (unit, procedure) aggregates of the unit's own dossiers, which procedures
// each unit has ever received a dossier of, the catalog's procedure facts, per-unit petition
// aggregates and which units sent a petitions file for the period. All the SQL of the scorecard is
// here; indicators/score_inputs.h turns these facts into each unit's ScoreInputs.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/database.h"
#include "store/figures_source.h"

namespace baocao {

// The optional dossier facts (the dossiers table's columns), in this order everywhere.
inline constexpr int kDossierFactCount = 7;
inline constexpr std::array<const char*, kDossierFactCount> kDossierFactColumns = {
    "dong_bo_dvcqg",       "ket_qua_dien_tu",     "so_hoa_thanh_phan", "tai_su_dung_du_lieu",
    "dong_bo_kho_ca_nhan", "du_lieu_dan_cu",      "ban_sao_dien_tu"};

// One unit's own dossiers of one procedure in the period (only pairs with a dossier in the period's
// flow: carried over or new).
struct DossierFlowFacts {
  std::string ma_don_vi;
  std::string ma_tthc;
  int64_t new_total = 0;    // received within [from, to]
  int64_t new_online = 0;   // … kenh_nop truc_tuyen
  int64_t new_direct = 0;   // … truc_tiep
  int64_t new_postal = 0;   // … buu_chinh
  int64_t carried = 0;      // received before from and not finished before from
  // Finished within the period: da_tra_ket_qua on or before the due day, rut_ho_so, tra_lai; and
  // pending at `to` (not finished, or finished after `to`) with due day ≥ to.
  int64_t on_time = 0;
  // Of on_time: rated khong_hai_long, or named by a petition (petitions.ma_ho_so).
  int64_t on_time_dissatisfied = 0;
  int64_t financial = 0;    // new with phi_le_phi > 0
  int64_t paid_online = 0;  // … and hinh_thuc_thanh_toan truc_tuyen
  std::array<int64_t, kDossierFactCount> known{};  // new with the fact's cell filled
  std::array<int64_t, kDossierFactCount> yes{};    // new with the fact = 1
};

// A catalog procedure's facts; dates as day numbers (core/date.h).
struct ProcedureFacts {
  std::string ma_tthc;
  std::string muc_do_dvc;  // toan_trinh | mot_phan | khong
  bool co_phi = false;
  std::optional<int> ngay_quyet_dinh_cong_bo;
  std::optional<int> ngay_hieu_luc;
  std::optional<int> ngay_cong_khai;
  std::optional<bool> cong_khai_day_du;
  std::optional<bool> ket_noi_du_lieu_dan_cu;
};

// One unit's own petitions handled (handled_day) within [from, to].
struct PetitionFacts {
  int64_t handled = 0;
  int64_t on_time = 0;    // handled_day ≤ due_day
  int64_t rated = 0;      // danh_gia filled
  int64_t satisfied = 0;  // danh_gia rat_hai_long or hai_long
};

struct ScorecardFacts {
  std::vector<DossierFlowFacts> flows;
  // (ma_don_vi, ma_tthc) of which the unit received at least one dossier on or before `to`.
  std::set<std::pair<std::string, std::string>> ever_received;
  // Per unit: whether any of its dossiers received on or before `to` carried each optional fact.
  std::map<std::string, std::array<bool, kDossierFactCount>> facts_carried;
  std::vector<ProcedureFacts> procedures;  // the whole catalog
  std::map<std::string, PetitionFacts> petitions;  // by ma_don_vi
  // Units with a unit_reports row of kind 'petitions' for one of `export_months`.
  std::set<std::string> petition_reporters;
};

// Reads the facts of the days [from, to] (day numbers); export_months ("YYYY-MM") are the months of
// the petitions files that count for the period.
ScorecardFacts LoadScorecardFacts(Database& db, int from, int to,
                                  const std::vector<std::string>& export_months);

// One period of LoadScorecardFacts below.
struct ScorecardWindow {
  int from = 0;
  int to = 0;
  std::vector<std::string> export_months;
};

// The facts of several periods (a chi_so_766 report's period and the one before), in the order of
// `windows`, with the dossiers read in one pass for all of them — in parts at once on a large table,
// as `split` says (figures_source.h: one part a core by default).
std::vector<ScorecardFacts> LoadScorecardFacts(Database& db, const std::vector<ScorecardWindow>& windows,
                                               const DossierScanSplit& split = {});

}  // namespace baocao
