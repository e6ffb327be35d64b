#include "ingest/ooxml_escapes.h"

#include "core/text.h"

namespace baocao {
namespace {

// The code unit of the escape at text[i] ("_xHHHH_"), or -1 when there is none there.
long EscapeAt(std::string_view text, size_t i) {
  if (i + 7 > text.size() || text[i] != '_' || (text[i + 1] != 'x' && text[i + 1] != 'X') || text[i + 6] != '_')
    return -1;
  long unit = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int d = HexDigitValue(text[k]);
    if (d < 0) return -1;
    unit = unit * 16 + d;
  }
  return unit;
}

}  // namespace

void AppendOoxmlText(std::string_view text, std::string& out) {
  size_t i = text.find('_');
  if (i == std::string_view::npos) {
    out.append(text);
    return;
  }
  out.append(text.substr(0, i));
  while (i < text.size()) {
    const long unit = text[i] == '_' ? EscapeAt(text, i) : -1;
    if (unit < 0) {
      out += text[i++];
      continue;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const long low = EscapeAt(text, i + 7);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(out, static_cast<char32_t>(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)));
        i += 14;
        continue;
      }
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) {  // a lone surrogate: kept as written
      out.append(text.substr(i, 7));
    } else {
      AppendUtf8(out, static_cast<char32_t>(unit));
    }
    i += 7;
  }
}

}  // namespace baocao
