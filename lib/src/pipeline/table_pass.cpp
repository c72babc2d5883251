#include "pipeline/table_pass.hpp"

#include <algorithm>
#include <thread>

#include "common/text_util.hpp"
#include "pipeline/ordered_pool.hpp"
#include "texts/row_words.hpp"

namespace attachscore::detail {

namespace {

constexpr std::size_t batch_rows = 4096;
constexpr std::size_t batch_bytes = std::size_t{1} << 20;
constexpr std::size_t max_listed_problems = 5;

// Lets a writer made for a stream append to a batch's text.
class string_sink final : public std::streambuf {
  public:
    std::string* target = nullptr;

  protected:
    int_type overflow(int_type c) override {
        if (!traits_type::eq_int_type(c, traits_type::eof()))
            target->push_back(traits_type::to_char_type(c));
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        target->append(s, static_cast<std::size_t>(n));
        return n;
    }
};

std::size_t worker_count(const table_run& run) {
    if (run.observer) return 1;  // it sees the rows in order
    const auto& options = run.options;
    if (options.threads) return options.threads;
    return std::max(1u, std::thread::hardware_concurrency());
}

// What an observer's run writes: nothing.
class null_writer final : public output_writer {
  public:
    void begin() override {}
    void row(const scored_row&) override {}
    void end() override {}
};

std::unique_ptr<output_writer> writer_for(const table_run& run, std::ostream& out,
                                          const output_context& context) {
    if (run.observer) return std::make_unique<null_writer>();
    return make_writer(run.options.format, out, context);
}

}  // namespace

// One worker thread's own scorer, writer and buffers.
struct table_passes::worker {
    worker(const table_run& run, char delimiter)
        : rows(run.inst, run.options, run.reader.header(), run.mapping, run.columns.norm_group,
               delimiter),
          os(&sink),
          kept(run.columns.kept.size()) {}
    row_scorer rows;
    string_sink sink;
    std::ostream os;
    std::unique_ptr<output_writer> writer;
    std::vector<std::string_view> kept;
    std::string status;
};

table_passes::table_passes(table_run& run)
    : run_(run),
      check_context_([&] {
          for (std::size_t w = 0; w < worker_count(run); ++w)
              workers_.push_back(std::make_unique<worker>(run, run.reader.delimiter()));
          return make_check_context(sc(), run.options, run.reader.header(), run.mapping,
                                    run.columns);
      }()),
      checks_(check_context_) {}

table_passes::~table_passes() = default;

const scorer& table_passes::sc() const {
    return workers_.front()->rows.sc();
}
const row_scorer& table_passes::rows() const {
    return workers_.front()->rows;
}

// Reads the next rows into `b`; false when there were none.
bool table_passes::fill(row_batch& b, pass p) {
    b.clear();
    b.first_index = rows_read_;
    auto& reader = run_.reader;
    while (b.rows.size() < batch_rows && b.text.size() < batch_bytes) {
        if (!more_ || !reader.next()) {
            at_end_ = true;
            break;
        }
        if (p == pass::check) more_ = seekable_ || reader.hold(run_.options.check_bytes);
        b.add(reader.current());
        ++rows_read_;
    }
    return !b.rows.empty();
}

void table_passes::report_progress(pass p) const {
    if (run_.options.progress)
        run_.options.progress({p == pass::check, run_.reader.bytes_read(), rows_read_});
}

template <class Consume>
diagnostics table_passes::run_pass(pass p, Consume consume) {
    rows_read_ = 0;
    more_ = true;
    at_end_ = false;
    // The first batch on this thread: a small input never starts a thread.
    row_batch first;
    if (fill(first, p)) {
        process(first, *workers_.front(), p);
        if (auto problems = consume(first); !problems.empty()) return problems;
    }
    if (at_end_) return run_.reader.error();
    report_progress(p);
    ordered_pool<row_batch> pool(
        workers_.size(), workers_.size() * 2 + 2,
        [this, p](row_batch& b, std::size_t w) { process(b, *workers_[w], p); });
    const auto take_oldest = [&]() -> diagnostics {
        auto problems = consume(pool.take());
        pool.give_back();
        return problems;
    };
    while (!at_end_) {
        row_batch* b = pool.free_batch();
        if (!b) {
            if (auto problems = take_oldest(); !problems.empty()) return problems;
            continue;
        }
        if (!fill(*b, p)) break;
        pool.submit(b);
        report_progress(p);
    }
    while (pool.in_flight())
        if (auto problems = take_oldest(); !problems.empty()) return problems;
    return run_.reader.error();
}

diagnostics table_passes::check() {
    auto& reader = run_.reader;
    seekable_ = reader.seekable();
    if (run_.options.standardize_sample && !seekable_)
        return {{{run_.options.input_name, "", 0, 0},
                 words_of(run_.options).setting(option_id::standardize, "sample") +
                     " reads the input twice, and this input cannot be read again; give a "
                     "file."}};
    sample_.assign(run_.inst.scores.size(), {});
    auto problems = run_pass(pass::check, [this](row_batch& b) -> diagnostics {
        checks_.merge(*b.checks);
        for (std::size_t s = 0; s < sample_.size(); ++s)
            sample_[s].add(b.sample[s]);
        respondent_lines_.insert(respondent_lines_.end(), b.respondent_lines.begin(),
                                 b.respondent_lines.end());
        return {};
    });
    if (!problems.empty()) return problems;
    checked_rows_ = rows_read_;
    for (auto& w : workers_)
        w->rows.forget_words();
    if (seekable_) {
        if (!reader.rewind())
            return {{{run_.options.input_name, "", 0, 0}, "the input could not be read again."}};
    } else {
        reader.replay();
    }
    return {};
}

void table_passes::check_while_writing() {
    seekable_ = run_.reader.seekable();
    checked_rows_ = 0;  // so write() audits every row
}

diagnostics table_passes::write(output_context context, std::ostream& out, table_summary& summary) {
    auto main_writer = writer_for(run_, out, context);
    for (auto& w : workers_)
        w->writer = writer_for(run_, w->os, context);
    const std::string separator = main_writer->separator();
    id_tracker ids;
    respondent_lines_.clear();  // counted again as the rows are written
    main_writer->begin();
    auto problems = run_pass(pass::write, [&](row_batch& b) -> diagnostics {
        if (b.checks) checks_.merge(*b.checks);
        if (b.written > 0 && summary.rows > 0) out << separator;
        out << b.out;
        summary.rows += b.scored;
        summary.rows_valid += b.valid;
        summary.skipped_empty += b.skipped_empty;
        for (const auto& [kind, n] : b.problems) {
            summary.problem_counts[kind] += n;
            summary.problems[row_problem_text(kind)] += n;
        }
        for (auto& first : b.first_problems)
            if (summary.first_problems.size() < max_listed_problems)
                summary.first_problems.push_back(std::move(first));
        std::size_t begin = 0;
        for (const auto& [end, line] : b.id_ends) {
            if (!run_.options.respondent.empty()) respondent_lines_.push_back(line);
            ids.add(std::string_view(b.ids).substr(begin, end - begin), line);
            begin = end;
        }
        if (b.stop) return {*b.stop};
        if (!out) return {{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
        return {};
    });
    if (!problems.empty()) return problems;
    main_writer->end();
    if (!out) return {{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    for (std::size_t w = 1; w < workers_.size(); ++w)
        workers_.front()->rows.merge_from(workers_[w]->rows);
    if (!ids.finish(summary))
        return {{{"", "", 0, 0},
                 "repeated ids could not be looked for: a temporary file could not be written "
                 "(is the temporary folder full?)."}};
    return {};
}

// Scores every row of a batch and keeps what the pass needs of it.
void table_passes::process(row_batch& b, worker& w, pass p) {
    const bool audits = p == pass::check || b.first_index + b.rows.size() > checked_rows_;
    if (audits) b.checks.emplace(check_context_);
    if (p == pass::check) b.sample.assign(run_.inst.scores.size(), {});
    w.sink.target = &b.out;
    for (std::size_t i = 0; i < b.rows.size() && !b.stop; ++i) {
        const row_view row = b.view(i);
        w.rows.score(row);
        if (run_.options.skip_empty && w.rows.empty()) {
            ++b.skipped_empty;
            if (p == pass::write && run_.observer)
                b.stop = run_.observer->row(row, w.rows, nullptr);
            continue;
        }
        if (p == pass::check || b.first_index + i >= checked_rows_) b.checks->add(row, w.rows);
        if (p == pass::write) {
            write_row(b, w, row);
            continue;
        }
        if (!run_.options.respondent.empty() && w.rows.id() == run_.options.respondent)
            b.respondent_lines.push_back(row.line);
        const auto scores = w.rows.result().scores();
        for (std::size_t s = 0; s < scores.size(); ++s)
            if (scores[s].status == score_status::valid) b.sample[s].add(scores[s].value);
    }
}

void table_passes::write_row(row_batch& b, worker& w, const row_view& row) const {
    const auto& options = run_.options;
    const auto& rows = w.rows;
    if (!options.respondent.empty() && rows.id() != options.respondent) {
        if (run_.observer) b.stop = run_.observer->row(row, rows, nullptr);
        return;
    }
    ++b.scored;
    if (!run_.mapping.id_columns.empty() && !rows.id().empty()) {
        b.ids += rows.id();
        b.id_ends.emplace_back(b.ids.size(), row.line);
    }
    if (rows.reasons().empty()) {
        w.status = "ok";
        ++b.valid;
    } else {
        w.status = row_status_text(row.line, join(rows.reasons(), "; "), options.language);
        if (options.strict) {
            b.stop = diagnostic{{options.input_name, "", row.line, 0},
                                join(rows.english_reasons(), "; ") + " (" +
                                    words_of(options).name(option_id::strict) +
                                    " stops at the first row that cannot be scored)."};
            return;
        }
        for (const auto& k : rows.kinds())
            ++b.problems[k];
        // The summary's words are the library's (English), whatever the output's language.
        if (b.first_problems.size() < max_listed_problems)
            b.first_problems.push_back(
                row_status_text(row.line, join(rows.english_reasons(), "; "), "en"));
    }
    for (std::size_t k = 0; k < w.kept.size(); ++k) {
        const auto col = run_.columns.kept[k];
        w.kept[k] = col < row.field_count() ? trim(row.field(col)) : "";
    }
    const scored_row written{row.line, rows.ids(), rows.id(),      &rows.result(),   rows.group(),
                             w.kept,   w.status,   rows.answers(), rows.unreadable()};
    if (run_.observer) {
        b.stop = run_.observer->row(row, rows, &written);
        return;
    }
    if (b.written++ > 0) b.out += w.writer->separator();
    w.writer->row(written);
}

}  // namespace attachscore::detail
