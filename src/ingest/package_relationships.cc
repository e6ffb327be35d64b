#include "ingest/package_relationships.h"

#include "core/text.h"
#include "ingest/xml_stream.h"

namespace baocao {
namespace {

std::string PercentDecoded(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && HexDigitValue(s[i + 1]) >= 0 && HexDigitValue(s[i + 2]) >= 0) {
      out += static_cast<char>(HexDigitValue(s[i + 1]) * 16 + HexDigitValue(s[i + 2]));
      i += 2;
    } else {
      out += s[i] == '\\' ? '/' : s[i];
    }
  }
  return out;
}

class RelationshipsHandler : public XmlHandler {
 public:
  RelationshipsHandler(std::string_view source, std::vector<Relationship>& out) : source_(source), out_(out) {}
  void OnStart(const XmlName& name, const XmlAttributes& attributes) override {
    if (!name.Is(XmlNamespace::kPackageRelationships, "Relationship")) return;
    const char* id = attributes.Find("Id");
    const char* type = attributes.Find("Type");
    const char* target = attributes.Find("Target");
    const char* mode = attributes.Find("TargetMode");
    if (id == nullptr || type == nullptr || target == nullptr) return;
    Relationship r;
    r.id = id;
    const std::string_view t(type);
    r.type = std::string(t.substr(t.rfind('/') + 1));
    r.external = mode != nullptr && std::string_view(mode) == "External";
    r.target = r.external ? std::string(target) : ResolveTarget(source_, target);
    out_.push_back(std::move(r));
  }
  void OnEnd(const XmlName&) override {}
  void OnText(std::string_view) override {}

 private:
  std::string_view source_;
  std::vector<Relationship>& out_;
};

}  // namespace

std::string RelationshipsPartOf(std::string_view part) {
  const size_t slash = part.rfind('/');
  const std::string_view folder = slash == std::string_view::npos ? std::string_view() : part.substr(0, slash + 1);
  const std::string_view base = slash == std::string_view::npos ? part : part.substr(slash + 1);
  return std::string(folder) + "_rels/" + std::string(base) + ".rels";
}

std::string ResolveTarget(std::string_view source_part, std::string_view target) {
  const std::string decoded = PercentDecoded(target);
  std::string path;
  if (decoded.empty() || decoded[0] != '/') {
    const size_t slash = source_part.rfind('/');
    if (slash != std::string_view::npos) path = std::string(source_part.substr(0, slash + 1));
  }
  path += decoded;
  std::vector<std::string_view> segments;
  const std::string_view p(path);
  size_t start = 0;
  while (start <= p.size()) {
    size_t end = p.find('/', start);
    if (end == std::string_view::npos) end = p.size();
    const std::string_view segment = p.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

std::vector<Relationship> ReadRelationships(const ZipArchive& zip, size_t entry, std::string_view source_part,
                                            const std::string& file) {
  std::vector<Relationship> out;
  RelationshipsHandler handler(source_part, out);
  XmlStream(zip, entry, file, handler, XmlLimits{}).ParseToEnd();
  return out;
}

}  // namespace baocao
