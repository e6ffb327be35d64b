#include "scorecard/simulator.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <set>

#include "core/errors.h"
#include "core/text.h"
#include "scorecard/fixed_point.h"
#include "scorecard/scoring.h"

namespace baocao {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

const char* const kSyncedShare = "syncedShare";
const char* const kChannels[] = {"channelOnlineSum", "channelDirectSum", "channelPostalSum"};

// Whether every indicator of the group reads "<CODE>.numerator" / "<CODE>.denominator": then its
// inputs are given per code ({"CODE": {"numerator": …}}), else by the portal's input names.
bool ReadsCodes(const GroupRule& group) {
  for (const auto& i : group.indicators)
    if (i.numerator != std::vector<std::string>{i.code + ".numerator"} ||
        i.denominator != std::vector<std::string>{i.code + ".denominator"})
      return false;
  return true;
}

std::string Shown(const json& value) {
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (text.size() > 40) text = text.substr(0, 40) + "…";
  return text;
}

class CaseReader {
 public:
  CaseReader(const RulePack& pack, std::string source, std::string where)
      : pack_(pack), source_(std::move(source)), where_(std::move(where)) {}

  [[noreturn]] void Fail(const std::string& field, const std::string& why) const {
    std::string at = where_;
    if (!field.empty()) at += (at.empty() ? "" : ", ") + field;
    throw InputError(source_, 0, 0, (at.empty() ? "" : at + ": ") + why);
  }

  int64_t Count(const std::string& field, const json& value) const {
    if (value.is_number_unsigned()) {
      const auto v = value.get<uint64_t>();
      if (v > static_cast<uint64_t>(1) << 50) Fail(field, "số quá lớn (" + Shown(value) + ")");
      return static_cast<int64_t>(v);
    }
    if (value.is_number_integer()) Fail(field, "phải là số nguyên không âm (đang là " + Shown(value) + ")");
    Fail(field, "phải là một số nguyên không âm, viết không có ngoặc kép (đang là " + Shown(value) + ")");
  }

  // A percentage 0..100 as a JSON number (87.5) or a string ("87,5"), in hundredths.
  int64_t Percent(const std::string& field, const json& value) const {
    std::optional<int64_t> hundredths;
    if (value.is_number_unsigned()) {
      if (value.get<uint64_t>() <= 100) hundredths = static_cast<int64_t>(value.get<uint64_t>()) * 100;
    } else if (value.is_number_float()) {
      // The shortest text that reads back as the same double is the decimal the file wrote.
      char buffer[64];
      const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.get<double>());
      if (ec == std::errc()) hundredths = ParseHundredths(std::string_view(buffer, static_cast<size_t>(end - buffer)));
    } else if (value.is_string()) {
      hundredths = ParseHundredths(value.get<std::string>());
    }
    if (!hundredths || *hundredths > 10000)
      Fail(field, "tỷ lệ phải là một số phần trăm từ 0 đến 100, ví dụ 87.5 (đang là " + Shown(value) + ")");
    return *hundredths;
  }

  // {"numerator": n, "denominator": d} -> the two counts, or {"ratio": pct} -> the percentage.
  void Ratio(const std::string& field, const json& value, const std::string& numerator_input,
             const std::string& denominator_input, const std::string& ratio_code, ScoreInputs& inputs) const {
    if (!value.is_object())
      Fail(field, "phải có dạng {\"numerator\": n, \"denominator\": d} hoặc {\"ratio\": tỷ lệ phần trăm}");
    for (const auto& [key, item] : value.items())
      if (key != "numerator" && key != "denominator" && key != "ratio")
        Fail(field + "." + key, "khóa không được hỗ trợ (chỉ có numerator, denominator hoặc ratio)");
    if (value.contains("ratio")) {
      if (value.contains("numerator") || value.contains("denominator"))
        Fail(field, "cho hoặc ratio, hoặc numerator và denominator, không cho cả hai");
      const int64_t pct = Percent(field + ".ratio", value["ratio"]);
      if (ratio_code.empty()) {  // a factor: the percentage as a fraction of 10000
        inputs.counts[numerator_input] = pct;
        inputs.counts[denominator_input] = 10000;
      } else {
        inputs.ratios[ratio_code] = pct;
      }
      return;
    }
    if (!value.contains("numerator") || !value.contains("denominator"))
      Fail(field, "cần cả numerator và denominator (hoặc chỉ ratio)");
    inputs.counts[numerator_input] = Count(field + ".numerator", value["numerator"]);
    inputs.counts[denominator_input] = Count(field + ".denominator", value["denominator"]);
  }

