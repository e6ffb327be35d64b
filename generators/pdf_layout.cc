#include "generators/pdf_layout.h"

namespace baocao {
namespace {

bool KeptWithNext(const Block& b) { return b.keep_with_next || b.is_table_header; }

}  // namespace

int Flow::AddTableHeader(Block header) {
  table_headers_.push_back(std::move(header));
  return static_cast<int>(table_headers_.size()) - 1;
}

std::vector<std::vector<PlacedBlock>> Flow::Paginate(PageArea area) const {
  std::vector<std::vector<PlacedBlock>> pages(1);
  double y = area.top;
  auto new_page = [&] {
    pages.emplace_back();
    y = area.top;
  };
  auto place = [&](const Block& b) {
    pages.back().push_back({&b, y});
    y += b.height;
  };
  for (size_t i = 0; i < blocks_.size(); ++i) {
    const Block& b = blocks_[i];
    if (b.new_page && !pages.back().empty()) new_page();
    // A block kept with the next one (a table header with its first row) needs room for both.
    double needed = b.height;
    for (size_t j = i; j + 1 < blocks_.size() && KeptWithNext(blocks_[j]); ++j)
      needed += blocks_[j + 1].height;
    // A chain taller than a whole page cannot be kept together: then only the block itself must fit
    // (else every block of the chain would start a page of its own).
    const double header = b.table >= 0 && !b.is_table_header ? table_headers_[b.table].height : 0;
    if (area.top + header + needed > area.bottom) needed = b.height;
    if (y + needed > area.bottom && !pages.back().empty()) {
      new_page();
      if (b.table >= 0 && !b.is_table_header) place(table_headers_[b.table]);
    }
    place(b);
  }
  return pages;
}

}  // namespace baocao
