#include "core/toml_table.h"

#include <algorithm>

#include "core/errors.h"
#include "core/text.h"

namespace baocao {

toml::table ParseTomlFile(const std::string& path, const std::string& why) {
  try {
    return toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw InputError(path, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column), why);
  }
}

int TomlLine(const toml::node& node) { return static_cast<int>(node.source().begin.line); }
int TomlColumn(const toml::node& node) { return static_cast<int>(node.source().begin.column); }

TomlTable::TomlTable(std::string file, const toml::table& table, std::string where)
    : file_(std::move(file)), table_(table), where_(std::move(where)) {}

void TomlTable::Fail(const toml::node& node, const std::string& why) const {
  throw InputError(file_, TomlLine(node), TomlColumn(node), where_ + why);
}

void TomlTable::Fail(const std::string& why) const { Fail(table_, why); }

void TomlTable::FailInString(const toml::node& node, size_t at, const std::string& why) const {
  throw InputError(file_, TomlLine(node), TomlColumn(node) + 1 + static_cast<int>(at), where_ + why);
}

void TomlTable::CheckKeys(const std::vector<std::string>& allowed) const {
  for (const auto& [key, node] : table_) {
    if (std::find(allowed.begin(), allowed.end(), std::string(key.str())) != allowed.end()) continue;
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    throw InputError(file_, static_cast<int>(key.source().begin.line), static_cast<int>(key.source().begin.column),
                     where_ + "khóa \"" + std::string(key.str()) + "\" không được hỗ trợ (các khóa: " + list + ")");
  }
}

const toml::node* TomlTable::Get(const std::string& key) const { return table_.get(key); }

const toml::node& TomlTable::Required(const std::string& key) const {
  const toml::node* node = table_.get(key);
  if (node == nullptr) Fail("thiếu khóa \"" + key + "\"");
  return *node;
}

std::string TomlTable::String(const toml::node& node, const std::string& key) const {
  if (!node.is_string()) Fail(node, "\"" + key + "\" phải là một chuỗi trong ngoặc kép");
  std::string value = node.value_or(std::string());
  if (Trim(value).empty()) Fail(node, "\"" + key + "\" không được để trống");
  return value;
}

std::string TomlTable::String(const std::string& key) const { return String(Required(key), key); }

std::vector<TomlTable::StringItem> TomlTable::StringItems(const std::string& key, const std::string& shape) const {
  const toml::node& node = Required(key);
  const toml::array* array = node.as_array();
  if (array == nullptr || array->empty()) Fail(node, "\"" + key + "\" phải là " + shape);
  std::vector<StringItem> out;
  for (const auto& item : *array) {
    if (!item.is_string()) Fail(item, "\"" + key + "\" chỉ gồm các chuỗi trong ngoặc kép");
    out.push_back({item.value_or(std::string()), &item});
  }
  return out;
}

std::vector<std::string> TomlTable::Strings(const std::string& key, const std::string& shape) const {
  std::vector<std::string> out;
  for (auto& item : StringItems(key, shape)) out.push_back(std::move(item.value));
  return out;
}

Date TomlTable::DateValue(const std::string& key, const std::string& example) const {
  const toml::node& node = Required(key);
  const auto* date = node.as_date();
  if (date == nullptr) Fail(node, "\"" + key + "\" phải là một ngày dạng " + example + " (không đặt trong ngoặc kép)");
  const toml::date d = date->get();
  if (!IsValidYmd(d.year, d.month, d.day)) Fail(node, "\"" + key + "\" không phải một ngày có thật");
  return Date::FromYmd(d.year, d.month, d.day);
}

int64_t TomlTable::Integer(const toml::node& node, int64_t min, int64_t max, const std::string& why) const {
  const auto* i = node.as_integer();
  if (i == nullptr || i->get() < min || i->get() > max) Fail(node, why);
  return i->get();
}

}  // namespace baocao
