#include "generators/pdf_document.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "core/errors.h"
#include "core/text.h"

namespace baocao {
namespace {

constexpr const char* kRegularFile = "NotoSerif-Regular.ttf";
constexpr const char* kBoldFile = "NotoSerif-Bold.ttf";

std::string Describe(HPDF_STATUS error) {
  switch (error) {
    case HPDF_FAILD_TO_ALLOC_MEM:
      return "hết bộ nhớ";
    case HPDF_FILE_IO_ERROR:
      return "lỗi đọc/ghi tệp";
    case HPDF_FILE_OPEN_ERROR:
      return "không mở được tệp";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
      return "phông chữ không cho phép nhúng vào PDF";
    case HPDF_TTF_INVALID_CMAP:
    case HPDF_TTF_INVALID_FOMAT:
    case HPDF_TTF_MISSING_TABLE:
    case HPDF_INVALID_FONTDEF_DATA:
      return "tệp phông chữ TrueType không hợp lệ";
    case HPDF_INVALID_FONT_NAME:
    case HPDF_PAGE_FONT_NOT_FOUND:
      return "không tìm thấy phông chữ";
    case HPDF_INVALID_ENCODER:
    case HPDF_INVALID_ENCODING_NAME:
      return "bảng mã UTF-8 không dùng được";
    default:
      return "lỗi thư viện";
  }
}

// Byte length of the UTF-8 sequence that starts with c (1 for a stray continuation byte).
size_t Utf8Length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

std::vector<std::string_view> Words(std::string_view line) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.find(' ', start);
    if (end == std::string_view::npos) end = line.size();
    if (end > start) words.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

uint32_t BigEndian(const unsigned char* p, int bytes) {
  uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
  return v;
}

// libharu 2.3.0 reads a TrueType file without bounds checks and crashes on a truncated or foreign
// file: check the table directory first (TrueType outlines, the tables libharu needs, every table
// inside the file).
void CheckTrueType(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const auto size = static_cast<uint64_t>(std::filesystem::file_size(path));
  unsigned char header[12] = {};
  bool ok =
      in.read(reinterpret_cast<char*>(header), sizeof header) && BigEndian(header, 4) == 0x00010000;
  const uint32_t tables = ok ? BigEndian(header + 4, 2) : 0;
  std::set<std::string> found;
  for (uint32_t i = 0; ok && i < tables; ++i) {
    unsigned char entry[16];
    ok = static_cast<bool>(in.read(reinterpret_cast<char*>(entry), sizeof entry));
    const uint64_t end = uint64_t{BigEndian(entry + 8, 4)} + BigEndian(entry + 12, 4);
    ok = ok && end <= size;
    found.insert(std::string(reinterpret_cast<const char*>(entry), 4));
  }
  for (const char* tag : {"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"})
    ok = ok && found.count(tag) > 0;
  if (!ok)
    throw Error("Tệp phông chữ không phải TrueType hợp lệ: " + path +
                " (cài lại gói fonts-noto-core hoặc chỉ BAOCAO_FONTS_DIR tới thư mục phông đúng)");
}

}  // namespace

std::string DefaultFontsDir() {
  if (const char* env = std::getenv("BAOCAO_FONTS_DIR"); env != nullptr && *env != '\0') return env;
#ifdef BAOCAO_PDF_FONTS_DIR
  const std::filesystem::path built = BAOCAO_PDF_FONTS_DIR;
  if (std::filesystem::is_regular_file(built / kRegularFile) && std::filesystem::is_regular_file(built / kBoldFile))
    return built.string();
#endif
  return "/usr/share/fonts/truetype/noto";
}

PdfDocument::PdfDocument(const std::string& fonts_dir) : error_(std::make_unique<ErrorRecord>()) {
  for (const char* file : {kRegularFile, kBoldFile}) {
    if (!std::filesystem::is_regular_file(std::filesystem::path(fonts_dir) / file))
      throw Error("Không tìm thấy phông chữ " + std::string(file) + " trong thư mục " + fonts_dir +
                  " (cần để in tiếng Việt trong PDF): cài gói fonts-noto-core hoặc đặt biến môi "
                  "trường BAOCAO_FONTS_DIR chỉ tới thư mục chứa phông Noto Serif");
  }
  doc_.reset(HPDF_New(&PdfDocument::OnError, error_.get()));
  if (!doc_) throw Error("Không tạo được tài liệu PDF (libharu): hết bộ nhớ");
  HPDF_SetCompressionMode(doc_.get(), HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc_.get());
  HPDF_SetCurrentEncoder(doc_.get(), "UTF-8");
  Check();
  regular_ = LoadFont(fonts_dir + "/" + kRegularFile);
  bold_ = LoadFont(fonts_dir + "/" + kBoldFile);
}

void PdfDocument::OnError(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  auto* record = static_cast<ErrorRecord*>(user_data);
  if (record->error == 0) *record = {error, detail};
}

void PdfDocument::Check() const {
  if (error_->error == 0) return;
  char code[48];
  std::snprintf(code, sizeof code, "mã 0x%04X, chi tiết %u", static_cast<unsigned>(error_->error),
                static_cast<unsigned>(error_->detail));
  throw Error("Lỗi khi tạo PDF (libharu): " + Describe(error_->error) + " (" + code + ")");
}

HPDF_Font PdfDocument::LoadFont(const std::string& path) {
  CheckTrueType(path);
  const char* name = HPDF_LoadTTFontFromFile(doc_.get(), path.c_str(), HPDF_TRUE);
  if (name == nullptr) {
    try {
      Check();
    } catch (const Error& e) {
      throw Error(std::string(e.what()) + ": " + path);
    }
    throw Error("Không nạp được phông chữ " + path);
  }
  HPDF_Font font = HPDF_GetFont(doc_.get(), name, "UTF-8");
  Check();
  return font;
}

double PdfDocument::TextWidth(std::string_view text, bool bold, double size) const {
  if (text.empty()) return 0;
  const HPDF_TextWidth w =
      HPDF_Font_TextWidth(font(bold), reinterpret_cast<const HPDF_BYTE*>(text.data()),
                          static_cast<HPDF_UINT>(text.size()));
  return w.width * size / 1000.0;
}

std::vector<std::string> PdfDocument::Wrap(std::string_view text, bool bold, double size,
                                           double width) const {
  std::vector<std::string> lines;
  const std::string normalized = Nfc(text);
  std::string_view rest = normalized;
  while (true) {
    const size_t nl = rest.find('\n');
    const std::string_view paragraph = rest.substr(0, nl);
    std::string line;
    for (std::string_view word : Words(paragraph)) {
      const std::string candidate =
          line.empty() ? std::string(word) : line + " " + std::string(word);
      if (TextWidth(candidate, bold, size) <= width) {
        line = candidate;
        continue;
      }
      if (!line.empty()) lines.push_back(line);
      line.clear();
      // A word too wide on its own line is cut between characters.
      size_t i = 0;
      while (i < word.size()) {
        const size_t n = Utf8Length(static_cast<unsigned char>(word[i]));
        const std::string next = line + std::string(word.substr(i, n));
        if (!line.empty() && TextWidth(next, bold, size) > width) {
          lines.push_back(line);
          line.clear();
          continue;
        }
        line = next;
        i += n;
      }
    }
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    rest = rest.substr(nl + 1);
  }
  return lines;
}

void PdfDocument::SetInfo(const std::string& title, const std::string& author, Date day) {
  HPDF_Date date{};
  date.year = day.year();
  date.month = day.month();
  date.day = day.day();
  date.ind = '+';
  date.off_hour = 7;  // Asia/Ho_Chi_Minh
  HPDF_SetInfoDateAttr(doc_.get(), HPDF_INFO_CREATION_DATE, date);
  HPDF_SetInfoDateAttr(doc_.get(), HPDF_INFO_MOD_DATE, date);
  HPDF_SetInfoAttr(doc_.get(), HPDF_INFO_TITLE, Nfc(title).c_str());
  HPDF_SetInfoAttr(doc_.get(), HPDF_INFO_AUTHOR, Nfc(author).c_str());
  HPDF_SetInfoAttr(doc_.get(), HPDF_INFO_CREATOR, "baocao");
  Check();
}

HPDF_Page PdfDocument::AddPage() {
  HPDF_Page page = HPDF_AddPage(doc_.get());
  HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_LANDSCAPE);
  Check();
  return page;
}

