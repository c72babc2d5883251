// Shared by the unit tests: a small valid instrument to mutate, and ways to look at diagnostics.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "attachscore/attachscore.hpp"

namespace test {

// A four-item instrument, 1–5 scale: "a" = mean of 1, 2R (prorate, 1 needed); "b" = sum of 3, 4
// (invalid when any is missing).
inline const std::string small_instrument = R"({
  "format": 1,
  "id": "tiny",
  "version": "1.0.0",
  "name": "Tiny test scale",
  "short_name": "TINY",
  "citation": {"authors": "Doe, J.", "year": 2020, "title": "A test", "source": "Nowhere, 1, 1–2"},
  "key_sources": [{"what": "everything", "where": "the test suite"}],
  "licence": "test only",
  "item_order": {"id": "test", "description": "as numbered"},
  "wording": "none",
  "languages": ["en"],
  "scale": {"min": 1, "max": 5, "anchors": [{"value": 1, "label": {"en": "No"}}]},
  "items": [
    {"number": 1, "reverse": false},
    {"number": 2, "reverse": true},
    {"number": 3, "reverse": false},
    {"number": 4, "reverse": false}
  ],
  "scores": [
    {"id": "a", "label": {"en": "A"}, "description": "first", "items": [1, 2], "aggregate": "mean",
     "missing": "prorate", "min_answered": 1, "min_answered_basis": "test",
     "bands": {"basis": "test", "ranges": [
        {"from": 1, "to": 3, "label": {"en": "low"}, "text": {"en": "low text"}},
        {"from": 3, "to": 5, "label": {"en": "high"}, "text": {"en": "high text"}}]}},
    {"id": "b", "label": {"en": "B"}, "description": "second", "items": [3, 4], "aggregate": "sum",
     "missing": "invalid",
     "bands": {"basis": "test", "ranges": [
        {"from": 2, "to": 10, "label": {"en": "all"}, "text": {"en": "all text"}}]}}
  ],
  "disclaimer": {"en": "Not a diagnosis."}
})";

// Two targets, a choice item, per-score keying, derived scores and a category: the parts of the
// format that the ECR-RS, RQ and RSQ need. 1–5 scale; items 1–3 rated, item 4 a choice.
inline const std::string targets_instrument = R"({
  "format": 1, "id": "multi", "version": "1", "name": "Multi", "short_name": "MULTI",
  "citation": {"authors": "Doe, J.", "year": 2021, "title": "T", "source": "S"},
  "key_sources": [{"what": "all", "where": "tests"}], "licence": "test", "wording": "none",
  "item_order": {"id": "t", "description": "t"}, "languages": ["en"],
  "scale": {"min": 1, "max": 5, "anchors": [{"value": 1, "label": {"en": "No"}}]},
  "items": [
    {"number": 1, "reverse": false},
    {"number": 2, "reverse": false},
    {"number": 3, "reverse": false},
    {"number": 4, "kind": "choice", "id": "pick", "optional": true, "options": [
      {"code": 1, "category": "mum_x", "aliases": ["A"], "label": {"en": "X"}},
      {"code": 2, "category": "mum_y", "aliases": ["B"], "label": {"en": "Y"}}]}
  ],
  "targets": [{"id": "mum", "label": {"en": "Mum"}}, {"id": "dad", "label": {"en": "Dad"}}],
  "scores": [
    {"id": "x", "label": {"en": "X"}, "description": "d", "items": [1, {"item": 2, "reverse": true}],
     "aggregate": "mean", "missing": "invalid",
     "bands": {"basis": "b", "ranges": [{"from": 1, "to": 5, "label": {"en": "l"}, "text": {"en": "t"}}]}},
    {"id": "y", "label": {"en": "Y"}, "description": "d", "items": [2, 3], "aggregate": "mean", "missing": "invalid",
     "bands": {"basis": "b", "ranges": [{"from": 1, "to": 5, "label": {"en": "l"}, "text": {"en": "t"}}]}},
    {"id": "gap", "label": {"en": "G"}, "description": "d", "of": [{"score": "mum_x"}, {"score": "mum_y", "weight": -1}],
     "aggregate": "sum", "missing": "invalid",
     "bands": {"basis": "b", "ranges": [{"from": -4, "to": 4, "label": {"en": "l"}, "text": {"en": "t"}}]}},
    {"id": "both", "label": {"en": "B"}, "description": "d", "of": [{"score": "mum_x"}, {"score": "dad_x"}],
     "aggregate": "mean", "missing": "prorate", "min_answered": 1, "min_answered_basis": "test",
     "bands": {"basis": "b", "ranges": [{"from": 1, "to": 5, "label": {"en": "l"}, "text": {"en": "t"}}]}}
  ],
  "categories": [{"id": "kind", "label": {"en": "K"}, "method": "highest", "scores": ["mum_x", "mum_y"],
                  "basis": "test", "tie_break": "pick"}],
  "column_patterns": ["{target}-{n}"],
  "disclaimer": {"en": "Not a diagnosis."}
})";

