#include "ingest/text_encoding.h"

#include <catch2/catch.hpp>

#include <string>

#include <unicode/unistr.h>

#include "core/errors.h"
#include "core/regular_file.h"
#include "core/sha256.h"
#include "core/text.h"
#include "ingest/export_file.h"
#include "ingest/ingest_fixture.h"
#include "ingest/submission.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

using test::CatalogDb;
using test::DumpDatabase;
using test::IngestFixture;
using test::QueryText;
using test::ReadFile;

const std::string kSaveAsUtf8 =
    "hãy mở tệp bằng Excel, chọn Lưu thành (Save As) với kiểu \"CSV UTF-8 (Comma delimited)\" rồi nộp lại";

std::string Unknown(const std::string& byte) {
  return "byte " + byte +
         " không phải UTF-8 và không nhận ra bảng mã của tệp (đọc theo Windows-1258, TCVN3 hay VNI đều không ra "
         "chữ tiếng Việt); " +
         kSaveAsUtf8;
}

std::string Unikey(const std::string& source) {
  return "hãy chuyển tệp sang Unicode bằng Unikey (Công cụ chuyển mã, Ctrl+Shift+F6: nguồn \"" + source +
         "\", đích \"Unicode\"), rồi mở bằng Excel, chọn Lưu thành (Save As) với kiểu \"CSV UTF-8 (Comma "
         "delimited)\" và nộp lại";
}

// How a file is refused, as `f:row:column: why`; "accepted" when it is not.
std::string Rejection(const std::string& path) {
  try {
    const Utf8Text text(path, "f");
  } catch (const InputError& e) {
    return FormatLocation(e.file(), e.row(), e.column(), e.why());
  }
  return "accepted";
}

// The bytes written to a file of their own, refused or read.
class Bytes {
 public:
  explicit Bytes(const std::string& content) { test::WriteFile(path_, content); }
  const std::string& path() const { return path_; }

 private:
  test::TempDir dir_;
  std::string path_ = dir_.File("export.csv");
};

std::string RejectionOf(const std::string& content) { return Rejection(Bytes(content).path()); }

// The CSV as Excel's "Unicode Text" holds it: tab-separated, quotes only where needed, CRLF.
std::string TabSeparated(const std::string& csv) {
  std::string out;
  bool quoted = false;
  for (const char c : csv) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) out += '\t';
    else if (c == '\n') out += "\r\n";
    else out += c;
  }
  return out;
}

std::string Crlf(const std::string& text) {
  std::string out;
  for (const char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

// UTF-8 text as UTF-16LE with a byte-order mark.
std::string Utf16Le(const std::string& utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out = "\xFF\xFE";
  for (int32_t i = 0; i < text.length(); ++i) {
    out += static_cast<char>(text[i] & 0xFF);
    out += static_cast<char>(text[i] >> 8);
  }
  return out;
}

std::vector<std::string> Messages(const Receipt& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors) out.push_back(e.Format("f"));
  return out;
}

// Submits a file of `kind` for H01 / 2023-05 (dossiers) and checks it is rejected whole, the
// database exactly as it was; returns the messages.
std::vector<std::string> Rejected(SubmissionKind kind, const std::string& file) {
  CatalogDb c;
  const std::string before = DumpDatabase(c.db());
  const bool dossiers = kind == SubmissionKind::kDossiers;
  const Receipt r = dossiers ? c.Submit(kind, file, "H01", "2023-05") : c.Submit(kind, file);
  CHECK(r.outcome == SubmitOutcome::kRejected);
  CHECK(r.submission_id == 0);
  CHECK(DumpDatabase(c.db()) == before);
  return Messages(r);
}

const std::string kEnumKenhNop =
    "giá trị \"Fax\" không hợp lệ; chấp nhận: truc_tuyen (Trực tuyến), truc_tiep (Trực tiếp), buu_chinh (Bưu "
    "chính công ích)";

}  // namespace

