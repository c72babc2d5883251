# Black-box runs of the attachscore executable over the files in tests/data. Every exit code and
# every message a user can see is checked here or in the unit tests.
set(cli_runner "${CMAKE_CURRENT_SOURCE_DIR}/cli/run_cli.cmake")
set(cli_data "${CMAKE_CURRENT_SOURCE_DIR}/data")

# cli_test(NAME EXIT code ARGS ... [STDIN file] [ENV VAR=value] [STDOUT_MATCHES regex] [STDOUT_NOT_MATCHES regex]
#          [FILE path FILE_EXPECTED name] [FILE path FILE_MATCHES regex] [NO_FILE path])
function(cli_test name)
  cmake_parse_arguments(
    T "" "EXIT;STDIN;ENV;STDOUT_MATCHES;STDOUT_NOT_MATCHES;STDERR_MATCHES;FILE;FILE_EXPECTED;FILE_MATCHES;NO_FILE" "ARGS"
    ${ARGN})
  list(JOIN T_ARGS "|" joined)
  set(defs -DEXE=$<TARGET_FILE:attachscore_cli> -DNAME=${name} -DDATA=${cli_data}
           -DOUT=${CMAKE_CURRENT_BINARY_DIR}/cli-out/${name} -DEXIT=${T_EXIT} "-DARGS=${joined}")
  foreach(opt STDIN ENV STDOUT_MATCHES STDOUT_NOT_MATCHES STDERR_MATCHES FILE FILE_EXPECTED FILE_MATCHES NO_FILE)
    if(DEFINED T_${opt})
      list(APPEND defs "-D${opt}=${T_${opt}}")
    endif()
  endforeach()
  add_test(NAME cli.${name} COMMAND "${CMAKE_COMMAND}" ${defs} -P "${cli_runner}")
endfunction()

# Scoring: hand-computed results, from a file, from standard input, into a file.
cli_test(score_golden EXIT 0 ARGS score ecr-r ecr-r-golden.csv --id-column id)
cli_test(score_golden_stdin EXIT 0 ARGS score ecr-r - --id-column id STDIN ${cli_data}/ecr-r-golden.csv)
cli_test(score_golden_to_file EXIT 0 ARGS score ecr-r ecr-r-golden.csv --id-column id -o %OUT%/scores.csv
         FILE %OUT%/scores.csv FILE_EXPECTED score_golden.stdout)
cli_test(score_problems EXIT 1 ARGS score ecr-r ecr-r-problems.csv --id-column id --missing NA)
# The same rows with --lang es: every reason in the status column in Spanish.
cli_test(score_problems_es EXIT 1 ARGS score ecr-r ecr-r-problems.csv --id-column id --missing NA --lang es)
cli_test(score_jsonl_by_extension EXIT 0 ARGS score tiny tiny-answers.csv --columns TINY_{n} --id-column id
         --instruments instruments-good -o %OUT%/s.jsonl FILE %OUT%/s.jsonl FILE_EXPECTED score_jsonl_by_extension.jsonl)
cli_test(score_explicit_columns EXIT 0 ARGS score tiny tiny-answers.csv --columns TINY_{n} --instruments instruments-good)
cli_test(score_user_instrument_from_env EXIT 0 ARGS score tiny tiny-answers.csv --columns TINY_{n}
         ENV ATTACHSCORE_INSTRUMENTS=instruments-good)

# Every built-in instrument on a minimum, a maximum and a mixed respondent (expected output from
# the hand derivations in tests/unit/test_instruments.cpp).
cli_test(golden_ecr EXIT 0 ARGS score ecr golden/ecr.csv --id-column id)
cli_test(golden_ecr_s EXIT 0 ARGS score ecr-s golden/ecr-s.csv --id-column id)
cli_test(golden_ecr_rs EXIT 1 ARGS score ecr-rs golden/ecr-rs.csv --id-column id)
cli_test(golden_rq EXIT 1 ARGS score rq golden/rq.csv --id-column id)
cli_test(golden_rsq EXIT 0 ARGS score rsq golden/rsq.csv --id-column id)
cli_test(golden_raas EXIT 0 ARGS score raas golden/raas.csv --id-column id)
cli_test(administered_scale EXIT 0 ARGS score ecr golden/ecr.csv --id-column id --scale 1-7)
cli_test(administered_scale_other EXIT 1 ARGS score ecr golden/ecr-1to5.csv --id-column id --scale 1-5)
cli_test(bad_scale EXIT 2 ARGS score ecr golden/ecr.csv --scale 5)
# Each command names itself in the messages of the options it shares with score.
cli_test(stats_bad_scale EXIT 2 ARGS stats ecr golden/ecr.csv --scale 5)
cli_test(report_bad_delimiter EXIT 2 ARGS report ecr golden/ecr.csv --delimiter x -o %OUT%/r.html NO_FILE %OUT%/r.html)
cli_test(targets_need_target_pattern EXIT 2 ARGS score ecr-rs golden/ecr-rs.csv --columns Q{n})

# Input errors: exit 2, a clear message, and no output file left behind.
cli_test(score_missing_column EXIT 2 ARGS score ecr-r missing-column.csv -o %OUT%/out.csv NO_FILE %OUT%/out.csv)
cli_test(score_duplicate_column EXIT 2 ARGS score ecr-r duplicate-column.csv)
cli_test(score_ambiguous_columns EXIT 2 ARGS score ecr-r ambiguous-columns.csv)
cli_test(score_no_pattern_fits EXIT 2 ARGS score ecr-r no-pattern.csv)
cli_test(score_empty_file EXIT 2 ARGS score ecr-r empty.csv -o %OUT%/out.csv NO_FILE %OUT%/out.csv)
cli_test(score_unclosed_quote EXIT 2 ARGS score ecr-r unclosed-quote.csv -o %OUT%/out.csv NO_FILE %OUT%/out.csv)
cli_test(score_missing_id_column EXIT 2 ARGS score ecr-r ecr-r-golden.csv --id-column respondent)
cli_test(score_input_not_found EXIT 2 ARGS score ecr-r no-such-file.csv)
cli_test(score_input_is_folder EXIT 2 ARGS score ecr-r instruments-good)
cli_test(score_unknown_instrument EXIT 2 ARGS score ecr-q ecr-r-golden.csv)
cli_test(score_no_instrument EXIT 2 ARGS score)
cli_test(score_bad_format EXIT 2 ARGS score ecr-r ecr-r-golden.csv --format xlsx)
cli_test(score_bad_language EXIT 2 ARGS score ecr-r ecr-r-golden.csv --lang fr)
cli_test(score_unknown_option EXIT 2 ARGS score ecr-r ecr-r-golden.csv --colums Q{n})
cli_test(score_broken_instruments_folder EXIT 2 ARGS score ecr-r ecr-r-golden.csv --instruments instruments-broken)
cli_test(score_missing_instruments_folder EXIT 2 ARGS list --instruments no-such-folder)

# Instrument files.
cli_test(validate_good EXIT 0 ARGS validate instruments-good/tiny.json ../../instruments/ecr-r.json)
cli_test(validate_broken EXIT 2 ARGS validate instruments-broken/broken.json instruments-good/tiny.json)
cli_test(validate_not_json EXIT 2 ARGS validate not-json.json)
cli_test(validate_nothing EXIT 2 ARGS validate)
cli_test(list EXIT 0 ARGS list --instruments instruments-good
         STDOUT_MATCHES "^ID +ITEMS +SCALE +SOURCE +NAME\necr +36 +1–7 +Brennan et al\\. \\(1998\\) +Experiences in Close Relationships\necr-r +36 +1–7 +Fraley et al\\. \\(2000\\) +Experiences in Close Relationships – Revised\necr-rs +9 +1–7 +Fraley et al\\. \\(2011\\) .*\necr-s +12 +1–7 +Wei et al\\. \\(2007\\) .*\nraas +18 +1–5 +Collins \\(1996\\) .*\nrq +5 +1–7 +Bartholomew & Horowitz \\(1991\\) .*\nrsq +30 +1–5 +Griffin & Bartholomew \\(1994\\) .*\ntiny +4 +1–5 +Doe \\(2020\\) +Tiny test scale +\\[instruments-good/tiny\\.json\\]\n$")
