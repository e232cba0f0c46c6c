# Golden values of R pROC (ROC, AUC, DeLong, bootstrap, Youden, coords) and psych (ICC).
# Run from this folder after golden_python.py (which writes wdbc.csv):  Rscript golden_r.R
# Writes asah.csv (pROC's aSAH data, outcome Poor = 1), icc_*.csv (long format) and r_golden.csv
# (rows: case,quantity,value); the first rows record the tool versions.
suppressPackageStartupMessages({ library(pROC); library(psych) })
rows <- list()
put <- function(case, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, quantity = quantity,
    value = if (is.character(value)) value else sprintf("%.17g", value))
}
put("versions", "R", paste(R.version$major, R.version$minor, sep = "."))
put("versions", "pROC", as.character(packageVersion("pROC")))
put("versions", "psych", as.character(packageVersion("psych")))

data(aSAH)
asah <- data.frame(poor = as.integer(aSAH$outcome == "Poor"), male = as.integer(aSAH$gender == "Male"),
                   age = aSAH$age, wfns = as.integer(aSAH$wfns), s100b = aSAH$s100b, ndka = aSAH$ndka)
write.csv(asah, "asah.csv", row.names = FALSE)
wdbc <- read.csv("wdbc.csv")

dir_name <- function(d) if (d == "<") "ControlsLower" else "ControlsHigher"

describe <- function(case, response, predictor, points = FALSE) {
  r <- roc(response, predictor, levels = c(0, 1), direction = "auto", quiet = TRUE)
  put(case, "direction", dir_name(r$direction))
  put(case, "auc", as.numeric(auc(r)))
  ci <- ci.auc(r, method = "delong")
  put(case, "delong_lower", ci[1]); put(case, "delong_upper", ci[3])
  set.seed(20240101)
  cb <- ci.auc(r, method = "bootstrap", boot.n = 2000, boot.stratified = TRUE, progress = "none")
  put(case, "boot_lower", cb[1]); put(case, "boot_median", cb[2]); put(case, "boot_upper", cb[3])
  best <- coords(r, x = "best", best.method = "youden", ret = c("threshold", "sensitivity", "specificity"), transpose = FALSE)
  put(case, "youden_count", nrow(best))
  for (k in seq_len(nrow(best))) {
    put(case, paste0("youden_threshold_", k), best$threshold[k])
    put(case, paste0("youden_sensitivity_", k), best$sensitivity[k])
    put(case, paste0("youden_specificity_", k), best$specificity[k])
  }
  m <- coords(r, x = best$threshold[1], input = "threshold",
              ret = c("accuracy", "sensitivity", "specificity", "ppv", "npv", "tp", "fp", "tn", "fn"), transpose = FALSE)
  for (q in names(m)) put(case, paste0("at_youden_", q), m[[q]][1])
  put(case, "points", length(r$thresholds))
  if (points) for (k in seq_along(r$thresholds)) {
    put(case, paste0("thr_", k), r$thresholds[k])
    put(case, paste0("se_", k), r$sensitivities[k])
    put(case, paste0("sp_", k), r$specificities[k])
  }
  r
}

rocs <- list()
for (s in c("s100b", "ndka", "wfns", "age")) rocs[[s]] <- describe(paste0("roc:asah:", s), asah$poor, asah[[s]], points = s %in% c("s100b", "wfns"))
for (s in c("mean_radius", "mean_texture", "mean_smoothness", "mean_fractal_dimension", "worst_concave_points", "symmetry_error"))
  rocs[[s]] <- describe(paste0("roc:wdbc:", s), wdbc$malignant, wdbc[[s]], points = s %in% c("mean_fractal_dimension", "symmetry_error"))

# Small hand-checkable sets: two thresholds tie for Youden's J; a reversed score (direction ">") with tied values.
toys <- list(toy_ties = data.frame(y = c(0, 1, 0, 1, 1, 0, 1, 0), s = 1:8),
             toy_reversed = data.frame(y = c(1, 1, 0, 1, 0, 0, 1, 0, 0, 0), s = c(1, 1, 2, 2, 3, 3, 3, 4, 5, 5)))