TEST_CASE("UTF-8 files are read as they are, with or without a byte-order mark", "[ingest][encoding]") {
  for (const char* name : {"dossiers_canonical.csv", "dossiers_bom_crlf.csv", "dossiers_vietnamese_nfd.csv",
                           "bad_hidden_characters.csv", "bad_empty.csv"}) {
    CAPTURE(name);
    const Utf8Text text(IngestFixture(name), "f");
    CHECK(text.encoding() == TextEncoding::kUtf8);
    CHECK(text.path() == IngestFixture(name));
    CHECK(text.note().empty());
  }
}

TEST_CASE("a UTF-8 file with a few damaged bytes stays UTF-8, its fields refused one by one as before",
          "[ingest][encoding]") {
  const Bytes file("ma_don_vi,ten_don_vi\nT17,UBND tỉnh Hòa Bình\nS01,S\xE1 Tư pháp\n");
  const Utf8Text text(file.path(), "f");
  CHECK(text.encoding() == TextEncoding::kUtf8);
  CHECK(text.path() == file.path());
}

TEST_CASE("Excel's Unicode Text (UTF-16 with a byte-order mark) is converted to UTF-8 line for line",
          "[ingest][encoding]") {
  const std::string expected = TabSeparated(ReadFile(IngestFixture("dossiers_vietnamese_nfd.csv")));
  {
    const Utf8Text le(IngestFixture("dossiers_utf16le.txt"), "f");
    CHECK(le.encoding() == TextEncoding::kUtf16Le);
    CHECK(le.note() == "tệp mã hóa UTF-16LE (Unicode Text), đã chuyển sang UTF-8");
    CHECK(le.path() != IngestFixture("dossiers_utf16le.txt"));
    CHECK(ReadFile(le.path()) == expected);
  }
  const Utf8Text be(IngestFixture("dossiers_utf16be.txt"), "f");
  CHECK(be.encoding() == TextEncoding::kUtf16Be);
  CHECK(be.note() == "tệp mã hóa UTF-16BE (Unicode Text), đã chuyển sang UTF-8");
  CHECK(ReadFile(be.path()) == expected);
  // Characters beyond the BMP come in surrogate pairs.
  const Bytes emoji(std::string("\xFF\xFE" "a\0,\0" "\x3D\xD8\x00\xDE" "\n\0", 12));
  CHECK(ReadFile(Utf8Text(emoji.path(), "f").path()) == "a,\xF0\x9F\x98\x80\n");
}

TEST_CASE("UTF-16 without a byte-order mark is converted when its NUL bytes tell the byte order",
          "[ingest][encoding]") {
  const Utf8Text le(IngestFixture("dossiers_utf16le_nobom.txt"), "f");
  CHECK(le.encoding() == TextEncoding::kUtf16Le);
  CHECK(le.note() == "tệp mã hóa UTF-16LE không có dấu BOM, đã chuyển sang UTF-8");
  CHECK(ReadFile(le.path()) == TabSeparated(ReadFile(IngestFixture("dossiers_vietnamese_nfd.csv"))));

  const Bytes be(std::string("\0a\0,\0b\0\n\x1E\xA1", 10));
  const Utf8Text text(be.path(), "f");
  CHECK(text.encoding() == TextEncoding::kUtf16Be);
  CHECK(ReadFile(text.path()) == "a,b\nạ");
  // NUL bytes everywhere: no byte order can be told.
  CHECK(RejectionOf(std::string(8, '\0') + "a,b\n") ==
        "f: tệp có nhiều byte 0x00 như văn bản UTF-16 nhưng không có dấu BOM cho biết thứ tự byte (UTF-16LE hay "
        "UTF-16BE); " + kSaveAsUtf8);
}

