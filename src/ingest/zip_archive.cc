#include "ingest/zip_archive.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>
#include <vector>

#include "core/system_error_text.h"
#include "ingest/problem.h"

namespace baocao {
namespace {

uint64_t Little(const unsigned char* p, int bytes) {
  uint64_t value = 0;
  for (int i = bytes - 1; i >= 0; --i) value = value << 8 | p[i];
  return value;
}

// A descriptor closed on scope exit (the pre-check reads the file before libzip opens it).
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

[[noreturn]] void ThrowUnreadable(int error) {
  throw ZipError(ZipError::Kind::kUnreadable, "không đọc được tệp: " + SystemErrorText(error));
}

bool ReadAt(int fd, unsigned char* buffer, size_t size, uint64_t offset) {
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::pread(fd, buffer + done, size - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) ThrowUnreadable(errno);
    if (n == 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

// Every end-of-central-directory record in the archive's last 64 KiB (where libzip looks for the
// one it will use), with its Zip64 record when it has one: none may declare more entries or a
// larger directory than the limits. libzip allocates for the declared count before reading.
void CheckDirectorySize(const std::string& path, const ZipLimits& limits) {
  const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) ThrowUnreadable(errno);
  struct stat status {};
  if (::fstat(file.fd, &status) != 0) ThrowUnreadable(errno);
  const uint64_t size = static_cast<uint64_t>(status.st_size);
  constexpr uint64_t kEocd = 22, kLocator = 20, kZip64Eocd = 56;
  const uint64_t tail_size = std::min<uint64_t>(size, 65535 + kEocd + kLocator);
  if (tail_size < kEocd) return;  // libzip says it is not a zip
  std::vector<unsigned char> tail(tail_size);
  if (!ReadAt(file.fd, tail.data(), tail.size(), size - tail_size)) return;
  const auto refuse = [&](uint64_t entries, uint64_t bytes) {
    if (entries > limits.max_entries)
      throw ZipError(ZipError::Kind::kDamaged,
                     "mục lục của tệp nén khai báo " + GroupedCount(static_cast<int64_t>(std::min<uint64_t>(entries, INT64_MAX))) +
                         " mục, quá giới hạn " + GroupedCount(static_cast<int64_t>(limits.max_entries)) + " mục");
    if (bytes > limits.max_directory_bytes)
      throw ZipError(ZipError::Kind::kDamaged,
                     "mục lục của tệp nén dài hơn " + GroupedCount(static_cast<int64_t>(limits.max_directory_bytes)) +
                         " byte");
  };
  for (size_t i = tail.size() - kEocd + 1; i-- > 0;) {
    const unsigned char* eocd = tail.data() + i;
    if (std::memcmp(eocd, "PK\5\6", 4) != 0) continue;
    refuse(Little(eocd + 10, 2), Little(eocd + 12, 4));
    if (i < kLocator || std::memcmp(eocd - kLocator, "PK\6\7", 4) != 0) continue;
    unsigned char record[kZip64Eocd];
    const uint64_t offset = Little(eocd - kLocator + 8, 8);
    if (offset > size || size - offset < kZip64Eocd || !ReadAt(file.fd, record, sizeof record, offset)) continue;
    if (std::memcmp(record, "PK\6\6", 4) != 0) continue;
    refuse(std::max(Little(record + 24, 8), Little(record + 32, 8)), Little(record + 40, 8));
  }
}

// Vietnamese for what libzip found wrong; part names the entry (empty for the archive itself).
std::string DamageText(int code, const std::string& part) {
  const std::string of = part.empty() ? "" : " của phần " + part;
  switch (code) {
    case ZIP_ER_NOZIP:
      return "không tìm thấy mục lục của tệp nén: tệp bị cắt cụt (tải về hoặc sao chép chưa hết) hoặc không phải tệp .xlsx";
    case ZIP_ER_INCONS:
      return part.empty() ? "mục lục của tệp nén không nhất quán" : "phần " + part + " không khớp với mục lục của tệp nén";
    case ZIP_ER_MULTIDISK: return "tệp nén chia thành nhiều phần (multi-disk)";
    case ZIP_ER_CRC: return "dữ liệu" + of + " sai mã kiểm tra CRC";
    case ZIP_ER_ZLIB:
#ifdef ZIP_ER_COMPRESSED_DATA
    case ZIP_ER_COMPRESSED_DATA:
#endif
      return "dữ liệu nén" + of + " bị hỏng";
    case ZIP_ER_EOF: return "dữ liệu" + of + " bị cắt cụt";
    case ZIP_ER_COMPNOTSUPP: return "phần " + part + " được nén bằng phương pháp chưa hỗ trợ";
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD: return "phần " + part + " được mã hóa bằng mật khẩu";
    default: return "tệp nén không đọc được (mã lỗi libzip " + std::to_string(code) + ")" + of;
  }
}

[[noreturn]] void Throw(const zip_error_t* error, const std::string& part) {
  const int code = zip_error_code_zip(error);
  if (code == ZIP_ER_MEMORY) throw std::bad_alloc();
  if (zip_error_system_type(error) == ZIP_ET_SYS && code != ZIP_ER_NOZIP && code != ZIP_ER_INCONS) {
    const int system = zip_error_code_system(error);
    ThrowUnreadable(system != 0 ? system : EIO);
  }
  throw ZipError(ZipError::Kind::kDamaged, DamageText(code, part));
}

bool EqualIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

}  // namespace

void ZipArchive::Closer::operator()(zip* archive) const { zip_discard(archive); }
void ZipArchive::Entry::Closer::operator()(zip_file* file) const { zip_fclose(file); }

ZipArchive::ZipArchive(const std::string& path, ZipLimits limits) {
  CheckDirectorySize(path, limits);
  // zip_error_t owns a string only once zip_error_strerror is called (never here); fini all the same.
  struct OpeningError {
    zip_error_t error;
    OpeningError() { zip_error_init(&error); }
    ~OpeningError() { zip_error_fini(&error); }
  } opening;
  zip_source_t* source = zip_source_file_create(path.c_str(), 0, -1, &opening.error);
  if (source == nullptr) Throw(&opening.error, "");
  archive_.reset(zip_open_from_source(source, ZIP_RDONLY, &opening.error));
  if (!archive_) {
    zip_source_free(source);
    Throw(&opening.error, "");
  }
  if (static_cast<uint64_t>(zip_get_num_entries(archive_.get(), 0)) > limits.max_entries)
    throw ZipError(ZipError::Kind::kDamaged, "mục lục của tệp nén có hơn " +
                                                 GroupedCount(static_cast<int64_t>(limits.max_entries)) + " mục");
}

ZipArchive::~ZipArchive() = default;

size_t ZipArchive::EntryCount() const { return static_cast<size_t>(zip_get_num_entries(archive_.get(), 0)); }

std::string ZipArchive::EntryName(size_t index) const {
  const char* name = zip_get_name(archive_.get(), index, ZIP_FL_ENC_RAW);
  return name != nullptr ? name : "";
}

std::optional<size_t> ZipArchive::Find(std::string_view name) const {
  const std::string wanted(name);
  const zip_int64_t exact = zip_name_locate(archive_.get(), wanted.c_str(), ZIP_FL_ENC_RAW);
  if (exact >= 0) return static_cast<size_t>(exact);
  const size_t count = EntryCount();
  for (size_t i = 0; i < count; ++i) {
    const char* entry = zip_get_name(archive_.get(), i, ZIP_FL_ENC_RAW);
    if (entry != nullptr && EqualIgnoringCase(entry, name)) return i;
  }
  return std::nullopt;
}

ZipArchive::Entry::Entry(std::unique_ptr<zip_file, Closer> file, std::string name, std::optional<uint64_t> size)
    : file_(std::move(file)), name_(std::move(name)), size_(size) {}
ZipArchive::Entry::Entry(Entry&&) noexcept = default;
ZipArchive::Entry& ZipArchive::Entry::operator=(Entry&&) noexcept = default;
ZipArchive::Entry::~Entry() = default;

ZipArchive::Entry ZipArchive::Open(size_t index) const {
  std::string name = EntryName(index);
  std::unique_ptr<zip_file, Entry::Closer> file(zip_fopen_index(archive_.get(), index, 0));
  if (!file) Throw(zip_get_error(archive_.get()), name);
  zip_stat_t stat;
  zip_stat_init(&stat);
  std::optional<uint64_t> size;
  if (zip_stat_index(archive_.get(), index, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0) size = stat.size;
  return Entry(std::move(file), std::move(name), size);
}

size_t ZipArchive::Entry::Read(char* buffer, size_t size) {
  const zip_int64_t n = zip_fread(file_.get(), buffer, size);
  if (n < 0) Throw(zip_file_get_error(file_.get()), name_);
  return static_cast<size_t>(n);
}

}  // namespace baocao
