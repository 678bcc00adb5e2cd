from mk import C, P, write
V = "visa"; N = "servicenow"; CM = "chipotle"; CAT = "caterpillar"; L = "eli-lilly"
Q3 = P("2026-07-01", "2026-09-30")      # calendar Q3 2026 (and Visa's fiscal Q4)
Q3LY = P("2025-07-01", "2025-09-30")
Q4 = P("2026-10-01", "2026-12-31")
VQ4 = P("2026-07-01", "2026-09-30")     # Visa fiscal Q4 FY2026 (three months ended Sept. 30, 2026)
VFY27 = P("2026-10-01", "2027-09-30")   # Visa fiscal 2027
Y26 = P("2026-01-01", "2026-12-31")
YTD = P("2026-01-01", "2026-10-28")
cl = [
 # Visa
 C(V, "other", "30000000000", "USD", "planned", None, "authorizes $30B buyback"),
 C(V, "eps", "3.12", "USD", "reported", VQ4, "Q4 Non-GAAP EPS of $3.12 beats by $0.15"),
 C(V, "other", "0.15", "USD", "reported", VQ4, "Q4 Non-GAAP EPS of $3.12 beats by $0.15"),
 C(V, "revenue", "10920000000", "USD", "reported", None, "Revenue of $10.92B (+11.6% Y/Y) beats by $190M"),
 C(V, "growth_rate", "11.6", None, "reported", None, "Revenue of $10.92B (+11.6% Y/Y) beats by $190M"),
 C(V, "other", "190000000", "USD", "reported", None, "Revenue of $10.92B (+11.6% Y/Y) beats by $190M"),
 C(V, "other", "0.67", "USD", "reported", None, "declared a quarterly dividend of $0.67 per share"),
 C(V, "other", "30000000000", "USD", "planned", None, "authorized a new $30B multi-year share repurchase program"),
 C(V, "growth_rate", "10", None, "planned", VFY27, "Visa expects fiscal 2027 adjusted net revenue growth of 10% to 12%"),
 C(V, "growth_rate", "10.6", None, "forecast", VFY27, "versus the 10.6% analysts had penciled in"),
 C(V, "stock_change", "1.8", None, "reported", None, "Shares +1.8% after hours"),
 # ServiceNow
 C(N, "eps", "4.48", "USD", "reported", None, "ServiceNow Non-GAAP EPS of $4.48 beats by $0.21"),
 C(N, "other", "0.21", "USD", "reported", None, "ServiceNow Non-GAAP EPS of $4.48 beats by $0.21"),
 C(N, "revenue", "3630000000", "USD", "reported", None, "revenue of $3.63B in-line"),
 C(N, "revenue", "3540000000", "USD", "reported", Q3, "Q3 subscription revenue of $3.54B rose 20.5% Y/Y"),
 C(N, "growth_rate", "20.5", None, "reported", Q3, "Q3 subscription revenue of $3.54B rose 20.5% Y/Y"),
 C(N, "backlog", "11900000000", "USD", "reported", Q3, "current remaining performance obligations (cRPO) reached $11.9B, up 19% Y/Y"),
 C(N, "growth_rate", "19", None, "reported", Q3, "current remaining performance obligations (cRPO) reached $11.9B, up 19% Y/Y"),
 C(N, "other", "612", None, "reported", None, "climbed to 612"),
 C(N, "revenue", "3720000000", "USD", "planned", Q4, "Q4 guidance: subscription revenue of $3.72B-$3.73B"),
 C(N, "revenue", "3740000000", "USD", "forecast", Q4, "vs. consensus of $3.74B"),
 C(N, "stock_change", "6.2", None, "reported", None, "Shares -6.2% after hours"),
 # Chipotle
 C(CM, "eps", "0.31", "USD", "reported", Q3, "Chipotle Mexican Grill Q3 non-GAAP EPS of $0.31 misses by $0.02"),
 C(CM, "other", "0.02", "USD", "reported", Q3, "Chipotle Mexican Grill Q3 non-GAAP EPS of $0.31 misses by $0.02"),
 C(CM, "revenue", "3140000000", "USD", "reported", Q3, "revenue of $3.14B (+5.3% Y/Y)"),
 C(CM, "growth_rate", "5.3", None, "reported", Q3, "revenue of $3.14B (+5.3% Y/Y)"),
 C(CM, "growth_rate", "1.1", None, "reported", Q3, "Comparable restaurant sales fell 1.1% in Q3"),
 C(CM, "growth_rate", "0.6", None, "forecast", Q3, "against a FactSet consensus for a 0.6% gain"),
 C(CM, "other", "84", None, "reported", Q3, "Chipotle opened 84 new restaurants in the quarter"),
 C(CM, "other", "24.9", None, "reported", Q3, "Restaurant-level operating margin was 24.9% in Q3"),
 C(CM, "other", "26.7", None, "reported", Q3LY, "down from 26.7% a year earlier"),
 C(CM, "other", "315", None, "planned", Y26, "plans 315 to 345 new restaurant openings"),
 C(CM, "stock_change", "8.4", None, "reported", None, "Shares -8.4% in after-hours trading"),
 C(CM, "stock_change", "22", None, "reported", YTD, "adding to a 22% slide so far this year"),
 # Caterpillar
 C(CAT, "eps", "5.61", "USD", "reported", Q3, "Caterpillar Q3 2026 Earnings: Adjusted EPS of $5.61 beats by $0.38"),
 C(CAT, "other", "0.38", "USD", "reported", Q3, "Caterpillar Q3 2026 Earnings: Adjusted EPS of $5.61 beats by $0.38"),
 C(CAT, "revenue", "17600000000", "USD", "reported", Q3, "Q3 sales and revenues of $17.6B rose 9.7% Y/Y"),
 C(CAT, "growth_rate", "9.7", None, "reported", Q3, "Q3 sales and revenues of $17.6B rose 9.7% Y/Y"),
 C(CAT, "revenue", "17200000000", "USD", "forecast", Q3, "topped the $17.2B consensus"),
 C(CAT, "backlog", "41000000000", "USD", "reported", P("2026-09-30"), "Backlog stood at a record $41.0B as of Sept. 30"),
 C(CAT, "backlog", "36900000000", "USD", "reported", P("2025-09-30"), "up from $36.9B a year earlier"),
 C(CAT, "eps", "21.5", "USD", "planned", Y26, "Caterpillar now sees FY2026 adjusted EPS of $21.50-$22.20"),
 C(CAT, "eps", "20.8", "USD", "planned", Y26, "up from $20.80-$21.80 previously"),
 C(CAT, "other", "1500000000", "USD", "planned", Y26, "expects net tariff costs of $1.5B to $1.8B for the year"),
 C(CAT, "stock_change", "3.1", None, "reported", None, "Shares +3.1% premarket."),
 # Eli Lilly
 C(L, "revenue", "76000000000", "USD", "planned", Y26, "Eli Lilly raises 2026 revenue guidance to $76B-$78B"),
 C(L, "eps", "7.02", "USD", "reported", Q3, "Q3 non-GAAP EPS of $7.02 beat the average analyst estimate by $0.61"),
 C(L, "other", "0.61", "USD", "reported", Q3, "Q3 non-GAAP EPS of $7.02 beat the average analyst estimate by $0.61"),
 C(L, "growth_rate", "42", None, "reported", Q3, "revenue rose 42% Y/Y to $19.1B"),
 C(L, "revenue", "19100000000", "USD", "reported", Q3, "revenue rose 42% Y/Y to $19.1B"),
 C(L, "revenue", "7400000000", "USD", "reported", Q3, "Mounjaro brought in $7.4B and Zepbound $5.1B in the quarter"),
 C(L, "revenue", "5100000000", "USD", "reported", Q3, "Mounjaro brought in $7.4B and Zepbound $5.1B in the quarter"),
 C(L, "revenue", "72000000000", "USD", "planned", Y26, "Lilly raised its full-year revenue forecast from $72B-$75B"),
 C(L, "eps", "30.5", "USD", "planned", Y26, "now expects non-GAAP EPS of $30.50-$32.00 for 2026"),
 C(L, "capital_expenditure", "50000000000", "USD", "planned", P("2020-01-01", "2026-10-28"), "committed more than $50B to new U.S. manufacturing sites since 2020"),
 C(L, "stock_change", "5.4", None, "reported", None, "Shares +5.4% premarket."),
]
write("O1", "O1.txt", "2026-10-28",
      "Page dateline 'Oct. 28, 2026 7:58 AM ET'; items stamped Oct. 27 after the close and Oct. 28 before the open; 'on Wednesday' = 2026-10-28.",
      cl)
