#include "jobs/staging_folder.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/errors.h"

namespace baocao {
namespace fs = std::filesystem;

StagingFolder::StagingFolder(const std::string& output_dir, const std::string& label)
    : path_((fs::path(output_dir) / (".staging-" + label + "-" + std::to_string(::getpid()))).string()),
      final_path_((fs::path(output_dir) / label).string()) {
  std::error_code ec;
  fs::remove_all(path_, ec);
  fs::create_directories(path_, ec);
  if (ec) throw Error("Không tạo được thư mục tạm " + path_ + ": " + ec.message());
}

StagingFolder::~StagingFolder() {
  std::error_code ec;
  fs::remove_all(path_, ec);  // unpublished files, or after Publish() the previous folder
}

void StagingFolder::Publish(Swap swap) {
  if (!fs::exists(final_path_)) {
    if (::rename(path_.c_str(), final_path_.c_str()) != 0)
      throw Error("Không đưa được " + path_ + " vào " + final_path_ + ": " + std::strerror(errno));
  } else if (swap == Swap::kTwoRenames ||
             ::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, final_path_.c_str(), RENAME_EXCHANGE) != 0) {
    if (swap == Swap::kExchange && errno != EINVAL && errno != ENOSYS)
      throw Error("Không đưa được " + path_ + " vào " + final_path_ + ": " + std::strerror(errno));
    // No atomic exchange on this file system: move the previous folder aside, then the new one in.
    const std::string old = (fs::path(final_path_).parent_path() /
                             (".old-" + fs::path(final_path_).filename().string() + "-" +
                              std::to_string(::getpid()))).string();
    if (::rename(final_path_.c_str(), old.c_str()) != 0)
      throw Error("Không đổi tên được " + final_path_ + ": " + std::strerror(errno));
    if (::rename(path_.c_str(), final_path_.c_str()) != 0) {
      const int saved = errno;
      ::rename(old.c_str(), final_path_.c_str());
      throw Error("Không đưa được " + path_ + " vào " + final_path_ + ": " + std::strerror(saved));
    }
    path_ = old;  // the destructor removes the previous folder
  }
}

int StagingFolder::RemoveStale(const std::string& output_dir) {
  int removed = 0;
  std::error_code ec;
  if (!fs::is_directory(output_dir, ec)) return 0;
  for (const auto& entry : fs::directory_iterator(output_dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(".staging-", 0) == 0 || name.rfind(".old-", 0) == 0) {
      fs::remove_all(entry.path(), ec);
      ++removed;
    }
  }
  return removed;
}

}  // namespace baocao
