# Golden values for DlRadiomics.Statistics (group tests, calibration, nomogram) from R.
# Run from this folder after make_golden_python.py (it writes wdbc.csv):  Rscript make_golden_r.R
# Writes mtcars.csv, infert.csv, esoph.csv (R datasets) and r_golden.json.
suppressMessages(library(rms))
options(digits = 17)

write.csv(mtcars, "mtcars.csv", row.names = FALSE)
inf <- infert; inf$education <- as.character(inf$education)
write.csv(inf, "infert.csv", row.names = FALSE)
es <- esoph; for (v in c("agegp", "alcgp", "tobgp")) es[[v]] <- as.character(es[[v]])
write.csv(es, "esoph.csv", row.names = FALSE)
wdbc <- read.csv("wdbc.csv")

json <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (!is.null(names(x))) return(paste0("{", paste0('"', names(x), '":', sapply(x, json), collapse = ","), "}"))
    return(paste0("[", paste(sapply(x, json), collapse = ","), "]"))
  }
  if (is.character(x)) { s <- paste0('"', x, '"'); return(if (length(x) == 1) s else paste0("[", paste(s, collapse = ","), "]")) }
  s <- ifelse(is.na(x), "null", formatC(x, digits = 17, format = "g"))
  if (length(x) == 1 && is.null(attr(x, "array"))) s else paste0("[", paste(s, collapse = ","), "]")
}
arr <- function(x) structure(as.numeric(x), array = TRUE)
tab <- function(t) lapply(seq_len(nrow(t)), function(i) arr(t[i, ]))

# ---- Fisher's exact, chi-square, Shapiro–Wilk, Wilcoxon, Kruskal–Wallis ----
tables <- list(
  am_vs = table(mtcars$am, mtcars$vs),
  cyl_gear = table(mtcars$cyl, mtcars$gear),
  gear_carb = table(mtcars$gear, mtcars$carb),
  infert_education_spontaneous = table(infert$education, infert$spontaneous),
  infert_induced_case = table(infert$induced, infert$case),
  esoph_agegp_tobgp_first = matrix(c(0, 1, 0, 0, 3, 4, 1, 0, 2, 0), nrow = 2),
  small_2x2 = matrix(c(3, 1, 1, 3), nrow = 2),
  wdbc_concave_bin = table(wdbc$target, cut(wdbc$mean_concave_points, c(-1, 0.01, 0.05, 0.1, 1))))
fisher <- lapply(names(tables), function(n) list(name = n, table = tab(tables[[n]]), p = fisher.test(tables[[n]])$p.value))
chisq <- lapply(names(tables), function(n) {
  a <- suppressWarnings(chisq.test(tables[[n]], correct = FALSE)); b <- suppressWarnings(chisq.test(tables[[n]], correct = TRUE))
  list(name = n, table = tab(tables[[n]]), statistic = unname(a$statistic), p = a$p.value, df = unname(a$parameter),
       statistic_yates = unname(b$statistic), p_yates = b$p.value)
})
samples <- list(
  mtcars_mpg = mtcars$mpg, mtcars_hp = mtcars$hp, mtcars_wt = mtcars$wt, mtcars_qsec = mtcars$qsec,
  wdbc_radius = wdbc$mean_radius, wdbc_texture = wdbc$mean_texture, wdbc_smoothness = wdbc$mean_smoothness,
  wdbc_radius_malignant = wdbc$mean_radius[wdbc$target == 0],
  n3 = mtcars$mpg[1:3], n4 = mtcars$wt[1:4], n5 = mtcars$qsec[1:5], n6 = mtcars$hp[c(1, 3, 4, 5, 6, 7)],
  n7 = mtcars$disp[1:7], n11 = mtcars$drat[1:11], n12 = mtcars$qsec[1:12], n20 = mtcars$mpg[1:20])
shapiro <- lapply(names(samples), function(n) { s <- shapiro.test(samples[[n]]); list(name = n, x = arr(samples[[n]]), W = unname(s$statistic), p = s$p.value) })
pairs <- list(
  mtcars_mpg_am = list(mtcars$mpg[mtcars$am == 0], mtcars$mpg[mtcars$am == 1]),
  mtcars_hp_vs = list(mtcars$hp[mtcars$vs == 0], mtcars$hp[mtcars$vs == 1]),
  wdbc_texture_target = list(wdbc$mean_texture[wdbc$target == 0], wdbc$mean_texture[wdbc$target == 1]),
  small_no_ties = list(c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30), c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)[c(1, 2, 3, 4, 5, 6, 8)]))
wilcox <- lapply(names(pairs), function(n) {
  x <- pairs[[n]][[1]]; y <- pairs[[n]][[2]]
  a <- suppressWarnings(wilcox.test(x, y, exact = FALSE, correct = TRUE))
  ex <- if (anyDuplicated(c(x, y)) == 0) wilcox.test(x, y, exact = TRUE)$p.value else NA
  list(name = n, x = arr(x), y = arr(y), W = unname(a$statistic), p_asymptotic = a$p.value, p_exact = ex)
})
kruskal <- list(
  list(name = "mtcars_mpg_cyl", groups = lapply(split(mtcars$mpg, mtcars$cyl), arr), p = kruskal.test(mpg ~ cyl, mtcars)$p.value, H = unname(kruskal.test(mpg ~ cyl, mtcars)$statistic)),
  list(name = "infert_age_education", groups = lapply(split(infert$age, infert$education), arr), p = kruskal.test(age ~ education, infert)$p.value, H = unname(kruskal.test(age ~ education, infert)$statistic)))

