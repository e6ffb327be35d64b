// The portal's pages, each in its own source file, registering its routes with the router.
//
//   login_pages.cc     /  /dang-nhap  /dang-xuat  /doi-mat-khau
//   submit_pages.cc    /nop  /nop/tien-do  /bien-nhan/…  /lan-nop/…      (Nộp dữ liệu, receipts)
//   status_page.cc     /tinh-hinh                                         (Tình hình nộp báo cáo)
//   report_pages.cc    /bao-cao  /bao-cao/tai                             (Báo cáo)
//   history_pages.cc   /lich-su  /lich-su/tep/…                           (Lịch sử)
//   account_pages.cc   /tai-khoan  /tai-khoan/…                           (Tài khoản, audit log)
#pragma once

#include "web/router.h"

namespace baocao::web {

void AddLoginPages(Router& router);
void AddSubmitPages(Router& router);
void AddStatusPage(Router& router);
void AddReportPages(Router& router);
void AddHistoryPages(Router& router);
void AddAccountPages(Router& router);

}  // namespace baocao::web
