#include "ingest/xml_stream.h"

#include <expat.h>

#include <algorithm>
#include <cstring>
#include <new>

#include "ingest/problem.h"
#include "ingest/workbook_error.h"

namespace baocao {
namespace {

constexpr char kSeparator = '|';  // expat joins "namespace|local"; '|' never appears in a local name
constexpr size_t kChunk = 128 * 1024;

XmlNamespace NamespaceOf(std::string_view uri) {
  if (uri == "http://schemas.openxmlformats.org/spreadsheetml/2006/main" ||
      uri == "http://purl.oclc.org/ooxml/spreadsheetml/main")
    return XmlNamespace::kSpreadsheet;
  if (uri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" ||
      uri == "http://purl.oclc.org/ooxml/officeDocument/relationships")
    return XmlNamespace::kRelationships;
  if (uri == "http://schemas.openxmlformats.org/package/2006/relationships") return XmlNamespace::kPackageRelationships;
  return XmlNamespace::kOther;
}

constexpr std::string_view kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main|";

XmlName Split(const char* name) {
  // Nearly every element of a part is in the main namespace: that one without a search.
  if (std::strncmp(name, kMain.data(), kMain.size()) == 0) return {XmlNamespace::kSpreadsheet, name + kMain.size()};
  const char* separator = std::strrchr(name, kSeparator);
  if (separator == nullptr) return {XmlNamespace::kNone, name};
  return {NamespaceOf(std::string_view(name, static_cast<size_t>(separator - name))), separator + 1};
}

// expat's error codes in Vietnamese (the ones a damaged or hand-made part gives; the others fall
// back to the number).
std::string ErrorText(XML_Error code) {
  switch (code) {
    case XML_ERROR_SYNTAX: return "sai cú pháp";
    case XML_ERROR_NO_ELEMENTS: return "phần rỗng hoặc bị cắt cụt giữa chừng";
    case XML_ERROR_INVALID_TOKEN: return "có ký tự hoặc thẻ không hợp lệ";
    case XML_ERROR_UNCLOSED_TOKEN: return "thẻ chưa đóng: phần bị cắt cụt";
    case XML_ERROR_PARTIAL_CHAR: return "ký tự bị cắt dở";
    case XML_ERROR_TAG_MISMATCH: return "thẻ đóng không khớp với thẻ mở";
    case XML_ERROR_DUPLICATE_ATTRIBUTE: return "một thuộc tính xuất hiện hai lần trong cùng thẻ";
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT: return "có nội dung sau phần tử gốc";
    case XML_ERROR_UNDEFINED_ENTITY: return "tham chiếu tới thực thể không xác định";
    case XML_ERROR_BAD_CHAR_REF: return "mã ký tự không hợp lệ";
    case XML_ERROR_MISPLACED_XML_PI: return "khai báo XML không ở đầu phần";
    case XML_ERROR_UNKNOWN_ENCODING: return "bảng mã không được hỗ trợ";
    case XML_ERROR_INCORRECT_ENCODING: return "nội dung không đúng bảng mã đã khai báo";
    case XML_ERROR_UNCLOSED_CDATA_SECTION: return "đoạn CDATA chưa đóng";
    case XML_ERROR_UNBOUND_PREFIX: return "tiền tố không gian tên chưa được khai báo";
    case XML_ERROR_XML_DECL: return "khai báo XML sai";
    case XML_ERROR_RESERVED_PREFIX_XML:
    case XML_ERROR_RESERVED_PREFIX_XMLNS:
    case XML_ERROR_RESERVED_NAMESPACE_URI: return "dùng sai tiền tố hoặc không gian tên dành riêng";
    case XML_ERROR_AMPLIFICATION_LIMIT_BREACH: return "nội dung khuếch đại bất thường";
    default: return "lỗi XML số " + std::to_string(static_cast<int>(code));
  }
}

}  // namespace

const char* XmlAttributes::Find(std::string_view local, XmlNamespace ns) const {
  if (ns == XmlNamespace::kNone) {  // an attribute in a namespace has a separator: never equal
    for (const char** a = raw_; *a != nullptr; a += 2)
      if (local == a[0]) return a[1];
    return nullptr;
  }
  for (const char** a = raw_; *a != nullptr; a += 2) {
    const XmlName name = Split(a[0]);
    if (name.ns == ns && name.local == local) return a[1];
  }
  return nullptr;
}

void XmlStream::ParserFree::operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }

ZipArchive::Entry XmlStream::OpenEntry(const ZipArchive& zip, size_t entry, const std::string& file) {
  try {
    return zip.Open(entry);
  } catch (const ZipError& e) {
    throw WorkbookZipError(e, file, 0);
  }
}

