# Writes pima.csv: R's MASS Pima Indians diabetes data (Pima.tr and Pima.te, 532 women, 7 features, complete cases),
# outcome diabetes = 1 for type = "Yes". Run:  Rscript make_pima.R   (make_golden.py reads it afterwards)
library(MASS)
pima <- rbind(Pima.tr, Pima.te)
out <- data.frame(pima[, c("npreg", "glu", "bp", "skin", "bmi", "ped", "age")], diabetes = as.integer(pima$type == "Yes"))
write.csv(out, "pima.csv", row.names = FALSE)
cat(sprintf("pima.csv: %d rows, R %s, MASS %s\n", nrow(out), getRversion(), packageVersion("MASS")))
