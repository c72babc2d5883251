// Writes realistic response data for any instrument, for benchmarks and demos: each respondent
// has a latent level on every score, answers lean on their score's level (reverse-keyed items
// answered reversed), a share of answers is left blank, and the same seed gives the same file.
//
//   attachscore_generate ID ROWS [--seed N] [--blank-rate R] [--instrument FILE] > data.csv
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/attachscore.hpp"

namespace {

struct settings {
    std::string id;
    std::size_t rows = 0;
    std::uint64_t seed = 1;
    double blank_rate = 0.02;
    std::string file;
};

bool parse_args(int argc, char** argv, settings& s) {
    std::vector<std::string_view> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--seed" && has_value)
            s.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--blank-rate" && has_value)
            s.blank_rate = std::strtod(argv[++i], nullptr);
        else if (arg == "--instrument" && has_value)
            s.file = argv[++i];
        else
            positional.push_back(arg);
    }
    if (positional.size() != 2) return false;
    s.id = positional[0];
    s.rows = std::strtoull(std::string(positional[1]).c_str(), nullptr, 10);
    return s.rows > 0 && s.blank_rate >= 0 && s.blank_rate < 1;
}

std::string column_name(const attachscore::instrument& inst, const attachscore::item& it,
                        const std::string& target) {
    if (it.kind == attachscore::item_kind::choice && !it.id.empty()) return it.id;
    std::string name = inst.targets.empty() ? "Q{n}" : "{target}_{n}";
    if (const auto t = name.find("{target}"); t != std::string::npos) name.replace(t, 8, target);
    name.replace(name.find("{n}"), 3, std::to_string(it.number));
    return name;
}

// The score an item belongs to first (its latent level), and whether that score reverses it.
struct item_link {
    std::size_t score = 0;
    bool reverse = false;
};

std::vector<item_link> link_items(const attachscore::instrument& inst) {
    std::vector<item_link> links(inst.items.size());
    for (std::size_t i = 0; i < inst.items.size(); ++i) {
        links[i].reverse = inst.items[i].reverse;
        for (std::size_t s = 0; s < inst.scores.size(); ++s)
            for (const auto& k : inst.scores[s].items)
                if (k.number == inst.items[i].number) {
                    links[i] = {s, k.reverse};
                    s = inst.scores.size();
                    break;
                }
    }
    return links;
}

void write_header(const attachscore::instrument& inst, std::string& out) {
    out += "id";
    const std::size_t targets = inst.targets.empty() ? 1 : inst.targets.size();
    for (std::size_t t = 0; t < targets; ++t)
        for (const auto& it : inst.items) {
            out += ',';
            out += column_name(inst, it, inst.targets.empty() ? "" : inst.targets[t].id);
        }
    out += '\n';
}

}  // namespace

int main(int argc, char** argv) {
    settings s;
    if (!parse_args(argc, argv, s)) {
        std::fputs(
            "usage: attachscore_generate ID ROWS [--seed N] [--blank-rate R] "
            "[--instrument FILE]\n",
            stderr);
        return 2;
    }
    auto cat = attachscore::catalogue::builtin();
    if (!s.file.empty())
        if (auto problems = cat.add_file(s.file); !problems.empty()) {
            for (const auto& p : problems)
                std::fprintf(stderr, "%s\n", attachscore::to_string(p).c_str());
            return 1;
        }
    const auto* inst = cat.find(s.id);
    if (!inst) {
        std::fprintf(stderr, "no instrument \"%s\"\n", s.id.c_str());
        return 1;
    }
    const auto links = link_items(*inst);
    const int lo = inst->scale.min, hi = inst->scale.max;
    const double mid = (lo + hi) / 2.0, spread = (hi - lo) / 4.0;
    const std::size_t targets = inst->targets.empty() ? 1 : inst->targets.size();
    std::mt19937_64 rng(s.seed);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    std::vector<double> latent(inst->scores.size());
    std::string out;
    write_header(*inst, out);
    for (std::size_t row = 1; row <= s.rows; ++row) {
        out += 'r';
        out += std::to_string(row);
        for (std::size_t t = 0; t < targets; ++t) {
            for (auto& l : latent)
                l = normal(rng);
            for (std::size_t i = 0; i < inst->items.size(); ++i) {
                const auto& it = inst->items[i];
                out += ',';
                if (uniform(rng) < s.blank_rate) continue;
                if (it.kind == attachscore::item_kind::choice) {
                    const auto& opt = it.options[static_cast<std::size_t>(
                        uniform(rng) * static_cast<double>(it.options.size()))];
                    out += std::to_string(opt.code);
                    continue;
                }
                const double level = latent[links[i].score] * (links[i].reverse ? -1 : 1);
                const double answer = std::round(mid + spread * (0.8 * level + 0.6 * normal(rng)));
                out += std::to_string(static_cast<int>(std::clamp<double>(answer, lo, hi)));
            }
        }
        out += '\n';
        if (out.size() > (1u << 20)) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
