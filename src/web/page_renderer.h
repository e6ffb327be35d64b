// The portal's pages: Mustache templates under web/templates, so that a page is an edit to a
// template, not to C++ (web/README.md says what each page is given).
//
// Every page is rendered into web/templates/layout.mustache, which places it with `{{{body}}}` —
// the only unescaped value: everything the data holds (unit names, file names, messages) is
// HTML-escaped by `{{…}}`. Templates are read and checked once when the portal starts; a missing
// or malformed one stops the start with its name.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <string>

namespace baocao::web {

using PageData = kainjow::mustache::data;

// A list for `{{#items}}…{{/items}}`.
inline PageData PageList() { return PageData(PageData::type::list); }

class PageRenderer {
 public:
  // Loads every *.mustache of templates_dir. Throws Error naming a template that does not parse.
  explicit PageRenderer(const std::string& templates_dir);

  // The page `name` (layout.mustache around name.mustache) with data; layout_data adds the
  // layout's own values (title, navigation, account).
  std::string Render(const std::string& name, const PageData& data, const PageData& layout_data) const;
  // One template alone (no layout): a fragment or a text.
  std::string RenderAlone(const std::string& name, const PageData& data) const;

 private:
  const std::string& Template(const std::string& name) const;

  std::map<std::string, std::string> templates_;  // checked when loaded; parsed per render
};

}  // namespace baocao::web
