# Expected baseline tables (Table 2 layout) computed independently in R with the studies' test rule:
#   continuous: Shapiro–Wilk p >= 0.05 in both groups -> t.test(var.equal = TRUE), else wilcox.test(exact = FALSE)
#   categorical: chisq.test(correct = FALSE), fisher.test when any expected count < 5
# Run from this folder after make_golden_r.R:  Rscript make_golden_baseline.R
# Writes infert_missing.csv and baseline_*.csv (header: variable,level,<split>_all,<split>_<group>...,<split>_p,...,missing).
inf <- read.csv("infert.csv", stringsAsFactors = FALSE)
miss <- inf
miss$age[c(5, 17, 33, 120)] <- NA
miss$education[c(8, 200)] <- NA
write.csv(miss, "infert_missing.csv", row.names = FALSE, na = "")
wdbc <- read.csv("wdbc.csv")

fmt_p <- function(p) if (p < 0.001) "<0.001" else sprintf("%.3f", p)
ssort <- function(x) sort(unique(x), method = "radix")
normal <- function(x) length(x) >= 3 && length(x) <= 5000 && diff(range(x)) >= 1e-10 && shapiro.test(x)$p.value >= 0.05

baseline <- function(df, group, split, vars, categorical) {
  df <- df[!is.na(df[[group]]) & (if (is.null(split)) TRUE else !is.na(df[[split]])), ]
  groups <- ssort(as.character(df[[group]]))
  splits <- if (is.null(split)) "" else unique(as.character(df[[split]]))
  in_split <- function(s) if (is.null(split)) rep(TRUE, nrow(df)) else as.character(df[[split]]) == s
  header <- c("variable", "level", unlist(lapply(splits, function(s) {
    pre <- if (s == "") "" else paste0(s, "_"); c(paste0(pre, "all"), paste0(pre, groups), paste0(pre, "p")) })), "missing")
  rows <- list()
  for (v in vars) {
    x <- df[[v]]
    missing <- sum(is.na(x))
    if (v %in% categorical) {
      levels <- ssort(as.character(x[!is.na(x)]))
      head <- c(v, ""); body <- lapply(levels, function(l) c(v, l))
      for (s in splits) {
        k <- in_split(s) & !is.na(x)
        t <- table(factor(as.character(x[k]), levels = levels), factor(as.character(df[[group]][k]), levels = groups))
        tt <- t[rowSums(t) > 0, colSums(t) > 0, drop = FALSE]
        e <- outer(rowSums(tt), colSums(tt)) / sum(tt)
        p <- if (any(e < 5)) fisher.test(tt)$p.value else chisq.test(tt, correct = FALSE)$p.value
        head <- c(head, rep("", length(groups) + 1), fmt_p(p))
        for (i in seq_along(levels)) {
          cells <- sprintf("%d(%.2f)", sum(t[i, ]), 100 * sum(t[i, ]) / sum(t))
          for (g in seq_along(groups)) cells <- c(cells, sprintf("%d(%.2f)", t[i, g], 100 * t[i, g] / sum(t[, g])))
          body[[i]] <- c(body[[i]], cells, "")
        }
      }
      rows <- c(rows, list(c(head, missing)), lapply(body, function(b) c(b, "")))
    } else {
      row <- c(v, "")
      for (s in splits) {
        k <- in_split(s) & !is.na(x)
        by <- lapply(groups, function(g) x[k & as.character(df[[group]]) == g])
        p <- if (all(sapply(by, normal))) t.test(by[[1]], by[[2]], var.equal = TRUE)$p.value
             else suppressWarnings(wilcox.test(by[[1]], by[[2]], exact = FALSE, correct = TRUE)$p.value)
        summ <- function(z) sprintf("%.2f±%.2f", mean(z), sd(z))
        row <- c(row, summ(x[k]), sapply(by, summ), fmt_p(p))
      }
      rows <- c(rows, list(c(row, missing)))
    }
  }
  out <- do.call(rbind, rows); colnames(out) <- header; out
}
write.csv(baseline(inf, "case", "induced", c("age", "parity", "education", "spontaneous"), c("education", "spontaneous")),
          "baseline_infert_by_induced.csv", row.names = FALSE, fileEncoding = "UTF-8")
write.csv(baseline(miss, "case", NULL, c("age", "parity", "education"), c("education")),
          "baseline_infert_missing.csv", row.names = FALSE, fileEncoding = "UTF-8")
write.csv(baseline(wdbc, "target", NULL, c("mean_radius", "mean_texture", "mean_smoothness", "mean_concave_points"), character(0)),
          "baseline_wdbc.csv", row.names = FALSE, fileEncoding = "UTF-8")
cat("R", R.version.string, "\n")
