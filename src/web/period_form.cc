#include "web/period_form.h"

#include "auth/permissions.h"
#include "indicators/unit_tree.h"
#include "jobs/job.h"
#include "store/catalog.h"

namespace baocao::web {

PeriodForm ReadPeriodForm(RequestContext& ctx, bool use_open_period) {
  PeriodForm form;
  form.choice.period = ctx.Param("period");
  form.choice.from = ctx.Param("from");
  form.choice.to = ctx.Param("to");
  form.choice.calendar = ctx.Param("calendar") == "1";
  form.unit = ctx.Param("unit");
  if (use_open_period && form.choice.period.empty() && form.choice.from.empty() && form.choice.to.empty()) {
    const Job job = LoadJob(ctx.services.config.job_file);
    form.choice.period = ResolvePeriod(job, ctx.Now().date, std::nullopt).Label();
  }
  return form;
}

std::optional<std::string> UnitToShow(RequestContext& ctx, const std::string& asked) {
  const Account& account = *ctx.account;
  if (asked.empty()) return ScopeRoot(account);
  const Catalog catalog = LoadCatalog(ctx.db());
  if (!catalog.HasUnit(asked) && ScopeRoot(account).empty()) return asked;  // "not a unit", said by the library
  if (!MayAccessUnit(account, asked, catalog)) {
    ctx.Forbidden("dữ liệu của đơn vị " + asked);
    return std::nullopt;
  }
  return asked;
}

void SetPeriodFormData(RequestContext& ctx, const PeriodForm& form, PageData& data) {
  data.set("period", form.choice.period);
  if (form.choice.calendar) data.set("calendar", true);
  data.set("from", form.choice.from);
  data.set("to", form.choice.to);
  const std::string root = ScopeRoot(*ctx.account);
  PageData units = PageList();
  if (root.empty()) {
    PageData all;
    all.set("code", "");
    all.set("label", "Cả tỉnh");
    if (form.unit.empty()) all.set("selected", true);
    units.push_back(all);
  }
  const UnitTree tree = UnitTree::Load(ctx.db());
  const int first = root.empty() ? 0 : tree.Find(root);
  if (first >= 0) {
    const UnitNode& top = tree.node(first);
    for (int i = first; i < first + top.subtree_size; ++i) {
      const UnitNode& node = tree.node(i);
      std::string indent;
      for (int d = top.depth; d < node.depth; ++d) indent += "\u00a0\u00a0\u00a0";
      PageData entry;
      entry.set("code", node.code);
      entry.set("label", indent + node.code + " — " + node.name);
      if (node.code == form.unit || (form.unit.empty() && node.code == root)) entry.set("selected", true);
      units.push_back(entry);
    }
  }
  data.set("units", units);
}

std::string EncodeQueryValue(const std::string& value) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : value) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string PeriodFormQuery(const PeriodForm& form) {
  std::string query;
  auto add = [&](const std::string& name, const std::string& value) {
    if (value.empty()) return;
    query += (query.empty() ? "" : "&") + name + "=" + EncodeQueryValue(value);
  };
  add("period", form.choice.period);
  if (form.choice.calendar) add("calendar", "1");
  add("from", form.choice.from);
  add("to", form.choice.to);
  add("unit", form.unit);
  return query;
}

std::string DaysLeftText(Date deadline, Date today) {
  const int left = deadline.days - today.days;
  if (left > 0) return "còn " + std::to_string(left) + " ngày";
  if (left == 0) return "hôm nay là hạn cuối";
  return "đã quá hạn " + std::to_string(-left) + " ngày";
}

}  // namespace baocao::web
