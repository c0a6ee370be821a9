# Reference values for the statistics engine, computed independently with R and psych.
# Run from this folder:  Rscript reference.R
# Reads fixture-*.csv, writes expected-*.csv (key,value with 17 significant digits).
# Debian: apt-get install r-base-core r-cran-psych
suppressPackageStartupMessages(library(psych))

# What each fixture's questionnaire says (src/main/resources/questionnaires/lzp-cadre-v2.json and
# src/test/resources/questionnaires/test-six-point-v1.json), written out again here rather than read, so that R
# does not share the engine's reading of the definition.
unit_types <- c("党委部门", "政府部门", "群团组织", "事业单位", "国有企业", "其他")
built_in <- list(
  items = list(
    E  = c("E1", "E2", "E3"),
    P1 = c("P1a", "P1b", "P1c"), P2 = c("P2a", "P2b", "P2c"), P3 = c("P3a", "P3b", "P3c"),
    C1 = c("C1a", "C1b", "C1c"), C2 = c("C2a", "C2b", "C2c"), C3 = c("C3a", "C3b", "C3c")),
  reverse = character(0),
  min_answered = c(E = 2, P1 = 2, P2 = 2, P3 = 2, C1 = 2, C2 = 2, C3 = 2),
  problems = c("P1", "P2", "P3"),
  causes = c("C1", "C2", "C3"),
  grouping = list(
    unit_type = unit_types,
    role = c("FULL", "PART"),
    tenure = c("LT1", "Y1_3", "Y3_5", "Y5_10", "GT10"),
    position = c("ORGAN_COMMITTEE_SECRETARY", "GENERAL_BRANCH_SECRETARY", "BRANCH_SECRETARY", "BRANCH_MEMBER",
                 "PARTY_STAFF")),
  measures = paste0("M", 1:9),
  measure_groups = list(BOOST = c("M1", "M2", "M3"), BIND = c("M4", "M5", "M6"), STRENGTHEN = c("M7", "M8", "M9")),
  scale_min = 1, scale_max = 5, agree_from = 4, applies_from = 3.5)

# six points, a different number of items per dimension, reverse-keyed items, a dimension of role "other" (scored,
# not in the attribution), an optional profile question, and a measures question where choosing none is an answer
six_point <- list(
  items = list(
    E  = c("E1", "E2"),
    P1 = c("P1a", "P1b", "P1c", "P1d"), P2 = c("P2a", "P2b", "P2c"),
    C1 = c("C1a", "C1b", "C1c"), C2 = c("C2a", "C2b", "C2c", "C2d", "C2e"),
    O  = c("O1", "O2")),
  reverse = c("P1c", "P2b", "C1b", "C2d", "O2"),
  # minAnswered: E as written (1); the others two thirds of their items, rounded up
  min_answered = c(E = 1, P1 = 3, P2 = 2, C1 = 2, C2 = 4, O = 2),
  problems = c("P1", "P2"),
  causes = c("C1", "C2"),
  grouping = list(
    unit_type = unit_types,
    role = c("FULL", "PART"),
    tenure = c("LT3", "Y3_10", "GE10")),
  measures = paste0("M", 1:4),
  measure_groups = list(BOOST = c("M1", "M2"), STRENGTHEN = c("M3", "M4")),
  scale_min = 1, scale_max = 6, agree_from = 4, applies_from = 3.5)

