// The optional columns of the 766 scorecard (issue 13) on dossiers and procedures: 1/0, có/không,
// x and dates are stored; an empty cell or an absent column is unknown (NULL), never 0; a bad value
// rejects the row at its column.
#include <catch2/catch.hpp>

#include "ingest/ingest_fixture.h"
#include "ingest/submission.h"

namespace baocao {
namespace {

using test::CatalogDb;
using test::DumpDatabase;
using test::QueryText;

std::vector<std::string> Messages(const Receipt& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.Format("f"));
  return out;
}

constexpr const char* kDossierFacts =
    "SELECT ma_ho_so, dong_bo_dvcqg, ket_qua_dien_tu, so_hoa_thanh_phan, tai_su_dung_du_lieu, "
    "dong_bo_kho_ca_nhan, du_lieu_dan_cu, ban_sao_dien_tu FROM dossiers ORDER BY ma_ho_so";

constexpr const char* kProcedureFacts =
    "SELECT ma_tthc, ngay_quyet_dinh_cong_bo, ngay_hieu_luc, ngay_cong_khai, cong_khai_day_du, "
    "ket_noi_du_lieu_dan_cu FROM procedures WHERE ma_tthc IN ('1.001612', '2.000908', '1.001193') ORDER BY ma_tthc";

}  // namespace

TEST_CASE("dossier facts: 1, 0, Có, không, x and KHÔNG are stored, an empty cell is unknown", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "dossiers_scorecard_facts.csv", "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.errors.empty());
  CHECK(r.warnings.empty());  // every column is known, "Đồng bộ Cổng DVCQG" by its label
  CHECK(QueryText(c.db(), kDossierFacts) ==
        "Q-001|1|0|1|0|1|NULL|0\n"
        "Q-002|0|1|1|0|NULL|1|0\n"
        "Q-003|NULL|NULL|NULL|NULL|NULL|NULL|NULL\n");
}

TEST_CASE("a dossiers file without the optional facts stores them as unknown, with no warning", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "dossiers_canonical.csv", "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.warnings.empty());
  CHECK(QueryText(c.db(), "SELECT COUNT(*) FROM dossiers WHERE dong_bo_dvcqg IS NULL AND ket_qua_dien_tu IS NULL "
                          "AND so_hoa_thanh_phan IS NULL AND tai_su_dung_du_lieu IS NULL AND dong_bo_kho_ca_nhan "
                          "IS NULL AND du_lieu_dan_cu IS NULL AND ban_sao_dien_tu IS NULL") == "6\n");
}

TEST_CASE("a bad dossier fact is refused at its row and column, and nothing is stored", "[ingest]") {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  const Receipt r = c.Submit(SubmissionKind::kDossiers, "bad_scorecard_facts.csv", "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(DumpDatabase(c.db()) == before);
  CHECK(Messages(r) ==
        std::vector<std::string>{
            "f:2:12: cột \"dong_bo_dvcqg\": giá trị \"2\" không hợp lệ; chấp nhận: 1 (có) hoặc 0 (không)",
            "f:3:13: cột \"ban_sao_dien_tu\": giá trị \"đã cấp\" không hợp lệ; chấp nhận: 1 (có) hoặc 0 (không)"});
}

TEST_CASE("procedure facts: dates as day numbers, flags as 1/0, empty cells unknown", "[ingest]") {
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kProcedures, "procedures_scorecard_facts.csv");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.warnings.empty());
  // 2023-03-01 is day 19417 (days since 1970-01-01), 10/03/2023 day 19426, 2023-03-06 day 19422.
  CHECK(QueryText(c.db(), kProcedureFacts) ==
        "1.001193|19417|NULL|NULL|NULL|NULL\n"
        "1.001612|19417|19426|19422|1|1\n"
        "2.000908|NULL|NULL|NULL|0|0\n");
}

TEST_CASE("a procedures file without the optional facts stores NULLs", "[ingest]") {
  CatalogDb c;  // the sample catalog has none of the columns
  CHECK(QueryText(c.db(), "SELECT COUNT(*), COUNT(ngay_quyet_dinh_cong_bo), COUNT(ngay_hieu_luc), "
                          "COUNT(ngay_cong_khai), COUNT(cong_khai_day_du), COUNT(ket_noi_du_lieu_dan_cu) "
                          "FROM procedures") == "12|0|0|0|0|0\n");
  // Facts stored once are replaced by the next catalog: a catalog without them says nothing is known.
  CHECK(c.Submit(SubmissionKind::kProcedures, "procedures_scorecard_facts.csv").ok());
  CHECK(c.Submit(SubmissionKind::kProcedures, "procedures_canonical.csv").ok());
  CHECK(QueryText(c.db(), "SELECT ngay_quyet_dinh_cong_bo, ngay_hieu_luc, ngay_cong_khai, cong_khai_day_du, "
                          "ket_noi_du_lieu_dan_cu FROM procedures WHERE ma_tthc = '1.001612'") ==
        "NULL|NULL|NULL|NULL|NULL\n");
}

TEST_CASE("a bad procedure date or fact is refused at its row and column", "[ingest]") {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  const Receipt r = c.Submit(SubmissionKind::kProcedures, "bad_procedure_scorecard_facts.csv");
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(DumpDatabase(c.db()) == before);
  CHECK(Messages(r) ==
        std::vector<std::string>{
            "f:2:7: cột \"ngay_quyet_dinh_cong_bo\": ngày \"31/02/2023\" không hợp lệ (dạng đúng: YYYY-MM-DD "
            "hoặc DD/MM/YYYY, có thể kèm giờ HH:MM)",
            "f:2:10: cột \"cong_khai_day_du\": giá trị \"đủ\" không hợp lệ; chấp nhận: 1 (có) hoặc 0 (không)"});
}

}  // namespace baocao