TEST_CASE("broken UTF-16 is refused at the row and column of the broken character", "[ingest][encoding]") {
  const std::string reexport =
      "; hãy xuất lại tệp từ Excel (kiểu \"CSV UTF-8 (Comma delimited)\" hoặc \"Unicode Text\")";
  // Half a unit at the end: after "c" on row 2.
  CHECK(RejectionOf(std::string("\xFF\xFE" "a\0,\0b\0\n\0c\0d", 13)) ==
        "f:2:1: tệp UTF-16 có số byte lẻ: ký tự cuối thiếu một byte (tệp bị cắt cụt?)" + reexport);
  // A high surrogate followed by a letter, in the second field of row 2.
  CHECK(RejectionOf(std::string("\xFF\xFE" "a\0,\0b\0\n\0x\0,\0\x00\xD8y\0\n\0", 20)) ==
        "f:2:2: tệp UTF-16 có ký tự hỏng: nửa cặp thay thế (surrogate) 0xD800 đứng một mình" + reexport);
  // A lone low surrogate on the header line, before the tabs that make tab the delimiter.
  CHECK(RejectionOf(std::string("\xFE\xFF\0a\0\t\0b\xDC\x00\0\t\0c\0\t\0d\0\n", 20)) ==
        "f:1:2: tệp UTF-16 có ký tự hỏng: nửa cặp thay thế (surrogate) 0xDC00 đứng một mình" + reexport);
  // A high surrogate at the very end.
  CHECK(RejectionOf(std::string("\xFF\xFE" "a\0\n\0\x3D\xD8", 8)) ==
        "f:2:1: tệp UTF-16 có ký tự hỏng: nửa cặp thay thế (surrogate) 0xD83D đứng một mình" + reexport);
  CHECK(RejectionOf(std::string("\xFF\xFE\0\0a\0\0\0", 8)) ==
        "f: tệp mã hóa UTF-32, không được chấp nhận; " + kSaveAsUtf8);
}

TEST_CASE("Windows-1258 Vietnamese is converted to UTF-8 in NFC, line for line", "[ingest][encoding]") {
  const Utf8Text units(IngestFixture("units_cp1258.csv"), "f");
  CHECK(units.encoding() == TextEncoding::kWindows1258);
  CHECK(units.note() == "tệp mã hóa Windows-1258, đã chuyển sang UTF-8");
  CHECK(ReadFile(units.path()) == Crlf(ReadFile(test::Fixture("sample/units.csv"))));

  const Utf8Text dossiers(IngestFixture("dossiers_cp1258.csv"), "f");
  CHECK(dossiers.encoding() == TextEncoding::kWindows1258);
  CHECK(ReadFile(dossiers.path()) == Crlf(Nfc(ReadFile(IngestFixture("dossiers_vietnamese_nfd.csv")))));

  // Far more text than one normalized piece (8 KiB): no letter is cut from its tone mark.
  std::string cp1258 = "ma_don_vi,ten_don_vi\n", utf8 = cp1258;
  for (int i = 0; i < 3000; ++i) {
    cp1258 += "X" + std::to_string(i) + ",UBND xa\xDE Ho\xCC" "a Bi\xCCnh Th\xF4\xF2n\n";
    utf8 += "X" + std::to_string(i) + ",UBND xã Hòa Bình Thộn\n";
  }
  CHECK(ReadFile(Utf8Text(Bytes(cp1258).path(), "f").path()) == utf8);
}