reference <- function(name, q) {
  items <- q$items
  problems <- q$problems
  causes <- q$causes
  grouping <- q$grouping
  measures <- q$measures
  measure_groups <- q$measure_groups
  agree_from <- q$agree_from
  applies_from <- q$applies_from
  d <- read.csv(paste0(name, ".csv"), na.strings = "", stringsAsFactors = FALSE, check.names = FALSE,
                encoding = "UTF-8")
  out <- list()
  put <- function(key, value) out[[key]] <<- value

  put("responses", nrow(d))

  for (item in unlist(items)) {
    x <- d[[item]]
    ok <- x[!is.na(x)]
    put(paste0("item.", item, ".answered"), length(ok))
    put(paste0("item.", item, ".missing"), sum(is.na(x)))
    put(paste0("item.", item, ".agree"), 100 * mean(ok >= agree_from))
    put(paste0("item.", item, ".mean"), mean(ok))
    put(paste0("item.", item, ".sd"), sd(ok))
  }

  # answers as scored: a reverse-keyed item counts as scale max + min - answer
  scored <- d
  for (item in q$reverse) scored[[item]] <- q$scale_max + q$scale_min - d[[item]]

  # dimension score: mean of the answered items (as scored), missing with fewer than min_answered answered
  scores <- sapply(names(items), function(dim) {
    m <- as.matrix(scored[, items[[dim]]])
    answered <- rowSums(!is.na(m))
    s <- rowMeans(m, na.rm = TRUE)
    s[answered < q$min_answered[[dim]]] <- NA
    s
  })
  for (dim in names(items)) {
    s <- scores[, dim]
    ok <- s[!is.na(s)]
    put(paste0("dim.", dim, ".scored"), length(ok))
    put(paste0("dim.", dim, ".mean"), mean(ok))
    put(paste0("dim.", dim, ".sd"), sd(ok))
    put(paste0("dim.", dim, ".applies"), 100 * mean(ok >= applies_from))
  }

  # Cronbach's alpha on complete cases of the answers as given; psych reverses the keyed items itself
  for (dim in names(items)) {
    x <- na.omit(d[, items[[dim]]])
    keys <- intersect(items[[dim]], q$reverse)
    a <- suppressWarnings(suppressMessages(
      psych::alpha(x, keys = if (length(keys) > 0) keys else NULL, warnings = FALSE)))
    put(paste0("alpha.", dim, ".n"), nrow(x))
    put(paste0("alpha.", dim, ".raw"), a$total$raw_alpha)
    put(paste0("alpha.", dim, ".std"), a$total$std.alpha)
    put(paste0("alpha.", dim, ".average_r"), a$total$average_r)
    for (i in seq_along(items[[dim]])) {
      item <- items[[dim]][i]
      put(paste0("alpha.", dim, ".", item, ".r_drop"), a$item.stats$r.drop[i])
      # without one of two items, one is left: its alpha is undefined (psych reports a number all the same)
      if (length(items[[dim]]) > 2) put(paste0("alpha.", dim, ".", item, ".alpha_drop"), a$alpha.drop$raw_alpha[i])
    }
  }

  # cross-tabs: Pearson chi-square without continuity correction, empty rows and columns dropped
  xtab <- function(g, column_values, column_levels, key) {
    ok <- !is.na(d[[g]]) & !is.na(column_values)
    tab <- table(factor(d[[g]][ok], levels = grouping[[g]]), factor(column_values[ok], levels = column_levels))
    tab <- tab[rowSums(tab) > 0, colSums(tab) > 0, drop = FALSE]
    test <- suppressWarnings(chisq.test(tab, correct = FALSE))
    n <- sum(tab)
    put(paste0(key, ".n"), n)
    put(paste0(key, ".chisq"), unname(test$statistic))
    put(paste0(key, ".df"), unname(test$parameter))
    put(paste0(key, ".p"), test$p.value)
    put(paste0(key, ".v"), sqrt(unname(test$statistic) / (n * (min(dim(tab)) - 1))))
  }
  for (g in names(grouping)) {
    for (p in problems) {
      applies <- ifelse(is.na(scores[, p]), NA, ifelse(scores[, p] >= applies_from, "YES", "NO"))
      xtab(g, applies, c("YES", "NO"), paste0("xtab.", g, ".", p))
    }
    xtab(g, d$main_cause, causes, paste0("xtab.", g, ".main_cause"))
  }

  # group differences of every dimension score
  for (g in names(grouping)) {
    for (dim in names(items)) {
      s <- scores[, dim]
      ok <- !is.na(s) & !is.na(d[[g]])
      groups <- factor(d[[g]][ok], levels = grouping[[g]])
      groups <- droplevels(groups)
      values <- s[ok]
      key <- paste0("diff.", g, ".", dim)
      if (nlevels(groups) == 2) {
        lv <- levels(groups)
        w <- wilcox.test(values[groups == lv[1]], values[groups == lv[2]], exact = FALSE, correct = TRUE)
        put(paste0(key, ".statistic"), unname(w$statistic))
        put(paste0(key, ".p"), w$p.value)
      } else if (nlevels(groups) > 2) {
        k <- kruskal.test(values, groups)
        put(paste0(key, ".statistic"), unname(k$statistic))
        put(paste0(key, ".df"), unname(k$parameter))
        put(paste0(key, ".p"), k$p.value)
        put(paste0(key, ".effect"), unname(k$statistic) / (length(values) - 1))
      }
    }
  }

  # Spearman correlations, pair by pair on complete pairs
  dims <- c(problems, causes)
  for (a in dims) for (b in dims) {
    ok <- !is.na(scores[, a]) & !is.na(scores[, b])
    put(paste0("rho.", a, ".", b), cor(scores[ok, a], scores[ok, b], method = "spearman"))
  }

  # LMG: Shapley decomposition of R^2 over all subsets of the causes, OLS with intercept, complete cases
  for (p in problems) {
    cc <- complete.cases(scores[, c(p, causes)])
    frame <- as.data.frame(scores[cc, c(p, causes)])
    r2 <- function(subset) {
      if (length(subset) == 0) return(0)
      summary(lm(reformulate(subset, response = p), data = frame))$r.squared
    }
    k <- length(causes)
    fitted <- lm(reformulate(causes, response = p), data = frame)
    full <- summary(fitted)
    put(paste0("lmg.", p, ".n"), nrow(frame))
    put(paste0("lmg.", p, ".r2"), full$r.squared)
    put(paste0("lmg.", p, ".adj_r2"), full$adj.r.squared)
    for (cause in causes) {
      others <- setdiff(causes, cause)
      value <- 0
      for (size in 0:(k - 1)) {
        subsets <- if (size == 0) list(character(0)) else combn(others, size, simplify = FALSE)
        weight <- factorial(size) * factorial(k - size - 1) / factorial(k)
        for (s in subsets) value <- value + weight * (r2(c(s, cause)) - r2(s))
      }
      put(paste0("lmg.", p, ".", cause), value)
      put(paste0("coef.", p, ".", cause), unname(coef(fitted)[cause]))
    }
  }

  # self-reported main cause and countermeasures
  answered <- d$main_cause[!is.na(d$main_cause)]
  for (cause in causes) put(paste0("main_cause.", cause), 100 * mean(answered == cause))
  # shares over everyone who answered (choosing none, every option 0, is an answer), and over those who chose any
  m <- as.matrix(d[, paste0("measures.", measures)])
  chose <- m[complete.cases(m), , drop = FALSE]
  choosers <- chose[rowSums(chose) > 0, , drop = FALSE]
  put("demand.answered", nrow(chose))
  put("demand.chose_any", nrow(choosers))
  for (i in seq_along(measures)) {
    put(paste0("measure.", measures[i]), 100 * mean(chose[, i] == 1))
    put(paste0("measure_of_choosers.", measures[i]), 100 * mean(choosers[, i] == 1))
  }
  for (g in names(measure_groups)) {
    cols <- match(measure_groups[[g]], measures)
    put(paste0("measure_group.", g), 100 * mean(rowSums(chose[, cols, drop = FALSE]) > 0))
    put(paste0("measure_group_of_choosers.", g), 100 * mean(rowSums(choosers[, cols, drop = FALSE]) > 0))
  }

  # McNemar's test (continuity-corrected, as the report's rankings use it) for every pair of each ranking
  mcnemar_pair <- function(x, y, key) {
    ok <- !is.na(x) & !is.na(y)
    b <- sum(x[ok] & !y[ok])
    c <- sum(!x[ok] & y[ok])
    if (b + c == 0) return(invisible())
    tab <- table(factor(x[ok], levels = c(TRUE, FALSE)), factor(y[ok], levels = c(TRUE, FALSE)))
    test <- mcnemar.test(tab, correct = TRUE)
    put(paste0(key, ".statistic"), unname(test$statistic))
    put(paste0(key, ".p"), test$p.value)
  }
  ranking <- function(subject, indicators) {
    codes <- names(indicators)
    for (i in seq_along(codes)) for (j in seq_along(codes)) if (i < j)
      mcnemar_pair(indicators[[i]], indicators[[j]], paste0("mcnemar.", subject, ".", codes[i], ".", codes[j]))
  }
  applies <- function(dims) setNames(lapply(dims, function(dim) scores[, dim] >= applies_from), dims)
  ranking("problems", applies(problems))
  ranking("causes", applies(causes))
  for (dim in names(items)) {
    ranking(paste0("items.", dim), setNames(lapply(items[[dim]], function(item) d[[item]] >= agree_from), items[[dim]]))
  }
  m_all <- as.matrix(d[, paste0("measures.", measures)])
  answered_measures <- complete.cases(m_all)
  chosen <- function(cols) {
    v <- rowSums(m_all[, cols, drop = FALSE] == 1) > 0
    v[!answered_measures] <- NA
    v
  }
  ranking("measures", setNames(lapply(seq_along(measures), function(i) chosen(i)), measures))
  ranking("measure_groups", setNames(lapply(names(measure_groups), function(g) chosen(match(measure_groups[[g]], measures))),
                                     names(measure_groups)))
  ranking("main_cause", setNames(lapply(causes, function(cause) ifelse(is.na(d$main_cause), NA, d$main_cause == cause)),
                                 causes))

  # the self-reported cause like with like: applies x main cause, chi-square and adjusted residuals of "applies"
  for (p in problems) {
    a <- ifelse(is.na(scores[, p]), NA, ifelse(scores[, p] >= applies_from, "YES", "NO"))
    ok <- !is.na(a) & !is.na(d$main_cause)
    tab <- table(factor(a[ok], levels = c("YES", "NO")), factor(d$main_cause[ok], levels = causes))
    tab <- tab[rowSums(tab) > 0, colSums(tab) > 0, drop = FALSE]
    test <- suppressWarnings(chisq.test(tab, correct = FALSE))
    put(paste0("selfreport.", p, ".chisq"), unname(test$statistic))
    put(paste0("selfreport.", p, ".p"), test$p.value)
    for (cause in colnames(tab)) put(paste0("selfreport.", p, ".stdres.", cause), test$stdres["YES", cause])
  }

  keys <- names(out)
  values <- vapply(out, function(v) formatC(v, digits = 17, format = "g"), character(1))
  write.csv(data.frame(key = keys, value = values), paste0("expected-", name, ".csv"), row.names = FALSE,
            quote = FALSE)
  cat(name, ":", length(keys), "reference values\n")
}

reference("fixture-missing", built_in)
reference("fixture-complete", built_in)
reference("fixture-six-point", six_point)

# McNemar's statistic on fixed discordant counts, with and without continuity correction (McNemarTest)
fixed <- list(c(15, 5), c(3, 9), c(7, 7), c(0, 4), c(1, 0), c(40, 22))
rows <- do.call(rbind, lapply(fixed, function(bc) {
  tab <- matrix(c(10, bc[2], bc[1], 20), 2)
  corrected <- mcnemar.test(tab, correct = TRUE)
  raw <- mcnemar.test(tab, correct = FALSE)
  data.frame(b = bc[1], c = bc[2],
             corrected_statistic = formatC(unname(corrected$statistic), digits = 17, format = "g"),
             corrected_p = formatC(corrected$p.value, digits = 17, format = "g"),
             raw_statistic = formatC(unname(raw$statistic), digits = 17, format = "g"),
             raw_p = formatC(raw$p.value, digits = 17, format = "g"))
}))
write.csv(rows, "expected-mcnemar.csv", row.names = FALSE, quote = FALSE)
cat("mcnemar:", nrow(rows), "tables\n")