void PdfDocument::Save(const std::string& path) {
  HPDF_SaveToFile(doc_.get(), path.c_str());
  try {
    Check();
  } catch (const Error& e) {
    throw Error(std::string(e.what()) + ": " + path);
  }
}

void Canvas::Text(std::string_view text, double x, double top, double width, Align align, bool bold,
                  double size) {
  if (text.empty()) return;
  const std::string normalized = Nfc(text);
  double left = x;
  if (align != Align::kLeft) {
    const double free = width - doc_.TextWidth(normalized, bold, size);
    left += align == Align::kCenter ? free / 2 : free;
  }
  HPDF_Page_BeginText(page_);
  HPDF_Page_SetFontAndSize(page_, doc_.font(bold), static_cast<HPDF_REAL>(size));
  // Baseline: room above for a capital with a stacked mark (Ộ), the rest of the box below for
  // descenders.
  HPDF_Page_TextOut(page_, static_cast<HPDF_REAL>(left),
                    static_cast<HPDF_REAL>(Y(top + size * 1.04)), normalized.c_str());
  HPDF_Page_EndText(page_);
}

void Canvas::Lines(const std::vector<std::string>& lines, double x, double top, double width,
                   Align align, bool bold, double size) {
  for (const auto& line : lines) {
    Text(line, x, top, width, align, bold, size);
    top += LineHeight(size);
  }
}