TEST_CASE("Windows-1258 is told from other code pages by how Vietnamese its words read", "[ingest][encoding]") {
  // One word in ten may be no Vietnamese word ("Café"); abbreviations with a đ (HĐND) are Vietnamese.
  const Bytes cafe(
      "ma_don_vi,ten_don_vi\nT17,Th\xFD\xF5\xCCng tr\xFD\xF2\x63 H\xD0ND t\xEDnh\n"
      "S01,Caf\xE9 H\xE0 N\xF4\xF2i Ph\xFD\xF5ng L\xE2m Mai Ch\xE2u B\xFD\xD2u \x63h\xED\x6Eh\n");
  const Utf8Text text(cafe.path(), "f");
  CHECK(text.encoding() == TextEncoding::kWindows1258);
  CHECK(ReadFile(text.path()) ==
        "ma_don_vi,ten_don_vi\nT17,Thường trực HĐND tính\nS01,Café Hà Nội Phương Lâm Mai Châu Bửu chính\n");
  // Decision numbers are all the Vietnamese a discipline export may hold: "QĐ-UBND" is Vietnamese.
  const Bytes decisions("so_quyet_dinh,ma_don_vi\n101/Q\xD0-UBND,H01\n103/Q\xD0-SKH\xD0T,S02\n");
  CHECK(ReadFile(Utf8Text(decisions.path(), "f").path()) ==
        "so_quyet_dinh,ma_don_vi\n101/QĐ-UBND,H01\n103/QĐ-SKHĐT,S02\n");
  // No word at all, only bytes that every code page reads alike: a no-break space, curly quotes.
  const Bytes symbols("a,b\n\x93x\x94,1\xA0\x35\x30\x30\n");
  CHECK(ReadFile(Utf8Text(symbols.path(), "f").path()) == "a,b\n“x”,1\u00A0" "500\n");
  // Latin-1 without Vietnamese: refused, never passed off as Windows-1258.
  CHECK(Rejection(IngestFixture("bad_latin1.csv")) == "f:2:12: " + Unknown("0xE9"));
  // "Vơ" in Windows-1258 is "Võ" in Windows-1252: both read as Vietnamese, so neither is chosen.
  CHECK(RejectionOf("a,b\nx,V\xF5\n") == "f:2:2: " + Unknown("0xF5"));
  // A byte Windows-1258 leaves undefined rules it out, however Vietnamese the rest reads.
  CHECK(RejectionOf("a,b\nx,Ho\xCC" "a Bi\xCCnh\ny,\x81\n") == "f:2:2: " + Unknown("0xCC"));
  // Windows-1252 Vietnamese (a Windows not set to Vietnamese): "Hài lòng".
  CHECK(Rejection(IngestFixture("bad_utf8.csv")) ==
        "f:3:11: byte 0xE0 không phải UTF-8: tệp có vẻ được lưu theo bảng mã Windows-1252 (Latin-1, của máy "
        "Windows không đặt ngôn ngữ tiếng Việt), bảng mã này không ghi được đủ chữ tiếng Việt; " +
            kSaveAsUtf8);
  CHECK(Rejection(IngestFixture("bad_unknown_encoding.csv")) == "f:3:4: " + Unknown("0xFD"));
}

TEST_CASE("TCVN3 and VNI files are refused, naming the encoding and how to convert them", "[ingest][encoding]") {
  CHECK(Rejection(IngestFixture("units_tcvn3.csv")) ==
        "f:2:2: byte 0xD8 không phải UTF-8: tệp mã hóa TCVN3 (ABC, phông .VnTime), không chuyển được chính xác "
        "vì chữ hoa có dấu dùng chung mã với chữ thường; " +
            Unikey("TCVN3 (ABC)"));
  CHECK(Rejection(IngestFixture("units_vni.csv")) ==
        "f:2:2: byte 0xE6 không phải UTF-8: tệp mã hóa VNI Windows (phông VNI-Times), không phải Unicode; " +
            Unikey("VNI Windows"));
}

TEST_CASE("the first byte that is not UTF-8 is placed as CsvReader places fields", "[ingest][encoding]") {
  // 0x81 is undefined in Windows-1258 and 1252 and no letter of TCVN3 or VNI: no encoding fits.
  CHECK(RejectionOf("\"a,b\",c\nx,\"y\nz\",\x81\n") == "f:2:3: " + Unknown("0x81"));  // a record on two lines
  CHECK(RejectionOf("a;b;c\n1,5;2;\x81\n") == "f:2:3: " + Unknown("0x81"));           // ';' delimits
  CHECK(RejectionOf("a;b\x81;c;d\n") == "f:1:2: " + Unknown("0x81"));                 // ';' known after it
  CHECK(RejectionOf("a,b\r\n1,2\r3,\x81\n") == "f:3:2: " + Unknown("0x81"));          // CRLF and CR
  CHECK(RejectionOf("a,b\n\"x\"\",y\",\x81\n") == "f:2:2: " + Unknown("0x81"));      // a doubled quote
  CHECK(RejectionOf("a,b\nx\"y,\x81\n") == "f:2:2: " + Unknown("0x81"));             // a quote inside a field
  CHECK(RejectionOf("a,b\nx,\xE1\xBA") == "f:2:2: " + Unknown("0xE1"));              // cut at the end
}

