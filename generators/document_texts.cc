#include "generators/document_texts.h"

#include "generators/vietnamese_number.h"

namespace baocao {

std::string PeriodLine(const Period& period) { return "Kỳ báo cáo: " + period.TitleWithDates(); }

std::string ApprovalLine(const Report& report) {
  if (!report.approval) return "";
  return "Số liệu đã được phê duyệt ngày " + report.approval->approved_on.Vietnamese() + " (người phê duyệt: " +
         report.approval->approved_by + ")";
}

std::string BasisLine(const ReportTemplate& t, const Report& report) {
  return BasisFor(t, report.period.to);
}

std::string ReceivingUnitLine(const ReportTemplate& t, const Report& report) {
  const std::string unit =
      ReceivingUnitFor(t, report.units.empty() ? std::string() : report.root_row().cap);
  return unit.empty() ? "" : "Đơn vị nhận báo cáo: " + unit;
}

std::string PlaceAndDateLine(const Report& report) {
  return FormatDateLine(report.place, report.issued_on);
}

}  // namespace baocao