void Canvas::Line(double x1, double y1, double x2, double y2, double line_width) {
  HPDF_Page_SetLineWidth(page_, static_cast<HPDF_REAL>(line_width));
  HPDF_Page_MoveTo(page_, static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(Y(y1)));
  HPDF_Page_LineTo(page_, static_cast<HPDF_REAL>(x2), static_cast<HPDF_REAL>(Y(y2)));
  HPDF_Page_Stroke(page_);
}

void Canvas::DashedLine(double x1, double y1, double x2, double y2, double line_width) {
  const HPDF_UINT16 pattern[] = {4, 3};
  HPDF_Page_SetDash(page_, pattern, 2, 0);
  Line(x1, y1, x2, y2, line_width);
  HPDF_Page_SetDash(page_, nullptr, 0, 0);
}

void Canvas::StrokeRect(double x, double top, double width, double height, double line_width) {
  HPDF_Page_SetLineWidth(page_, static_cast<HPDF_REAL>(line_width));
  HPDF_Page_Rectangle(page_, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(Y(top + height)),
                      static_cast<HPDF_REAL>(width), static_cast<HPDF_REAL>(height));
  HPDF_Page_Stroke(page_);
}

void Canvas::FillRect(double x, double top, double width, double height, double r, double g,
                      double b) {
  HPDF_Page_SetRGBFill(page_, static_cast<HPDF_REAL>(r), static_cast<HPDF_REAL>(g),
                       static_cast<HPDF_REAL>(b));
  HPDF_Page_Rectangle(page_, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(Y(top + height)),
                      static_cast<HPDF_REAL>(width), static_cast<HPDF_REAL>(height));
  HPDF_Page_Fill(page_);
  HPDF_Page_SetRGBFill(page_, 0, 0, 0);
}

void Canvas::SetStrokeColor(double r, double g, double b) {
  HPDF_Page_SetRGBStroke(page_, static_cast<HPDF_REAL>(r), static_cast<HPDF_REAL>(g),
                         static_cast<HPDF_REAL>(b));
}

}  // namespace baocao
