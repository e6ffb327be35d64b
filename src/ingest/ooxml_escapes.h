// The escapes OOXML writes in cell text for characters XML cannot hold: `_xHHHH_` is the UTF-16 code
// unit HHHH (`_x000D_` a carriage return, `_x0009_` a tab), `_x005F_` escapes an underscore that
// would otherwise start one ("_x005F_x000D_" is the text "_x000D_").
#pragma once

#include <string>
#include <string_view>

namespace baocao {

// Appends text to out with every escape decoded (a surrogate pair written as two escapes is one
// character; a lone surrogate is left as written). Text without escapes is appended unchanged.
void AppendOoxmlText(std::string_view text, std::string& out);

}  // namespace baocao
