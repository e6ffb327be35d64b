#include "web/page_renderer.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.h"

namespace baocao::web {
namespace fs = std::filesystem;

PageRenderer::PageRenderer(const std::string& templates_dir) {
  std::error_code ec;
  fs::directory_iterator it(templates_dir, ec);
  if (ec) throw Error("không đọc được thư mục trang web " + templates_dir);
  for (const auto& entry : it) {
    if (entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) throw Error("không đọc được trang web " + entry.path().string());
    kainjow::mustache::mustache tmpl(text.str());
    if (!tmpl.is_valid())
      throw Error("trang web " + entry.path().string() + " sai cú pháp Mustache: " + tmpl.error_message());
    templates_.emplace(entry.path().stem().string(), text.str());
  }
  Template("layout");
}

const std::string& PageRenderer::Template(const std::string& name) const {
  const auto it = templates_.find(name);
  if (it == templates_.end()) throw Error("thiếu trang web " + name + ".mustache trong thư mục web/templates");
  return it->second;
}

std::string PageRenderer::RenderAlone(const std::string& name, const PageData& data) const {
  // Parsed for each page (microseconds): kainjow's render() is not const, so nothing parsed is
  // shared between the server's threads.
  kainjow::mustache::mustache tmpl(Template(name));
  return tmpl.render(data);
}

std::string PageRenderer::Render(const std::string& name, const PageData& data, const PageData& layout_data) const {
  PageData layout = layout_data;
  layout.set("body", RenderAlone(name, data));
  return RenderAlone("layout", layout);
}

}  // namespace baocao::web