  SimulatorCase Read(const json& c) const {
    if (!c.is_object()) Fail("", "mỗi trường hợp phải có dạng {\"group\": \"payment\", \"inputs\": {…}}");
    for (const auto& [key, item] : c.items())
      if (key != "group" && key != "inputs") Fail(key, "khóa không được hỗ trợ (chỉ có group và inputs)");
    std::string groups;
    for (const auto& g : pack_.groups) groups += (groups.empty() ? "" : ", ") + g.code;
    if (!c.contains("group") || !c["group"].is_string()) Fail("group", "cần tên nhóm, một trong: " + groups);
    SimulatorCase out;
    out.group = c["group"].get<std::string>();
    const GroupRule* group = pack_.Group(out.group);
    if (group == nullptr) Fail("group", "không có nhóm \"" + out.group + "\"; các nhóm: " + groups);
    if (!c.contains("inputs") || !c["inputs"].is_object())
      Fail("inputs", "cần một đối tượng {\"tên số liệu\": giá trị, …}");
    const json& inputs = c["inputs"];

    if (ReadsCodes(*group)) {
      for (const auto& [key, value] : inputs.items()) {
        const auto* rule = FindIndicator(*group, key);
        if (rule == nullptr) Fail("inputs." + key, "không phải chỉ tiêu của nhóm " + group->code + "; các chỉ tiêu: " + Codes(*group));
        Ratio("inputs." + key, value, key + ".numerator", key + ".denominator", key, out.inputs);
      }
      return out;
    }

    std::set<std::string> allowed;
    const IndicatorRule* with_factor = nullptr;
    for (const auto& i : group->indicators) {
      allowed.insert(i.numerator.begin(), i.numerator.end());
      allowed.insert(i.denominator.begin(), i.denominator.end());
      if (i.factor_numerator) with_factor = &i;
    }
    const bool channels = allowed.count("channelTotalSum") > 0;
    if (channels) allowed.insert(std::begin(kChannels), std::end(kChannels));
    for (const auto& [key, value] : inputs.items()) {
      if (with_factor != nullptr && key == kSyncedShare) {
        Ratio("inputs." + key, value, *with_factor->factor_numerator, *with_factor->factor_denominator, "", out.inputs);
        continue;
      }
      if (allowed.count(key) == 0) {
        std::string names;
        for (const auto& a : allowed) names += (names.empty() ? "" : ", ") + a;
        if (with_factor != nullptr) names += std::string(", ") + kSyncedShare;
        Fail("inputs." + key, "không phải số liệu của nhóm " + group->code + "; các số liệu: " + names);
      }
      out.inputs.counts[key] = Count("inputs." + key, value);
    }
    if (channels && out.inputs.counts.count("channelTotalSum") == 0) {
      int64_t sum = 0;
      bool all = true;
      for (const char* name : kChannels) {
        const auto it = out.inputs.counts.find(name);
        if (it == out.inputs.counts.end()) all = false;
        else sum += it->second;
      }
      if (all) out.inputs.counts["channelTotalSum"] = sum;
    }
    return out;
  }

 private:
  static const IndicatorRule* FindIndicator(const GroupRule& group, const std::string& code) {
    for (const auto& i : group.indicators)
      if (i.code == code) return &i;
    return nullptr;
  }
  static std::string Codes(const GroupRule& group) {
    std::string out;
    for (const auto& i : group.indicators) out += (out.empty() ? "" : ", ") + i.code;
    return out;
  }

  const RulePack& pack_;
  std::string source_;
  std::string where_;
};

// A number of hundredths as a JSON number: 600 -> 6, 625 -> 6.25.
ordered_json Number(int64_t hundredths) {
  if (hundredths % 100 == 0) return ordered_json(hundredths / 100);
  return ordered_json(static_cast<double>(hundredths) / 100.0);
}

ordered_json AnswerJson(const RulePack& pack, const SimulatorCase& c) {
  const Scorecard card = Score(pack, c.inputs);
  const GroupScore& group = *card.Group(c.group);
  ordered_json out;
  out["group"] = group.code;
  out["totalScore"] = Number(group.score);
  out["totalMaxScore"] = Number(group.max);
  ordered_json metrics = ordered_json::object();
  for (const auto& i : group.indicators) {
    ordered_json m;
    m["ratio"] = i.ratio ? Number(*i.ratio) : ordered_json(nullptr);
    m["score"] = i.state == IndicatorScore::State::kNoData ? ordered_json(nullptr) : Number(i.score);
    m["maxScore"] = Number(i.max);
    metrics[i.code] = std::move(m);
  }
  out["metrics"] = std::move(metrics);
  return out;
}

}  // namespace

SimulatorInput ParseSimulatorCases(const RulePack& pack, const std::string& text, const std::string& source_name) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    // e.byte is 1-based, at the character that broke the parse: turn it into line and column.
    int line = 1, column = 1;
    const size_t end = std::min(text.size(), e.byte == 0 ? 0 : e.byte - 1);
    for (size_t i = 0; i < end; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
    if (Trim(text).empty()) throw InputError(source_name, 0, 0, "tệp trống: cần một trường hợp {\"group\": …, \"inputs\": {…}} hoặc một danh sách");
    throw InputError(source_name, line, column,
                     "không đọc được JSON ở đây; hãy kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép");
  }
  SimulatorInput out;
  if (doc.is_array()) {
    out.list = true;
    if (doc.empty()) throw InputError(source_name, 0, 0, "danh sách trường hợp trống");
    for (size_t i = 0; i < doc.size(); ++i)
      out.cases.push_back(CaseReader(pack, source_name, "trường hợp " + std::to_string(i + 1)).Read(doc[i]));
  } else if (doc.is_object()) {
    out.cases.push_back(CaseReader(pack, source_name, "").Read(doc));
  } else {
    throw InputError(source_name, 0, 0,
                     "tệp phải chứa một trường hợp {\"group\": …, \"inputs\": {…}} hoặc một danh sách các trường hợp");
  }
  return out;
}

std::string SimulatorAnswer(const RulePack& pack, const SimulatorCase& c, bool indent) {
  return AnswerJson(pack, c).dump(indent ? 2 : -1);
}

std::string RunSimulator(const RulePack& pack, const std::string& text, const std::string& source_name) {
  const SimulatorInput input = ParseSimulatorCases(pack, text, source_name);
  if (!input.list) return AnswerJson(pack, input.cases.front()).dump(2) + "\n";
  ordered_json list = ordered_json::array();
  for (const auto& c : input.cases) list.push_back(AnswerJson(pack, c));
  return list.dump(2) + "\n";
}

}  // namespace baocao
