#include "ingest/cell_text.h"

#include <catch2/catch.hpp>

namespace baocao {

TEST_CASE("cell_text: numbers print as the CSV of the same export holds them", "[ingest][cell_text]") {
  CHECK(NumberText(200000) == "200000");
  CHECK(NumberText(-3) == "-3");
  CHECK(NumberText(-0.0) == "0");
  CHECK(NumberText(1.001612) == "1.001612");
  CHECK(NumberText(1.001612000000001) == "1.001612");
  CHECK(NumberText(0.1 + 0.2) == "0.3");
  CHECK(NumberText(0.5) == "0.5");
  CHECK(NumberText(1234567.125) == "1234567.125");
  CHECK(NumberText(1e15) == "1000000000000000");
  CHECK(NumberText(0.000001) == "0.000001");
  CHECK(NumberText(1.0001, 6) == "1.000100");
  CHECK(NumberText(2.0, 6) == "2.000000");
  CHECK(NumberText(75000.0, 0) == "75000");
  CHECK(NumberText(-0.0001, 2) == "0.00");
  CHECK(NumberText(std::nan("")) == "");
}

TEST_CASE("cell_text: serial dates in both date systems", "[ingest][cell_text]") {
  CHECK(SerialDateText(45049, false) == "2023-05-03");  // Excel: 03/05/2023 (44927 is 01/01/2023)
  CHECK(SerialDateText(45049.34375, false) == "2023-05-03 08:15:00");
  CHECK(SerialDateText(45049.999999999, false) == "2023-05-04");  // rounds to the next midnight
  CHECK(SerialDateText(43587, true) == "2023-05-03");             // the same day in the 1904 system
  CHECK(SerialDateText(1, false) == "1900-01-01");
  CHECK(SerialDateText(59, false) == "1900-02-28");
  CHECK(SerialDateText(61, false) == "1900-03-01");
  CHECK(SerialDateText(0, true) == "1904-01-01");
  CHECK(SerialDateText(2958465, false) == "9999-12-31");
  CHECK_FALSE(SerialDateText(60, false));  // 29/02/1900 never was
  CHECK_FALSE(SerialDateText(0, false));
  CHECK_FALSE(SerialDateText(-1, true));
  CHECK_FALSE(SerialDateText(2958466, false));
}

TEST_CASE("cell_text: which number formats show dates and how many decimals", "[ingest][cell_text]") {
  CHECK(IsDateFormatCode("dd/mm/yyyy"));
  CHECK(IsDateFormatCode("[$-42A]d/m/yyyy h:mm"));
  CHECK(IsDateFormatCode("yyyy-mm-dd hh:mm:ss"));
  CHECK_FALSE(IsDateFormatCode("General"));
  CHECK_FALSE(IsDateFormatCode("#,##0\" đồng\""));
  CHECK_FALSE(IsDateFormatCode("0.000000"));
  CHECK_FALSE(IsDateFormatCode("[Red]#,##0"));
  CHECK(IsBuiltInDateFormat(14));
  CHECK(IsBuiltInDateFormat(22));
  CHECK_FALSE(IsBuiltInDateFormat(2));
  CHECK(FixedDecimals("0.000000") == 6);
  CHECK(FixedDecimals("#,##0.00;[Red]-#,##0.00") == 2);
  CHECK(FixedDecimals("0") == 0);
  CHECK(FixedDecimals("#,##0") == 0);
  CHECK(FixedDecimals("General") == -1);
  CHECK(FixedDecimals("0.0#") == -1);
  CHECK(FixedDecimals("0.00E+00") == -1);
  CHECK(FixedDecimals("@") == -1);
  CHECK(FixedDecimals("dd/mm/yyyy") == -1);
}

}  // namespace baocao
