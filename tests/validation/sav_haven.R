# SPSS output read by R haven (Debian r-cran-haven), an implementation independent of ReadStat's
# writer as we call it:
# 1. `score ecr-r,rq … -o two.sav` opens, and every value equals the CSV of the same run (numbers
#    equal, coded columns' labels equal the CSV's text);
# 2. two files with different category mixes give every category the same code;
# 3. the HPP export with --keep-all --encoding latin1 opens, its text is UTF-8 (when ../shared is
#    here).
# usage: Rscript sav_haven.R ATTACHSCORE TESTDATA SCRATCH HPP_CSV
args <- commandArgs(trailingOnly = TRUE)
if (!requireNamespace("haven", quietly = TRUE)) { cat("haven is not installed; skipped\n"); quit(status = 77) }
exe <- args[1]; data <- args[2]; tmp <- args[3]; hpp <- args[4]
dir.create(tmp, showWarnings = FALSE, recursive = TRUE)
failures <- 0
check <- function(ok, what) {
  cat(if (ok) "ok:   " else "FAIL: ", what, "\n", sep = "")
  if (!ok) failures <<- failures + 1
}
score <- function(...) {
  status <- system2(exe, c("score", ...), stdout = FALSE, stderr = FALSE)
  status
}

# 1. Several instruments in one .sav, against the CSV.
common <- c("ecr-r,rq", file.path(data, "ecr-r-and-rq.csv"), "--id-column", "id",
            "--columns", "ecr-r=Q{n},rq=RQ{n}")
check(score(common, "-o", file.path(tmp, "two.csv")) == 0, "two instruments to CSV")
check(score(common, "-o", file.path(tmp, "two.sav")) == 0, "two instruments to .sav")
csv <- read.csv(file.path(tmp, "two.csv"), check.names = FALSE, colClasses = "character")
sav <- haven::read_sav(file.path(tmp, "two.sav"))
check(nrow(sav) == nrow(csv) && ncol(sav) == ncol(csv), "same rows and columns")
same <- TRUE
for (k in seq_along(csv)) {
  want <- csv[[k]]; have <- sav[[k]]
  if (haven::is.labelled(have)) {
    labels <- attr(have, "labels")
    have <- ifelse(is.na(have), "", names(labels)[match(as.numeric(have), labels)])
    ok <- identical(as.character(have), want)
  } else if (is.numeric(have)) {
    ok <- all(ifelse(want == "", is.na(have), abs(as.numeric(want) - have) < 1e-12), na.rm = FALSE)
  } else {
    ok <- identical(as.character(have), want)
  }
  if (!isTRUE(ok)) { cat("  column", names(csv)[k], "differs\n"); same <- FALSE }
}
check(same, "every value of the .sav equals the CSV")

# 2. Different category mixes, the same codes.
golden <- read.csv(file.path(data, "golden", "ecr.csv"), check.names = FALSE, colClasses = "character")
write.csv(golden[1, ], file.path(tmp, "a.csv"), row.names = FALSE, quote = FALSE)
write.csv(golden[-1, ], file.path(tmp, "b.csv"), row.names = FALSE, quote = FALSE)
invisible(score("ecr", file.path(tmp, "a.csv"), "--id-column", "id", "-o", file.path(tmp, "a.sav")))
invisible(score("ecr", file.path(tmp, "b.csv"), "--id-column", "id", "-o", file.path(tmp, "b.sav")))
a <- haven::read_sav(file.path(tmp, "a.sav")); b <- haven::read_sav(file.path(tmp, "b.sav"))
check(!identical(sort(unique(as.numeric(a$category))), sort(unique(as.numeric(b$category)))),
      "the two files hold different categories")
check(identical(attr(a$category, "labels"), attr(b$category, "labels")),
      "the category codes are the same in both files")
check(identical(attr(a$anxiety_band, "labels"), attr(b$anxiety_band, "labels")),
      "the band codes are the same in both files")

# 2b. SPSS reserved words as column names are renamed; ids stay text ("007" is not 7).
out <- file.path(tmp, "reserved.sav")
check(score("ecr-r", file.path(data, "exports", "reserved.csv"), "--id-column", "id", "--keep-all",
            "-o", out) == 0, "a table with columns ALL, by and With written")
r <- haven::read_sav(out)
check(identical(names(r)[1:4], c("id", "ALL_", "by_", "With_")), "reserved words renamed ALL_, by_, With_")
check(identical(as.character(r$id), c("007", "7")), "ids stay text: 007 and 7")

