// Builds .xlsx files for the tests (and the xlsx_file fuzz target): a zip of named parts written with
// libzip in memory, and the parts of a minimal valid workbook around a worksheet, which a test then
// changes, breaks or removes.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace baocao::test {

using ZipParts = std::vector<std::pair<std::string, std::string>>;  // (part name, content), in order

// The bytes of a zip archive holding parts, deflated (or stored when compress is false).
std::string ZipBytes(const ZipParts& parts, bool compress = true);

// A worksheet part: the SpreadsheetML root, <sheetData> holding rows, then after (e.g. <mergeCells>).
std::string SheetXml(const std::string& rows, const std::string& after = "");

// The shared-string part of these plain strings (escaped for XML by the caller).
std::string SharedStringsXml(const std::vector<std::string>& strings);

// A styles part whose cellXfs are these numFmtIds in order (style 0 first) and whose custom formats
// are (id, code).
std::string StylesXml(const std::vector<int>& cell_formats, const ZipParts& custom_formats = {});

// The parts of a valid workbook with one worksheet "Sheet1" (xl/worksheets/sheet1.xml) = sheet,
// shared strings and styles when not empty.
ZipParts WorkbookParts(const std::string& sheet, const std::string& shared_strings = "", const std::string& styles = "");

// Replaces the part named name (adds it at the end when absent); removes it.
void SetPart(ZipParts& parts, const std::string& name, const std::string& content);
void RemovePart(ZipParts& parts, const std::string& name);

}  // namespace baocao::test
