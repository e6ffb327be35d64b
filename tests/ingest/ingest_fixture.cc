#include "ingest/ingest_fixture.h"

#include <stdexcept>

namespace baocao::test {

std::string IngestFixture(const std::string& name) {
  return name.empty() || name[0] == '/' ? name : Fixture("ingest/" + name);
}

CatalogDb::CatalogDb() {
  for (const auto& [kind, file] : {std::pair{SubmissionKind::kUnits, "sample/units.csv"},
                                   std::pair{SubmissionKind::kProcedures, "sample/procedures.csv"}}) {
    SubmitRequest request;
    request.kind = kind;
    request.file = Fixture(file);
    request.now = "2023-06-20 08:00:00";
    if (!baocao::Submit(db_, request).ok()) throw std::runtime_error("catalog fixture rejected");
  }
}

Receipt CatalogDb::Submit(SubmissionKind kind, const std::string& name, std::optional<std::string> unit,
                          std::optional<std::string> period, bool partial) {
  SubmitRequest request;
  request.kind = kind;
  request.file = IngestFixture(name);
  request.unit = std::move(unit);
  request.period = std::move(period);
  request.partial = partial;
  request.now = "2023-06-20 09:00:00";
  return baocao::Submit(db_, request);
}

std::string CatalogDb::Dossiers() {
  return QueryText(db_,
                   "SELECT ma_ho_so, ma_tthc, ma_don_vi, kenh_nop, received_at, received_day, due_at, "
                   "due_day, finished_at, finished_day, trang_thai, phi_le_phi, hinh_thuc_thanh_toan, "
                   "danh_gia, export_month FROM dossiers ORDER BY ma_ho_so");
}

}  // namespace baocao::test