for (name in names(toys)) {
  write.csv(toys[[name]], paste0(name, ".csv"), row.names = FALSE)
  describe(paste0("roc:", name, ":s"), toys[[name]]$y, toys[[name]]$s, points = TRUE)
}

paired <- list(c("s100b", "ndka"), c("s100b", "wfns"), c("wfns", "age"),
               c("mean_radius", "mean_texture"), c("worst_concave_points", "mean_radius"), c("mean_smoothness", "symmetry_error"))
for (p in paired) {
  t <- suppressWarnings(roc.test(rocs[[p[1]]], rocs[[p[2]]], method = "delong", paired = TRUE))
  case <- paste0("paired:", p[1], ":", p[2])
  put(case, "z", t$statistic); put(case, "p", t$p.value)
  put(case, "ci_lower", t$conf.int[1]); put(case, "ci_upper", t$conf.int[2])
}

unpaired <- function(case, resp1, pred1, resp2, pred2) {
  r1 <- roc(resp1, pred1, levels = c(0, 1), direction = "auto", quiet = TRUE)
  r2 <- roc(resp2, pred2, levels = c(0, 1), direction = "auto", quiet = TRUE)
  t <- suppressWarnings(roc.test(r1, r2, method = "delong", paired = FALSE))
  put(case, "d", t$statistic); put(case, "df", t$parameter); put(case, "p", t$p.value)
}
m <- asah$male == 1
unpaired("unpaired:asah:s100b:male:female", asah$poor[m], asah$s100b[m], asah$poor[!m], asah$s100b[!m])
unpaired("unpaired:asah:ndka:male:female", asah$poor[m], asah$ndka[m], asah$poor[!m], asah$ndka[!m])
first <- seq_len(nrow(wdbc)) <= 300
unpaired("unpaired:wdbc:mean_texture:first300:rest", wdbc$malignant[first], wdbc$mean_texture[first],
         wdbc$malignant[!first], wdbc$mean_texture[!first])

# ICC: psych::ICC on wide matrices (subjects x raters), ANOVA mean squares (lmer = FALSE).
icc_case <- function(case, wide) {
  long <- data.frame(subject = rep(seq_len(nrow(wide)), ncol(wide)), rater = rep(colnames(wide), each = nrow(wide)),
                     value = as.vector(as.matrix(wide)))
  write.csv(long, paste0("icc_", case, ".csv"), row.names = FALSE)
  res <- ICC(as.matrix(wide), lmer = FALSE)$results
  for (k in seq_len(nrow(res))) {
    type <- as.character(res$type[k])
    put(paste0("icc:", case), paste0(type, "_icc"), res$ICC[k])
    put(paste0("icc:", case), paste0(type, "_f"), res$F[k])
    put(paste0("icc:", case), paste0(type, "_df1"), res$df1[k])
    put(paste0("icc:", case), paste0(type, "_df2"), res$df2[k])
    put(paste0("icc:", case), paste0(type, "_p"), res$p[k])
    put(paste0("icc:", case), paste0(type, "_lower"), res$`lower bound`[k])
    put(paste0("icc:", case), paste0(type, "_upper"), res$`upper bound`[k])
  }
}
# Shrout & Fleiss (1979) Table 2: 6 targets rated by 4 judges (the example of psych::ICC).
sf <- matrix(c(9, 2, 5, 8, 6, 1, 3, 2, 8, 4, 6, 8, 7, 1, 2, 6, 10, 5, 6, 9, 6, 2, 4, 7), ncol = 4, byrow = TRUE,
             dimnames = list(NULL, c("J1", "J2", "J3", "J4")))
icc_case("shrout_fleiss", sf)
# datasets::attitude, three survey items treated as three raters of 30 departments.
icc_case("attitude", attitude[, c("rating", "complaints", "learning")])
# Two readers of a WDBC feature: the second reading is the first with fixed multiplicative noise and a bias.
set.seed(7)
reader1 <- wdbc$mean_radius[1:60]
icc_case("two_readers", data.frame(R1 = reader1, R2 = round(reader1 * exp(rnorm(60, 0, 0.05)) + 0.3, 3)))

write.csv(do.call(rbind, rows), "r_golden.csv", row.names = FALSE)
cat(length(rows), "golden values\n")