cli_test(info EXIT 0 ARGS info ecr-r
         STDOUT_MATCHES "Citation: +Fraley, R\\. C\\., Waller, N\\. G\\., & Brennan, K\\. A\\. \\(2000\\)\\..*Items: +36 rated. reverse-keyed: 9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33,[\n ]+34, 35, 36\n.*mean of items 1–8, 9R, 10, 11R, 12–18\n.*at least 15 of 18 answered.*not a diagnosis")
cli_test(info_unknown EXIT 2 ARGS info ecr-q)
cli_test(info_no_id EXIT 2 ARGS info)

# Help, version and usage errors.
foreach(command list info validate score)
  cli_test(help_${command} EXIT 0 ARGS ${command} --help STDOUT_MATCHES "^Usage: attachscore ${command}.*Example:\n  attachscore ${command}")
endforeach()
cli_test(help EXIT 0 ARGS --help STDOUT_MATCHES "^Usage: attachscore <command>.*Example:")
cli_test(version EXIT 0 ARGS --version STDOUT_MATCHES "^attachscore ${PROJECT_VERSION}\n$")
cli_test(no_arguments EXIT 2 ARGS)
cli_test(unknown_command EXIT 2 ARGS scroe ecr-r)

# The README's example file scores cleanly.
cli_test(example_sample EXIT 0 ARGS score ecr-r ../../examples/ecr-r-sample.csv --id-column id
         STDOUT_MATCHES "^id,anxiety,anxiety_answered,anxiety_band,avoidance,avoidance_answered,avoidance_band,status\n(P0[0-9][0-9],[0-9.]+,1[5-8],[A-Za-z ]+ of the scale,[0-9.]+,1[5-8],[A-Za-z ]+ of the scale,ok\n)+$")

# Interpretation: norms, classifications, sample z-scores, the report view.
cli_test(norms_ledley EXIT 1 ARGS score raas golden/raas-norms.csv --id-column id --norms ledley-2006 --norm-group sex
         STDOUT_MATCHES "^id,close,close_answered,close_band,close_z,close_t,close_percentile,depend,[^\n]*,norm_group,percentile_basis,status\nm1,4\\.5,6,Higher than most in the norm group,1\\.0459770114942[0-9]*,60\\.459770114942[0-9]*,85\\.22[0-9]*,3,6,Within the usual range of the norm group,-0\\.518[0-9]*,[^\n]*,1,6,Lower than most in the norm group,-1\\.4719[0-9]*,35\\.28[0-9]*,0,3\\.75,2,Upper part of the scale,male,normal approximation. 0 at the lowest and 100 at the highest possible score,ok\nf1,4\\.5,6,Within the usual range of the norm group,0\\.97701149425287[0-9]*,[^\n]*,female,normal approximation[^\n]*,ok\nx1,4\\.5,6,Upper part of the scale,,,,[^\n]*,\"line 4: sex = \"\"x\"\" names no group of the norms ledley-2006 \\(male, female\\), so no norm scores\"\n$")
cli_test(norms_from_file EXIT 0 ARGS score raas golden/raas-norms.csv --id-column id --norms norms/raas-single.json
         STDOUT_MATCHES "close_band90_low,close_band90_high,[^\n]*\nm1,4\\.5,6,at or above the mean,1,60,84\\.13[0-9]*,3\\.8420585[0-9]*,5,")
cli_test(norms_file_for_other_instrument EXIT 2 ARGS score ecr golden/ecr.csv --norms norms/raas-single.json)
cli_test(norms_need_group EXIT 2 ARGS score raas golden/raas.csv --norms ledley-2006)
cli_test(norm_group_without_norms EXIT 2 ARGS score raas golden/raas.csv --norm-group sex)
cli_test(norms_unknown EXIT 2 ARGS score ecr golden/ecr.csv --norms foo)
cli_test(norm_group_column_missing EXIT 2 ARGS score raas golden/raas.csv --norms ledley-2006 --norm-group sex)
cli_test(classify_unknown EXIT 2 ARGS score ecr-r golden/ecr.csv --classify collins)
cli_test(classify_midpoint EXIT 0 ARGS score ecr-r golden/ecr.csv --id-column id --classify midpoint
         STDOUT_MATCHES "midpoint_category,midpoint_category_method,midpoint_category_near_boundary,status\nlow,[^\n]*,[a-z]+,Quadrant by the scale midpoint \\(heuristic\\),(yes|no),ok\n")
cli_test(classify_none EXIT 0 ARGS score ecr golden/ecr.csv --classify none
         STDOUT_MATCHES "^anxiety,anxiety_answered,anxiety_band,avoidance,avoidance_answered,avoidance_band,status\n")
cli_test(standardize_sample EXIT 0 ARGS score ecr golden/ecr.csv --id-column id --standardize sample --classify none
         STDOUT_MATCHES "^id,anxiety,anxiety_answered,anxiety_band,anxiety_sample_z,[^\n]*\nlow,[^\n]*,-1\\.03466907240270[0-9]*,4,18,[^\n]*\nhigh,[^\n]*,0\\.96128828712591[0-9]*,")
cli_test(standardize_sample_stdin EXIT 0 ARGS score ecr - --id-column id --standardize sample --classify none
         STDIN ${cli_data}/golden/ecr.csv STDOUT_MATCHES "\nlow,[^\n]*,-1\\.03466907240270[0-9]*,")
cli_test(standardize_bad EXIT 2 ARGS score ecr golden/ecr.csv --standardize batch)
cli_test(interpretations EXIT 0 ARGS score ecr-r golden/ecr.csv --id-column id --interpretations --lang es
         STDOUT_MATCHES "anxiety_interpretation,[^\n]*,profile,profile_text,disclaimer,status\nlow,[^\n]*Tercio inferior de la escala,\"La ansiedad de apego tiene que ver[^\n]*,\"Estos resultados describen tendencias[^\n]*,ok\n")
cli_test(report_respondent EXIT 0 ARGS score ecr golden/ecr.csv --id-column id --respondent mixed
         STDOUT_MATCHES "^ECR — Experiences in Close Relationships\nRespondent mixed \\(line 4\\)\n\nAttachment anxiety: 4\\.29 \\(17 of 18 answered\\) — Middle third of the scale\n.*Brennan et al\\. \\(1998\\) classification functions: nearest pattern “fearful” \\(a[\n ]name[\n ]for[\n ]where[\n ]the[\n ]answers[\n ]sit,[\n ]not[\n ]for[\n ]a[\n ]person\\).*not a diagnosis")
cli_test(report_answers_spanish EXIT 0 ARGS score rq --answers 6,2,5,3,A --lang es
         STDOUT_MATCHES "^RQ — Relationship Questionnaire\n.*Valoración del patrón seguro: 6,00 — Te describe bien\n.*En conjunto \\(Valoración más alta \\(Bartholomew y Horowitz, 1991\\)\\)\n  Valoración más alta .*llama «seguro», pero.*zona media.*modelo de uno mismo.*no son un diagnóstico")
cli_test(answers_wrong_count EXIT 2 ARGS score rq --answers 1,2)
cli_test(respondent_without_id EXIT 2 ARGS score ecr-r golden/ecr.csv --respondent low)
cli_test(respondent_not_found EXIT 2 ARGS score ecr-r golden/ecr.csv --id-column id --respondent nobody)
cli_test(info_classifications_and_norms EXIT 0 ARGS info raas
         STDOUT_MATCHES "Classifications \\(the continuous scores are the primary result\\):\n  midpoint_category — Quadrant by the scale midpoint \\(heuristic\\) \\(computed with[\n ]+--classify midpoint\\)\n.*collins_category — Collins \\(1996\\) exploratory category \\(computed with[\n ]+--classify collins\\)\n.*Norms:\n  ledley-2006 — US college students, N = 414. groups: male, female")
