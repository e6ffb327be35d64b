// One XML part of a workbook (a worksheet, the shared strings, the styles, …) parsed with expat as it
// streams out of the zip archive: the part is never held whole, and the handler can pause the parse
// after any element (a worksheet reader returns one row at a time that way).
//
// Hostile XML is refused, never obeyed: any DOCTYPE (no DTD, hence no entity expansion), nesting
// deeper than XmlLimits::max_depth, a single tag or comment longer than max_token_bytes (expat would
// buffer it whole), a part that decompresses to more than max_part_bytes. Every failure is an
// InputError naming the file, in Vietnamese ("XML không hợp lệ ở dòng 3 của phần
// xl/worksheets/sheet1.xml: …"); expat's English never reaches an officer.
//
// Names are namespace-aware, so that a part written with prefixes (`<x:row>`, as the .NET Open XML
// SDK writes) reads like one without; the transitional and strict spellings of a namespace are one.
#pragma once

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/zip_archive.h"

struct XML_ParserStruct;

namespace baocao {

enum class XmlNamespace {
  kNone,                  // no namespace (unprefixed attributes)
  kSpreadsheet,           // SpreadsheetML main: the elements of every workbook part
  kRelationships,         // officeDocument relationships: r:id
  kPackageRelationships,  // the elements of a .rels part
  kOther,
};

struct XmlName {
  XmlNamespace ns;
  std::string_view local;
  bool Is(XmlNamespace n, std::string_view l) const { return ns == n && local == l; }
};

// The attributes of one start tag, as expat gives them (valid during OnStart only).
class XmlAttributes {
 public:
  explicit XmlAttributes(const char** raw) : raw_(raw) {}
  // The value of the attribute with this local name in this namespace, or nullptr.
  const char* Find(std::string_view local, XmlNamespace ns = XmlNamespace::kNone) const;

 private:
  const char** raw_;
};

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // May throw (an InputError): the parse stops and XmlStream::Parse throws it.
  virtual void OnStart(const XmlName& name, const XmlAttributes& attributes) = 0;
  virtual void OnEnd(const XmlName& name) = 0;
  // Character data, in pieces (one text node may come in several calls).
  virtual void OnText(std::string_view text) = 0;
};

struct XmlLimits {
  uint64_t max_part_bytes = 16u << 20;   // uncompressed bytes of the part
  size_t max_depth = 128;                 // nested elements (a worksheet needs 7)
  uint64_t max_token_bytes = 4u << 20;    // one tag, comment or processing instruction
};

class XmlStream {
 public:
  // Opens entry of zip; file names the workbook in messages. Throws InputError when the entry
  // cannot be opened (encrypted, an unsupported compression, …).
  XmlStream(const ZipArchive& zip, size_t entry, std::string file, XmlHandler& handler, XmlLimits limits);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Parses on until the handler calls Pause() (returns true; call again to go on) or the part ends
  // or the handler calls Stop() (returns false, and false ever after). Throws InputError.
  bool Parse();
  void ParseToEnd() {
    while (Parse()) {
    }
  }

  // From a handler: stop after the current event, Parse returns true.
  void Pause();
  // From a handler: the rest of the part is not needed; Parse returns false.
  void Stop();
  // The row given to the InputErrors Parse throws (the worksheet row being read), 0 by default.
  void set_error_row(int row) { error_row_ = row; }
  const std::string& part() const { return entry_.name(); }
  // How much of the part has been parsed, from 0 to 1: the byte of the last event over the part's
  // uncompressed size as the archive declares it (1 once the part has ended); nullopt when the
  // archive declares no size.
  std::optional<double> FractionParsed() const;
  const std::string& file() const { return file_; }

 private:
  struct ParserFree {
    void operator()(XML_ParserStruct* parser) const;
  };
  static ZipArchive::Entry OpenEntry(const ZipArchive& zip, size_t entry, const std::string& file);
  static void Start(void* self, const char* name, const char** attributes);
  static void End(void* self, const char* name);
  static void Text(void* self, const char* text, int length);
  static void Doctype(void* self, const char* name, const char* system_id, const char* public_id,
                      int has_internal_subset);
  void Abort(std::exception_ptr error);
  void Event();
  [[noreturn]] void ThrowXmlError();

  ZipArchive::Entry entry_;
  std::string file_;
  XmlHandler& handler_;
  XmlLimits limits_;
  std::unique_ptr<XML_ParserStruct, ParserFree> parser_;
  std::exception_ptr error_;
  uint64_t fed_ = 0;         // bytes given to expat
  int64_t last_event_ = 0;   // byte index of the last event expat reported
  size_t depth_ = 0;
  int error_row_ = 0;
  bool suspended_ = false;
  bool stopped_ = false;
  bool aborted_ = false;
  bool final_ = false;
  bool done_ = false;
};

}  // namespace baocao
