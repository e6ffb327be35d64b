#include "jobs/progress_line.h"

#include <catch2/catch.hpp>

#include <sstream>

namespace baocao {

TEST_CASE("progress on a terminal: one line rewritten at most every quarter second, rate, time left, erased", "[progress]") {
  std::ostringstream out;
  double now = 100.0;
  {
    ProgressLine line(out, true, [&now] { return now; });
    line.Update("Đọc tệp a.csv", 1000, 0, "dòng");  // the first call: no rate yet
    now = 100.1;
    line.Update("Đọc tệp a.csv", 2000, 0, "dòng");  // 0.1 s later: not rewritten
    now = 100.5;
    line.Update("Đọc tệp a.csv", 3000, 0, "dòng");
    line.Update("Báo cáo riêng từng đơn vị", 0, 200, "đơn vị");  // a new label: at once
    now = 102.5;
    line.Update("Báo cáo riêng từng đơn vị", 10, 200, "đơn vị");
    now = 102.6;
    line.Update("Báo cáo riêng từng đơn vị", 200, 200, "đơn vị");  // the last item: at once
    line.log() << "2023-05-15 06:00:00 Đã lập\n";
    line.Update("Tính báo cáo", 1, 4, "báo cáo");
  }  // the destructor erases the line
  CHECK(out.str() ==
        "\r\033[KĐọc tệp a.csv: 1.000 dòng"
        "\r\033[KĐọc tệp a.csv: 3.000 dòng, 6.000 dòng/giây"
        "\r\033[KBáo cáo riêng từng đơn vị: 0/200 đơn vị"
        "\r\033[KBáo cáo riêng từng đơn vị: 10/200 đơn vị, 5 đơn vị/giây, còn khoảng 38 giây"
        "\r\033[KBáo cáo riêng từng đơn vị: 200/200 đơn vị, 95 đơn vị/giây"
        "\r\033[K2023-05-15 06:00:00 Đã lập\n"
        "\r\033[KTính báo cáo: 1/4 báo cáo"
        "\r\033[K");
}

TEST_CASE("progress text: minutes and hours left, thousands separated", "[progress]") {
  CHECK(ProgressLine::Text("Đọc tệp b.xlsx", 120000, 0, "dòng", 2.0) == "Đọc tệp b.xlsx: 120.000 dòng, 60.000 dòng/giây");
  CHECK(ProgressLine::Text("X", 1, 100, "đơn vị", 2.0) == "X: 1/100 đơn vị, 0 đơn vị/giây, còn khoảng 3 phút 18 giây");
  CHECK(ProgressLine::Text("X", 1, 10000, "đơn vị", 1.0) == "X: 1/10.000 đơn vị, 1 đơn vị/giây, còn khoảng 2 giờ 46 phút");
  CHECK(ProgressLine::Text("X", 0, 10, "đơn vị", 1.0) == "X: 0/10 đơn vị");
}

TEST_CASE("progress of a file by the share of its bytes read: the time left from the time so far", "[progress]") {
  CHECK(ProgressLine::ShareText("Đọc tệp a.csv", 120000, 0.45, "dòng", 2.0) ==
        "Đọc tệp a.csv: 120.000 dòng (45%), 60.000 dòng/giây, còn khoảng 3 giây");  // 2 s * 0.55 / 0.45
  CHECK(ProgressLine::ShareText("X", 1000, 0.01, "dòng", 40.0) ==
        "X: 1.000 dòng (1%), 25 dòng/giây, còn khoảng 1 giờ 6 phút");
  CHECK(ProgressLine::ShareText("X", 5, 1.0, "dòng", 0.5) == "X: 5 dòng (100%), 10 dòng/giây");
  CHECK(ProgressLine::ShareText("X", 0, 0.0, "dòng", 0.0) == "X: 0 dòng (0%)");

  std::ostringstream out;
  double now = 0;
  ProgressLine line(out, true, [&now] { return now; });
  line.Update("Đọc tệp a.csv", 1000, 0, "dòng", 0.1);
  now = 0.1;
  line.Update("Đọc tệp a.csv", 2000, 0, "dòng", 0.2);  // too soon: not rewritten
  now = 1.0;
  line.Update("Đọc tệp a.csv", 3000, 0, "dòng", 0.25);
  now = 1.1;
  line.Update("Đọc tệp a.csv", 12000, 0, "dòng", 1.0);  // the last: at once
  CHECK(out.str() ==
        "\r\033[KĐọc tệp a.csv: 1.000 dòng (10%)"
        "\r\033[KĐọc tệp a.csv: 3.000 dòng (25%), 3.000 dòng/giây, còn khoảng 3 giây"
        "\r\033[KĐọc tệp a.csv: 12.000 dòng (100%), 10.909 dòng/giây");
}

TEST_CASE("progress writes nothing when stderr is not a terminal, the log passes through unchanged", "[progress]") {
  std::ostringstream out;
  double now = 0;
  {
    ProgressLine line(out, false, [&now] { return now; });
    line.Update("Đọc tệp a.csv", 1000, 0, "dòng");
    now = 5;
    line.Update("Đọc tệp a.csv", 2000, 4000, "dòng");
    line.log() << "2023-05-15 06:00:00 Bắt đầu\n";
    line.Clear();
  }
  CHECK(out.str() == "2023-05-15 06:00:00 Bắt đầu\n");
}

}  // namespace baocao