cli_test(info_no_norms EXIT 0 ARGS info ecr STDOUT_MATCHES "Norms:\n  none bundled: no published norms were found for this instrument")

# Survey exports: every shape gives exactly the scores of the plain CSV.
foreach(shape crlf-bom quoted semicolon qualtrics reordered-extra)
  string(REPLACE "-" "_" name "${shape}")
  cli_test(shape_${name} EXIT 0 ARGS score ecr-r shapes/${shape}.csv --id-column id)
endforeach()
cli_test(shape_tab EXIT 0 ARGS score ecr-r shapes/tab.tsv --id-column id)
cli_test(shape_semicolon_given EXIT 0 ARGS score ecr-r shapes/semicolon.csv --id-column id --delimiter semicolon
         STDOUT_MATCHES "^id,anxiety,anxiety_answered,anxiety_band,[^\n]*\nall1,1\\.6666666666666667,18,")
cli_test(shape_keep_all EXIT 0 ARGS score ecr-r shapes/reordered-extra.csv --id-column id --keep-all)
cli_test(formulas_protected EXIT 0 ARGS score ecr-r formulas.csv --id-column id --keep note)
cli_test(formulas_unprotected EXIT 0 ARGS score ecr-r formulas.csv --id-column id --keep note --no-formula-protection)
cli_test(duplicate_ids EXIT 0 ARGS score ecr-r duplicates.csv --id-column id)
cli_test(strict_stops EXIT 2 ARGS score ecr-r ecr-r-problems.csv --id-column id --missing NA --strict -o %OUT%/s.csv
         NO_FILE %OUT%/s.csv)
cli_test(bad_delimiter EXIT 2 ARGS score ecr-r ecr-r-golden.csv --delimiter pipe)
cli_test(keep_missing_column EXIT 2 ARGS score ecr-r ecr-r-golden.csv --keep age)
cli_test(hints_by_missing_column EXIT 2 ARGS score ecr-r ecr-r-golden.csv --hints-by site)

# Hints: answers off the scale at one site, an item already reversed everywhere, an item keyed
# differently at one site, rows of zeros.
cli_test(hints EXIT 1 ARGS score ecr-r hints.csv --id-column id --hints-by site
         STDOUT_MATCHES "^id,anxiety"
         STDERR_MATCHES "^attachscore: hint: Q21 \\(5\\) has answers outside the scale 1–7 \\(answers from 1 to 8\\), all at site = B. those rows are not scored\\.\nattachscore: hint: 2 rows have 0 in every answered item: if 0 means \"not answered\" here, score with --missing 0\\.\nattachscore: hint: in anxiety, reverse-keyed item 9 \\(Q9\\) runs against the items that are not reverse-keyed \\(r = -0\\.[0-9]+ between the reverse-keyed items' mean and the others' over 113 complete rows\\): an export that already reversed it looks like this, and so does an item that this sample reads differently. If the export reversed it, score with --already-reversed 9\\.\nattachscore: hint: item 11 \\(Q11\\) runs against the rest of anxiety at site = B but with it elsewhere [^\n]*: is it keyed differently there\\?\nattachscore: scored 120 rows")

# Answers written as the anchor labels, and other wordings through a recode file.
cli_test(labels_recoded EXIT 0 ARGS score ecr-r labels.csv --id-column id --recode recode.csv)
cli_test(labels_without_recode EXIT 1 ARGS score ecr-r labels.csv --id-column id
         STDOUT_MATCHES "\nall1,1\\.6666666666666667,18,[^\n]*,ok\nall7,[^\n]*,ok\nr3,,0,,,0,,\"line 4: Q1 = \"\"Somewhat agree\"\" is not a number. Q2 = "
         STDERR_MATCHES "3 rows of labels.csv with ECR-R \\(item columns Q\\{n\\}\\): 2 valid, 1 not valid: 1 with a value that is not a number")
cli_test(recode_bad EXIT 2 ARGS score ecr-r labels.csv --recode recode-bad.csv)

# Several instruments from one export, joined side by side with prefixed columns.
cli_test(two_instruments EXIT 0 ARGS score ecr-r,rq ecr-r-and-rq.csv --id-column id --columns ecr-r=Q{n},rq=RQ{n})
cli_test(two_instruments_ambiguous EXIT 2 ARGS score ecr-r,rq ecr-r-and-rq.csv --id-column id)
cli_test(two_instruments_stdin EXIT 0 ARGS score ecr-r,rq - --id-column id --columns ecr-r=Q{n},rq=RQ{n}
         STDIN ${cli_data}/ecr-r-and-rq.csv STDOUT_MATCHES "^id,ecr-r\\.anxiety,[^\n]*,rq\\.status\nall1,1\\.6666666666666667,")
cli_test(two_instruments_same_twice EXIT 2 ARGS score ecr-r,ECR-R ecr-r-and-rq.csv --id-column id)
cli_test(two_instruments_skip_empty EXIT 2 ARGS score ecr-r,rq ecr-r-and-rq.csv --id-column id --skip-empty)
cli_test(two_instruments_composite_id EXIT 1 ARGS score ecr-r,rq exports/redcap.csv --id-column record_id,redcap_event_name
         --columns ecr-r=Q{n},rq=Q{n} STDOUT_MATCHES "^record_id,redcap_event_name,ecr-r\\.anxiety,[^\n]*\n1,baseline_arm_1,2\\.4444444444444446,")
cli_test(two_instruments_json EXIT 2 ARGS score ecr-r,rq ecr-r-and-rq.csv --id-column id --format jsonl)

# SPSS output (read back in the unit tests); a binary file needs a name.
cli_test(sav_output EXIT 0 ARGS score ecr golden/ecr.csv --id-column id -o %OUT%/scores.sav)
cli_test(sav_needs_file EXIT 2 ARGS score ecr golden/ecr.csv --format sav)

# Checks before scoring (tests/data/checks, written by tests/tools/make_check_fixtures.py): a
# narrower or shifted administration and an export with the reverse-keyed items already reversed
# stop the run with the ways on; small samples get a hint; confirmed options go on.
cli_test(check_five_point EXIT 2 ARGS score ecr-r checks/five-point-120.csv --id-column id -o %OUT%/s.csv
         NO_FILE %OUT%/s.csv)
cli_test(check_five_point_stdin EXIT 2 ARGS score ecr-r - --id-column id STDIN ${cli_data}/checks/five-point-120.csv)
cli_test(check_five_point_scale_given EXIT 0 ARGS score ecr-r checks/five-point-120.csv --id-column id --scale 1-5
         STDOUT_MATCHES "^id,anxiety,anxiety_answered,anxiety_band,avoidance,avoidance_answered,avoidance_band,administered_scale,status\nr1,")
cli_test(check_five_point_confirmed EXIT 0 ARGS score ecr-r checks/five-point-120.csv --id-column id --scale 1-7
         STDOUT_MATCHES "^id,anxiety,[^\n]*,status\nr1,")
cli_test(check_class_of_30 EXIT 0 ARGS score ecr-r checks/class-30-no7.csv --id-column id STDOUT_MATCHES "^id,anxiety")
cli_test(check_one_respondent EXIT 0 ARGS score ecr-r checks/one-no6or7.csv --id-column id STDOUT_MATCHES "^id,anxiety")
cli_test(check_zero_based EXIT 2 ARGS score ecr-r checks/zero-based-120.csv --id-column id)
cli_test(check_zero_based_scale EXIT 0 ARGS score ecr-r checks/zero-based-120.csv --id-column id --scale 0-6
         STDOUT_MATCHES "\nr1,[^\n]*,0-6,ok\n")
