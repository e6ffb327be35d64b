#include "ingest/workbook_builder_fixture.h"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace baocao::test {

std::string ZipBytes(const ZipParts& parts, bool compress) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) throw std::runtime_error("zip_source_buffer_create");
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open_from_source");
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("zip_file_add " + name);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), 0, 0);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
  std::string bytes;
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  bytes.resize(static_cast<size_t>(zip_source_tell(buffer)));
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

std::string SheetXml(const std::string& rows, const std::string& after) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheetData>" +
         rows + "</sheetData>" + after + "</worksheet>";
}

std::string SharedStringsXml(const std::vector<std::string>& strings) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
  for (const auto& s : strings) xml += "<si><t>" + s + "</t></si>";
  return xml + "</sst>";
}

std::string StylesXml(const std::vector<int>& cell_formats, const ZipParts& custom_formats) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
  if (!custom_formats.empty()) {
    xml += "<numFmts>";
    for (const auto& [id, code] : custom_formats)
      xml += "<numFmt numFmtId=\"" + id + "\" formatCode=\"" + code + "\"/>";
    xml += "</numFmts>";
  }
  xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>";
  for (const int id : cell_formats) xml += "<xf numFmtId=\"" + std::to_string(id) + "\" xfId=\"0\"/>";
  return xml + "</cellXfs></styleSheet>";
}

ZipParts WorkbookParts(const std::string& sheet, const std::string& shared_strings, const std::string& styles) {
  ZipParts parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"},
      {"_rels/.rels",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
       "Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
       "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" "
       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
       "Target=\"worksheets/sheet1.xml\"/>" +
           std::string(shared_strings.empty() ? ""
                                              : "<Relationship Id=\"rId2\" "
                                                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                                "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>") +
           std::string(styles.empty() ? ""
                                      : "<Relationship Id=\"rId3\" "
                                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                        "relationships/styles\" Target=\"styles.xml\"/>") +
           "</Relationships>"},
      {"xl/worksheets/sheet1.xml", sheet},
  };
  if (!shared_strings.empty()) parts.emplace_back("xl/sharedStrings.xml", shared_strings);
  if (!styles.empty()) parts.emplace_back("xl/styles.xml", styles);
  return parts;
}

void SetPart(ZipParts& parts, const std::string& name, const std::string& content) {
  for (auto& part : parts) {
    if (part.first == name) {
      part.second = content;
      return;
    }
  }
  parts.emplace_back(name, content);
}

void RemovePart(ZipParts& parts, const std::string& name) {
  parts.erase(std::remove_if(parts.begin(), parts.end(), [&](const auto& p) { return p.first == name; }),
              parts.end());
}

}  // namespace baocao::test
