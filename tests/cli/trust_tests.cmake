# What the checks, the careless indices and the statistics say, tried as a user would: items in
# another order, careless indices on the answers as given, one person's report of a repeated id,
# codes for "not answered", and the statistics' words (tests/data/checks, quality, stats).

# 150 generated ECR-R respondents (attachscore_generate ecr-r 150 --seed 2112 --blank-rate 0):
# the same answers in the authors' order, the Turkish adaptation's, the DEPENd lab's and
# backwards. Read in their order, every one gives the authors'-order scores (order_grouped.csv,
# checked against pandas by tests/validation/ecr_r_independent.py's key on 2026-12-01).
cli_test(order_grouped EXIT 0 ARGS score ecr-r checks/ecr-r-150.csv --id-column id -o %OUT%/s.csv
         FILE %OUT%/s.csv FILE_EXPECTED order_grouped.csv)
cli_test(order_selcuk_stops EXIT 2 ARGS score ecr-r checks/ecr-r-selcuk-150.csv --id-column id
         -o %OUT%/s.csv NO_FILE %OUT%/s.csv)
cli_test(order_selcuk_scored EXIT 0 ARGS score ecr-r checks/ecr-r-selcuk-150.csv --id-column id
         --item-order selcuk-2005 -o %OUT%/s.csv FILE %OUT%/s.csv FILE_EXPECTED order_grouped.csv)
cli_test(order_dependlab_stops EXIT 2 ARGS score ecr-r checks/ecr-r-dependlab-150.csv
         --id-column id -o %OUT%/s.csv NO_FILE %OUT%/s.csv)
cli_test(order_dependlab_scored EXIT 0 ARGS score ecr-r checks/ecr-r-dependlab-150.csv
         --id-column id --item-order dependlab-interleaved -o %OUT%/s.csv
         FILE %OUT%/s.csv FILE_EXPECTED order_grouped.csv)
cli_test(order_backwards_stops EXIT 2 ARGS score ecr-r checks/ecr-r-backwards-150.csv
         --id-column id -o %OUT%/s.csv NO_FILE %OUT%/s.csv)
cli_test(order_backwards_columns EXIT 0 ARGS score ecr-r checks/ecr-r-backwards-150.csv
         --id-column id
         --item-columns Q36,Q35,Q34,Q33,Q32,Q31,Q30,Q29,Q28,Q27,Q26,Q25,Q24,Q23,Q22,Q21,Q20,Q19,Q18,Q17,Q16,Q15,Q14,Q13,Q12,Q11,Q10,Q9,Q8,Q7,Q6,Q5,Q4,Q3,Q2,Q1
         -o %OUT%/s.csv FILE %OUT%/s.csv FILE_EXPECTED order_grouped.csv)
cli_test(order_confirmed EXIT 0 ARGS score ecr-r checks/ecr-r-selcuk-150.csv --id-column id
         --item-order fraley-2000-grouped -o %OUT%/s.csv)
cli_test(order_unknown EXIT 2 ARGS score ecr-r checks/ecr-r-150.csv --item-order alphabetical)
cli_test(order_columns_count EXIT 2 ARGS score ecr-r checks/ecr-r-150.csv --item-columns Q1,Q2,Q3)
cli_test(order_columns_twice EXIT 2 ARGS score ecr-r checks/ecr-r-150.csv
         --item-columns Q1,Q1,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12,Q13,Q14,Q15,Q16,Q17,Q18,Q19,Q20,Q21,Q22,Q23,Q24,Q25,Q26,Q27,Q28,Q29,Q30,Q31,Q32,Q33,Q34,Q35,Q36)
cli_test(order_columns_and_pattern EXIT 2 ARGS score ecr-r checks/ecr-r-150.csv --columns Q{n}
         --item-columns Q1)
cli_test(order_stats_record EXIT 0 ARGS stats ecr-r checks/ecr-r-selcuk-150.csv --id-column id
         --item-order selcuk-2005
         STDOUT_MATCHES "The[ \n]columns[ \n]were[ \n]read[ \n]in[ \n]the[ \n]selcuk-2005[ \n]item[ \n]order\\.")
cli_test(order_info EXIT 0 ARGS info ecr-r
         STDOUT_MATCHES "Also given as selcuk-2005 \\(--item-order selcuk-2005\\)")

# Careless indices on the answers as given: someone who pressed 7 on all 36 items of an export
# that reversed the reverse-keyed ones; a forced choice stays out; three scales carry no even–odd.
cli_test(quality_answers_given EXIT 0 ARGS score ecr-r quality/ecr-r-exported-reversed.csv
         --id-column id --already-reversed all --quality)
cli_test(quality_forced_choice EXIT 0 ARGS score rq --answers 2,2,2,2,B --quality --format csv)
cli_test(quality_three_scales EXIT 0 ARGS score raas
         --answers 4,2,2,4,4,4,3,2,3,3,4,3,2,4,4,3,2,3 --quality --format csv)
cli_test(quality_spanish EXIT 0 ARGS score ecr-r quality/ecr-r-exported-reversed.csv
         --id-column id --already-reversed all --quality --lang es --format json)

# One person's report of an id that several rows have: refused, nothing printed.
cli_test(respondent_repeated EXIT 2 ARGS score ecr-r duplicates.csv --id-column id
         --respondent all1)
cli_test(report_respondent_repeated EXIT 2 ARGS report ecr-r duplicates.csv --id-column id
         --respondent all1 -o %OUT%/p.html NO_FILE %OUT%/p.html)

# "NA" is said as a code for not answered, not as a word to recode.
cli_test(missing_code_hint EXIT 1 ARGS score ecr-r ecr-r-problems.csv --id-column id
         -o %OUT%/s.csv)
cli_test(missing_code_template EXIT 0 ARGS recode-template ecr-r ecr-r-problems.csv)

# The statistics' words: one row, Spanish, another scale, a constant item, two respondents.
cli_test(stats_one_row EXIT 0 ARGS stats ecr-s stats/ecr-s-one.csv --id-column id
         STDOUT_MATCHES "^ECR-S: 1 row;")
cli_test(stats_spanish EXIT 0 ARGS stats ecr-r stats/ecr-r-200.csv --id-column id --lang es)
cli_test(stats_other_scale EXIT 0 ARGS stats ecr-r checks/five-point-120.csv --id-column id
         --scale 1-5
         STDOUT_MATCHES "Answers[ \n]were[ \n]given[ \n]on[ \n]a[ \n]1–5[ \n]scale[ \n]rather[ \n]than[ \n]the[ \n]published[ \n]1–7[ \n]and[ \n]were[ \n]scored[ \n]on[ \n]that[ \n]scale")
cli_test(stats_constant_item EXIT 0 ARGS stats ecr-s stats/ecr-s-constant-item.csv --id-column id)
cli_test(stats_two_rows EXIT 0 ARGS stats ecr-s stats/ecr-s-two.csv --id-column id)
