# Golden values for the L1-penalised logistic regression (glmnet, cv.glmnet with a fixed foldid).
# glmnet's default convergence threshold (thresh = 1e-7) stops far from the optimum on this ill-conditioned table
# (coefficients up to ~4% off at the small-lambda end), so the reference cases use thresh = 1e-14; one case keeps the
# default to show how close the defaults come.
# Run:  Rscript make_golden_glmnet.R   (from this folder; reads wdbc_raw.csv written by make_golden_sklearn.py)
suppressPackageStartupMessages({ library(glmnet); library(jsonlite) })

d <- read.csv("wdbc_raw.csv", check.names = FALSE)
y <- d$target
x <- as.matrix(d[, setdiff(names(d), "target")])
versions <- list(R = R.version.string, glmnet = as.character(packageVersion("glmnet")))

one_case <- function(x, y, foldid, measure, thresh = 1e-14) {
  cv <- cv.glmnet(x, y, family = "binomial", foldid = foldid, type.measure = measure, thresh = thresh, maxit = 1e7)
  fit <- cv$glmnet.fit
  beta <- as.matrix(coef(fit))          # (1 + p) x nlambda, original scale, first row the intercept
  list(rows = nrow(x), measure = measure, thresh = thresh, foldid = foldid, lambda = fit$lambda, a0 = unname(fit$a0),
       beta = unname(beta[-1, , drop = FALSE]), dev_ratio = fit$dev.ratio, nulldev = fit$nulldev,
       cvm = cv$cvm, cvsd = cv$cvsd, lambda_min = cv$lambda.min, lambda_1se = cv$lambda.1se,
       coef_min = unname(as.vector(coef(cv, s = "lambda.min"))),
       coef_1se = unname(as.vector(coef(cv, s = "lambda.1se"))))
}

n <- nrow(x)
foldid <- rep(1:10, length.out = n)
out <- list(
  versions = versions,
  features = colnames(x),
  deviance = one_case(x, y, foldid, "deviance"),
  class = one_case(x, y, foldid, "class"),
  auc = one_case(x, y, foldid, "auc"),
  n_less_than_p = one_case(x[1:25, ], y[1:25], rep(1:5, length.out = 25), "deviance"),
  deviance_default_thresh = one_case(x, y, foldid, "deviance", thresh = 1e-7))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, matrix = "rowmajor"), "glmnet_binomial.json")
cat("written", versions$R, "glmnet", versions$glmnet, "\n")
