# The golden values of tests/unit/test_reliability.cpp, from R psych (Debian r-cran-psych):
#   Rscript tests/validation/reliability_psych.R tests/data/stats/ecr-r-200.csv \
#       tests/data/stats/ecr-r-200-blanks.csv tests/data/stats/ecr-s-400-blanks.csv \
#       tests/data/stats/ecr-s-constant-item.csv
# The anxiety items 1-18 of the ECR-R, oriented by the published key (items 9 and 11 reversed as
# 8 - x); item 5 stays as the export has it (reversed by mistake), so omega is asked not to flip it.
suppressMessages(library(psych))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
for (i in c(9, 11)) d[[paste0("Q", i)]] <- 8 - d[[paste0("Q", i)]]
anx <- d[, paste0("Q", 1:18)]
a <- psych::alpha(anx, check.keys = FALSE, warnings = FALSE)
print(a$total, digits = 10)
print(a$feldt, digits = 10)
print(a$item.stats[, c("r.drop", "mean", "sd")], digits = 10)
print(a$alpha.drop[, "raw_alpha"], digits = 10)
o <- suppressWarnings(psych::omega(anx, nfactors = 1, fm = "minres", plot = FALSE, flip = FALSE))
cat("omega.tot (flip = FALSE):", format(o$omega.tot, digits = 10), "\n")
f <- psych::fa(anx, nfactors = 1, fm = "minres")
print(round(as.vector(f$loadings), 4))
print(c(qf(0.975, 199, 3383), qf(0.025, 5, 10), qf(0.5, 1e6, 3.5e7)), digits = 10)
# The scores (means of the oriented items) as psych::describe (type 3) and cor.test describe them.
for (i in c(20, 22, 26:31, 33:36)) d[[paste0("Q", i)]] <- 8 - d[[paste0("Q", i)]]
anxiety <- rowMeans(d[, paste0("Q", 1:18)])
avoidance <- rowMeans(d[, paste0("Q", 19:36)])
print(psych::describe(data.frame(anxiety, avoidance))[, c("n", "mean", "sd", "min", "max", "skew", "kurtosis")], digits = 10)
ct <- cor.test(anxiety, avoidance)
print(c(ct$estimate, ct$conf.int), digits = 10)
# With blanks (tests/data/stats/ecr-r-200-blanks.csv): psych::alpha's default, pairwise covariances.
if (length(args) > 1) {
  b <- read.csv(args[2])
  for (i in c(9, 11)) b[[paste0("Q", i)]] <- 8 - b[[paste0("Q", i)]]
  ab <- psych::alpha(b[, paste0("Q", 1:18)], check.keys = FALSE, warnings = FALSE)
  print(ab$total, digits = 10)
  print(ab$item.stats[1:3, c("r.drop", "mean")], digits = 10)
  print(ab$alpha.drop[1:3, "raw_alpha"], digits = 10)
}
# ECR-S with 30 % blanks (tests/data/stats/ecr-s-400-blanks.csv, attachscore_generate ecr-s 400
# --seed 21 --blank-rate 0.3): four rows answered one anxiety item only, which pairwise
# covariances keep for that item's mean and variance.
if (length(args) > 2) {
  s <- read.csv(args[3])
  for (i in c(1, 5, 8, 9)) s[[paste0("Q", i)]] <- 8 - s[[paste0("Q", i)]]
  as <- psych::alpha(s[, paste0("Q", c(2, 4, 6, 8, 10, 12))], check.keys = FALSE, warnings = FALSE)
  print(as$total, digits = 10)
  print(as$item.stats[, c("r.drop", "mean", "sd")], digits = 10)
}
# An item answered alike by everyone (tests/data/stats/ecr-s-constant-item.csv): psych deletes it
# from the reliability figures.
if (length(args) > 3) {
  z <- read.csv(args[4])
  z$Q8 <- 8 - z$Q8
  az <- psych::alpha(z[, paste0("Q", c(2, 4, 6, 8, 10, 12))], check.keys = FALSE, warnings = FALSE)
  print(az$total, digits = 10)
  print(az$feldt, digits = 10)
  print(az$item.stats[, "r.drop"], digits = 10)
}
