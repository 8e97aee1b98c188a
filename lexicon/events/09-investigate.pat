# 09 INVESTIGATE
# Non-covert investigations being or having been carried out; the target is the actor
# investigated (the alleged perpetrator). Calls for an inquiry are appeals (02x) or demands (10x).
# 090 investigation not otherwise specified; 091 crime and corruption; 092 human rights abuses;
# 093 military action (strikes, incidents, violations); 094 war crimes, crimes against humanity
# and genocide. Police raids on premises are 1711 (17-coerce.pat), as the codebook asks.

# --- 090 Investigate --------------------------------------------------------------------------
090  (investigate|probe|examine|scrutinize|audit|inspect) +T
090  (launch|open|begin|start|conduct|order|announce|hold|set|initiate|widen|expand) * (investigation|inquiry|probe|review|audit|inspection) (into|of|on|against) +T
090  (look|delve|dig) into +T
090  (question|interrogate|interview|summon|subpoena|quiz) +T
090  search * (offices|office|home|homes|headquarters|premises|residence|ship|vessel|plane|aircraft) of +T
090  (place|put) +T under * (investigation|scrutiny|review)
N 090  (investigation|inquiry|probe|review|audit) (into|of|against) +T

# --- 091 Investigate crime, corruption ----------------------------------------------------------
091  (investigate|probe|examine) +T (for|over|on|in) * ~crime
091  (investigate|probe|examine) * ~crime (by|of|involving|at|in) +T
091  (launch|open|begin|start|conduct|order|announce|initiate|widen|expand) * (corruption|criminal|fraud|bribery|murder|terrorism|terror|graft|embezzlement|laundering|tax|police) (investigation|inquiry|probe|case|investigations) (into|against|of|on) +T
N 091  (investigation|inquiry|probe) into * ~crime (by|of|involving|at) +T

# --- 092 Investigate human rights abuses ----------------------------------------------------
092  (investigate|probe|document|examine|monitor) * ~abuses (by|of|against|in|committed) +T
092  (investigate|probe|document|examine) * (killings|disappearances|detentions|executions|deaths) (by|of|at|in) +T
092  (launch|open|begin|start|conduct|order|announce|set) * (rights|abuse|abuses|torture) (investigation|inquiry|probe|mission|commission) (into|of|against|on) +T
092  (send|dispatch|deploy) * (rights|human) (investigators|monitors|mission|team|commission) to +T
N 092  (investigation|inquiry|probe) into * ~abuses (by|of|in|against) +T

# --- 093 Investigate military action -------------------------------------------------------
093  (investigate|probe|examine|review) * (strike|strikes|airstrike|airstrikes|attack|attacks|incident|incidents|shooting|raid|raids|downing|bombing|shelling|crash|incursion|incursions|violation|explosion|collision|clash|clashes|operation|operations) (by|of|on|against|involving|in|near) +T
093  (launch|open|begin|start|conduct|order|announce) * (military|defense|army) (investigation|inquiry|probe|review) (into|of|against) +T
093  (investigate|probe|examine|review) * (ceasefire|truce) (violation|violations|breaches|breach) (by|of|in) +T
N 093  (investigation|inquiry|probe) into * (strike|strikes|airstrike|airstrikes|attack|attacks|incident|shooting|raid|downing|bombing|shelling) (by|on|of|against|in) +T

# --- 094 Investigate war crimes -------------------------------------------------------------
094  (investigate|probe|examine|document) * war crimes (by|of|in|committed|against) +T
094  (investigate|probe|examine|document) * crimes against humanity (by|of|in|committed) +T
094  (investigate|probe|examine|document) * ~atrocities (by|of|in|committed|against) +T
094  (launch|open|begin|start|conduct|order|announce|initiate|widen|expand) * war crimes (investigation|inquiry|probe|case|investigations) (into|against|of|in) +T
094  (launch|open|begin|start|conduct|order|announce) * (genocide|atrocity|atrocities) (investigation|inquiry|probe|case) (into|against|of) +T
N 094  (investigation|inquiry|probe) into * war crimes (by|of|in|committed) +T
N 094  (investigation|inquiry|probe) into * ~atrocities (by|of|in|against) +T