cli_test(check_five_point_zeros EXIT 2 ARGS score ecr-r checks/five-point-zeros-120.csv --id-column id)
cli_test(check_item_flipped EXIT 0 ARGS score ecr-r checks/item5-flipped-120.csv --id-column id STDOUT_MATCHES "^id,anxiety")
cli_test(check_reversed EXIT 2 ARGS score ecr-r checks/reversed-120.csv --id-column id)
# Into a file (read once, checked while written) and into SPSS: the same stop, nothing left behind.
cli_test(check_reversed_file EXIT 2 ARGS score ecr-r checks/reversed-120.csv --id-column id -o %OUT%/s.csv
         STDERR_MATCHES "already reversed[^\n]*\n[^\n]*nothing was written to [^\n]*s\.csv\.\n$" NO_FILE %OUT%/s.csv)
cli_test(check_reversed_sav EXIT 2 ARGS score ecr-r checks/reversed-120.csv --id-column id -o %OUT%/s.sav
         STDERR_MATCHES "already reversed[^\n]*\n[^\n]*nothing was written to [^\n]*s\.sav\.\n$" NO_FILE %OUT%/s.sav)
cli_test(check_reversed_all EXIT 0 ARGS score ecr-r checks/reversed-120.csv --id-column id --already-reversed all
         STDOUT_MATCHES "^id,anxiety")
cli_test(check_reversed_declared EXIT 0 ARGS score ecr-r checks/reversed-120.csv --id-column id --keys-as-declared
         STDOUT_MATCHES "^id,anxiety")
# stats and report run the same checks and stop with the same words as score (the expected
# stderr files are copies of score's).
foreach(check five-point reversed zero-based)
  string(REPLACE "-" "_" name "${check}")
  cli_test(stats_check_${name} EXIT 2 ARGS stats ecr-r checks/${check}-120.csv --id-column id)
  cli_test(report_check_${name} EXIT 2 ARGS report ecr-r checks/${check}-120.csv --id-column id
           -o %OUT%/r.html NO_FILE %OUT%/r.html)
endforeach()
cli_test(stats_check_reversed_declared EXIT 0 ARGS stats ecr-r checks/reversed-120.csv --id-column id
         --keys-as-declared STDOUT_MATCHES "^ECR-R: 120 rows")
cli_test(already_reversed_unknown_item EXIT 2 ARGS score ecr-r ecr-r-golden.csv --already-reversed 9,40)
cli_test(already_reversed_not_numbers EXIT 2 ARGS score ecr-r ecr-r-golden.csv --already-reversed nine)
# Already reversed columns are taken as they are: all-1 answers with every reverse-keyed column
# already reversed score 1 on both dimensions (by hand: no item is turned round).
cli_test(already_reversed_golden EXIT 0 ARGS score ecr-r ecr-r-golden.csv --id-column id --already-reversed all
         STDOUT_MATCHES "\nall1,1,18,Lower third of the scale,1,18,Lower third of the scale,ok\nall7,7,18,")

# Exports: decimal commas, European output, composite ids, rows not yet filled, encodings.
cli_test(decimal_comma_read EXIT 1 ARGS score ecr-r exports/decimal-comma.csv --id-column id
         STDOUT_MATCHES "^id,anxiety[^\n]*\nd1,4,18,Middle third of the scale,4,18,Middle third of the scale,ok\nd2,2\\.4444444444444446,18,[^\n]*,3\\.3333333333333335,18,")
cli_test(decimal_comma_european EXIT 1 ARGS score ecr-r exports/decimal-comma.csv --id-column id --decimal comma
         STDOUT_MATCHES "^id.anxiety.anxiety_answered[^\n]*\nd1.4.18.Middle third of the scale.4.18.Middle third of the scale.ok\nd2.2,4444444444444446.18.[^\n]*.3,3333333333333335.18.")
cli_test(decimal_comma_conflict EXIT 2 ARGS score ecr-r exports/decimal-comma.csv --decimal comma --output-delimiter comma)
cli_test(decimal_bad EXIT 2 ARGS score ecr-r exports/decimal-comma.csv --decimal dot)
cli_test(output_delimiter_bad EXIT 2 ARGS score ecr-r ecr-r-golden.csv --output-delimiter pipe)
cli_test(composite_id_skip_empty EXIT 0 ARGS score ecr-r exports/redcap.csv --id-column record_id,redcap_event_name --skip-empty)
cli_test(composite_id_empty_rows EXIT 1 ARGS score ecr-r exports/redcap.csv --id-column record_id,redcap_event_name
         STDOUT_MATCHES "\n1,followup_arm_1,,0,,,0,,line 3: anxiety: 0 of 18 answered")
cli_test(composite_id_json EXIT 0 ARGS score ecr-r exports/redcap.csv --id-column record_id,redcap_event_name --skip-empty --format jsonl
         STDOUT_MATCHES "^\\{\"line\":2,\"id\":\\{\"record_id\":\"1\",\"redcap_event_name\":\"baseline_arm_1\"\\},")
cli_test(latin1_kept_csv EXIT 0 ARGS score ecr-r exports/latin1.csv --id-column id --keep city STDOUT_MATCHES "^id,city,")
cli_test(latin1_kept_json EXIT 2 ARGS score ecr-r exports/latin1.csv --id-column id --keep city --format jsonl)
cli_test(latin1_converted EXIT 0 ARGS score ecr-r exports/latin1.csv --id-column id --keep city --encoding latin1
         STDOUT_MATCHES "\nl1,Malmö,[^\n]*\nl2,São Paulo,")
cli_test(encoding_bad EXIT 2 ARGS score ecr-r exports/latin1.csv --encoding ebcdic)
cli_test(instrument_id_any_case EXIT 0 ARGS score ECR-R ecr-r-golden.csv --id-column id STDOUT_MATCHES "^id,anxiety")

# Answers written as words: the summary names them; recode-template lists them to fill in; a recode
# file needs its header.
cli_test(recode_template EXIT 0 ARGS recode-template ecr-r labels.csv)
cli_test(recode_template_to_file EXIT 0 ARGS recode-template ecr-r labels.csv -o %OUT%/recode.csv
         FILE %OUT%/recode.csv FILE_EXPECTED recode_template.stdout)
cli_test(recode_template_nothing EXIT 0 ARGS recode-template ecr-r ecr-r-golden.csv)
cli_test(recode_template_no_input EXIT 2 ARGS recode-template)
cli_test(recode_no_header EXIT 2 ARGS score ecr-r labels.csv --recode recode-no-header.csv)
cli_test(help_recode_template EXIT 0 ARGS recode-template --help STDOUT_MATCHES "^Usage: attachscore recode-template.*Example:\n  attachscore recode-template")
cli_test(help_score_mentions_exports EXIT 0 ARGS score --help
         STDOUT_MATCHES "Qualtrics' extra header rows are skipped.*SPSS .sav/.por, Stata .dta or SAS file.*Several instruments from one export")

# SPSS output from several instruments is one real .sav (read back in validation.sav_haven).
cli_test(stat_damaged_variable_name EXIT 2 ARGS score ecr-r damaged-variable-name.dta)
cli_test(sav_reserved_words_and_text_ids EXIT 0 ARGS score ecr-r exports/reserved.csv --id-column id --keep-all -o %OUT%/r.sav)
cli_test(sav_extension_any_case EXIT 0 ARGS score ecr-r ecr-r-golden.csv --id-column id -o %OUT%/scores.SAV)
cli_test(json_extension_any_case EXIT 0 ARGS score ecr-r ecr-r-golden.csv --id-column id -o %OUT%/scores.JSONL
         FILE %OUT%/scores.JSONL FILE_EXPECTED json_extension_any_case.jsonl)
