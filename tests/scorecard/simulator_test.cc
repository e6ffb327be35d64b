#include "scorecard/simulator.h"

#include <catch2/catch.hpp>

#include "core/errors.h"

namespace baocao {
namespace {

const RulePack& Pack() {
  static const RulePack pack = LoadRulePack(std::string(BAOCAO_SOURCE_DIR) + "/rules", Date::FromYmd(2026, 8, 31));
  return pack;
}

std::string Error(const std::string& text) {
  try {
    RunSimulator(Pack(), text, "cases.json");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST_CASE("simulator: one case in, the portal-shaped answer out") {
  // Phú Thọ, formality-online-payment-tree month, child H44.124: the portal published 5,5.
  const std::string in = R"({"group": "payment", "inputs": {"totalDossierOnlinePaymentSuccess": 438,
    "totalDossierFinancialObligation": 597, "totalDossierOnlineFormalityPaymentSuccess": 8,
    "totalFeeDossierFormality": 6, "totalFeeFormality": 32}})";
  CHECK(RunSimulator(Pack(), in, "cases.json") ==
        "{\n"
        "  \"group\": \"payment\",\n"
        "  \"totalScore\": 5.5,\n"
        "  \"totalMaxScore\": 10,\n"
        "  \"metrics\": {\n"
        "    \"PAYMENT_A\": {\n      \"ratio\": 73.37,\n      \"score\": 4.4,\n      \"maxScore\": 6\n    },\n"
        "    \"PAYMENT_B\": {\n      \"ratio\": 25,\n      \"score\": 0.63,\n      \"maxScore\": 2\n    },\n"
        "    \"PAYMENT_C\": {\n      \"ratio\": 18.75,\n      \"score\": 0.47,\n      \"maxScore\": 2\n    }\n"
        "  }\n"
        "}\n");
}

TEST_CASE("simulator: a list in, a list out, 0/0 and missing inputs read null") {
  const std::string in = R"([
    {"group": "progress", "inputs": {"totalReceived": 0, "totalOnTime": 0}},
    {"group": "satisfaction", "inputs": {"DOSSIER_RECEIVING_SATISFACTION": {"ratio": 85.5},
                                         "PETITION_PROCESSING_ON_TIME": {"numerator": 0, "denominator": 0}}}
  ])";
  const SimulatorInput cases = ParseSimulatorCases(Pack(), in, "cases.json");
  REQUIRE(cases.list);
  REQUIRE(cases.cases.size() == 2);
  CHECK(SimulatorAnswer(Pack(), cases.cases[0], false) ==
        R"({"group":"progress","totalScore":0,"totalMaxScore":20,"metrics":{"PROGRESS":{"ratio":null,"score":0,"maxScore":20}}})");
  CHECK(SimulatorAnswer(Pack(), cases.cases[1], false) ==
        R"({"group":"satisfaction","totalScore":11.7,"totalMaxScore":18,"metrics":{)"
        R"("DOSSIER_RECEIVING_SATISFACTION":{"ratio":85.5,"score":5.7,"maxScore":6},)"
        R"("PETITION_PROCESSING_ON_TIME":{"ratio":null,"score":6,"maxScore":6},)"
        R"("PETITION_HANDLING_SATISFACTION":{"ratio":null,"score":null,"maxScore":6}}})");
  const std::string out = RunSimulator(Pack(), in, "cases.json");
  CHECK(out.front() == '[');
  CHECK(out.substr(out.size() - 2) == "]\n");
}

TEST_CASE("simulator: dvctt takes the synced share as counts or a ratio, and the channels' sum") {
  const auto answer = [](const std::string& extra) {
    const std::string in = R"({"group": "dvctt", "inputs": {"authorityCount": 10, "partialCount": 4, "fullCount": 4,
      "onlineServiceTotal": 8, "onlineDossierCount": 8, "channelOnlineSum": 40, "channelDirectSum": 50,
      "channelPostalSum": 10)" + extra + "}}";
    return SimulatorAnswer(Pack(), ParseSimulatorCases(Pack(), in, "x.json").cases[0], false);
  };
  CHECK(answer("") ==
        R"({"group":"dvctt","totalScore":10.8,"totalMaxScore":12,"metrics":{)"
        R"("DVCTT_3_1":{"ratio":80,"score":2,"maxScore":2},"DVCTT_3_2":{"ratio":100,"score":4,"maxScore":4},)"
        R"("DVCTT_3_3":{"ratio":40,"score":4.8,"maxScore":6}}})");
  CHECK(answer(R"(, "syncedShare": {"numerator": 50, "denominator": 100})").find(
            R"("DVCTT_3_3":{"ratio":20,"score":2.4,"maxScore":6})") != std::string::npos);
  CHECK(answer(R"(, "syncedShare": {"ratio": 50})").find(R"("DVCTT_3_3":{"ratio":20,"score":2.4,"maxScore":6})") !=
        std::string::npos);
  // channelTotalSum given wins over the channels' sum.
  CHECK(answer(R"(, "channelTotalSum": 200)").find(R"("DVCTT_3_3":{"ratio":20,"score":2.4,"maxScore":6})") !=
        std::string::npos);
}

