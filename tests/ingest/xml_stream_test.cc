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

Parsed Parse(const std::string& xml) {
  test::TempDir dir;
  test::WriteFile(dir.File("a.zip"), test::ZipBytes({{"xl/p.xml", xml}}));
  const ZipArchive zip(dir.File("a.zip"));
  Recorder recorder;
  XmlStream stream(zip, 0, "t.xlsx", recorder, XmlLimits{});
  recorder.stream = &stream;
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