cli_test(mode_bad EXIT 2 ARGS score ecr-r ecr-r-golden.csv -o %OUT%/s.csv --mode 0999 NO_FILE %OUT%/s.csv)
# Column names never collide: input columns named like output columns, or like each other, are
# renamed with a note; --keep of a name that several columns have is an error.
cli_test(collisions_renamed EXIT 0 ARGS score ecr-r exports/collisions.csv --id-column anxiety --keep-all)
cli_test(collisions_json_keys EXIT 0 ARGS score ecr-r exports/collisions.csv --id-column anxiety --keep-all --format jsonl
         STDOUT_MATCHES "^\\{\"line\":2,\"id\":\"p1\",\"kept\":\\{\"note\":\"a\",\"NOTE_2\":\"b\",\"note_3\":\"c\",\"status_2\":\"d\"\\},")
cli_test(keep_ambiguous EXIT 2 ARGS score ecr-r exports/collisions.csv --keep note)
cli_test(sav_two_instruments EXIT 0 ARGS score ecr-r,rq ecr-r-and-rq.csv --id-column id --columns ecr-r=Q{n},rq=RQ{n} -o %OUT%/two.sav)

# -o never destroys what its name points at: links, FIFOs, devices, modes, the input, signals.
add_test(NAME cli.output_targets
         COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/output_targets.sh" $<TARGET_FILE:attachscore_cli>
                 "${PROJECT_SOURCE_DIR}/examples/ecr-r-sample.csv" "${CMAKE_CURRENT_BINARY_DIR}/cli-out/output_targets")
add_test(NAME cli.closed_streams
         COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/closed_streams.sh" $<TARGET_FILE:attachscore_cli>
                 "${PROJECT_SOURCE_DIR}/examples/ecr-r-sample.csv")

# Hostile or unusual inputs: rows that only look like Qualtrics' header rows are kept; UTF-16 is
# named; recode files that contradict themselves are refused; terminal escapes in ids are shown
# escaped; a --hints-by column with a value per row stops following groups.
cli_test(importid_in_free_text EXIT 0 ARGS score ecr-r exports/importid-text.csv --id-column id
         STDOUT_MATCHES "\nr1,[^\n]*\nr2,[^\n]*\nr3,")
cli_test(utf16_named EXIT 2 ARGS score ecr-r exports/utf16.csv)
cli_test(recode_conflicts EXIT 2 ARGS score ecr-r labels.csv --recode recode-conflicts.csv)
cli_test(escapes_shown_escaped EXIT 1 ARGS score ecr-r exports/escapes.csv --id-column id -o %OUT%/s.csv)
cli_test(escapes_in_report EXIT 1 ARGS score ecr-r exports/escapes.csv --id-column id --format report
         STDOUT_MATCHES "^ECR-R — [^\n]*\nRespondent \\\\x1b\\]0.owned\\\\x07\\\\x1b\\[31mred \\(line 2\\)\n")
cli_test(hints_by_too_many_groups EXIT 0 ARGS score ecr-r exports/many-sites.csv --id-column id --hints-by site -o %OUT%/s.csv)
add_test(NAME cli.special_files
         COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/special_files.sh" $<TARGET_FILE:attachscore_cli>
                 "${PROJECT_SOURCE_DIR}/examples/ecr-r-sample.csv" "${CMAKE_CURRENT_BINARY_DIR}/cli-out/special_files")
# Reports and info fit 80 columns when not on a terminal, for every instrument and language.
find_program(ATTACHSCORE_PY3 NAMES python3)
if(ATTACHSCORE_PY3)
  add_test(NAME cli.progress COMMAND "${ATTACHSCORE_PY3}" "${CMAKE_CURRENT_SOURCE_DIR}/cli/progress.py"
           $<TARGET_FILE:attachscore_cli>)
  add_test(NAME cli.info_json COMMAND "${ATTACHSCORE_PY3}" "${CMAKE_CURRENT_SOURCE_DIR}/cli/info_json.py"
           $<TARGET_FILE:attachscore_cli> "${PROJECT_SOURCE_DIR}/instruments")
  add_test(NAME cli.long_row COMMAND "${ATTACHSCORE_PY3}" "${CMAKE_CURRENT_SOURCE_DIR}/cli/long_row.py"
           $<TARGET_FILE:attachscore_cli>)
  add_test(NAME cli.line_width COMMAND "${ATTACHSCORE_PY3}" "${CMAKE_CURRENT_SOURCE_DIR}/cli/line_width.py"
           $<TARGET_FILE:attachscore_cli>)
endif()

cli_test(info_format_bad EXIT 2 ARGS info ecr-r --format xml)
# attachscore stats (figures checked against R psych in tests/cli/stats_formats.py).
if(ATTACHSCORE_PY3)
  add_test(NAME cli.stats_formats COMMAND "${ATTACHSCORE_PY3}" "${CMAKE_CURRENT_SOURCE_DIR}/cli/stats_formats.py"
                                          $<TARGET_FILE:attachscore_cli> "${cli_data}/stats/ecr-r-200.csv")
endif()
# --quality: the careless indices of each row, by hand for the golden rows (tests/unit/test_reliability.cpp
# works them out): all 1s run 36 long and answer opposite statements alike.
cli_test(quality_columns EXIT 0 ARGS score ecr-r ecr-r-golden.csv --id-column id --quality
         STDOUT_MATCHES "longstring,irv,evenodd,reverse_inconsistency,careless,careless_reasons,status\nall1,[^\n]*,36,0,,1,yes,the same answer 36 times in a row; statements keyed in opposite directions answered alike,ok\n[^\n]*\nlow,[^\n]*,8,2\.96647939[0-9]*,,0,no,,ok\n"
         STDERR_MATCHES "^attachscore: scored 7 rows")
# --digits rounds CSV numbers (all1: anxiety 30/18 = 1.666… → 1.67); other formats refuse it.
cli_test(digits_csv EXIT 0 ARGS score ecr-r ecr-r-golden.csv --id-column id --digits 2
         STDOUT_MATCHES "\nall1,1\\.67,18,[^\n]*,5\\.00,18," STDERR_MATCHES "^attachscore: scored 7 rows")
cli_test(digits_not_csv EXIT 2 ARGS score ecr-r ecr-r-golden.csv --digits 2 --format json
         STDERR_MATCHES "^attachscore score: --digits rounds CSV output; JSON, reports and SPSS files keep every digit\\.\n$")
cli_test(digits_bad EXIT 2 ARGS score ecr-r ecr-r-golden.csv --digits 99
         STDERR_MATCHES "^attachscore score: --digits must be a whole number from 0 to 15, not 99\\.\n$")
cli_test(stats_format_bad EXIT 2 ARGS stats ecr-r stats/ecr-r-200.csv --format xml
         STDERR_MATCHES "^attachscore stats: --format must be text, json or csv, not \"xml\"\.\n$")
cli_test(stats_digits_bad EXIT 2 ARGS stats ecr-r stats/ecr-r-200.csv --digits 40
         STDERR_MATCHES "^attachscore stats: --digits must be a whole number from 0 to 15, not 40\.\n$")
cli_test(stats_no_instrument EXIT 2 ARGS stats
         STDERR_MATCHES "^attachscore stats: name an instrument and an input")
cli_test(stats_missing_column EXIT 2 ARGS stats ecr-r missing-column.csv --id-column id
         STDERR_MATCHES "Q5")
