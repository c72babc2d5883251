#include "pipeline/id_tracker.hpp"

#include <algorithm>
#include <queue>

#include "attachscore/diagnostic.hpp"

namespace attachscore::detail {

namespace {
constexpr std::size_t listed_repeats = 5;

struct repeat {
    std::uint64_t first_line;
    std::uint64_t line;
    std::string id;
};
}  // namespace

// Reads one sorted run, from memory or from its temporary file, one (id, line) at a time.
class id_tracker::cursor {
  public:
    cursor(const std::string& text, const std::vector<entry>& entries)
        : text_(&text), entries_(&entries) {}
    explicit cursor(std::FILE* file) : file_(file) { std::rewind(file_); }

    bool next() {
        if (!file_) {
            if (index_ >= entries_->size()) return false;
            const auto& e = (*entries_)[index_++];
            id.assign(*text_, e.offset, e.size);
            line = e.line;
            return true;
        }
        std::uint32_t size = 0;
        if (std::fread(&size, sizeof size, 1, file_) != 1) return false;
        id.resize(size);
        return std::fread(&line, sizeof line, 1, file_) == 1 &&
               std::fread(id.data(), 1, size, file_) == size;
    }

    std::string id;
    std::uint64_t line = 0;

  private:
    const std::string* text_ = nullptr;
    const std::vector<entry>* entries_ = nullptr;
    std::size_t index_ = 0;
    std::FILE* file_ = nullptr;
};

id_tracker::id_tracker(std::size_t budget_bytes) : budget_(budget_bytes) {}

void id_tracker::add(std::string_view id, std::size_t line) {
    if (id.empty() || failed_) return;
    entries_.push_back({text_.size(), static_cast<std::uint32_t>(id.size()), line});
    text_ += id;
    if (text_.size() + entries_.size() * sizeof(entry) >= budget_ && !spill()) failed_ = true;
}

void id_tracker::sort_entries() {
    // Rows arrive in line order, so a stable sort by id keeps each id's lines in order.
    std::stable_sort(entries_.begin(), entries_.end(), [this](const entry& a, const entry& b) {
        return std::string_view(text_).substr(a.offset, a.size) <
               std::string_view(text_).substr(b.offset, b.size);
    });
}

bool id_tracker::spill() {
    run_file file(std::tmpfile());
    if (!file) return false;
    sort_entries();
    for (const auto& e : entries_) {
        const std::uint64_t line = e.line;
        if (std::fwrite(&e.size, sizeof e.size, 1, file.get()) != 1 ||
            std::fwrite(&line, sizeof line, 1, file.get()) != 1 ||
            std::fwrite(text_.data() + e.offset, 1, e.size, file.get()) != e.size)
            return false;
    }
    if (std::fflush(file.get()) != 0) return false;
    runs_.push_back(std::move(file));
    text_.clear();
    entries_.clear();
    return true;
}

bool id_tracker::finish(table_summary& summary) {
    if (failed_ || (!runs_.empty() && !entries_.empty() && !spill())) return false;
    std::vector<cursor> cursors;
    if (runs_.empty()) {
        sort_entries();
        cursors.emplace_back(text_, entries_);
    }
    for (const auto& run : runs_)
        cursors.emplace_back(run.get());
    // Merge the runs: the smallest (id, line) first.
    const auto later = [&cursors](std::size_t a, std::size_t b) {
        const auto& x = cursors[a];
        const auto& y = cursors[b];
        return x.id != y.id ? x.id > y.id : x.line > y.line;
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
    for (std::size_t i = 0; i < cursors.size(); ++i)
        if (cursors[i].next()) heap.push(i);
    std::size_t repeats = 0;
    std::vector<repeat> first;  // the repeats on the earliest lines
    std::string current;
    std::uint64_t first_line = 0;
    bool any = false;
    while (!heap.empty()) {
        const std::size_t top = heap.top();
        heap.pop();
        auto& c = cursors[top];
        if (any && c.id == current) {
            ++repeats;
            first.push_back({first_line, c.line, c.id});
            std::sort(first.begin(), first.end(),
                      [](const repeat& a, const repeat& b) { return a.line < b.line; });
            if (first.size() > listed_repeats) first.pop_back();
        } else {
            current = c.id;
            first_line = c.line;
            any = true;
        }
        if (c.next()) heap.push(top);
    }
    for (const auto& r : first)
        summary.warnings.push_back("id \"" + printable(r.id) + "\" appears on line " +
                                   std::to_string(r.first_line) + " and again on line " +
                                   std::to_string(r.line));
    if (repeats > listed_repeats)
        summary.warnings.push_back("… " + std::to_string(repeats - listed_repeats) +
                                   " more repeated ids");
    if (repeats > 0)
        summary.warnings.insert(
            summary.warnings.begin(),
            std::to_string(repeats) + " row" + (repeats == 1 ? " has" : "s have") +
                " an id that an earlier row already has; every row is scored, but check for "
                "duplicate submissions");
    return true;
}

}  // namespace attachscore::detail
