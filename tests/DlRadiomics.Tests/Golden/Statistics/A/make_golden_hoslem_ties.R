# Golden values for the Hosmer–Lemeshow test when quantile breaks tie (many equal predictions: a model on a few factors).
# Run from this folder after make_golden_r.R (it writes infert.csv):  Rscript make_golden_hoslem_ties.R
# ResourceSelection::hoslem.test stops on non-unique breaks; DescTools::HosmerLemeshowTest (from MKmisc) keeps the
# unique quantile breaks, groups with cut(include.lowest = TRUE), drops the 0/0 terms of empty groups
# (sum(na.rm = TRUE)) and uses df = (number of groups) − 2. Neither package is in Debian, so that rule is written out
# here in base R. Writes hoslem_ties_golden.json.
options(digits = 17)
num <- function(x) paste0("[", paste(formatC(as.numeric(x), digits = 17, format = "g"), collapse = ","), "]")
hoslem_unique <- function(name, y, yhat, g) {
  breaks <- unique(quantile(yhat, probs = seq(0, 1, 1 / g)))
  cuty <- cut(yhat, breaks = breaks, include.lowest = TRUE)
  obs <- xtabs(cbind(1 - y, y) ~ cuty); ex <- xtabs(cbind(1 - yhat, yhat) ~ cuty)
  groups <- length(breaks) - 1
  chisq <- sum((obs - ex)^2 / ex, na.rm = TRUE)
  sprintf('{"name":"%s","g":%d,"groups":%d,"statistic":%s,"df":%d,"p":%s,"breaks":%s,"count":%s,"observed1":%s,"expected1":%s,"y":%s,"yhat":%s}',
          name, g, groups, formatC(chisq, digits = 17, format = "g"), groups - 2, formatC(pchisq(chisq, groups - 2, lower.tail = FALSE), digits = 17, format = "g"),
          num(breaks), num(table(cuty)), num(obs[, 2]), num(ex[, 2]), num(y), num(yhat))
}
inf <- read.csv("infert.csv")
p_ed_ind <- unname(fitted(glm(case ~ factor(education) + factor(induced), binomial, inf)))
p_sp_ed <- unname(fitted(glm(case ~ factor(spontaneous) + factor(education), binomial, inf)))
cases <- c(hoslem_unique("infert_education_induced_g10", inf$case, p_ed_ind, 10),
           hoslem_unique("infert_education_induced_g8", inf$case, p_ed_ind, 8),
           hoslem_unique("infert_spontaneous_education_g10", inf$case, p_sp_ed, 10))
writeLines(sprintf('{"versions":{"R":"%s","stats":"%s"},"cases":[%s]}', R.version.string, packageVersion("stats"), paste(cases, collapse = ",")), "hoslem_ties_golden.json")
cat("written", R.version.string, "\n")
