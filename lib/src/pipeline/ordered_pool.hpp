// Worker threads that process batches while the calling thread reads the next ones, and hand
// the batches back in the order they were submitted, so output order never depends on timing.
// A fixed number of batches is in flight: memory stays bounded whatever the input size.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace attachscore::detail {

template <class Batch>
class ordered_pool {
  public:
    /// `work(batch, worker)` runs on worker thread `worker` (0 … workers − 1).
    ordered_pool(std::size_t workers, std::size_t batches,
                 std::function<void(Batch&, std::size_t)> work)
        : work_(std::move(work)), slots_(batches) {
        for (std::size_t w = 0; w < workers; ++w)
            threads_.emplace_back([this, w] { run(w); });
    }
    ~ordered_pool() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        work_ready_.notify_all();
        for (auto& t : threads_)
            t.join();
    }
    ordered_pool(const ordered_pool&) = delete;
    ordered_pool& operator=(const ordered_pool&) = delete;

    /// A batch to fill, or nullptr when every batch is in flight (then take() the oldest first).
    Batch* free_batch() {
        std::lock_guard lock(mutex_);
        for (auto& s : slots_)
            if (s.state == slot_state::free) return &s.batch;
        return nullptr;
    }
    /// Hands a filled batch (from free_batch) to the workers.
    void submit(Batch* batch) {
        {
            std::lock_guard lock(mutex_);
            auto& s = slot_of(batch);
            s.state = slot_state::queued;
            queue_.push_back(&s);
            order_.push_back(&s);
        }
        work_ready_.notify_one();
    }
    [[nodiscard]] bool in_flight() const {
        std::lock_guard lock(mutex_);
        return !order_.empty();
    }
    /// Waits for the oldest batch submitted and returns it; give_back() it once consumed.
    Batch& take() {
        std::unique_lock lock(mutex_);
        done_.wait(lock, [this] { return order_.front()->state == slot_state::done; });
        return order_.front()->batch;
    }
    void give_back() {
        std::lock_guard lock(mutex_);
        order_.front()->state = slot_state::free;
        order_.pop_front();
    }

  private:
    enum class slot_state { free, queued, working, done };
    struct slot {
        Batch batch;
        slot_state state = slot_state::free;
    };
    slot& slot_of(Batch* batch) {
        for (auto& s : slots_)
            if (&s.batch == batch) return s;
        return slots_.front();  // not reached: batches come from free_batch()
    }
    void run(std::size_t worker) {
        for (;;) {
            slot* s = nullptr;
            {
                std::unique_lock lock(mutex_);
                work_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
                if (stopping_) return;
                s = queue_.front();
                queue_.pop_front();
                s->state = slot_state::working;
            }
            work_(s->batch, worker);
            {
                std::lock_guard lock(mutex_);
                s->state = slot_state::done;
            }
            done_.notify_all();
        }
    }

    std::function<void(Batch&, std::size_t)> work_;
    std::vector<slot> slots_;
    std::deque<slot*> queue_;  ///< submitted, not yet taken by a worker
    std::deque<slot*> order_;  ///< submitted, not yet given back, oldest first
    mutable std::mutex mutex_;
    std::condition_variable work_ready_;
    std::condition_variable done_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace attachscore::detail
