#include "ingest/shared_strings.h"

#include "ingest/ooxml_escapes.h"
#include "ingest/problem.h"
#include "ingest/workbook_error.h"
#include "ingest/xml_stream.h"

namespace baocao {

class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(SharedStrings& out, const SharedStringLimits& limits, const std::string& file,
                       const std::string& part)
      : out_(out), limits_(limits), file_(file), part_(part), max_raw_((limits.max_string_bytes + 1) * 8) {}

  void OnStart(const XmlName& name, const XmlAttributes&) override {
    if (name.ns != XmlNamespace::kSpreadsheet) return;
    if (name.local == "si") {
      if (si_depth_++ == 0) {
        raw_.clear();
        too_long_ = false;
      }
    } else if (name.local == "rPh") {
      ++phonetic_depth_;
    } else if (name.local == "t" && si_depth_ > 0 && phonetic_depth_ == 0) {
      in_text_ = true;
    }
  }

  void OnEnd(const XmlName& name) override {
    if (name.ns != XmlNamespace::kSpreadsheet) return;
    if (name.local == "t") {
      in_text_ = false;
    } else if (name.local == "rPh") {
      if (phonetic_depth_ > 0) --phonetic_depth_;
    } else if (name.local == "si" && si_depth_ > 0 && --si_depth_ == 0) {
      Add();
    }
  }

  void OnText(std::string_view text) override {
    if (!in_text_ || too_long_) return;
    // Each escape is 7 bytes for at least one decoded byte: raw text this long decodes too long.
    if (raw_.size() + text.size() > max_raw_) {
      too_long_ = true;
      raw_.append(text.substr(0, max_raw_ - raw_.size()));
      return;
    }
    raw_.append(text);
  }

 private:
  void Add() {
    if (out_.size() == limits_.max_strings)
      throw InputError(file_, 0, 0,
                       OversizedWorkbookWhy("bảng chuỗi dùng chung (phần " + part_ + ") có hơn " +
                                            GroupedCount(static_cast<int64_t>(limits_.max_strings)) + " chuỗi"));
    decoded_.clear();
    AppendOoxmlText(raw_, decoded_);
    const size_t keep = std::min(decoded_.size(), limits_.max_string_bytes + 1);
    if (out_.text_.size() + keep > limits_.max_bytes)
      throw InputError(file_, 0, 0,
                       OversizedWorkbookWhy("bảng chuỗi dùng chung (phần " + part_ + ") có hơn " +
                                            MebibyteText(limits_.max_bytes) + " chữ"));
    out_.text_.append(decoded_, 0, keep);
    out_.offsets_.push_back(static_cast<uint32_t>(out_.text_.size()));
  }

  SharedStrings& out_;
  const SharedStringLimits& limits_;
  const std::string& file_;
  const std::string& part_;
  const size_t max_raw_;
  std::string raw_;      // the current string as written (escapes not decoded), at most max_raw_
  std::string decoded_;  // the same, decoded
  int si_depth_ = 0;
  int phonetic_depth_ = 0;
  bool in_text_ = false;
  bool too_long_ = false;
};

SharedStrings SharedStrings::Read(const ZipArchive& zip, size_t entry, const std::string& file,
                                  const SharedStringLimits& limits) {
  SharedStrings out;
  const std::string part = zip.EntryName(entry);
  SharedStringsHandler handler(out, limits, file, part);
  XmlLimits xml;
  xml.max_part_bytes = limits.max_part_bytes;
  XmlStream(zip, entry, file, handler, xml).ParseToEnd();
  return out;
}

}  // namespace baocao
