// The lines around a report's table that the Excel and the PDF writers both print (SPEC §5), so that
// the two say the same words: the period line, the basis and receiving-unit lines chosen from the
// template by the period's end and the reporting unit's level, the place and date line.
#pragma once

#include <string>

#include "core/period.h"
#include "generators/report_template.h"
#include "indicators/report.h"

namespace baocao {

// "Kỳ báo cáo: Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023)"; a range prints its dates
// once: "Kỳ báo cáo: Từ ngày 01/05/2023 đến ngày 31/05/2023".
std::string PeriodLine(const Period& period);

// "Số liệu đã được phê duyệt ngày 20/06/2023 (người phê duyệt: nguyen.van.a)" under the period line
// when the report's figures are approved (Report::approval); "" otherwise.
std::string ApprovalLine(const Report& report);

// The template's basis line in force at the end of the report's period ("" when none).
std::string BasisLine(const ReportTemplate& t, const Report& report);

// "Đơn vị nhận báo cáo: Văn phòng UBND tỉnh" by the level (cap) of the report's root unit; ""
// when the template names no receiving unit for it.
std::string ReceivingUnitLine(const ReportTemplate& t, const Report& report);

// The place and date line of Nghị định 30/2020/NĐ-CP: "Hòa Bình, ngày 05 tháng 5 năm 2023",
// "Hòa Bình, ngày 14 tháng 02 năm 2024" (FormatDateLine); "Ngày …" without a place.
std::string PlaceAndDateLine(const Report& report);

}  // namespace baocao