XmlStream::XmlStream(const ZipArchive& zip, size_t entry, std::string file, XmlHandler& handler, XmlLimits limits)
    : entry_(OpenEntry(zip, entry, file)), file_(std::move(file)), handler_(handler), limits_(limits) {
  parser_.reset(XML_ParserCreateNS(nullptr, kSeparator));
  if (!parser_) throw std::bad_alloc();
  XML_Parser p = parser_.get();
  XML_SetUserData(p, this);
  XML_SetElementHandler(p, &XmlStream::Start, &XmlStream::End);
  XML_SetCharacterDataHandler(p, &XmlStream::Text);
  XML_SetStartDoctypeDeclHandler(p, &XmlStream::Doctype);
  XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlStream::~XmlStream() = default;

void XmlStream::Abort(std::exception_ptr error) {
  if (!error_) error_ = std::move(error);
  aborted_ = true;
  XML_StopParser(parser_.get(), XML_FALSE);
}

void XmlStream::Event() { last_event_ = static_cast<int64_t>(XML_GetCurrentByteIndex(parser_.get())); }

void XmlStream::Start(void* data, const char* name, const char** attributes) {
  auto* self = static_cast<XmlStream*>(data);
  if (self->aborted_ || self->stopped_) return;
  try {
    self->Event();
    if (++self->depth_ > self->limits_.max_depth)
      throw DamagedWorkbook(self->file_, self->error_row_, 0,
                            "phần " + self->part() + " có phần tử XML lồng nhau quá " +
                                std::to_string(self->limits_.max_depth) + " cấp");
    self->handler_.OnStart(Split(name), XmlAttributes(attributes));
  } catch (...) {
    self->Abort(std::current_exception());
  }
}

void XmlStream::End(void* data, const char* name) {
  auto* self = static_cast<XmlStream*>(data);
  if (self->aborted_ || self->stopped_) return;
  try {
    self->Event();
    --self->depth_;
    self->handler_.OnEnd(Split(name));
  } catch (...) {
    self->Abort(std::current_exception());
  }
}

void XmlStream::Text(void* data, const char* text, int length) {
  auto* self = static_cast<XmlStream*>(data);
  if (self->aborted_ || self->stopped_) return;
  try {
    self->Event();
    self->handler_.OnText(std::string_view(text, static_cast<size_t>(length)));
  } catch (...) {
    self->Abort(std::current_exception());
  }
}

void XmlStream::Doctype(void* data, const char*, const char*, const char*, int) {
  auto* self = static_cast<XmlStream*>(data);
  if (self->aborted_) return;
  self->Abort(std::make_exception_ptr(
      DamagedWorkbook(self->file_, self->error_row_, 0,
                      "phần " + self->part() + " có khai báo DOCTYPE (DTD), điều tệp Excel không bao giờ có")));
}

std::optional<double> XmlStream::FractionParsed() const {
  const std::optional<uint64_t> size = entry_.size();
  if (!size) return std::nullopt;
  if (done_ || *size == 0) return 1.0;
  return std::min(1.0, static_cast<double>(last_event_) / static_cast<double>(*size));
}

void XmlStream::Pause() {
  if (!aborted_ && !stopped_) XML_StopParser(parser_.get(), XML_TRUE);
}

void XmlStream::Stop() {
  if (aborted_ || stopped_) return;
  stopped_ = true;
  XML_StopParser(parser_.get(), XML_FALSE);
}

void XmlStream::ThrowXmlError() {
  const XML_Parser p = parser_.get();
  throw DamagedWorkbook(file_, error_row_, 0,
                        "XML không hợp lệ ở dòng " + GroupedCount(static_cast<int64_t>(XML_GetCurrentLineNumber(p))) +
                            " của phần " + part() + ": " + ErrorText(XML_GetErrorCode(p)));
}

bool XmlStream::Parse() {
  if (done_) return false;
  for (;;) {
    XML_Status status;
    if (suspended_) {
      suspended_ = false;
      status = XML_ResumeParser(parser_.get());
    } else {
      void* buffer = XML_GetBuffer(parser_.get(), static_cast<int>(kChunk));
      if (buffer == nullptr) throw std::bad_alloc();
      size_t n = 0;
      try {
        n = entry_.Read(static_cast<char*>(buffer), kChunk);
      } catch (const ZipError& e) {
        done_ = true;
        throw WorkbookZipError(e, file_, error_row_);
      }
      fed_ += n;
      if (fed_ > limits_.max_part_bytes) {
        done_ = true;
        throw InputError(file_, error_row_, 0,
                         OversizedWorkbookWhy("phần " + part() + " giải nén ra hơn " +
                                              MebibyteText(limits_.max_part_bytes) + ", quá giới hạn"));
      }
      final_ = n == 0;
      status = XML_ParseBuffer(parser_.get(), static_cast<int>(n), final_ ? XML_TRUE : XML_FALSE);
    }
    if (error_) {
      done_ = true;
      std::rethrow_exception(error_);
    }
    if (status == XML_STATUS_SUSPENDED) {
      suspended_ = true;
      return true;
    }
    if (status == XML_STATUS_ERROR) {
      done_ = true;
      if (stopped_) return false;
      ThrowXmlError();
    }
    if (fed_ - static_cast<uint64_t>(last_event_) > limits_.max_token_bytes) {
      done_ = true;
      throw DamagedWorkbook(file_, error_row_, 0,
                            "phần " + part() + " có một thẻ XML dài hơn " + MebibyteText(limits_.max_token_bytes));
    }
    if (final_) {
      done_ = true;
      return false;
    }
  }
}

}  // namespace baocao
