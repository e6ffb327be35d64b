// Reading a portal page's tables in tests: the cells of a `<table class="…">` as text (tags
// removed, entities left as the page has them), by row.
#pragma once

#include <string>
#include <vector>

namespace baocao::test {

// Every row of the first <table class="table_class"> (header rows too), each as its cells' texts.
inline std::vector<std::vector<std::string>> TableRows(const std::string& html, const std::string& table_class) {
  std::vector<std::vector<std::string>> rows;
  const size_t begin = html.find("<table class=\"" + table_class + "\">");
  if (begin == std::string::npos) return rows;
  const size_t end = html.find("</table>", begin);
  size_t at = begin;
  while ((at = html.find("<tr", at)) != std::string::npos && at < end) {
    const size_t row_end = html.find("</tr>", at);
    std::vector<std::string> cells;
    size_t cell = at;
    while (true) {
      const size_t td = html.find("<td", cell), th = html.find("<th", cell);
      const size_t open = std::min(td, th);
      if (open == std::string::npos || open > row_end) break;
      const size_t text_begin = html.find('>', open) + 1;
      const size_t close = html.find(open == td ? "</td>" : "</th>", text_begin);
      std::string text;
      bool in_tag = false;
      for (size_t i = text_begin; i < close; ++i) {
        if (html[i] == '<') in_tag = true;
        else if (html[i] == '>') in_tag = false;
        else if (!in_tag) text += html[i];
      }
      cells.push_back(text);
      cell = close;
    }
    rows.push_back(cells);
    at = row_end;
  }
  return rows;
}

// The cells of the row whose first cell, without its indentation (no-break spaces), is first_cell.
inline std::vector<std::string> RowCells(const std::string& html, const std::string& table_class,
                                         const std::string& first_cell) {
  for (const auto& row : TableRows(html, table_class)) {
    if (row.empty()) continue;
    std::string first = row[0];
    while (first.rfind("\u00a0", 0) == 0) first = first.substr(2);
    if (first == first_cell) return row;
  }
  return {};
}

// Column `column` of the rows of td cells (the header's th rows left out).
inline std::vector<std::string> ColumnTexts(const std::string& html, const std::string& table_class, size_t column) {
  std::vector<std::string> texts;
  const size_t begin = html.find("<table class=\"" + table_class + "\">");
  const size_t body = html.find("<tbody>", begin);
  if (begin == std::string::npos || body == std::string::npos) return texts;
  for (const auto& row : TableRows(html.substr(0, begin) + "<table class=\"" + table_class + "\">" + html.substr(body),
                                   table_class))
    if (column < row.size()) texts.push_back(row[column]);
  return texts;
}

}  // namespace baocao::test
