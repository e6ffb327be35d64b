#include "jobs/inbox_file_name.h"

#include <cctype>

#include "core/unit_code.h"

namespace baocao {
namespace {

bool Digits(const std::string& s, size_t from, size_t count) {
  if (from + count > s.size()) return false;
  for (size_t i = from; i < from + count; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

bool IsMonth(const std::string& p) {
  if (p.size() != 7 || p[4] != '-' || !Digits(p, 0, 4) || !Digits(p, 5, 2)) return false;
  const int month = (p[5] - '0') * 10 + (p[6] - '0');
  return month >= 1 && month <= 12;
}

bool IsYear(const std::string& p) { return p.size() == 4 && Digits(p, 0, 4); }

std::optional<SubmissionKind> KindOf(const std::string& text) {
  if (text == "units") return SubmissionKind::kUnits;
  if (text == "procedures") return SubmissionKind::kProcedures;
  if (text == "dossiers") return SubmissionKind::kDossiers;
  if (text == "discipline") return SubmissionKind::kDiscipline;
  if (text == "evaluations") return SubmissionKind::kEvaluations;
  if (text == "petitions") return SubmissionKind::kPetitions;
  return std::nullopt;
}

std::optional<InboxFileName> Refuse(std::string* why, const std::string& reason) {
  if (why != nullptr) *why = reason;
  return std::nullopt;
}

}  // namespace

const char* InboxNamePattern() { return "<loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls)"; }

std::optional<InboxFileName> ParseInboxFileName(const std::string& name, std::string* why) {
  const std::string pattern = std::string("tên tệp phải có dạng ") + InboxNamePattern();
  const size_t dot = name.rfind('.');
  std::string ext = dot == std::string::npos ? "" : name.substr(dot);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != ".csv" && ext != ".txt" && ext != ".xlsx" && ext != ".xls")
    return Refuse(why, "không phải tệp .csv, .txt, .xlsx hoặc .xls; " + pattern);
  const std::string stem = name.substr(0, dot);
  const size_t first = stem.find('_');
  const size_t last = stem.rfind('_');
  if (first == std::string::npos || first == last || last == first + 1)
    return Refuse(why, pattern + ", ví dụ dossiers_H01_2023-05.csv");
  InboxFileName parsed;
  const std::string kind = stem.substr(0, first);
  const auto k = KindOf(kind);
  if (!k)
    return Refuse(why, "loại dữ liệu \"" + kind +
                           "\" không hợp lệ (units, procedures, dossiers, discipline, evaluations, petitions); " + pattern);
  parsed.kind = *k;
  parsed.unit = stem.substr(first + 1, last - first - 1);
  parsed.period = stem.substr(last + 1);
  if (!IsValidUnitCode(parsed.unit)) return Refuse(why, UnitCodeProblem(parsed.unit) + "; " + pattern);
  const bool yearly = parsed.kind == SubmissionKind::kDiscipline || parsed.kind == SubmissionKind::kEvaluations;
  if (yearly && !IsYear(parsed.period))
    return Refuse(why, "kỳ \"" + parsed.period + "\" không hợp lệ: " +
                           (parsed.kind == SubmissionKind::kDiscipline ? "kỷ luật" : "xếp loại") +
                           " CBCCVC nộp theo năm, dạng YYYY, ví dụ " + kind + "_" + parsed.unit + "_2023" + ext);
  if (!yearly && !IsMonth(parsed.period))
    return Refuse(why, "kỳ \"" + parsed.period + "\" không hợp lệ: dạng YYYY-MM; " + pattern);
  return parsed;
}

}  // namespace baocao