// The small instrument with classifications, a profile and a norm set added.
inline const std::string interpreted_instrument = [] {
    std::string text = small_instrument;
    const std::string extra = R"(
  "categories": [
    {"id": "lin", "label": {"en": "L"}, "method": "linear", "inputs": ["a", "b"], "basis": "test",
     "functions": [{"category": "up", "weights": [1, 0], "constant": 0},
                   {"category": "down", "weights": [0, 1], "constant": -3}],
     "near_boundary": 0.5, "near_boundary_basis": "test"},
    {"id": "quad", "label": {"en": "Q"}, "method": "quadrants", "option": "quad", "inputs": ["a", "b"],
     "cuts": [3, 6], "at_cut": "unclassified", "basis": "test",
     "cells": {"low_low": "ll", "high_low": "hl", "low_high": "lh", "high_high": "hh"}}
  ],
  "profile": {"inputs": ["a", "b"], "cuts": [3, 6], "basis": "test", "cells": {
    "low_low": {"label": {"en": "LL"}, "text": {"en": "ll text"}},
    "high_low": {"label": {"en": "HL"}, "text": {"en": "hl text"}},
    "low_high": {"label": {"en": "LH"}, "text": {"en": "lh text"}},
    "high_high": {"label": {"en": "HH"}, "text": {"en": "hh text"}}}},
  "norms": [{"id": "n1", "population": "p", "n": 10, "source": "s",
    "groups": [{"id": "g1", "aliases": ["one"], "label": {"en": "G1"},
                "scores": {"a": {"mean": 3, "sd": 1, "reliability": 0.8}}},
               {"id": "g2", "label": {"en": "G2"}, "scores": {"a": {"mean": 2, "sd": 0.5}}}],
    "bands": {"basis": "b", "cuts": [-1, 1], "labels": [{"en": "below"}, {"en": "usual"}, {"en": "above"}],
              "texts": {"a": [{"en": "t1"}, {"en": "t2"}, {"en": "t3"}]}}}],
  "disclaimer")";
    text.replace(text.find("\n  \"disclaimer\""), 15, extra);
    return text;
}();

/// The small instrument, loaded (fails the test if it does not load).
inline attachscore::instrument tiny() {
    auto r = attachscore::parse_instrument(small_instrument, "tiny.json");
    REQUIRE(r.ok());
    return std::move(r).value();
}

// The small instrument with one piece of text replaced; fails the test if `from` is absent.
inline std::string with(const std::string& from, const std::string& to,
                        std::string text = small_instrument) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "fixture text not found: " << from);
    text.replace(at, from.size(), to);
    return text;
}

// The problems of an instrument text that must not load.
inline attachscore::diagnostics errors_of(const std::string& json) {
    auto r = attachscore::parse_instrument(json, "test.json");
    REQUIRE_FALSE_MESSAGE(r.ok(), "expected the file to be rejected");
    return r.errors();
}

// Every diagnostic as "pointer: message", one per line, for readable failures.
inline std::string listing(const attachscore::diagnostics& ds) {
    std::string out;
    for (const auto& d : ds)
        out += d.where.pointer + ": " + d.message + "\n";
    return out;
}

// True when some diagnostic is at `pointer` and its message contains `fragment`.
inline bool has_error(const attachscore::diagnostics& ds, const std::string& pointer,
                      const std::string& fragment) {
    for (const auto& d : ds)
        if (d.where.pointer == pointer && d.message.find(fragment) != std::string::npos)
            return true;
    return false;
}

}  // namespace test
