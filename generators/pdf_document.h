// A libharu document set up for Vietnamese reports, and the drawing calls the PDF generator needs.
//
// PdfDocument owns one HPDF_Doc (freed on destruction; not copyable): UTF-8 encodings on, Noto
// Serif regular and bold embedded once, every stream Flate-compressed. libharu reports errors
// through a C callback; the callback only records the first error (no exception crosses the C
// library) and every member that calls libharu checks the record and throws baocao::Error with a
// Vietnamese message. Text is measured in points with the embedded fonts' metrics, so layout
// computed here is exactly what gets drawn.
//
// Coordinates for Canvas are in points from the page's top-left corner, y growing downwards (the
// writer thinks in lines and rows from the top); Canvas converts to PDF space.
#pragma once

#include <hpdf.h>

#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/date.h"

namespace baocao {

// Where PdfDocument finds NotoSerif-Regular.ttf and NotoSerif-Bold.ttf: $BAOCAO_FONTS_DIR when set;
// else the fonts the build cut down to generators/pdf_fonts.txt (build/fonts), when the build made
// them; else Debian's full fonts in /usr/share/fonts/truetype/noto (fonts-noto-core).
std::string DefaultFontsDir();

// A4 landscape, in points.
inline constexpr double kPageWidth = 841.89;
inline constexpr double kPageHeight = 595.276;

enum class Align { kLeft, kCenter, kRight };

class PdfDocument {
 public:
  // Loads NotoSerif-Regular.ttf and NotoSerif-Bold.ttf from fonts_dir. Throws Error naming the
  // missing file and the package that provides it.
  explicit PdfDocument(const std::string& fonts_dir);
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  HPDF_Font font(bool bold) const { return bold ? bold_ : regular_; }
  // Width of UTF-8 text in points.
  double TextWidth(std::string_view text, bool bold, double size) const;
  // Breaks text into lines no wider than width: at spaces, and inside a word only when the word
  // alone is too wide. Explicit '\n' starts a new line. Never returns an empty vector.
  std::vector<std::string> Wrap(std::string_view text, bool bold, double size, double width) const;

  // Title, author and the creation/modification dates (given, never the clock: same input, same
  // bytes).
  void SetInfo(const std::string& title, const std::string& author, Date day);
  HPDF_Page AddPage();  // A4 landscape
  void Save(const std::string& path);
  // Throws the first error libharu reported, if any.
  void Check() const;

 private:
  struct ErrorRecord {
    HPDF_STATUS error = 0;
    HPDF_STATUS detail = 0;
  };
  struct Free {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
  };
  static void OnError(HPDF_STATUS error, HPDF_STATUS detail, void* user_data);
  HPDF_Font LoadFont(const std::string& path);

  std::unique_ptr<ErrorRecord> error_;  // stable address handed to libharu
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, Free> doc_;
  HPDF_Font regular_ = nullptr;
  HPDF_Font bold_ = nullptr;
};

// Drawing on one page with top-left coordinates.
class Canvas {
 public:
  Canvas(const PdfDocument& doc, HPDF_Page page) : doc_(doc), page_(page) {}
  const PdfDocument& doc() const { return doc_; }

  // One line of text; `top` is the top of its line box (see LineHeight), aligned within
  // [x, x + width].
  void Text(std::string_view text, double x, double top, double width, Align align, bool bold,
            double size);
  // Lines from Wrap, one under the other from `top`.
  void Lines(const std::vector<std::string>& lines, double x, double top, double width, Align align,
             bool bold, double size);
  void Line(double x1, double y1, double x2, double y2, double line_width = 0.5);
  void DashedLine(double x1, double y1, double x2, double y2, double line_width);
  void StrokeRect(double x, double top, double width, double height, double line_width = 0.5);
  void FillRect(double x, double top, double width, double height, double r, double g, double b);
  void SetStrokeColor(double r, double g, double b);

 private:
  double Y(double top) const { return kPageHeight - top; }
  const PdfDocument& doc_;
  HPDF_Page page_;
};

// Height of one line of text at `size`, room for Vietnamese stacked marks above capitals included.
inline double LineHeight(double size) { return size * 1.32; }

}  // namespace baocao
