# Times the glmnet binomial lasso path on the LassoBenchmarks tables written by lasso_timing.py.
# Usage: Rscript reference/glmnet_path_timing.R /tmp/dlr-lasso-bench.csv /tmp/dlr-lasso-bench-correlated.csv
# Prints tab-separated lines: versions, then for each table <benchmark> <median ms> with thresh = 1e-14 (the exact
# optimum that LogisticLasso reaches) and <benchmark>DefaultThresh <median ms> (glmnet's default thresh = 1e-7, which
# stops short of the optimum), and <benchmark>DefaultThreshError, the largest coefficient difference between the two;
# for the first table also cv.glmnet with 10 folds at thresh = 1e-14 (LogisticLassoCrossValidateTenFold).
suppressPackageStartupMessages(library(glmnet))
files <- commandArgs(trailingOnly = TRUE)
names <- c("LogisticLassoPath", "LogisticLassoPathCorrelated")
time_ms <- function(f) median(sapply(1:5, function(i) system.time(f())[["elapsed"]] * 1000))
cat(sprintf("versions\t%s, glmnet %s\n", R.version.string, packageVersion("glmnet")))
for (k in seq_along(files)) {
  d <- as.matrix(read.csv(files[k], header = FALSE))
  x <- d[, 1:200]; y <- d[, 201]
  cat(sprintf("%s\t%.3f\n", names[k], time_ms(function() glmnet(x, y, family = "binomial", thresh = 1e-14, maxit = 1e7))))
  cat(sprintf("%sDefaultThresh\t%.3f\n", names[k], time_ms(function() glmnet(x, y, family = "binomial"))))
  if (k == 1) {
    foldid <- rep(1:10, length.out = nrow(x))
    cv_ms <- time_ms(function() cv.glmnet(x, y, family = "binomial", foldid = foldid, thresh = 1e-14, maxit = 1e7))
    cat(sprintf("LogisticLassoCrossValidateTenFold\t%.3f\n", cv_ms))
    cat(sprintf("LogisticLassoCrossValidateTenFoldOneThread\t%.3f\n", cv_ms))
  }
  exact <- glmnet(x, y, family = "binomial", thresh = 1e-14, maxit = 1e7)
  loose <- glmnet(x, y, family = "binomial")
  l <- min(length(exact$lambda), length(loose$lambda))
  cat(sprintf("%sDefaultThreshError\t%.3g\n", names[k], max(abs(as.matrix(exact$beta)[, 1:l] - as.matrix(loose$beta)[, 1:l]))))
}
