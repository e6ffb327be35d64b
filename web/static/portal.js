// baocao portal: the only script. Pages work without it; it adds upload progress (Nộp dữ liệu).
"use strict";
