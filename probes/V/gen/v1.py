from mk import *
g = Gold("V1.txt", "2025-10-29", "Live blog dated 'Wednesday, October 29, 2025'; Alphabet's Q3 2025 results after the close that day.")
Q3, Q3p, Q2 = Q(2025,3), Q(2024,3), Q(2025,2)
A="alphabet"
g.c(A,"revenue","100000000000","USD","reported",None,"Google parent tops $100 billion in quarterly sales for the first time")
# 9:31
g.c(A,"stock_change","1.2",None,"reported",None,"Alphabet shares rose 1.2% in early trading")
g.c(A,"other","270.15","USD","reported",None,"rose 1.2% in early trading to $270.15")
g.c(A,"stock_change","42",None,"reported",R("2025-01-01","2025-10-29"),"leaving the stock up about 42% so far this year")
# 10:42
g.c(A,"revenue","99890000000","USD","forecast",Q3,"expect Alphabet to report third-quarter revenue of $99.89 billion")
g.c(A,"eps","2.33","USD","forecast",Q3,"earnings per share of $2.33")
g.c("google-cloud","revenue","14740000000","USD","forecast",Q3,"Google Cloud is expected to post third-quarter revenue of $14.74 billion")
g.c("youtube","revenue","10010000000","USD","forecast",Q3,"YouTube advertising revenue is seen at about $10.01 billion")
# 11:55
g.c(A,"capital_expenditure","85000000000","USD","planned",Y(2025),"Alphabet raised its 2025 capital expenditure forecast to $85 billion from $75 billion")
g.c(A,"capital_expenditure","75000000000","USD","planned",Y(2025),"Alphabet raised its 2025 capital expenditure forecast to $85 billion from $75 billion")
g.c(A,"capital_expenditure","110000000000","USD","forecast",Y(2026),"he expects the company's capital spending next year to approach $110 billion")
g.c(A,"other","300","USD","forecast",None,"kept a price target of $300 on the shares")
# 1:20
g.c("microsoft","growth_rate","37",None,"forecast",R("2025-07-01","2025-09-30"),"Microsoft is expected to report Azure growth of about 37% for its fiscal first quarter")
g.c("meta","capital_expenditure","66000000000","USD","planned",Y(2025),"guided in July to 2025 capital expenditures of $66 billion to $72 billion")
# 4:01
g.c(A,"revenue","102350000000","USD","reported",Q3,"Alphabet reported third-quarter revenue of $102.35 billion")
g.c(A,"growth_rate","16",None,"reported",Q3,"up 16% from $88.27 billion a year earlier")
g.c(A,"revenue","88270000000","USD","reported",Q3p,"up 16% from $88.27 billion a year earlier")
g.c(A,"revenue","99890000000","USD","forecast",Q3,"ahead of the $99.89 billion consensus")
g.c(A,"revenue","100000000000","USD","reported",None,"the company has cleared $100 billion in sales")
g.c(A,"eps","2.87","USD","reported",None,"Earnings per share came in at $2.87")
g.c(A,"eps","2.33","USD","forecast",None,"beating the $2.33 estimate")
g.c(A,"growth_rate","33",None,"reported",None,"Net income rose 33% to $34.98 billion")
g.c(A,"other","34980000000","USD","reported",None,"Net income rose 33% to $34.98 billion")
# 4:03
GC="google-cloud"
g.c(GC,"growth_rate","34",None,"reported",Q3,"Google Cloud revenue rose 34% to $15.16 billion in the third quarter")
g.c(GC,"revenue","15160000000","USD","reported",Q3,"Google Cloud revenue rose 34% to $15.16 billion in the third quarter")
g.c(GC,"revenue","14740000000","USD","forecast",Q3,"above the $14.74 billion analysts had expected")
g.c(GC,"growth_rate","32",None,"reported",Q2,"faster than the 32% growth of the second quarter")
g.c(GC,"operating_income","3590000000","USD","reported",Q3,"The unit's third-quarter operating income was $3.59 billion")
g.c(GC,"operating_income","1950000000","USD","reported",Q3p,"up from $1.95 billion a year earlier")
g.c(GC,"backlog","155000000000","USD","reported",M(2025,9),"Google Cloud's backlog stood at $155 billion at the end of September")
# 4:06
g.c(A,"stock_change","6.5",None,"reported",None,"Alphabet shares jumped 6.5% in after-hours trading")
g.c(A,"other","294","USD","reported",None,"in after-hours trading to about $294")
# 4:15
g.c(A,"capital_expenditure","24000000000","USD","reported",Q3,"Alphabet spent $24.0 billion on capital expenditures in the third quarter")
g.c(A,"growth_rate","83",None,"reported",Q3,"up 83% from a year earlier")
g.c(A,"capital_expenditure","91000000000","USD","planned",Y(2025),"The company now expects capital expenditures of $91 billion to $93 billion in 2025")
g.c(A,"capital_expenditure","85000000000","USD","planned",Y(2025),"up from the $85 billion it forecast in July")
g.c(A,"capital_expenditure","110000000000","USD","planned",Y(2026),"Alphabet expects 2026 capital expenditures of $110 billion to $120 billion")
# 4:22
g.c("google","growth_rate","15",None,"reported",None,"Google Search & other revenue rose 15% to $56.57 billion")
g.c("google","revenue","56570000000","USD","reported",None,"Google Search & other revenue rose 15% to $56.57 billion")
g.c("youtube","revenue","10260000000","USD","reported",None,"YouTube ad revenue was $10.26 billion")
g.c("youtube","revenue","10010000000","USD","forecast",None,"beating the $10.01 billion estimate")
g.c("google","growth_rate","21",None,"reported",None,"Google subscriptions, platforms and devices revenue grew 21% to $12.87 billion")
g.c("google","revenue","12870000000","USD","reported",None,"Google subscriptions, platforms and devices revenue grew 21% to $12.87 billion")
g.c(A,"other","1430000000","USD","reported",None,"Other Bets, which includes Waymo, lost $1.43 billion")
# 4:35
g.c(A,"headcount","190167",None,"reported",D("2025-09-30"),"Alphabet had 190,167 employees as of Sept. 30")
g.c(A,"headcount","181269",None,"reported",D("2024-09-30"),"compared with 181,269 a year earlier")
g.c(A,"other","15300000000","USD","reported",Q3,"It bought back $15.3 billion of its own shares in the third quarter")
g.c(A,"other","0.21","USD","reported",None,"The board declared a quarterly cash dividend of 21 cents a share")
# 4:48
g.c("google","other","650000000",None,"reported",None,"Google's Gemini app now has more than 650 million monthly active users")
g.chip("google","Ironwood","planned",None,"Google's seventh-generation TPU, Ironwood, would become generally available to cloud customers")
# 5:30
g.c("microsoft","growth_rate","40",None,"reported",R("2025-07-01","2025-09-30"),"Azure and other cloud services revenue grew 40% in its fiscal first quarter")
g.c("microsoft","stock_change","3",None,"reported",None,"its shares fell 3% after hours")
g.c("meta","stock_change","8",None,"reported",None,"Meta shares slid 8% after hours")
g.c("meta","other","15930000000","USD","reported",None,"booked a one-time tax charge of $15.93 billion")
# 5:55
g.c(A,"other","325","USD","forecast",None,"Wedbush raised its price target on Alphabet to $325 from $290")
g.c(A,"other","290","USD","forecast",None,"Wedbush raised its price target on Alphabet to $325 from $290")
g.c(A,"revenue","455000000000","USD","forecast",Y(2026),"it now models 2026 revenue of $455 billion for the company")
g.write()