cli_test(help_stats EXIT 0 ARGS stats --help STDOUT_MATCHES "^Usage: attachscore stats ID INPUT.*Example:\n  attachscore stats ecr-r")
cli_test(info_json_language_missing EXIT 2 ARGS info ecr-r --format json --lang fr)
# Options that cannot work together, or values that would score wrongly, are refused with the way on.
cli_test(norms_with_other_scale EXIT 2 ARGS score raas golden/raas-norms.csv --id-column id --norms ledley-2006 --norm-group sex --scale 1-7)
cli_test(recode_value_outside_scale EXIT 2 ARGS score ecr-r labels.csv --id-column id --recode recode-outside.csv)
cli_test(recode_changes_anchor EXIT 2 ARGS score ecr-r labels.csv --id-column id --recode recode-anchor.csv)
cli_test(recode_empty_value EXIT 2 ARGS score ecr-r labels.csv --id-column id --recode recode-empty.csv)
cli_test(already_reversed_not_reverse_keyed EXIT 2 ARGS score ecr-r checks/reversed-120.csv --already-reversed 1,9)
cli_test(already_reversed_and_declared EXIT 2 ARGS score ecr-r checks/reversed-120.csv --already-reversed all --keys-as-declared)
cli_test(answers_with_input_file EXIT 2 ARGS score rq ecr-r-and-rq.csv --answers 1,2,3,4,A)
cli_test(answers_with_respondent EXIT 2 ARGS score rq --answers 1,2,3,4,A --respondent x)
cli_test(answers_all_off_scale EXIT 1 ARGS score rq --answers 8,8,8,8,A STDOUT_MATCHES "^RQ — ")
cli_test(mode_world_writable EXIT 2 ARGS score ecr-r ecr-r-golden.csv -o %OUT%/s.csv --mode 0777 NO_FILE %OUT%/s.csv)
cli_test(recode_template_needs_input EXIT 2 ARGS recode-template ecr-r)
cli_test(decimal_point_refuses_commas EXIT 1 ARGS score ecr-r exports/decimal-comma.csv --id-column id --decimal point -o %OUT%/s.csv)
cli_test(respondent_composite_not_found EXIT 2 ARGS score ecr-r exports/redcap.csv --id-column record_id,redcap_event_name --respondent 1,baseline_arm_1)
cli_test(respondent_composite EXIT 0 ARGS score ecr-r exports/redcap.csv --id-column record_id,redcap_event_name --respondent 1/baseline_arm_1
         STDOUT_MATCHES "^ECR-R — [^\n]*\nRespondent 1/baseline_arm_1 \\(line 2\\)")
# A tie is said to be a tie, never "close to another category" (issue 10's all-1 RQ).
cli_test(report_rq_tie EXIT 0 ARGS score rq --answers 1,1,1,1,
         STDOUT_MATCHES "\nHighest rating \\(Bartholomew & Horowitz, 1991\\): a tie between “secure”,\n“fearful”, “preoccupied” and “dismissing”\n")
# Spanish reports say why a score is not scored in Spanish.
cli_test(report_es_too_few EXIT 1 ARGS score ecr-rs golden/ecr-rs.csv --id-column id --format report --lang es
         STDOUT_MATCHES "sin puntuación \\(2 de 3 ítems respondidos. se necesitan todos\\)")
cli_test(report_es_bad_answer EXIT 1 ARGS score ecr-r ecr-r-problems.csv --id-column id --missing NA --format report --lang es
         STDOUT_MATCHES "sin puntuación \\(una respuesta no se puede puntuar: el aviso[\n ]+de[\n ]+arriba dice cuál\\)")
cli_test(stats_bootstrap_pairwise EXIT 2 ARGS stats ecr-r stats/ecr-r-200.csv --bootstrap 100 --pairwise
         STDERR_MATCHES "^attachscore stats: --bootstrap resamples the rows that answered every item; it cannot be combined with --pairwise\\.\n$")
cli_test(stats_bootstrap_too_many EXIT 2 ARGS stats ecr-r stats/ecr-r-200.csv --bootstrap 1000000
         STDERR_MATCHES "^attachscore stats: --bootstrap 1000000 is more resamples than an interval needs")

# Wording files (placeholder texts: the project ships no published wording).
cli_test(wording_template EXIT 0 ARGS wording-template ecr-s
         STDOUT_MATCHES "^item,text\n1,\n2,\n3,\n4,\n5,\n6,\n7,\n8,\n9,\n10,\n11,\n12,\n$"
         STDERR_MATCHES "^attachscore: fill in the text of all 12 items from the published source \\(ECR-S\\), then check the file with --check\\.\n$")
cli_test(wording_check_ok EXIT 0 ARGS wording-template ecr-s --check wording/ecr-s-placeholder.csv
         STDERR_MATCHES "^attachscore: wording/ecr-s-placeholder\\.csv words all 12 items of ECR-S \\(en\\)\\.\n$")
cli_test(wording_check_problems EXIT 2 ARGS wording-template ecr-s --check wording/ecr-s-problems.csv
         STDERR_MATCHES "^attachscore: wording/ecr-s-problems\\.csv:4: item 2 is worded twice \\(first on line 3\\)\\.\nattachscore: wording/ecr-s-problems\\.csv:5: item 3 has no text\\.[^\n]*\nattachscore: [^\n]*:6: \"13\" is not an item of ECR-S \\(items 1–12\\)\\.\n")
cli_test(wording_check_no_header EXIT 2 ARGS wording-template ecr-s --check wording/no-header.csv
         STDERR_MATCHES "^attachscore: wording/no-header\\.csv:1: the first line must be the header item,text\\.")
cli_test(wording_language_missing EXIT 2 ARGS wording-template ecr-s --lang fr
         STDERR_MATCHES "^attachscore wording-template: ECR-S has no language \"fr\"; it has en, es\\.\n$")
cli_test(wording_no_instrument EXIT 2 ARGS wording-template
         STDERR_MATCHES "^attachscore wording-template: name an instrument")
cli_test(help_wording_template EXIT 0 ARGS wording-template --help
         STDOUT_MATCHES "^Usage: attachscore wording-template ID.*Example:\n  attachscore wording-template ecr-s")

# attachscore take with scripted standard input: answer, a wrong key, back, skip (by hand:
# Q1..Q12 = 2,6,4,3,–,5,6,2,5,3,2,6; anxiety items 2,4,6,8R,10,12 = 6,3,5,6,3,6 → 29/6; avoidance
# 1R,3,5,7,9R,11 = 6,4,–,6,3,2 → 21/5).
cli_test(take_scripted EXIT 0 ARGS take ecr-s --wording wording/ecr-s-placeholder.csv --save %OUT%/class.csv --id student1
         STDIN ${cli_data}/take/ecr-s-script.txt
         STDOUT_MATCHES "Question 3 of 12 \\(ECR-S item 3\\)\nPlaceholder statement 3, written for the tests[^\n]*\n  1 = Strongly disagree   2   3   4   5   6   7 = Strongly agree\nYour answer[^\n]*: answer with a whole number from 1 to 7\\..*Respondent student1\n\nAttachment anxiety: 4\\.83 \\(6 of 6 answered\\).*Attachment avoidance: 4\\.20 \\(5 of 6 answered\\).*\nNot answered \\(1 of 12\\)\n  5\\. Placeholder statement 5[^\n]*\n\nThese results describe tendencies"
         STDERR_MATCHES "^attachscore: Your answers were added to [^\n]*class\\.csv as respondent \"student1\"\\.\n$"
         FILE %OUT%/class.csv FILE_EXPECTED take_saved.csv)
cli_test(take_quit EXIT 0 ARGS take ecr-s --save %OUT%/quit.csv STDIN ${cli_data}/take/quit.txt
         STDOUT_MATCHES "No wording was supplied, so items are shown by number\\..*\\(item 1: the wording was not supplied, see above\\).*Stopped: these answers were not saved\\.\n$"
         NO_FILE %OUT%/quit.csv)
# Every word take prints in the language asked for.
cli_test(take_spanish EXIT 0 ARGS take ecr-s --lang es --save %OUT%/es.csv STDIN ${cli_data}/take/ecr-s-script.txt
         STDOUT_MATCHES "^Experiences in Close Relationships Scale – Short Form\n12 preguntas\\. Escribe el número \\(o la letra\\) de tu respuesta y pulsa Intro\\.\nNo se aportó el enunciado.*Pregunta 1 de 12 \\(ECR-S, ítem 1\\)\n\\(ítem 1: no se aportó el enunciado; mira arriba\\)\n.*Tu respuesta \\(<: atrás, >: saltar; Ctrl-C: parar sin guardar\\): responde con un número entero del 1 al 7\\..*Pregunta 12 de 12 "
         STDOUT_NOT_MATCHES "Question|Your answer|answer with"
         STDERR_MATCHES "^attachscore: Tus respuestas se añadieron a [^\n]*es\\.csv con el identificador \"take-[0-9-]+\"\\.\n$")