TEST_CASE("simulator: ratios written as numbers or strings, rounded half-up beyond 2 decimals") {
  const auto ratio = [](const std::string& value) {
    const std::string in = R"({"group": "digitized", "inputs": {"ELECTRONIC_CERTIFIED_COPY": {"ratio": )" + value + "}}}";
    return ParseSimulatorCases(Pack(), in, "x.json").cases[0].inputs.ratios.at("ELECTRONIC_CERTIFIED_COPY");
  };
  CHECK(ratio("87.5") == 8750);
  CHECK(ratio("\"87,5\"") == 8750);
  CHECK(ratio("100") == 10000);
  CHECK(ratio("0.125") == 13);
  CHECK(ratio("33.333") == 3333);
}

TEST_CASE("simulator: bad cases are refused in Vietnamese, naming the case and the field") {
  CHECK(Error("{\"group\": \"payment\",\n  \"inputs\": {\"totalFeeFormality\": 3,}}") ==
        "cases.json:2:37: không đọc được JSON ở đây; hãy kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép");
  CHECK(Error("") == "cases.json: tệp trống: cần một trường hợp {\"group\": …, \"inputs\": {…}} hoặc một danh sách");
  CHECK(Error("42") ==
        "cases.json: tệp phải chứa một trường hợp {\"group\": …, \"inputs\": {…}} hoặc một danh sách các trường hợp");
  CHECK(Error("[]") == "cases.json: danh sách trường hợp trống");
  CHECK(Error(R"([{"group": "progress", "inputs": {}}, {"group": "tien-do", "inputs": {}}])") ==
        "cases.json: trường hợp 2, group: không có nhóm \"tien-do\"; các nhóm: transparency, progress, dvctt, "
        "payment, digitized, satisfaction");
  CHECK(Error(R"({"inputs": {}})") ==
        "cases.json: group: cần tên nhóm, một trong: transparency, progress, dvctt, payment, digitized, satisfaction");
  CHECK(Error(R"([{"group": "progress", "inputs": {"totalReceived": -5, "totalOnTime": 1}}])") ==
        "cases.json: trường hợp 1, inputs.totalReceived: phải là số nguyên không âm (đang là -5)");
  CHECK(Error(R"({"group": "progress", "inputs": {"totalReceived": 2.5}})") ==
        "cases.json: inputs.totalReceived: phải là một số nguyên không âm, viết không có ngoặc kép (đang là 2.5)");
  CHECK(Error(R"({"group": "progress", "inputs": {"totalReceived": "12"}})") ==
        "cases.json: inputs.totalReceived: phải là một số nguyên không âm, viết không có ngoặc kép (đang là \"12\")");
  CHECK(Error(R"({"group": "progress", "inputs": {"totalRecieved": 12}})") ==
        "cases.json: inputs.totalRecieved: không phải số liệu của nhóm progress; các số liệu: totalOnTime, totalReceived");
  CHECK(Error(R"({"group": "satisfaction", "inputs": {"PROGRESS": {"ratio": 5}}})") ==
        "cases.json: inputs.PROGRESS: không phải chỉ tiêu của nhóm satisfaction; các chỉ tiêu: "
        "DOSSIER_RECEIVING_SATISFACTION, PETITION_PROCESSING_ON_TIME, PETITION_HANDLING_SATISFACTION");
  CHECK(Error(R"({"group": "digitized", "inputs": {"ELECTRONIC_CERTIFIED_COPY": {"ratio": 120}}})") ==
        "cases.json: inputs.ELECTRONIC_CERTIFIED_COPY.ratio: tỷ lệ phải là một số phần trăm từ 0 đến 100, ví dụ "
        "87.5 (đang là 120)");
  CHECK(Error(R"({"group": "digitized", "inputs": {"ELECTRONIC_CERTIFIED_COPY": {"ratio": 92233720368547758}}})") ==
        "cases.json: inputs.ELECTRONIC_CERTIFIED_COPY.ratio: tỷ lệ phải là một số phần trăm từ 0 đến 100, ví dụ "
        "87.5 (đang là 92233720368547758)");
  CHECK(Error(R"({"group": "digitized", "inputs": {"ELECTRONIC_CERTIFIED_COPY": {"ratio": -1}}})") ==
        "cases.json: inputs.ELECTRONIC_CERTIFIED_COPY.ratio: tỷ lệ phải là một số phần trăm từ 0 đến 100, ví dụ "
        "87.5 (đang là -1)");
  CHECK(Error(R"({"group": "digitized", "inputs": {"ELECTRONIC_CERTIFIED_COPY": {"numerator": 3}}})") ==
        "cases.json: inputs.ELECTRONIC_CERTIFIED_COPY: cần cả numerator và denominator (hoặc chỉ ratio)");
  CHECK(Error(R"({"group": "digitized", "inputs": {"ELECTRONIC_CERTIFIED_COPY": 3}})") ==
        "cases.json: inputs.ELECTRONIC_CERTIFIED_COPY: phải có dạng {\"numerator\": n, \"denominator\": d} hoặc "
        "{\"ratio\": tỷ lệ phần trăm}");
  CHECK(Error(R"({"group": "progress", "inputs": {}, "note": "x"})") ==
        "cases.json: note: khóa không được hỗ trợ (chỉ có group và inputs)");
  CHECK(Error(R"({"group": "payment", "inputs": {"syncedShare": {"ratio": 5}}})") ==
        "cases.json: inputs.syncedShare: không phải số liệu của nhóm payment; các số liệu: "
        "totalDossierFinancialObligation, totalDossierOnlineFormalityPaymentSuccess, totalDossierOnlinePaymentSuccess, "
        "totalFeeDossierFormality, totalFeeFormality");
}

}  // namespace
}  // namespace baocao
