# Times the glmnet binomial lasso path on the LassoBenchmarks table written by lasso_timing.py.
# Usage: Rscript reference/glmnet_path_timing.R /tmp/dlr-lasso-bench.csv
# Prints tab-separated lines: versions, LogisticLassoPath <median ms> (thresh = 1e-14, the exact optimum that
# LogisticLasso reaches), LogisticLassoPathDefaultThresh <median ms> (glmnet's default thresh = 1e-7).
suppressPackageStartupMessages(library(glmnet))
d <- as.matrix(read.csv(commandArgs(trailingOnly = TRUE)[1], header = FALSE))
x <- d[, 1:200]; y <- d[, 201]
time_ms <- function(f) median(sapply(1:5, function(i) system.time(f())[["elapsed"]] * 1000))
cat(sprintf("versions\t%s, glmnet %s\n", R.version.string, packageVersion("glmnet")))
cat(sprintf("LogisticLassoPath\t%.3f\n", time_ms(function() glmnet(x, y, family = "binomial", thresh = 1e-14, maxit = 1e7))))
cat(sprintf("LogisticLassoPathDefaultThresh\t%.3f\n", time_ms(function() glmnet(x, y, family = "binomial"))))