cli_test(take_id_in_file EXIT 2 ARGS take ecr-s --save take/saved-once.csv --id anna STDIN ${cli_data}/take/ecr-s-script.txt
         STDERR_MATCHES "^attachscore take: take/saved-once\\.csv already holds respondent \"anna\"; give another --id")
cli_test(take_repeat_and_id EXIT 2 ARGS take ecr-s --repeat --id anna
         STDERR_MATCHES "^attachscore take: --id names one person; --repeat asks one after another")
cli_test(take_not_a_file EXIT 2 ARGS take ecr-s --save /dev/zero STDIN ${cli_data}/take/ecr-s-script.txt
         STDERR_MATCHES "^attachscore: /dev/zero is not a regular file \\(a folder, a device or a pipe\\); name a file to keep the answers in\\. Nothing was saved\\.\n$")
cli_test(take_input_ends EXIT 0 ARGS take ecr-s --save %OUT%/ends.csv STDIN ${cli_data}/take/ends-early.txt
         STDOUT_MATCHES "Stopped: these answers were not saved\\.\n$" NO_FILE %OUT%/ends.csv)
cli_test(take_choice_item EXIT 0 ARGS take rq STDIN ${cli_data}/take/rq-script.txt
         STDOUT_MATCHES "Question 5 of 5 \\(RQ item 5\\)\n[^\n]*\n  A = Paragraph A   B = Paragraph B   C = Paragraph C   D = Paragraph D\n.*answer with one of A, B, C, D\\..*Secure rating: 7\\.00 — Describes you well")
cli_test(take_other_file EXIT 2 ARGS take ecr-s --save take/other-columns.csv STDIN ${cli_data}/take/ecr-s-script.txt
         STDERR_MATCHES "^attachscore: take/other-columns\\.csv holds other columns than ECR-S's answers \\(id,Q1,Q2…\\); name another file\\. Nothing was saved\\.\n$")
cli_test(take_language_missing EXIT 2 ARGS take ecr-s --lang fr
         STDERR_MATCHES "^attachscore take: ECR-S has no language \"fr\"; it has en, es\\.\n$")
cli_test(take_no_instrument EXIT 2 ARGS take STDERR_MATCHES "^attachscore take: name an instrument")
add_test(NAME cli.take_tmux COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/cli/take_tmux.sh"
                                   $<TARGET_FILE:attachscore_cli> "${cli_data}")
set_tests_properties(cli.take_tmux PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)

# attachscore report (by hand from the ECR-S key, see tests/unit/test_html_report.cpp: all 1s →
# anxiety 2, avoidance 4 → (135, 235) on the plane; all 7s → (395, 235); all 4s → (265, 235);
# the fourth row has Q1 = 9 and is not scored, so the exit code is 1).
cli_test(html_page EXIT 1 ARGS report ecr-s report/class.csv --id-column id --keep group
         STDOUT_MATCHES "^<!DOCTYPE html>\n.*<circle cx=\"135\\.0\" cy=\"235\\.0\" r=\"4\"[^\n]*><title>&lt;script&gt;alert\\(1\\)&lt;/script&gt;</title>.*<circle cx=\"395\\.0\" cy=\"235\\.0\" r=\"4\".*<circle cx=\"265\\.0\" cy=\"235\\.0\" r=\"4\".*<p class=\"kept\">group: &lt;b&gt;A&lt;/b&gt;</p>.*<h3>Respondent p4 \\(line 5\\)</h3>.*</html>\n$")
cli_test(html_files EXIT 1 ARGS report ecr-s report/class.csv --id-column id -o %OUT%/class.html --svg %OUT%/plane.svg
         STDERR_MATCHES "/class\\.html: 4 cards, 3 scored without a problem\\.\n$"
         FILE %OUT%/plane.svg FILE_MATCHES "^<svg xmlns=\"http://www\\.w3\\.org/2000/svg\" viewBox=\"0 0 480 480\"[^<]*>\n<title>ECR-S: Attachment anxiety × Attachment avoidance</title>.*\n<circle [^\n]*\n<circle [^\n]*\n<circle [^\n]*\n</svg>\n$")
cli_test(html_respondent EXIT 0 ARGS report ecr-s report/class.csv --id-column id --respondent p2 --lang es
         STDOUT_MATCHES "<html lang=\"es\">.*<h1>ECR-S: resultados de p2</h1>.*<circle cx=\"395\\.0\" cy=\"235\\.0\" r=\"8\".*El punto rojo es el de esta persona.*<h3>Persona p2 \\(línea 3\\)</h3>")
cli_test(html_wording EXIT 1 ARGS report ecr-s report/class.csv --id-column id --wording wording/ecr-s-placeholder.csv
         STDOUT_MATCHES "<th>Wording</th>.*<tr><td>8 \\(reverse-keyed\\)</td><td class=\"wording\">Placeholder statement 8, written for the tests \\(not the published wording\\)</td>")
cli_test(html_no_plane EXIT 2 ARGS report tiny tiny-answers.csv --columns TINY_{n} --instruments instruments-good --id-column id --svg %OUT%/p.svg -o %OUT%/r.html
         STDERR_MATCHES "^attachscore report: TINY has no plane of two dimensions to write to [^\n]*/p\\.svg\\.\n$" NO_FILE %OUT%/r.html)
cli_test(html_checks_stop EXIT 2 ARGS report ecr-r checks/five-point-120.csv --id-column id -o %OUT%/r.html
         STDERR_MATCHES "every answer lies within 1–5 .* score with --scale 1-5" NO_FILE %OUT%/r.html)
cli_test(html_no_respondent EXIT 2 ARGS report ecr-s report/class.csv --id-column id --respondent nobody -o %OUT%/r.html
         STDERR_MATCHES "no row has the id \"nobody\"" NO_FILE %OUT%/r.html)
cli_test(html_language_missing EXIT 2 ARGS report ecr-s report/class.csv --lang fr
         STDERR_MATCHES "^attachscore report: ECR-S has no language \"fr\"; it has en, es\\.\n$")
cli_test(html_no_instrument EXIT 2 ARGS report
         STDERR_MATCHES "^attachscore report: name an instrument and an input, e.g\\. 'attachscore report ecr-s class\\.csv --id-column id -o class\\.html'\\.\n$")

if(ATTACHSCORE_PY3)
  add_test(NAME cli.report_limit COMMAND "${ATTACHSCORE_PY3}" "${CMAKE_CURRENT_SOURCE_DIR}/cli/report_limit.py"
           $<TARGET_FILE:attachscore_cli> "${CMAKE_CURRENT_BINARY_DIR}/cli-out/report_limit")
endif()

