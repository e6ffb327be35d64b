// All-or-nothing publication of a run's output folder.
//
// A run writes every file into a staging folder inside the output folder
// (<output>/.staging-<label>-<pid>/), and Publish() puts it in place of <output>/<label>/ with one
// atomic exchange of the two folders (renameat2 RENAME_EXCHANGE; where the file system cannot, two
// renames through <output>/.old-<label>-<pid>). Readers see either the previous folder or the new
// one, never a mix. Until Publish(), the previous folder is not touched; an unpublished staging folder
// is removed by the destructor (a failed run), and one left behind by a killed run is removed by
// RemoveStale() at the start of the next run (callers hold the output folder's lock, so no other run
// can own it). The destructor never throws.
#pragma once

#include <string>

namespace baocao {

class StagingFolder {
 public:
  // Creates <output_dir>/.staging-<label>-<pid>/ (and output_dir). Throws Error on failure.
  StagingFolder(const std::string& output_dir, const std::string& label);
  ~StagingFolder();
  StagingFolder(const StagingFolder&) = delete;
  StagingFolder& operator=(const StagingFolder&) = delete;

  const std::string& path() const { return path_; }
  // <output_dir>/<label>: where Publish() puts the files.
  const std::string& final_path() const { return final_path_; }
  // How Publish() swaps the folders: an atomic exchange (falling back to two renames where the file
  // system cannot exchange), or the two renames at once (for tests of that path).
  enum class Swap { kExchange, kTwoRenames };
  // Replaces final_path() by the staged files. Throws Error when the folders cannot be renamed
  // (final_path() is then as it was).
  void Publish(Swap swap = Swap::kExchange);

  // Removes every .staging-* and .old-* folder of output_dir; returns how many.
  static int RemoveStale(const std::string& output_dir);

 private:
  std::string path_;
  std::string final_path_;
};

}  // namespace baocao
