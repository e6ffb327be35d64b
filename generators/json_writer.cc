#include "generators/json_writer.h"

#include <charconv>
#include <cstdio>
#include <fstream>

#include "core/errors.h"
#include "indicators/indicator_keys.h"

namespace baocao {
namespace {

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::string Number(const Value& v) {
  switch (v.kind) {
    case Value::Kind::kNull:
      return "null";
    case Value::Kind::kCount:
      return std::to_string(v.count);
    case Value::Kind::kRate: {
      char buf[32];
      const auto r = std::to_chars(buf, buf + sizeof buf, v.rate);
      return std::string(buf, r.ptr);
    }
  }
  return "null";
}

std::string PeriodObject(const Period& p) {
  static const char* kKinds[] = {"month", "quarter", "half", "year", "range"};
  return "{\"label\": " + Quote(p.Label()) + ", \"title\": " + Quote(p.Title()) +
         ", \"kind\": \"" + kKinds[static_cast<int>(p.kind)] +
         "\", \"calendar\": " + (p.calendar ? "true" : "false") + ", \"from\": \"" + p.from.Iso() +
         "\", \"to\": \"" + p.to.Iso() + "\"}";
}

std::string UnitObject(const Report& report, const UnitRow& row) {
  std::string out = "    {\"ma_don_vi\": " + Quote(row.ma_don_vi) +
                    ", \"ten_don_vi\": " + Quote(row.ten_don_vi) + ", \"cap\": " + Quote(row.cap) +
                    ", \"ma_don_vi_cha\": " +
                    (row.ma_don_vi_cha.empty() ? std::string("null") : Quote(row.ma_don_vi_cha)) +
                    ", \"level\": " + std::to_string(row.depth) +
                    ", \"submitted\": " + (row.submitted ? "true" : "false");
  for (const auto& key : FormKeys(report.form)) out += ",\n      \"" + key + "\": " + Number(Lookup(row, key));
  if (FormHasDisciplineByForm(report.form)) {
    out += ",\n      \"discipline_by_form\": ";
    if (!row.submitted) {
      out += "null";
    } else {
      out += "{";
      const auto& forms = DisciplineForms();
      for (size_t i = 0; i < forms.size(); ++i)
        out += (i ? ", \"" : "\"") + forms[i] + "\": " + Number(Lookup(row, "discipline_by_form." + forms[i]));
      out += "}";
    }
  }
  return out + "}";
}

}  // namespace

std::string ToJson(const Report& report) {
  std::string out = "{\n  \"form\": " + Quote(report.form) + ",\n  \"period\": " +
                    PeriodObject(report.period) + ",\n";
  if (report.previous) out += "  \"previous_period\": " + PeriodObject(*report.previous) + ",\n";
  out += "  \"root\": " + Quote(report.root) + ",\n  \"place\": " + Quote(report.place) +
         ",\n  \"issued_on\": \"" + report.issued_on.Iso() + "\",\n";
  if (FormHasCatalog(report.form)) {
    out += "  \"catalog\": {";
    const auto& keys = CatalogKeys();
    for (size_t i = 0; i < keys.size(); ++i) {
      const auto it = report.catalog.find(keys[i]);
      out += (i ? ", \"" : "\"") + keys[i] + "\": " + Number(it == report.catalog.end() ? Value::Null() : it->second);
    }
    out += "},\n";
  }
  out += "  \"units\": [\n";
  for (size_t i = 0; i < report.units.size(); ++i)
    out += UnitObject(report, report.units[i]) + (i + 1 < report.units.size() ? ",\n" : "\n");
  out += "  ],\n  \"warnings\": [";
  for (size_t i = 0; i < report.warnings.size(); ++i)
    out += (i ? ",\n    " : "\n    ") + Quote(report.warnings[i]);
  out += report.warnings.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

void WriteJson(const Report& report, const std::string& path) {
  const std::string text = ToJson(report);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw Error("Không ghi được tệp " + path);
}

}  // namespace baocao