# The report of 500 respondents in headless Chromium (skipped, exit 77, without chromium,
# chromedriver and python3-selenium, which scripts/dev.sh installs). Debian's python3 has
# python3-selenium even when another python3 comes first on PATH.
find_program(ATTACHSCORE_SYSTEM_PY3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(ATTACHSCORE_SYSTEM_PY3)
  add_test(NAME browser.report_500 COMMAND "${ATTACHSCORE_SYSTEM_PY3}"
           "${CMAKE_CURRENT_SOURCE_DIR}/browser/report_in_chromium.py" $<TARGET_FILE:attachscore_cli>
           "${CMAKE_CURRENT_BINARY_DIR}/browser-out")
  set_tests_properties(browser.report_500 PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS browser)
endif()

# --wording in score's report view: the items left blank with their wording (row a: 2, 4, 5, 6;
# row b: Q1 = "x" is unreadable, not blank, so only 9).
cli_test(score_wording_report EXIT 1 ARGS score ecr-s report/blanks.csv --id-column id --format report
         --wording wording/ecr-s-placeholder.csv
         STDOUT_MATCHES "\nNot answered \\(4 of 12\\)\n  2\\. Placeholder statement 2, written for the tests \\(not the published wording\\)\n  4\\. [^\n]*\n  5\\. [^\n]*\n  6\\. [^\n]*\n\n.*\nNot answered \\(1 of 12\\)\n  9\\. Placeholder statement 9"
         STDERR_MATCHES "0 valid, 2 not valid")
cli_test(score_wording_table EXIT 2 ARGS score ecr-s report/blanks.csv --wording wording/ecr-s-placeholder.csv
         STDERR_MATCHES "^attachscore score: --wording is shown in reports \\(--format report, --respondent or --answers\\), not in a table\\.\n$")
cli_test(score_wording_two EXIT 2 ARGS score ecr-s,ecr-r report/blanks.csv --format report --wording wording/ecr-s-placeholder.csv
         STDERR_MATCHES "^attachscore score: --wording belongs to one instrument; name only that one\\.\n$")

# The classroom example's made-up class is what its README says made it.
if(TARGET attachscore_generate AND ATTACHSCORE_PY3)
  add_test(NAME example.classroom_data COMMAND "${ATTACHSCORE_PY3}" -c
           "import subprocess,sys; made=subprocess.run([sys.argv[1],'ecr-s','30','--seed','2026','--blank-rate','0.01'],capture_output=True,check=True).stdout; sys.exit(0 if made==open(sys.argv[2],'rb').read() else 'examples/classroom/class-ecr-s.csv differs from the generator output')"
           $<TARGET_FILE:attachscore_generate> "${PROJECT_SOURCE_DIR}/examples/classroom/class-ecr-s.csv")
endif()

# attachscore class as a real server on 127.0.0.1: 200 students at once, hostile and slow
# clients, the teacher's buttons, Ctrl-C (tests/classroom/class_server.py).
if(ATTACHSCORE_PY3)
  # Under the sanitizers the part without file descriptors is left out: their runtime needs a
  # descriptor (a pipe) to check a pointer, and with none left reports a false error.
  if(ATTACHSCORE_SANITIZE OR ATTACHSCORE_TSAN)
    set(classroom_sanitized sanitized)
  endif()
  add_test(NAME classroom.server COMMAND "${ATTACHSCORE_PY3}"
           "${CMAKE_CURRENT_SOURCE_DIR}/classroom/class_server.py" $<TARGET_FILE:attachscore_cli>
           "${cli_data}" "${CMAKE_CURRENT_BINARY_DIR}/classroom-out" ${classroom_sanitized})
  set_tests_properties(classroom.server PROPERTIES TIMEOUT 180)
endif()
if(ATTACHSCORE_SYSTEM_PY3)
  add_test(NAME browser.class_session COMMAND "${ATTACHSCORE_SYSTEM_PY3}"
           "${CMAKE_CURRENT_SOURCE_DIR}/browser/class_in_chromium.py" $<TARGET_FILE:attachscore_cli>
           "${cli_data}" "${CMAKE_CURRENT_BINARY_DIR}/browser-out")
  set_tests_properties(browser.class_session PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS browser)
endif()

# attachscore class refuses what it cannot serve, before listening.
cli_test(class_bad_address EXIT 2 ARGS class ecr-s --bind 256.1.1.1 --port 0
         STDERR_MATCHES "^attachscore class: \"256\\.1\\.1\\.1\" is not an IP address \\(e\\.g\\. 0\\.0\\.0\\.0 or 127\\.0\\.0\\.1\\)\\.\n$")
cli_test(class_bad_port EXIT 2 ARGS class ecr-s --port 70000
         STDERR_MATCHES "^attachscore class: --port is 0 to 65535 and --timeout 1 to 600 seconds\\.\n$")
cli_test(class_other_file EXIT 2 ARGS class ecr-s --save take/other-columns.csv --bind 127.0.0.1 --port 0
         STDERR_MATCHES "^attachscore class: take/other-columns\\.csv holds other columns than ECR-S's answers \\(id,Q1,Q2…\\); name another file\\.\n$")
cli_test(class_no_instrument EXIT 2 ARGS class
         STDERR_MATCHES "^attachscore class: name an instrument, e\\.g\\. 'attachscore class ecr-s --wording ecr-s-en\\.csv --save class\\.csv'\\.\n$")
cli_test(class_language_missing EXIT 2 ARGS class ecr-s --lang fr
         STDERR_MATCHES "^attachscore class: ECR-S has no language \"fr\"; it has en, es\\.\n$")
if(ATTACHSCORE_PY3)
  add_test(NAME classroom.qr_code COMMAND "${ATTACHSCORE_PY3}" "${CMAKE_CURRENT_SOURCE_DIR}/classroom/qr_code.py"
           $<TARGET_FILE:attachscore_cli> "${CMAKE_CURRENT_BINARY_DIR}/classroom-out")
  set_tests_properties(classroom.qr_code PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endif()
# A disk that fills during a lesson, on a small tmpfs in a private mount namespace (root only).
if(ATTACHSCORE_PY3)
  add_test(NAME classroom.full_disk COMMAND "${ATTACHSCORE_PY3}" "${CMAKE_CURRENT_SOURCE_DIR}/classroom/full_disk.py"
           $<TARGET_FILE:attachscore_cli>)
  set_tests_properties(classroom.full_disk PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endif()
# Wording files as spreadsheets write them, and texts that would steer a terminal.
cli_test(wording_check_windows_1252 EXIT 2 ARGS wording-template ecr-s --check wording/ecr-s-cp1252.csv
         STDERR_MATCHES "^attachscore: wording/ecr-s-cp1252\\.csv:4: this line is not UTF-8 text \\(a file saved as Windows-1252 or Latin-1\\?\\); convert the file and pass the converted one: iconv -f WINDOWS-1252 -t UTF-8 wording/ecr-s-cp1252\\.csv > wording/ecr-s-cp1252-utf8\\.csv\n$")
cli_test(wording_check_semicolons EXIT 0 ARGS wording-template ecr-s --check wording/ecr-s-semicolon.csv
         STDERR_MATCHES "^attachscore: wording/ecr-s-semicolon\\.csv words all 12 items of ECR-S \\(en\\)\\.\n$")
cli_test(wording_check_control EXIT 2 ARGS wording-template ecr-s --check wording/ecr-s-control.csv
         STDERR_MATCHES "^attachscore: wording/ecr-s-control\\.csv:3: item 2's text holds a control character \\(shown as [\\]x\\.\\.: [\\]x1b\\]0;pwned[\\]x07Placeholder 2[\\]x1b\\[2J\\), which would reach terminals and phones as it is; remove it\\.\n$")
cli_test(validate_control_character EXIT 2 ARGS validate loader-refuses/control-character.json
         STDOUT_MATCHES "^loader-refuses/control-character\\.json: 1 problem\n$"
         STDERR_MATCHES "/name: this text holds a control character \\([\\]x1b\\), which would reach terminals and pages as it is; remove it\\.")
# report --summary: the sample's figures, no cards (one printed page: tests/browser).
cli_test(report_summary EXIT 0 ARGS report ecr-r ecr-r-golden.csv --id-column id --summary -o %OUT%/summary.html
         STDERR_MATCHES "^[^\n]*summary\\.html: the summary of 7 rows, 7 scored without a problem\\.\n$"
         FILE %OUT%/summary.html FILE_MATCHES "<h1>ECR-R: results of 7 respondents</h1>.*These results describe tendencies.*<p>7 rows read; 7 scored without a problem\\. 1 of them has items left blank\\.</p>.*<circle.*Distributions.*</section>\n</body>")
cli_test(report_summary_and_respondent EXIT 2 ARGS report ecr-r ecr-r-golden.csv --id-column id --summary --respondent r1
         STDERR_MATCHES "^attachscore report: --summary shows the sample's figures and --respondent one person's page: give one or the other\\.\n$")
