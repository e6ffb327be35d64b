// The approvals of periods as stored (tables approvals and approved_figures, schema 7): who approved
// which subtree of units for which period label, when, whether it was withdrawn and why, and the
// frozen figures of every unit each approval took. SQL only: what the figures are, how they are
// taken and used is indicators/approved_figures.h; the lock on submissions is ingest/submission.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace baocao {

struct ApprovalRecord {
  int64_t id = 0;                 // set by Insert
  std::string period;             // the period's label: "2023-05", "2023-Q2-cal", "2023-05-01_2023-05-31"
  std::string root;               // ma_don_vi of the approved subtree's root
  std::string approved_by;
  std::string approved_at;        // "YYYY-MM-DD HH:MM:SS", local time
  std::optional<std::string> withdrawn_by;
  std::optional<std::string> withdrawn_at;  // nullopt while the approval is active
  std::optional<std::string> withdraw_reason;
  std::optional<std::string> catalog;       // JSON of the province catalog values (root = province)

  bool active() const { return !withdrawn_at.has_value(); }
};

// One unit's frozen figures in an approval (JSON text of indicators/approved_figures.h).
struct ApprovedUnitFigures {
  int64_t approval_id = 0;
  std::string unit;
  std::string figures;
};

class ApprovalStore {
 public:
  explicit ApprovalStore(Database& db) : db_(db) {}

  // The active approvals of one period label, oldest first.
  std::vector<ApprovalRecord> Active(const std::string& period);
  // Every active approval, whatever its period (the lock on submissions), oldest first.
  std::vector<ApprovalRecord> AllActive();
  // Every approval of a period label, withdrawn ones too, oldest first.
  std::vector<ApprovalRecord> All(const std::string& period);

  // Adds the approval (its id and withdrawal fields are ignored); returns the new id.
  int64_t Insert(const ApprovalRecord& approval);
  void AddFigures(int64_t approval_id, const std::string& unit, const std::string& figures);
  // The frozen figures of an approval, in the order they were added.
  std::vector<ApprovedUnitFigures> Figures(int64_t approval_id);
  // The units an approval took (ma_don_vi), in the order they were added.
  std::vector<std::string> Units(int64_t approval_id);
  // Marks the approval withdrawn; its figures stay stored (history).
  void Withdraw(int64_t approval_id, const std::string& by, const std::string& at, const std::string& reason);

 private:
  std::vector<ApprovalRecord> Select(const std::string& where, const std::optional<std::string>& period);
  Database& db_;
};

}  // namespace baocao