# 2c. No formula-protection apostrophe in SPSS files: SPSS runs no formulas.
out <- file.path(tmp, "formulas.sav")
invisible(score("ecr-r", file.path(data, "formulas.csv"), "--id-column", "id", "--keep", "note", "-o", out))
f <- haven::read_sav(out)
csv <- read.csv(file.path(data, "formulas.csv"), colClasses = "character")
check(identical(as.character(f$note), trimws(csv$note)), "kept text goes into the .sav as read, no apostrophe")

# 2d. What a .sav says of the run: the administered scale in the score's label, a kept numeric
# column with a missing code stays numeric, the careless flag is labelled numeric, and an input
# .sav keeps its own value labels on the columns carried over.
ecrs <- read.csv(file.path(data, "golden", "ecr-s.csv"), check.names = FALSE, colClasses = "character")
for (k in grep("^Q", names(ecrs))) ecrs[[k]] <- as.character(pmin(5, as.integer(ecrs[[k]])))
ecrs$age <- c("NA", "34", "27")[seq_len(nrow(ecrs))]
ecrs$sex <- c("1", "2", "1")[seq_len(nrow(ecrs))]
write.csv(ecrs, file.path(tmp, "five.csv"), row.names = FALSE, quote = FALSE)
out <- file.path(tmp, "five.sav")
check(score("ecr-s", file.path(tmp, "five.csv"), "--id-column", "id", "--scale", "1-5",
            "--missing", "NA", "--keep", "age", "--quality", "-o", out) %in% c(0, 1),
      "a 1-5 administration with --missing NA --keep age --quality written")
v <- haven::read_sav(out)
check(grepl("1–5, the scale administered", attr(v$anxiety, "label"), fixed = TRUE) &&
      !grepl("1–7", attr(v$anxiety, "label"), fixed = TRUE),
      paste("the score's label gives the administered scale:", attr(v$anxiety, "label")))
check(is.numeric(v$age) && is.na(v$age[1]) && v$age[2] == 34, "age stays numeric, NA missing")
check(haven::is.labelled(v$careless) && identical(unname(attr(v$careless, "labels")), c(0, 1)) &&
      identical(names(attr(v$careless, "labels")), c("no", "yes")), "careless is labelled 0/1")
check(is.numeric(v$longstring), "longstring is numeric")
labelled_in <- haven::labelled(as.numeric(ecrs$sex), c(woman = 1, man = 2), label = "Sex of respondent")
input <- ecrs; input$sex <- labelled_in; input$age <- suppressWarnings(as.numeric(ecrs$age))
for (k in grep("^Q", names(input))) input[[k]] <- as.numeric(input[[k]])
haven::write_sav(input, file.path(tmp, "labelled.sav"))
out <- file.path(tmp, "labelled-out.sav")
check(score("ecr-s", file.path(tmp, "labelled.sav"), "--id-column", "id", "--scale", "1-5",
            "--keep", "sex,age", "-o", out) %in% c(0, 1), "an input .sav with value labels scored")
l <- haven::read_sav(out)
check(haven::is.labelled(l$sex) && identical(attr(l$sex, "labels"), c(woman = 1, man = 2)),
      "the kept column keeps the input's value labels")
check(identical(attr(l$sex, "label"), "Sex of respondent"), "and its variable label")

# 3. The latin-1 HPP export.
if (file.exists(hpp)) {
  out <- file.path(tmp, "hpp.sav")
  status <- score("ecr-r", hpp, "--missing", "NA", "--keep-all", "--encoding", "latin1",
                  "--already-reversed", "all", "-o", out)
  check(status %in% c(0, 1), "HPP export with --keep-all --encoding latin1 written")
  h <- tryCatch(haven::read_sav(out), error = function(e) { cat(conditionMessage(e), "\n"); NULL })
  check(!is.null(h) && nrow(h) == 1517, "it opens in haven with all 1517 rows")
  if (!is.null(h)) {
    text <- unlist(lapply(h, function(x) if (is.character(x)) x else NULL))
    check(all(validUTF8(text)) && any(grepl("[^ -~]", text)), "its text is valid UTF-8, accents included")
  }
} else {
  cat("skipped the HPP part: ", hpp, " is not here\n", sep = "")
}
quit(status = if (failures == 0) 0 else 1)
