// The relationships of an Open Packaging Conventions part (its .rels part): how a workbook says which
// part is the workbook itself (_rels/.rels), and which parts are its worksheets, styles and shared
// strings (xl/_rels/workbook.xml.rels). Targets are resolved to part names as the zip stores them,
// whether written relative to the source part ("worksheets/sheet1.xml") or absolute
// ("/xl/worksheets/sheet1.xml").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/zip_archive.h"

namespace baocao {

struct Relationship {
  std::string id;      // "rId1"
  std::string type;    // the last segment of the Type URI: "officeDocument", "worksheet", "styles", …
  std::string target;  // the part name, resolved ("xl/worksheets/sheet1.xml"); as written when external
  bool external = false;
};

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels".
std::string RelationshipsPartOf(std::string_view part);

// The part a relationship of source_part targets: relative targets against the source's folder,
// "." and ".." segments resolved, %XX decoded, a leading '/' (absolute) dropped.
std::string ResolveTarget(std::string_view source_part, std::string_view target);

// Reads the relationships part at entry; source_part is the part they belong to ("" for the
// package). file names the workbook in messages. Throws InputError (damaged XML).
std::vector<Relationship> ReadRelationships(const ZipArchive& zip, size_t entry, std::string_view source_part,
                                            const std::string& file);

}  // namespace baocao
