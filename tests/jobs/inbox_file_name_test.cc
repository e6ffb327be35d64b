#include "jobs/inbox_file_name.h"

#include <catch2/catch.hpp>

namespace baocao {

TEST_CASE("inbox names give kind, unit and period", "[inbox]") {
  std::string why;
  const auto dossiers = ParseInboxFileName("dossiers_H01_2023-05.csv", &why);
  REQUIRE(dossiers);
  CHECK(dossiers->kind == SubmissionKind::kDossiers);
  CHECK(dossiers->unit == "H01");
  CHECK(dossiers->period == "2023-05");
  const auto discipline = ParseInboxFileName("discipline_SO_NOI_VU_2023.CSV", &why);
  REQUIRE(discipline);
  CHECK(discipline->kind == SubmissionKind::kDiscipline);
  CHECK(discipline->unit == "SO_NOI_VU");
  CHECK(discipline->period == "2023");
  CHECK(ParseInboxFileName("evaluations_H01_2023.csv", &why)->period == "2023");
  CHECK(ParseInboxFileName("dossiers_000.00.31.H30_2023-05.csv", &why)->unit == "000.00.31.H30");
  CHECK(ParseInboxFileName("units_T17_2023-05.csv", &why)->kind == SubmissionKind::kUnits);
  // Text and Excel exports are named the same way.
  CHECK(ParseInboxFileName("dossiers_H01_2023-05.xlsx", &why)->unit == "H01");
  CHECK(ParseInboxFileName("dossiers_H01_2023-05.XLS", &why)->period == "2023-05");
  CHECK(ParseInboxFileName("evaluations_H01_2023.txt", &why)->kind == SubmissionKind::kEvaluations);
  CHECK(ParseInboxFileName("discipline_H01_2023.xlsx", &why)->period == "2023");
  const auto petitions = ParseInboxFileName("petitions_H01_2023-05.csv", &why);
  REQUIRE(petitions);
  CHECK(petitions->kind == SubmissionKind::kPetitions);
  CHECK(petitions->unit == "H01");
  CHECK(petitions->period == "2023-05");
}

TEST_CASE("petitions are named by an export month, like dossiers", "[inbox]") {
  std::string why;
  CHECK_FALSE(ParseInboxFileName("petitions_H01_2023.csv", &why));
  CHECK(why == "kỳ \"2023\" không hợp lệ: dạng YYYY-MM; tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv "
               "(hoặc .txt, .xlsx, .xls)");
}

TEST_CASE("a name that does not fit says why", "[inbox]") {
  auto why_of = [](const std::string& name) {
    std::string why;
    CHECK_FALSE(ParseInboxFileName(name, &why));
    return why;
  };
  CHECK(why_of("ghi_chu.docx") ==
        "không phải tệp .csv, .txt, .xlsx hoặc .xls; tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, "
        ".xlsx, .xls)");
  CHECK(why_of("dossiers_H01_2023-05") ==
        "không phải tệp .csv, .txt, .xlsx hoặc .xls; tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, "
        ".xlsx, .xls)");
  CHECK(why_of("dossiers_2023-05.csv") ==
        "tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls), ví dụ dossiers_H01_2023-05.csv");
  CHECK(why_of("dossiers__2023-05.csv") ==
        "tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls), ví dụ dossiers_H01_2023-05.csv");
  CHECK(why_of("hoso_H01_2023-05.csv") ==
        "loại dữ liệu \"hoso\" không hợp lệ (units, procedures, dossiers, discipline, evaluations, petitions); "
        "tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls)");
  CHECK(why_of("dossiers_H01_2023.csv") ==
        "kỳ \"2023\" không hợp lệ: dạng YYYY-MM; tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls)");
  CHECK(why_of("dossiers_H01_2023-13.csv").rfind("kỳ \"2023-13\" không hợp lệ", 0) == 0);
  CHECK(why_of("discipline_H01_23.csv") ==
        "kỳ \"23\" không hợp lệ: kỷ luật CBCCVC nộp theo năm, dạng YYYY, ví dụ discipline_H01_2023.csv");
  CHECK(why_of("discipline_H01_23.xlsx") ==
        "kỳ \"23\" không hợp lệ: kỷ luật CBCCVC nộp theo năm, dạng YYYY, ví dụ discipline_H01_2023.xlsx");
}

TEST_CASE("discipline and evaluations are named by a year only, never a month", "[inbox]") {
  std::string why;
  CHECK_FALSE(ParseInboxFileName("discipline_T17_2023-05.csv", &why));
  CHECK(why == "kỳ \"2023-05\" không hợp lệ: kỷ luật CBCCVC nộp theo năm, dạng YYYY, ví dụ discipline_T17_2023.csv");
  CHECK_FALSE(ParseInboxFileName("evaluations_H01_2023-12.csv", &why));
  CHECK(why == "kỳ \"2023-12\" không hợp lệ: xếp loại CBCCVC nộp theo năm, dạng YYYY, ví dụ evaluations_H01_2023.csv");
}

TEST_CASE("an inbox name whose unit is not a unit code is refused", "[inbox]") {
  const std::string rule =
      "mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm (.), gạch dưới (_), gạch ngang (-), bắt đầu bằng "
      "chữ cái hoặc chữ số, tối đa 64 ký tự; tên tệp phải có dạng <loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls)";
  for (const std::string unit : {"..", "-rf", "H 01", ".H01", "Hòa"}) {
    std::string why;
    CHECK_FALSE(ParseInboxFileName("dossiers_" + unit + "_2023-05.csv", &why));
    CHECK(why == "mã đơn vị \"" + unit + "\" không hợp lệ: " + rule);
  }
}

}  // namespace baocao