TEST_CASE("the export file of a converted text says so in its notes", "[ingest][encoding]") {
  const RegularFile cp1258(IngestFixture("units_cp1258.csv"), RegularFile::Links::kRefuse);
  CHECK(OpenExportFile(cp1258, "f")->notes() == std::vector<std::string>{"tệp mã hóa Windows-1258, đã chuyển sang UTF-8"});
  const RegularFile utf8(IngestFixture("dossiers_canonical.csv"), RegularFile::Links::kRefuse);
  CHECK(OpenExportFile(utf8, "f")->notes().empty());
  const RegularFile tcvn3(IngestFixture("units_tcvn3.csv"), RegularFile::Links::kRefuse);
  CHECK_THROWS_AS(OpenExportFile(tcvn3, "f"), InputError);
}


TEST_CASE("the dossiers in UTF-16 or Windows-1258 store exactly what their UTF-8 original stores",
          "[ingest][encoding]") {
  CatalogDb original;
  REQUIRE(original.Submit(SubmissionKind::kDossiers, "dossiers_vietnamese_nfd.csv", "H01", "2023-05").ok());
  const std::string file = GENERATE("dossiers_utf16le.txt", "dossiers_utf16be.txt", "dossiers_utf16le_nobom.txt",
                                    "dossiers_cp1258.csv");
  CAPTURE(file);
  CatalogDb c;
  const Receipt r = c.Submit(SubmissionKind::kDossiers, file, "H01", "2023-05");
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.rows_accepted == 6);
  CHECK(Messages(r).empty());
  CHECK(r.warnings.empty());
  CHECK(c.Dossiers() == original.Dossiers());
  CHECK(r.sha256 == Sha256OfFile(IngestFixture(file)));  // of the file as submitted, not the conversion
}

TEST_CASE("a units catalog in Windows-1258 stores the very names of its UTF-8 original", "[ingest][encoding]") {
  const std::string units = "SELECT ma_don_vi, hex(ten_don_vi), cap, ma_don_vi_cha, ordinal, retired_from FROM units "
                            "ORDER BY ma_don_vi";
  CatalogDb utf8;  // the sample catalog, submitted in UTF-8
  Database db(":memory:");
  SubmitRequest request;
  request.kind = SubmissionKind::kUnits;
  request.file = IngestFixture("units_cp1258.csv");
  request.now = "2023-06-20 08:00:00";
  const Receipt r = Submit(db, request);
  CHECK(r.outcome == SubmitOutcome::kAccepted);
  CHECK(r.rows_accepted == 11);
  CHECK(QueryText(db, units) == QueryText(utf8.db(), units));
  CHECK(QueryText(db, "SELECT ten_don_vi FROM units WHERE ma_don_vi IN ('S02', 'X0102') ORDER BY 1") ==
        "Sở Kế hoạch và Đầu tư\nUBND xã Sủ Ngòi\n");
  // Submitted again over the UTF-8 catalog, it changes nothing but the bookkeeping of submissions.
  CHECK(utf8.Submit(SubmissionKind::kUnits, "units_cp1258.csv").outcome == SubmitOutcome::kAccepted);
  CHECK(QueryText(db, units) == QueryText(utf8.db(), units));
}

