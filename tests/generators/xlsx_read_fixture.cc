#include "generators/xlsx_read_fixture.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>

namespace baocao::test {
namespace {

std::string Run(const std::string& command, int* status) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  REQUIRE(pipe != nullptr);
  std::string out;
  char buffer[65536];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe.get())) > 0) out.append(buffer, n);
  *status = pclose(pipe.release());
  return out;
}

std::string Quoted(const std::string& s) { return "'" + s + "'"; }  // test paths carry no quote

// The value of attribute `name` in a start tag.
std::string Attribute(const std::string& tag, const std::string& name) {
  const std::string key = " " + name + "=\"";
  const size_t at = tag.find(key);
  if (at == std::string::npos) return "";
  const size_t from = at + key.size();
  return tag.substr(from, tag.find('"', from) - from);
}

// The contents of the first <name ...>...</name> in xml, decoded.
std::string Element(const std::string& xml, const std::string& name) {
  const size_t open = xml.find("<" + name);
  if (open == std::string::npos) return "";
  const size_t start = xml.find('>', open) + 1;
  if (xml[start - 2] == '/') return "";
  return DecodeXml(xml.substr(start, xml.find("</" + name + ">", start) - start));
}

}  // namespace

std::string DecodeXml(const std::string& text) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [entity, ch] : kEntities) {
      if (text.compare(i, std::string(entity).size(), entity) == 0) {
        out += ch;
        i += std::string(entity).size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

XlsxFile::XlsxFile(std::string path) : path_(std::move(path)) {
  if (!HasPart("xl/sharedStrings.xml")) return;
  const std::string sst = Part("xl/sharedStrings.xml");
  for (size_t at = sst.find("<si>"); at != std::string::npos; at = sst.find("<si>", at + 1)) {
    const std::string si = sst.substr(at, sst.find("</si>", at) - at);
    std::string text;
    for (size_t t = si.find("<t"); t != std::string::npos; t = si.find("<t", t + 1)) {
      text += Element(si.substr(t), "t");
    }
    strings_.push_back(text);
  }
}

bool XlsxFile::HasPart(const std::string& name) const {
  int status = 0;
  const std::string list = Run("unzip -Z1 " + Quoted(path_), &status);
  return list.find(name + "\n") != std::string::npos;
}

std::string XlsxFile::Part(const std::string& name) const {
  int status = 0;
  const std::string text = Run("unzip -p " + Quoted(path_) + " " + Quoted(name), &status);
  INFO(path_ << ": " << name);
  REQUIRE(status == 0);
  REQUIRE(!text.empty());
  return text;
}

const std::map<std::string, XlsxCell>& XlsxFile::Cells(int sheet) const {
  auto& cells = cells_[sheet];
  if (!cells.empty()) return cells;
  const std::string xml = Part("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
  for (size_t at = xml.find("<c "); at != std::string::npos; at = xml.find("<c ", at + 1)) {
    const size_t tag_end = xml.find('>', at);
    const std::string tag = xml.substr(at, tag_end - at + 1);
    XlsxCell cell;
    cell.type = Attribute(tag, "t");
    if (tag[tag.size() - 2] == '/') {
      cell.blank = true;
    } else {
      const std::string body = xml.substr(tag_end + 1, xml.find("</c>", tag_end) - tag_end - 1);
      cell.formula = Element(body, "f");
      cell.value = Element(body, "v");
      if (cell.type == "s") cell.value = strings_.at(std::stoul(cell.value));
      if (cell.type == "inlineStr") cell.value = Element(body, "t");
    }
    cells[Attribute(tag, "r")] = cell;
  }
  return cells;
}

std::vector<std::string> XlsxFile::Merges(int sheet) const {
  const std::string xml = Part("xl/worksheets/sheet" + std::to_string(sheet) + ".xml");
  std::vector<std::string> refs;
  for (size_t at = xml.find("<mergeCell "); at != std::string::npos;
       at = xml.find("<mergeCell ", at + 1)) {
    refs.push_back(Attribute(xml.substr(at, xml.find('>', at) - at + 1), "ref"));
  }
  return refs;
}

std::string XlsxFile::Value(int sheet, const std::string& ref) const {
  const auto& cells = Cells(sheet);
  const auto it = cells.find(ref);
  return it == cells.end() ? "" : it->second.value;
}

double XlsxFile::Number(int sheet, const std::string& ref) const {
  const auto& cells = Cells(sheet);
  const auto it = cells.find(ref);
  INFO(path_ << " sheet" << sheet << " " << ref);
  REQUIRE(it != cells.end());
  REQUIRE(it->second.type.empty());
  REQUIRE(!it->second.value.empty());
  return std::stod(it->second.value);
}

std::string XlsxFile::Find(int sheet, const std::string& text) const {
  for (const auto& [ref, cell] : Cells(sheet)) {
    if (cell.value == text && !cell.type.empty()) return ref;
  }
  return "";
}

}  // namespace baocao::test
