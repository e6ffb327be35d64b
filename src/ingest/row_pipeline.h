// Reading and checking a table's rows on a second thread while the caller stores them (issue 15:
// ingest at the speed of the disk, on two cores).
//
// A RowPipeline starts a reader thread that reads the table's data rows (ExportTable::Next) and
// checks each with `parse`, in file order, handing them over in chunks through a short queue
// (memory stays flat: at most kQueuedChunks chunks of kChunkRows rows wait). The caller takes them
// with Next in the same order and does with each exactly what a single loop would: nothing about a
// receipt depends on the thread. The reader touches only the table, the header map and what parse
// reads (the catalog): none of them is used by the caller until the pipeline is done. A failure of
// the reader is handed over at its place in the rows: an InputError (an unclosed quote, a limit) as
// `unreadable`, any other exception rethrown by Next. Destroying the pipeline early (the caller
// threw) stops the reader and waits for it.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "core/errors.h"
#include "ingest/export_table.h"
#include "ingest/problem.h"
#include "ingest/row_reader.h"

namespace baocao {

template <class Record>
struct PipelineRow {
  Problems below_total;          // rows under the "Tổng cộng" row found before this one
  bool more = false;             // false: the end of the table (below_total may still hold rows)
  int row = 0;                   // the row's number in the file (more only)
  std::optional<Record> record;  // the checked record; empty when the row has a problem
  Problems errors;               // the row's problems, in column order
  std::optional<InputError> unreadable;  // the table could not be read further here (last item)
  std::exception_ptr failure;            // anything else the reader threw (last item)
  std::optional<double> fraction_read;   // of the file, once this row was read (ExportTable::FractionRead)
};

template <class Record>
class RowPipeline {
 public:
  static constexpr size_t kChunkRows = 512;
  static constexpr size_t kQueuedChunks = 8;

  // parse(RowReader&) -> std::optional<Record>, called on the reader thread; after_rows, when given,
  // too, once the last row has been handed over and only if the table was read to its end — work the
  // caller needs only after the rows (the file's SHA-256), done while the caller is still storing them.
  // It must not throw.
  template <class Parse>
  RowPipeline(ExportTable& table, const HeaderMap& header, const std::vector<ColumnSpec>& specs, Parse parse,
              std::function<void()> after_rows = {})
      : after_rows_(std::move(after_rows)),
        reader_([this, &table, &header, &specs, parse] { Produce(table, header, specs, parse); }) {}

  RowPipeline(const RowPipeline&) = delete;
  RowPipeline& operator=(const RowPipeline&) = delete;

  ~RowPipeline() {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    changed_.notify_all();
    reader_.join();
  }

  // The next row in file order; nullptr after the last item (the end of the table or a failure).
  // Rethrows what the reader threw other than an InputError.
  PipelineRow<Record>* Next() {
    if (next_ == current_.size()) {
      if (finished_) return nullptr;
      current_.clear();
      next_ = 0;
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return !queue_.empty(); });
      current_ = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      changed_.notify_all();
    }
    PipelineRow<Record>& item = current_[next_++];
    if (!item.more || item.unreadable || item.failure) {
      finished_ = true;
      next_ = current_.size();
      if (item.failure) std::rethrow_exception(item.failure);
    }
    return &item;
  }

  // True when the rows Next has returned so far are all those of the chunk at hand: they stay valid
  // until the next call of Next, which drops them once this is true. A caller that keeps rows (to
  // store them together) handles them before calling Next again.
  bool ChunkTaken() const { return next_ == current_.size(); }

 private:
  // Hands a chunk to the caller, waiting while the queue is full; false once the caller stopped.
  bool Hand(std::vector<PipelineRow<Record>>& chunk) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stopped_ || queue_.size() < kQueuedChunks; });
    if (stopped_) return false;
    queue_.push_back(std::move(chunk));
    lock.unlock();
    changed_.notify_all();
    chunk.clear();
    chunk.reserve(kChunkRows);
    return true;
  }

  template <class Parse>
  void Produce(ExportTable& table, const HeaderMap& header, const std::vector<ColumnSpec>& specs, Parse parse) {
    std::vector<PipelineRow<Record>> chunk;
    chunk.reserve(kChunkRows);
    std::vector<std::string> fields;
    for (;;) {
      PipelineRow<Record>& item = chunk.emplace_back();
      try {
        item.more = table.Next(fields, item.below_total);
        if (item.more) {
          item.row = table.row();
          item.fraction_read = table.FractionRead();
          RowReader reader(header, specs, fields, item.row, item.errors);
          if (reader.WellFormed()) item.record = parse(reader);
        }
      } catch (const InputError& e) {  // nothing after this point can be read reliably
        item.unreadable = e;
      } catch (...) {
        item.failure = std::current_exception();
      }
      const bool last = !item.more || item.unreadable || item.failure;
      const bool ended = !item.more && !item.unreadable && !item.failure;
      if (last || chunk.size() == kChunkRows) {
        if (!Hand(chunk)) return;
        if (last) {
          if (ended && after_rows_) after_rows_();
          return;
        }
      }
    }
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<PipelineRow<Record>>> queue_;
  const std::function<void()> after_rows_;
  bool stopped_ = false;
  // The caller's side.
  std::vector<PipelineRow<Record>> current_;
  size_t next_ = 0;
  bool finished_ = false;
  std::thread reader_;  // last: started once everything above exists
};

}  // namespace baocao
