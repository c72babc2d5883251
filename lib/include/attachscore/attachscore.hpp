/// @file attachscore.hpp
/// @brief Umbrella header: load instruments, score respondents, score CSV tables.
///
/// @code
///   auto cat = attachscore::catalogue::builtin();
///   attachscore::scorer s(*cat.find("ecr-r"));
///   auto result = s.make_result();
///   s.score(answers, result);  // answers: 36 doubles, attachscore::missing for blanks
/// @endcode
#pragma once

// IWYU pragma: begin_exports
#include "attachscore/administration.hpp"
#include "attachscore/catalogue.hpp"
#include "attachscore/cell_table.hpp"
#include "attachscore/checks.hpp"
#include "attachscore/diagnostic.hpp"
#include "attachscore/findings.hpp"
#include "attachscore/html_report.hpp"
#include "attachscore/instrument.hpp"
#include "attachscore/interpret.hpp"
#include "attachscore/loader.hpp"
#include "attachscore/plots.hpp"
#include "attachscore/report.hpp"
#include "attachscore/result.hpp"
#include "attachscore/scorer.hpp"
#include "attachscore/stats.hpp"
#include "attachscore/table.hpp"
#include "attachscore/table_reader.hpp"
#include "attachscore/version.hpp"
#include "attachscore/wording.hpp"
// IWYU pragma: end_exports
