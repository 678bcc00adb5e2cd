from mk import C, P, write
MG = ["meta", "google-cloud"]; LM = ["lambda", "microsoft"]; MN = ["mistral", "nebius"]
cl = [
 # TL;DR
 C("openai", "other", "40", None, "reported", None, "OpenAI rolls out GPT-5.5 and cuts API prices by 40%"),
 C(MG, "contract_value", "14000000000", "USD", "reported", None, "Meta inks a $14B+ cloud deal with Google Cloud", "google-cloud"),
 C(LM, "contract_value", "1000000000", "USD", "reported", None, "Lambda lands a multibillion-dollar GPU contract with Microsoft", "microsoft"),
 C(MN, "contract_value", "2800000000", "EUR", "reported", None, "Mistral AI books €2.8B of compute from Nebius", "nebius"),
 C("perplexity", "funding_round", "1200000000", "USD", "reported", None, "Perplexity raises $1.2B at a $36B valuation"),
 C("perplexity", "valuation", "36000000000", "USD", "reported", None, "Perplexity raises $1.2B at a $36B valuation"),
 C("workday", "job_cuts", "1400", None, "reported", None, "Workday cuts ~1,400 jobs"),
 C("crusoe", "capacity", "1.8", None, "planned", None, "Crusoe breaks ground on a 1.8 GW campus"),
 # models
 C("google", "other", "2.5", "USD", "reported", None, "It's priced at $2.50 per million input tokens for developers"),
 C("openai", "other", "40", None, "reported", None, "OpenAI cut API prices for its flagship model by 40%, to $1.50 per million input tokens"),
 C("openai", "other", "1.5", "USD", "reported", None, "OpenAI cut API prices for its flagship model by 40%, to $1.50 per million input tokens"),
 C("openai", "other", "900000000", None, "reported", None, "ChatGPT now has more than 900 million weekly active users"),
 C("anthropic", "revenue", "3000000000", "USD", "reported", None, "Anthropic says Claude Code alone is now generating more than $3 billion in annualized revenue"),
 # deals
 C(MG, "contract_value", "14000000000", "USD", "hedged", None, "Meta signed a six-year cloud agreement with Google Cloud worth more than $14 billion, according to a person familiar with the terms", "google-cloud"),
 C(MG, "contract_value", "10000000000", "USD", "reported", P("2025-08-01", "2025-08-31"), "It is Meta's second big deal with Google Cloud, after an agreement worth more than $10 billion in August 2025", "google-cloud"),
 C("google-cloud", "backlog", "172000000000", "USD", "reported", P("2026-06-01", "2026-06-30"), "Google Cloud's backlog stood at $172 billion at the end of June"),
 C(LM, "contract_value", "1000000000", "USD", "reported", None, "Lambda signed a multibillion-dollar, multiyear contract with Microsoft", "microsoft"),
 C(LM, "capacity", "60000", None, "planned", None, "it will deploy roughly 60,000 Nvidia GB300 GPUs for Azure customers", "microsoft"),
 C("microsoft", "contract_value", "60000000000", "USD", "reported", P("2025-09-01", "2026-10-09"), "Microsoft has now signed GPU capacity deals worth more than $60 billion with \"neoclouds\" since September 2025"),
 C(MN, "contract_value", "2800000000", "EUR", "reported", None, "Mistral AI agreed a five-year, €2.8 billion (about $3.3 billion) deal with Nebius", "nebius"),
 C(MN, "contract_value", "3300000000", "USD", "reported", None, "Mistral AI agreed a five-year, €2.8 billion (about $3.3 billion) deal with Nebius", "nebius"),
 C("nebius", "stock_change", "11", None, "reported", P("2026-10-07"), "Nebius shares jumped 11% on Wednesday"),
 C("nebius", "capacity", "2.5", None, "planned", P("2026-10-09", "2026-12-31"), "Nebius expects to reach 2.5 GW of contracted power by the end of 2026"),
 # funding
 C("perplexity", "funding_round", "1200000000", "USD", "reported", None, "Perplexity closed a $1.2 billion Series F led by IVP at a $36 billion post-money valuation"),
 C("perplexity", "valuation", "36000000000", "USD", "reported", None, "Perplexity closed a $1.2 billion Series F led by IVP at a $36 billion post-money valuation"),
 C("perplexity", "valuation", "20000000000", "USD", "reported", P("2025-09-01", "2025-09-30"), "That's up from a $20 billion valuation in September 2025"),
 C("perplexity", "revenue", "500000000", "USD", "reported", P("2026-09-01", "2026-09-30"), "Perplexity says annualized revenue passed $500 million in September"),
 C("perplexity", "funding_round", "4100000000", "USD", "reported", None, "The round brings its total funding to about $4.1 billion"),
 # layoffs
 C("workday", "job_cuts", "1400", None, "reported", None, "Workday is cutting about 1,400 jobs, or roughly 7% of its workforce of about 20,000"),
 C("workday", "job_cuts", "7", None, "reported", None, "Workday is cutting about 1,400 jobs, or roughly 7% of its workforce of about 20,000"),
 C("workday", "headcount", "20000", None, "reported", None, "Workday is cutting about 1,400 jobs, or roughly 7% of its workforce of about 20,000"),
 C("workday", "other", "280000000", "USD", "planned", P("2026-11-01", "2027-01-31"), "It expects $280 million to $320 million of severance and related charges, mostly in its fiscal fourth quarter (November through January)"),
 C("workday", "stock_change", "2.4", None, "reported", P("2026-10-08"), "Workday shares rose 2.4% on Thursday"),
 # data centers
 C("crusoe", "capacity", "1.8", None, "planned", None, "Crusoe broke ground on a 1.8 GW AI data-center campus near Cheyenne, Wyoming"),
 C("crusoe", "capacity", "200", None, "planned", P("2027-07-01", "2027-12-31"), "The first phase, 200 MW, is due online in the second half of 2027"),
 C("crusoe", "capital_expenditure", "9000000000", "USD", "planned", None, "Crusoe puts the cost of that first phase at about $9 billion"),
]
write("G3", "G3.txt", "2026-10-09",
      "Issue date line 'Friday, October 9, 2026'; weekdays in the items (Tuesday, Wednesday, Thursday) fall in the week of Oct 5-11, 2026.",
      cl)
