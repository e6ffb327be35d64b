#include "ingest/xml_stream.h"

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "ingest/workbook_builder_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

// Records the events as text; pauses after every </p>, stops at <stop/>.
class Recorder : public XmlHandler {
 public:
  XmlStream* stream = nullptr;
  std::string events;
  void OnStart(const XmlName& name, const XmlAttributes& attributes) override {
    events += "<" + std::string(name.local) + (name.ns == XmlNamespace::kSpreadsheet ? "" : "?");
    if (const char* id = attributes.Find("id", XmlNamespace::kRelationships)) events += " r:id=" + std::string(id);
    if (const char* v = attributes.Find("v")) events += " v=" + std::string(v);
    events += ">";
    if (name.local == "stop") stream->Stop();
    if (name.local == "fail") throw InputError("t.xlsx", 7, 0, "handler");
  }
  void OnEnd(const XmlName& name) override {
    events += "</" + std::string(name.local) + ">";
    if (name.local == "p") stream->Pause();
  }
  void OnText(std::string_view text) override { events += text; }
};

struct Parsed {
  std::vector<std::string> pieces;  // the events of each Parse call
  std::string error;
};

// xml as the one part of a zip, opened in an XmlStream that tells a Recorder.
struct OpenPart {
  explicit OpenPart(const std::string& xml) : zip(Zipped(dir, xml)), stream(zip, 0, "t.xlsx", recorder, XmlLimits{}) {
    recorder.stream = &stream;
  }
  static std::string Zipped(const test::TempDir& dir, const std::string& xml) {
    test::WriteFile(dir.File("a.zip"), test::ZipBytes({{"xl/p.xml", xml}}));
    return dir.File("a.zip");
  }
  test::TempDir dir;
  const ZipArchive zip;
  Recorder recorder;
  XmlStream stream;
};

Parsed Parse(const std::string& xml) {
  OpenPart part(xml);
  Recorder& recorder = part.recorder;
  XmlStream& stream = part.stream;
  Parsed parsed;
  try {
    for (bool more = true; more;) {
      more = stream.Parse();
      parsed.pieces.push_back(recorder.events);
      recorder.events.clear();
    }
    CHECK_FALSE(stream.Parse());  // false ever after
  } catch (const InputError& e) {
    parsed.error = std::to_string(e.row()) + ": " + e.why();
  }
  return parsed;
}

const std::string kMain = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

}  // namespace

TEST_CASE("xml_stream: pauses after an element, resumes where it paused, stops when told", "[ingest][xlsx]") {
  CHECK(Parse("<d " + kMain + "><p v=\"1\">a</p><p>b&amp;c</p><q/></d>").pieces ==
        std::vector<std::string>{"<d><p v=1>a</p>", "<p>b&c</p>", "<q></q></d>"});
  CHECK(Parse("<d " + kMain + "><p/><stop/><p/><p/></d>").pieces == std::vector<std::string>{"<d><p></p>", "<stop>"});
  CHECK(Parse("<x:d xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" "
              "xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\" xmlns:o=\"urn:o\">"
              "<x:s r:id=\"rId1\"/><o:s/><s/></x:d>")
            .pieces == std::vector<std::string>{"<d><s r:id=rId1></s><s?></s><s?></s></d>"});
}

TEST_CASE("xml_stream: the share parsed is the last event's byte over the part's size", "[ingest][xlsx]") {
  std::string xml = "<d " + kMain + ">";
  for (int i = 0; i < 20000; ++i) xml += "<p>" + std::to_string(i) + "</p>";  // 200 KiB: more than one chunk
  xml += "</d>";
  OpenPart part(xml);
  Recorder& recorder = part.recorder;
  XmlStream& stream = part.stream;
  CHECK(stream.FractionParsed() == 0.0);
  // Paused after </p> number i: at the byte where that end tag begins.
  for (const int i : {0, 1, 9999, 19999}) {
    while (recorder.events.find("<p>" + std::to_string(i) + "</p>") == std::string::npos) REQUIRE(stream.Parse());
    const size_t end_tag = xml.find("</p>", xml.find("<p>" + std::to_string(i) + "<"));
    CHECK(stream.FractionParsed() == Approx(static_cast<double>(end_tag) / static_cast<double>(xml.size())));
  }
  CHECK_FALSE(stream.Parse());
  CHECK(stream.FractionParsed() == 1.0);
}

TEST_CASE("xml_stream: bad XML and a handler's error, in Vietnamese", "[ingest][xlsx]") {
  const std::string repair = "): hãy mở tệp bằng Excel và lưu lại, hoặc xuất lại từ phần mềm một cửa";
  CHECK(Parse("<d>\n<p>\n</d>").error ==
        "0: tệp Excel bị hỏng (XML không hợp lệ ở dòng 3 của phần xl/p.xml: thẻ đóng không khớp với thẻ mở" + repair);
  CHECK(Parse("").error ==
        "0: tệp Excel bị hỏng (XML không hợp lệ ở dòng 1 của phần xl/p.xml: phần rỗng hoặc bị cắt cụt giữa chừng" +
            repair);
  CHECK(Parse("<d><e>").error ==
        "0: tệp Excel bị hỏng (XML không hợp lệ ở dòng 1 của phần xl/p.xml: phần rỗng hoặc bị cắt cụt giữa chừng" +
            repair);
  CHECK(Parse("<?xml version=\"1.0\" encoding=\"windows-1258\"?><d/>").error ==
        "0: tệp Excel bị hỏng (XML không hợp lệ ở dòng 1 của phần xl/p.xml: bảng mã không được hỗ trợ" + repair);
  CHECK(Parse("<d>\xC3</d>").error ==
        "0: tệp Excel bị hỏng (XML không hợp lệ ở dòng 1 của phần xl/p.xml: có ký tự hoặc thẻ không hợp lệ" + repair);
  CHECK(Parse("<d><y:e/></d>").error ==
        "0: tệp Excel bị hỏng (XML không hợp lệ ở dòng 1 của phần xl/p.xml: tiền tố không gian tên chưa được khai báo" +
            repair);
  CHECK(Parse("<d><p/><fail/></d>").error == "7: handler");
}

}  // namespace baocao