# ---- Calibration: a glm fitted on the even WDBC rows, validated on the odd rows ----
train <- wdbc[seq(2, 569, 2), ]; valid <- wdbc[seq(1, 569, 2), ]
fit <- glm(target ~ mean_radius + mean_texture + mean_smoothness, binomial, train)
p <- unname(predict(fit, valid, type = "response")); y <- valid$target
vp <- val.prob(p, y, pl = FALSE)
lw3 <- lowess(p, y, f = 2/3, iter = 3); lw0 <- lowess(p, y, iter = 0)
lw_mpg <- lowess(mtcars$wt, mtcars$mpg)
# Hosmer–Lemeshow exactly as ResourceSelection::hoslem.test (quantile type 7 breaks, cut(include.lowest = TRUE)).
hoslem <- function(y, yhat, g) {
  cuty <- cut(yhat, breaks = quantile(yhat, probs = seq(0, 1, 1 / g)), include.lowest = TRUE)
  obs <- xtabs(cbind(1 - y, y) ~ cuty); ex <- xtabs(cbind(1 - yhat, yhat) ~ cuty)
  chisq <- sum((obs - ex)^2 / ex)
  list(g = g, statistic = chisq, df = g - 2, p = pchisq(chisq, g - 2, lower.tail = FALSE), observed1 = arr(obs[, 2]), expected1 = arr(ex[, 2]))
}
# A second, weaker model so that the HL test is not trivially 1 or 0.
fit2 <- glm(target ~ mean_texture + mean_smoothness, binomial, train); p2 <- unname(predict(fit2, valid, type = "response"))
calibration <- list(y = arr(y), p = arr(p), p2 = arr(p2),
  val_prob = list(intercept = unname(vp["Intercept"]), slope = unname(vp["Slope"]), brier = unname(vp["Brier"]),
                  c = unname(vp["C (ROC)"]), emax = unname(vp["Emax"]), eavg = unname(vp["Eavg"]), e90 = unname(vp["E90"])),
  val_prob2 = list(intercept = unname(val.prob(p2, y, pl = FALSE)["Intercept"]), slope = unname(val.prob(p2, y, pl = FALSE)["Slope"]), brier = unname(val.prob(p2, y, pl = FALSE)["Brier"])),
  lowess_iter3 = list(x = arr(lw3$x), y = arr(lw3$y)), lowess_iter0 = list(x = arr(lw0$x), y = arr(lw0$y)),
  lowess_mtcars = list(x = arr(mtcars$wt), y = arr(mtcars$mpg), fx = arr(lw_mpg$x), fy = arr(lw_mpg$y)),
  hoslem = list(hoslem(y, p, 10), hoslem(y, p2, 10), hoslem(y, p2, 8)))

# ---- Nomogram: lrm + nomogram on infert (factor education) ----
inf$education <- factor(inf$education)
dd <- datadist(inf); options(datadist = "dd")
f <- lrm(case ~ age + parity + education + spontaneous + induced, data = inf)
axes <- list(age = c(20, 25, 30, 35, 40, 45), parity = 1:6, spontaneous = 0:2, induced = 0:2)
ticks <- c(0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
nom <- nomogram(f, age = axes$age, parity = axes$parity, spontaneous = axes$spontaneous, induced = axes$induced,
                fun = plogis, fun.at = ticks, funlabel = "Probability", lp = TRUE, maxscale = 100)
pts <- lapply(c("age", "parity", "education", "spontaneous", "induced"), function(v)
  list(predictor = v, values = if (is.numeric(nom[[v]][[v]])) arr(nom[[v]][[v]]) else as.character(nom[[v]][[v]]), points = arr(nom[[v]]$points)))
newp <- data.frame(age = c(31, 26), parity = c(2, 1), education = c("6-11yrs", "12+ yrs"), spontaneous = c(1, 0), induced = c(0, 2))
lpn <- predict(f, newp)
nomogram_golden <- list(
  coefficients = as.list(coef(f)), axes = pts,
  probability = list(ticks = arr(nom$Probability$x.real), points = arr(nom$Probability$x)),
  lp = list(values = arr(nom$lp$x.real), points = arr(nom$lp$x)),
  total_points_max = max(nom$total.points$x),
  new_patients = list(age = arr(newp$age), parity = arr(newp$parity), education = newp$education, spontaneous = arr(newp$spontaneous), induced = arr(newp$induced),
                      lp = arr(lpn), probability = arr(plogis(lpn))),
  glm_check = as.list(coef(glm(case ~ age + parity + education + spontaneous + induced, binomial, inf))))

# ---- Nomogram default ticks: datadist's discrete numeric predictors (<= 10 distinct values) get their values ----
fd <- lrm(case ~ age + spontaneous + induced + parity, data = inf)
nomd <- nomogram(fd, age = axes$age, fun = plogis, fun.at = ticks, maxscale = 100)
nomogram_golden$default_ticks <- lapply(c("age", "spontaneous", "induced", "parity"), function(v)
  list(predictor = v, values = arr(nomd[[v]][[v]]), points = arr(nomd[[v]]$points)))

out <- list(versions = list(R = R.version.string, rms = as.character(packageVersion("rms")), stats = as.character(packageVersion("stats"))),
            fisher = fisher, chisq = chisq, shapiro = shapiro, wilcox = wilcox, kruskal = kruskal,
            calibration = calibration, nomogram = nomogram_golden)
writeLines(json(out), "r_golden.json")
cat("wrote r_golden.json\n")
