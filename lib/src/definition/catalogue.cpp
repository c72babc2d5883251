#include "attachscore/catalogue.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "attachscore/loader.hpp"
#include "definition/builtin_instruments.hpp"

namespace attachscore {

namespace {
catalogue parse_builtin() {
    catalogue cat;
    for (const auto& file : detail::builtin_files()) {
        auto loaded = parse_instrument(file.json, "built-in " + std::string(file.name));
        // The test suite loads every built-in file; reaching this means a broken build.
        if (!loaded) throw std::logic_error(to_string(loaded.errors().front()));
        loaded.value().origin = "built-in";
        auto problems = cat.add(std::move(loaded).value());
        if (!problems.empty()) throw std::logic_error(to_string(problems.front()));
    }
    return cat;
}
}  // namespace

catalogue catalogue::builtin() {
    // Parsed once per process (thread-safe static initialisation); each caller gets a copy it
    // may add to.
    static const catalogue parsed = [] {
        auto cat = parse_builtin();
        std::sort(cat.items_.begin(), cat.items_.end(),
                  [](const instrument& a, const instrument& b) { return a.id < b.id; });
        return cat;
    }();
    return parsed;
}

diagnostics catalogue::add(instrument inst) {
    if (const auto* existing = find(inst.id)) {
        return {{{inst.origin, "/id", 0, 0},
                 "instrument id \"" + inst.id + "\" is already taken by " +
                     (existing->origin == "built-in" ? std::string("a built-in instrument")
                                                     : existing->origin) +
                     "; give this file its own id."}};
    }
    items_.push_back(std::move(inst));
    return {};
}

diagnostics catalogue::add_file(const std::filesystem::path& path) {
    auto loaded = load_instrument_file(path);
    if (!loaded) return loaded.errors();
    return add(std::move(loaded).value());
}

diagnostics catalogue::add_directory(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        return {{{dir.string(), "", 0, 0},
                 "this instruments folder does not exist or is not a folder."}};
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (ec) return {{{dir.string(), "", 0, 0}, "cannot list this folder: " + ec.message() + "."}};
    std::sort(files.begin(), files.end());
    diagnostics all;
    for (const auto& f : files) {
        auto problems = add_file(f);
        all.insert(all.end(), problems.begin(), problems.end());
    }
    return all;
}

const instrument* catalogue::find(std::string_view id) const noexcept {
    const auto same = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) ==
                          std::tolower(static_cast<unsigned char>(y));
               });
    };
    for (const auto& inst : items_)
        if (same(inst.id, id)) return &inst;
    return nullptr;
}

}  // namespace attachscore
