# Times the R pROC counterparts of DiscriminationBenchmarks on the same deterministic cohort (1257 patients).
# Prints one line per benchmark: name<TAB>milliseconds per call, then the tool versions.
suppressPackageStartupMessages(library(pROC))
n <- 1257
i <- 0:(n - 1)
outcome <- as.integer((i * 7) %% 25 < 9)
frac <- function(x) x - floor(x)
u <- frac(sin(i * 12.9898) * 43758.5453)
v <- frac(sin(i * 78.233) * 12345.6789)
first <- round(outcome * 1.2 + 2 * u, 3)
second <- round(first * 0.6 + outcome * 0.3 + 1.5 * v, 3)
per_call <- function(expr, reps) {
  expr <- substitute(expr)
  env <- parent.frame()
  eval(expr, env)  # warm-up
  t <- system.time(for (k in seq_len(reps)) eval(expr, env))[["elapsed"]]
  1000 * t / reps
}
r1 <- roc(outcome, first, quiet = TRUE)
r2 <- roc(outcome, second, quiet = TRUE)
cat(sprintf("CurveAndDeLongInterval\t%.4f\n", per_call(ci.auc(roc(outcome, first, quiet = TRUE), method = "delong"), 50)))
cat(sprintf("PairedDeLongTest\t%.4f\n", per_call(roc.test(r1, r2, method = "delong"), 50)))
set.seed(1)
cat(sprintf("StratifiedBootstrap2000\t%.4f\n", per_call(ci.auc(r1, method = "bootstrap", boot.n = 2000, progress = "none"), 1)))
cat(sprintf("auc\t%.10f\t%.10f\n", as.numeric(auc(r1)), as.numeric(auc(r2))))
cat(sprintf("versions\tR %s.%s, pROC %s\n", R.version$major, R.version$minor, packageVersion("pROC")))
