// Page layout for the PDF reports: the document is a flow of blocks of known height, laid out on
// pages before anything is drawn, so that the page count is known when "Trang X/Y" is printed.
//
// A block is never split across pages: a table row, the header of the document, the signature
// block. A block may belong to a table; when a table's rows continue on a new page, the table's
// header block is drawn first on that page, and a table header is never left alone at the bottom of
// a page (it moves to the next page with its first row).
#pragma once

#include <functional>
#include <vector>

#include "generators/pdf_document.h"

namespace baocao {

struct Block {
  double height = 0;
  // Draws the block with its top edge at `top`.
  std::function<void(Canvas&, double top)> draw;
  int table = -1;                // index into Flow::table_headers, or -1
  bool is_table_header = false;  // the first drawing of the table's header (kept with next)
  bool new_page = false;         // start on a fresh page
  bool keep_with_next = false;   // on the same page as the block after it
};

struct PlacedBlock {
  const Block* block;
  double top;
};

struct PageArea {
  double top;     // first usable y from the top of the page
  double bottom;  // last usable y
};

class Flow {
 public:
  // Adds a table header; returns its table index for the rows' Block::table.
  int AddTableHeader(Block header);
  void Add(Block block) { blocks_.push_back(std::move(block)); }

  // Assigns every block to a page. The result holds pointers into this Flow.
  std::vector<std::vector<PlacedBlock>> Paginate(PageArea area) const;

 private:
  std::vector<Block> blocks_;
  std::vector<Block> table_headers_;
};

}  // namespace baocao