TEST_CASE("files in an encoding that is refused are rejected whole at their first byte that is not UTF-8",
          "[ingest][encoding]") {
  CHECK(Rejected(SubmissionKind::kUnits, "units_tcvn3.csv") ==
        std::vector<std::string>{"f:2:2: byte 0xD8 không phải UTF-8: tệp mã hóa TCVN3 (ABC, phông .VnTime), không "
                                 "chuyển được chính xác vì chữ hoa có dấu dùng chung mã với chữ thường; " +
                                 Unikey("TCVN3 (ABC)")});
  CHECK(Rejected(SubmissionKind::kUnits, "units_vni.csv") ==
        std::vector<std::string>{"f:2:2: byte 0xE6 không phải UTF-8: tệp mã hóa VNI Windows (phông VNI-Times), "
                                 "không phải Unicode; " +
                                 Unikey("VNI Windows")});
  CHECK(Rejected(SubmissionKind::kDossiers, "bad_unknown_encoding.csv") ==
        std::vector<std::string>{"f:3:4: " + Unknown("0xFD")});
  CHECK(Rejected(SubmissionKind::kDossiers, "bad_latin1.csv") == std::vector<std::string>{"f:2:12: " + Unknown("0xE9")});
  test::TempDir dir;
  test::WriteFile(dir.File("odd.txt"), Utf16Le("ma_don_vi\tten_don_vi\r\nT17\tHòa") + "x");
  CHECK(Rejected(SubmissionKind::kUnits, dir.File("odd.txt")) ==
        std::vector<std::string>{"f:2:2: tệp UTF-16 có số byte lẻ: ký tự cuối thiếu một byte (tệp bị cắt cụt?); "
                                 "hãy xuất lại tệp từ Excel (kiểu \"CSV UTF-8 (Comma delimited)\" hoặc \"Unicode "
                                 "Text\")"});
}

TEST_CASE("a damaged byte in a UTF-8 file still rejects its field, named by its column, as before",
          "[ingest][encoding]") {
  std::string text = ReadFile(IngestFixture("dossiers_vietnamese_nfd.csv"));
  const std::string header = text.substr(0, text.find('\n'));
  const std::string danh_gia = header.substr(header.rfind(',') + 1);  // "Đánh giá" as written (NFD)
  const std::string hai_long = ",Hài lòng\n";
  REQUIRE(text.find(hai_long) != std::string::npos);
  text.replace(text.find(hai_long), hai_long.size(), ",H\xE0i l\xF2ng\n");
  test::TempDir dir;
  test::WriteFile(dir.File("damaged.csv"), text);
  CHECK(Rejected(SubmissionKind::kDossiers, dir.File("damaged.csv")) ==
        std::vector<std::string>{"f:3:11: cột \"" + danh_gia +
                                 "\": không phải văn bản UTF-8 hợp lệ (hãy lưu tệp theo bảng mã UTF-8)"});
}

TEST_CASE("the rows and columns of a converted file's problems are those of the file as submitted",
          "[ingest][encoding]") {
  test::TempDir dir;
  // Windows-1258: row 3's "Trực tiếp" becomes "Fax".
  std::string cp1258 = ReadFile(IngestFixture("dossiers_cp1258.csv"));
  const std::string truc_tiep = ",X0101,Tr\xFD\xF2\x63 ti\xEA\xECp,";
  REQUIRE(cp1258.find(truc_tiep) != std::string::npos);
  cp1258.replace(cp1258.find(truc_tiep), truc_tiep.size(), ",X0101,Fax,");
  test::WriteFile(dir.File("fax.csv"), cp1258);
  CHECK(Rejected(SubmissionKind::kDossiers, dir.File("fax.csv")) ==
        std::vector<std::string>{"f:3:4: cột \"Kênh nộp\": " + kEnumKenhNop});
  // UTF-16: the same on row 4, after a record that spans two lines.
  std::string text = TabSeparated(ReadFile(IngestFixture("dossiers_canonical.csv")));
  const std::string q002 = "Q-002\t";
  text.replace(text.find(q002), q002.size(), "\"Q-\r\n002\"\t");
  const std::string q003 = "\tH01\tbuu_chinh\t";
  REQUIRE(text.find(q003) != std::string::npos);
  text.replace(text.find(q003), q003.size(), "\tH01\tFax\t");
  test::WriteFile(dir.File("fax.txt"), Utf16Le(text));
  CHECK(Rejected(SubmissionKind::kDossiers, dir.File("fax.txt")) ==
        std::vector<std::string>{"f:3:1: cột \"ma_ho_so\": có ký tự ẩn U+000A (xuống dòng) ở vị trí 3 (ký tự điều "
                                 "khiển hoặc định dạng, không được phép); hãy xóa ký tự này rồi xuất lại tệp",
                                 "f:5:4: cột \"kenh_nop\": " + kEnumKenhNop});
}

}  // namespace baocao
