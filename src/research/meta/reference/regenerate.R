# Regenerates the reference figures the meta-analysis tests compare against (metafor-reference.json)
# and the two data sets they read (bcg.csv, nielweise2007.csv), from R's metafor.
# Run from this folder: Rscript regenerate.R   (needs r-base-core and r-cran-metafor).
#
# Conventions, the same as ours (src/research/meta):
# - escalc's continuity correction (add = 1/2 to every cell of a study with a zero cell); a study with
#   no events in either arm is dropped for RR and OR (drop00 = TRUE) and kept for RD;
# - Mantel-Haenszel on the raw counts (add = 0) of every study, Q and I^2 from the escalc outcomes above;
# - the Q-profile CI for tau^2 is solved to 1e-12 (uniroot), not metafor's default 1.2e-4, so that the
#   figures are exact to the digits compared; every other setting is metafor's default (REML by Fisher
#   scoring from the Hedges estimate, threshold 1e-5, at most 100 iterations).
suppressMessages(library(metafor))

arr <- function(x) structure(as.numeric(x), class = "arr")
json <- function(x, indent = "") {
  inner <- paste0(indent, "  ")
  if (inherits(x, "arr")) return(paste0("[", paste(vapply(unclass(x), json, ""), collapse = ", "), "]"))
  if (is.list(x)) {
    items <- vapply(x, json, "", indent = inner)
    if (is.null(names(x))) return(paste0("[\n", inner, paste(items, collapse = paste0(",\n", inner)), "\n", indent, "]"))
    return(paste0("{\n", inner, paste0('"', names(x), '": ', items, collapse = paste0(",\n", inner)), "\n", indent, "}"))
  }
  if (is.null(x)) return("null")
  if (is.character(x)) return(paste0('"', x, '"'))
  if (is.logical(x)) return(if (is.na(x)) "null" else tolower(as.character(x)))
  if (length(x) != 1) stop(paste("wrap vectors in arr():", deparse(x)))
  if (is.na(x)) return("null")
  sprintf("%.17g", x)
}

datasets <- list(
  bcg = with(dat.bcg, data.frame(study = author, events_t = tpos, n_t = tpos + tneg,
    events_c = cpos, n_c = cpos + cneg, ablat = ablat, year = year)),
  nielweise2007 = with(dat.nielweise2007, data.frame(study = author, events_t = ai, n_t = n1i,
    events_c = ci, n_c = n2i, year = year))
)
mods <- list(bcg = ~ ablat + year, nielweise2007 = ~ year)

outcomes <- function(d, measure)
  escalc(measure, ai = events_t, n1i = n_t, ci = events_c, n2i = n_c, data = d, drop00 = measure != "RD")

mh <- function(d, measure)
  rma.mh(ai = events_t, n1i = n_t, ci = events_c, n2i = n_c, data = d, measure = measure,
    drop00 = c(measure != "RD", FALSE))

tau2ci <- function(fit) {
  if (fit$method == "FE") return(NULL)
  r <- confint(fit, control = list(tol = 1e-12))$random
  list(lower = r["tau^2", "ci.lb"], upper = r["tau^2", "ci.ub"])
}

coefs <- function(fit) list(estimate = arr(fit$beta), se = arr(fit$se), stat = arr(fit$zval),
  p = arr(fit$pval), lower = arr(fit$ci.lb), upper = arr(fit$ci.ub))

summary_of <- function(fit) {
  out <- c(coefs(fit), list(k = fit$k, tau2 = fit$tau2, Q = fit$QE, Qdf = if (inherits(fit, "rma.mh")) fit$k.yi - 1 else fit$k - fit$p, Qp = fit$QEp,
    I2 = fit$I2, H2 = fit$H2))
  if (!inherits(fit, "rma.mh")) {
    if (fit$p == 1 && fit$method != "FE") out$pi <- with(predict(fit), list(lower = pi.lb, upper = pi.ub))
    out$tau2ci <- tau2ci(fit)
    if (fit$p > 1) out <- c(out, list(QM = fit$QM, QMp = fit$QMp, R2 = if (is.null(fit$R2)) NA else fit$R2))
  }
  out
}

leave_one_out <- function(fit) {
  l <- leave1out(fit)
  list(estimate = arr(l$estimate), se = arr(l$se), stat = arr(l$zval), p = arr(l$pval),
    lower = arr(l$ci.lb), upper = arr(l$ci.ub), Q = arr(l$Q), Qp = arr(l$Qp),
    tau2 = arr(if (is.null(l$tau2)) rep(0, length(l$Q)) else l$tau2), I2 = arr(l$I2), H2 = arr(l$H2))
}

egger <- function(fit) {
  r <- regtest(fit)
  list(stat = r$zval, p = r$pval, limit = r$est, lower = r$ci.lb, upper = r$ci.ub)
}

methods <- list(FE = list("FE", "z"), DL = list("DL", "z"), REML = list("REML", "z"),
  REML_HKSJ = list("REML", "knha"), DL_HKSJ = list("DL", "knha"))

fits <- list()
for (name in names(datasets)) {
  d <- datasets[[name]]
  write.csv(d, paste0(name, ".csv"), row.names = FALSE, quote = FALSE)
  for (measure in c("RR", "OR", "RD")) {
    es <- outcomes(d, measure)
    entry <- list(yi = arr(es$yi), vi = arr(es$vi))
    for (m in names(methods)) {
      fit <- rma(yi, vi, data = es, method = methods[[m]][[1]], test = methods[[m]][[2]])
      reg <- rma(yi, vi, data = es, mods = mods[[name]], method = methods[[m]][[1]], test = methods[[m]][[2]])
      entry[[m]] <- c(summary_of(fit), list(leave1out = leave_one_out(fit), egger = egger(fit),
        metareg = summary_of(reg)))
    }
    fit <- mh(d, measure)
    entry$MH <- c(summary_of(fit), list(leave1out = leave_one_out(fit)))
    fits[[name]][[measure]] <- entry
  }
}

ps <- c(1e-10, 1e-4, 0.025, 0.3, 0.5, 0.975, 0.999999)
xs <- c(-8, -1.96, -0.3, 0, 0.7, 2.5, 6)
dfs <- c(1, 2.5, 12, 26, 9997)
distributions <- list(
  p = arr(ps), x = arr(xs), df = arr(dfs),
  pnorm = arr(pnorm(xs)), qnorm = arr(qnorm(ps)),
  pt = lapply(dfs, function(df) arr(pt(xs, df))), qt = lapply(dfs, function(df) arr(qt(ps, df))),
  pchisq = lapply(dfs, function(df) arr(pchisq(abs(xs) * df / 2, df))),
  upper_pchisq = lapply(dfs, function(df) arr(pchisq(abs(xs) * df / 2, df, lower.tail = FALSE))),
  qchisq = lapply(dfs, function(df) arr(qchisq(ps, df))),
  upper_pf = lapply(dfs, function(df) arr(pf(abs(xs), 2, df, lower.tail = FALSE))),
  pf = lapply(dfs, function(df) arr(pf(abs(xs), 3, df))),
  qf = lapply(dfs, function(df) arr(qf(ps, 3, df)))
)

writeLines(json(list(metafor = as.character(packageVersion("metafor")), R = R.version.string,
  fits = fits, distributions = distributions)),
  "metafor-reference.json")
