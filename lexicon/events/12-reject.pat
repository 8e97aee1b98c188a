# 12 REJECT
# Refusals and rejections by the source of cooperation, requests, demands or proposals.
# The target is the actor whose request, proposal or demand is refused, or the actor the
# refused cooperation would have involved.
# 120 generic; 121x material cooperation (1211 economic, 1212 military, 1213 judicial); 122x aid
# requests (1221 economic, 1222 military, 1223 humanitarian and asylum, 1224 peacekeeping);
# 123x political reform (1231 leadership, 1232 policy, 1233 rights, 1234 institutions);
# 124x refuse to yield (1241 administrative sanctions, 1242 dissent, 1243 release,
# 1244 economic sanctions incl. maintaining them, 1245 access, 1246 de-escalation);
# 125 meeting or talks; 126 mediation; 127 settlement plan; 128 defy norms, law; 129 veto.
# Denying an accusation is 016 (01-statement.pat).

# --- 120 Reject: generic --------------------------------------------------------------------
120  (reject|rebuff|spurn|dismiss|turn|shoot) * (call|calls|demand|demands|request|requests|appeal|appeals|proposal|proposals|offer|offers|plan|initiative|suggestion|suggestions|bid|ultimatum|conditions|terms) (by|from|of) +T
120  (reject|rebuff|spurn|dismiss|refuse|ignore) * (demands|conditions|terms|proposal|proposals|plan|ultimatum|requests) (presented|made|issued|set|put|tabled|submitted|drawn|laid|sent|handed) (by|from) +T
120  (refuse|decline|deny) * (request|requests|demand|demands|call|calls|offer|offers|proposal|proposals|bid) (by|from|of) +T
120  (ignore|disregard|brush) * (call|calls|demand|demands|request|requests|appeal|appeals|pressure|plea|pleas|proposal|proposals) (by|from|of) +T
120  (reject|rebuff|spurn|snub) +T
120  (resist|withstand) * (pressure|demands|calls) (from|by|of) +T
120  (say|tell) no to +T
120  (withhold|deny|refuse) * recognition (of|to|from) +T
N 120  rejection of * (proposal|proposals|offer|offers|demand|demands|call|calls|plan|request|requests|bid|terms) (by|from|of) +T
N 120  rebuff (to|of|from) +T

# --- 121 Reject material cooperation ---------------------------------------------------------
121  (reject|rebuff|refuse|decline|rule) * (cooperation|partnership|collaboration) with +T
121  (refuse|decline) to (cooperate|work|collaborate) with +T
1211 (reject|rebuff|refuse|decline|rule) * (trade|economic|investment|energy|business) (deal|deals|cooperation|agreement|offer|proposal|ties|partnership) with +T
1211 (reject|rebuff|refuse) * (investment|investments|takeover|acquisition|imports|exports) (from|by|of|to) +T
1212 (reject|rebuff|refuse|decline|rule) * (military|defense|security) (cooperation|alliance|pact|partnership|agreement|ties|deal) with +T
1212 (refuse|decline|reject) * (basing|overflight|transit) (rights|request|requests|permission|access) (for|to|from|by) +T
1213 (reject|refuse|deny|decline|block) * extradition (request|requests) (by|from|of) +T
1213 (reject|refuse|deny|block|oppose) * extradition * to +T
1213 (refuse|decline) to cooperate with * (investigation|inquiry|probe|court|tribunal|icc|prosecutors) (by|of|into) +T

# --- 122 Reject requests for material aid ----------------------------------------------------
122  (reject|rebuff|refuse|deny|decline|turn) * (request|requests|appeal|appeals|plea|pleas|call|calls) (by|from|of) +T for * ~aid
1221 (reject|rebuff|refuse|deny|decline|turn) * (request|requests|appeal|appeals|plea|pleas|call|calls) (by|from|of) +T for * ~money
1221 (refuse|deny|decline|reject) * (debt|loan|bailout|credit) (relief|request|requests|restructuring|extension) (to|for|by|from) +T
1222 (reject|rebuff|refuse|deny|decline|turn) * (request|requests|appeal|appeals|plea|pleas|call|calls) (by|from|of) +T for * ~weapons
1222 (rule|refuse|decline|reject) * (sending|supplying|providing|delivering|giving) * ~weapons to +T
1223 (reject|rebuff|refuse|deny|decline|turn) * (request|requests|appeal|appeals|plea|pleas|call|calls) (by|from|of) +T for * humanitarian ~aid
1223 (deny|reject|refuse) * asylum (to|for|of|request|requests|application|applications) +T
1223 (deny|refuse|reject) +T asylum
1223 turn away * (refugees|migrants|asylum) from +T
1224 (reject|rebuff|refuse|deny|decline|turn) * (request|requests|appeal|appeals|plea|pleas|call|calls) (by|from|of) +T for * ~peacekeepers
1224 rule out * (sending|deploying|committing|putting) * ~troops (to|in|into) +T
1224 rule out * ~troops (to|in|into) +T

# --- 124 Refuse to yield -----------------------------------------------------------------------
124  (refuse|decline) to (yield|bow|cave|capitulate|give) (to|in) +T
124  (vow|pledge) not to (yield|bow|cave|surrender|capitulate|give) (to|in) +T
124  (refuse|reject|decline) * concessions (to|for) +T
124  (stand|hold) firm (against|in) +T
1241 (extend|maintain|prolong|renew|keep) * (curfew|emergency|lockdown|restrictions|ban) (on|in|for|against) +T
1242 (vow|pledge|promise) to (continue|press|keep|step|escalate|intensify|resume) * (protests|protest|demonstrations|rallies|strike|boycott|walkout) (against|until) +T
1243 (refuse|reject|rule) * (release|freeing|return|repatriation) of +T
1243 (continue|keep) (holding|detaining|jailing) +T
1244 (maintain|keep|extend|renew|prolong|retain) * ~sanctions (on|against|imposed) +T
1244 (remain|stay) in (force|place|effect) until +T
1244 (refuse|reject|rule) * (lifting|easing|removal|relief) of * ~sanctions (on|against) +T
1245 (deny|block|bar|restrict|refuse|obstruct) * (access|entry) (to|for|of|into) +T
1245 (bar|ban|block|prevent|stop) +T from (entering|visiting|accessing|reaching)
1245 (block|obstruct|hamper|impede) * (inspections|inspectors|investigators|observers|monitors|journalists) (to|into|for|from) +T
1246 (reject|rebuff|refuse|dismiss|rule) * ~ceasefire (with|in|by|from) +T
1246 (reject|rebuff|dismiss|ignore|defy) * (call|calls|demand|demands|proposal|proposals|offer|offers|appeal|appeals) (by|from) +T for * ~ceasefire
1246 (refuse|reject|rule) * (withdrawal|pullout|retreat|pullback) (from|of) +T
1246 (vow|pledge|promise) to (continue|press|keep|pursue|intensify|expand|step|widen) * (fighting|war|offensive|operations|attacks|strikes|campaign|bombardment|operation) (against|in|on) +T

# --- 125 Reject proposal to meet, discuss or negotiate ------------------------------------------
125  (reject|rule|refuse|rebuff|spurn|dismiss|decline) * ~talks (with|by|from) +T
125  (reject|rule|refuse|rebuff|spurn|dismiss|decline) * ~meeting (with|by|from) +T
125  (reject|rebuff|spurn|dismiss|decline|refuse|turn) * (invitation|invitations|overture|overtures) (of|by|from) +T
125  (reject|rebuff|dismiss|ignore) * (call|calls|demand|demands|proposal|proposals|offer|offers|appeal|appeals) (by|from) +T for * ~talks
125  (snub|shun|boycott|skip) * ~meeting (with|of|hosted|by|in) +T
125  (snub|shun|boycott|skip) * (ceremony|conference|forum|event) (with|of|hosted|by|in) +T
125  (snub|shun|boycott|skip) * ~talks (with|of|hosted|by) +T
125  (refuse|decline) to (sit|deal|engage|talk) with +T

# --- 126 Reject mediation ---------------------------------------------------------------------
126  (reject|refuse|rebuff|decline|rule|dismiss|spurn) * ~mediation (of|by|from|offer) +T
126  (reject|refuse|rebuff|decline|dismiss) * (offer|offers) (of|by|from) +T to (mediate|broker|facilitate)
126  (reject|rebuff|dismiss|ignore) * (call|calls|demand|demands|proposal|proposals) (by|from) +T for * ~mediation

# --- 127 Reject plan, agreement to settle dispute ---------------------------------------------
127  (reject|rebuff|dismiss|spurn|refuse) * (peace|settlement|ceasefire) (plan|proposal|proposals|deal|initiative|offer|offers|terms|roadmap|framework) (of|by|from|put) +T
127  (reject|rebuff|dismiss|spurn) * ~peace (with|proposed) +T
127  (reject|rebuff|dismiss|spurn) * (plan|proposal|deal|initiative|roadmap) (of|by|from) +T (for|to) (end|resolve|settle)
127  (pull|walk|withdraw) out of * ~agreement with +T

# --- 128 Defy norms, law -------------------------------------------------------------------------
128  (defy|flout|violate|breach|ignore|disregard|contravene|break|challenge) * (resolution|resolutions|ruling|rulings|law|laws|order|orders|ban|norms|rules|obligations|warnings|warning|verdict) (of|by|from|against|imposed) +T
128  (evade|circumvent|bypass|violate|breach|bust|flout|defy) * ~sanctions (on|against|imposed|by) +T
128  (violate|breach|break|flout) * ~agreement (with|to) +T
128  (break|renege|violate) * (promise|promises|pledge|pledges|commitments|commitment) (to|with|on) +T
128  (violate|breach|infringe|encroach) * (sovereignty|airspace|waters|territory|border|borders) of +T
128  (violate|breach|infringe|enter|intrude) +T (airspace|waters|territory|sovereignty)
128  (defy|flout) +T
N 128  violation of +T (airspace|sovereignty|waters|territory)
N 128  violation of * (sovereignty|airspace|waters|territory) of +T

# --- 129 Veto ------------------------------------------------------------------------------------
129  veto * (resolution|draft|bill|measure|proposal|motion|text|bid|application|membership) (on|against|by|condemning|calling|from|demanding|of|for|targeting|submitted) +T
129  veto +T (resolution|draft|bid|proposal|membership|application|motion|text)
129  veto +T
129  block * (resolution|draft|membership|bid|application|accession|statement|motion) (of|by|on|against|from|for|condemning) +T
129  (use|cast|wield|exercise) * veto (on|against|to) +T
N 129  veto (of|on|against|by) +T
N 129  veto by +S (of|on|against) +T

# === Grid: refuse to ... and rejections of calls by +T to ... ====================================

# --- 1211 economic cooperation ---
1211 (refuse|decline) to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|double|facilitate|resume|restore) * ~trade with +T?
1211 (refuse|decline) to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|resume|restore) * (economic|commercial|business|energy|financial|trade|investment) (ties|cooperation|relations|links|partnership) with +T?
1211 (refuse|decline) to invest * in +T
1211 (refuse|decline) to (buy|purchase|import) * (gas|oil|energy|wheat|grain|goods|products|electricity|crude|lng) from +T
1211 (refuse|decline) to (sell|export) * (gas|oil|energy|wheat|grain|goods|products|electricity|crude|lng) to +T
1211 (refuse|decline) to trade with +T
1211 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|facilitate|liberalize|resume|restore) * ~trade
1211 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|resume|restore) * (economic|commercial|business|energy|financial|trade|investment) (ties|cooperation|relations|links|partnership)
1211 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to invest
1211 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (lower|cut|remove|reduce|scrap|dismantle|ease|drop) * (barriers|quotas|duties)
1211 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (open|reopen|liberalize) * (market|markets|economy)

# --- 1212 military cooperation ---
1212 (refuse|decline) to (expand|boost|deepen|strengthen|increase|enhance|resume|restore) * (military|defense|security) (ties|cooperation|relations|links|partnership) with +T?
1212 (refuse|decline) to (hold|conduct|stage|join) * (exercises|drills|maneuvers|patrols) with +T?
1212 (refuse|decline) to sell * ~weapons to +T
1212 (refuse|decline) to (buy|purchase|acquire) * ~weapons from +T
1212 (refuse|decline) to (station|base|host) * ~troops (in|from) +T
1212 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (join|hold|conduct|stage|participate|take) * (exercises|exercise|drills|maneuvers|patrols)
1212 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (expand|boost|deepen|strengthen|increase|enhance|resume|restore) * (military|defense|security) (ties|cooperation|relations|links|partnership)
1212 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to join * (coalition|alliance|nato|mission|force|operation)
1212 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (buy|purchase|acquire|procure) * ~weapons
1212 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to host * (troops|bases|base|forces)

# --- 1213 judicial cooperation ---
1213 (refuse|decline) to (extradite|deport|hand) * to +T
1213 (refuse|decline) to cooperate with +T (on|in) * (investigation|inquiry|probe|extradition|extraditions|judicial|legal|justice)
1213 (refuse|decline) to cooperate with +T (investigation|inquiry|probe|investigators|prosecutors)
1213 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (extradite|deport)
1213 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to hand over
1213 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (cooperate|comply) with * (investigation|investigations|inquiry|probe|court|tribunal|icc|prosecutors|prosecution|justice|interpol|warrant|warrants)
1213 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (arrest|prosecute|punish|detain|apprehend) * (suspects|suspect|perpetrators|culprits|killers|attackers|fugitives|fugitive|those|responsible)
1213 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to bring * justice

# --- 121 intelligence cooperation ---
121  (refuse|decline) to (share|exchange|provide|pass|hand|give) * (intelligence|information|data|evidence|findings) (with|to) +T?
121  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (share|provide|exchange|disclose|release|hand|turn|give|pass) * (intelligence|information|evidence|data|details|documents|files|records|findings)
121  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (expand|boost|deepen|strengthen|increase|enhance) * (intelligence|counterterrorism) (sharing|cooperation|ties|exchange|exchanges)

# --- 120 diplomatic cooperation ---
120  (refuse|decline) to (normalize|restore|establish|resume|improve|mend|upgrade|strengthen|deepen|repair|expand|reestablish|develop|enhance|boost|build) * ~ties [with] +T?
120  (refuse|decline) to (support|back|endorse|recognize) +T
120  (refuse|decline) to (reopen|open|restore) * ~embassy in +T
120  (refuse|decline) to exchange * ~ambassador [with] +T?
120  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (normalize|restore|establish|resume|improve|mend|upgrade|strengthen|deepen|repair|expand|reestablish|develop|enhance|boost|build) * ~ties
120  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (support|back|endorse|recognize|join|sign|ratify|accede|adopt|approve|vote|embrace)
120  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (work|cooperate|coordinate|engage|partner|collaborate) with
120  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (reopen|open|restore) * ~embassy

# --- 122 aid ---
122  (refuse|decline) to (provide|send|give|deliver|extend|increase|boost|donate|contribute|step|channel) * ~aid (to|for) +T
122  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (provide|send|give|deliver|extend|increase|boost|donate|contribute|pledge|offer|step|scale|ramp|channel|mobilize|commit) * ~aid

# --- 1221 economic aid ---
1221 (refuse|decline) to (provide|send|give|extend|lend|grant|increase|boost|donate|contribute|disburse|release|unlock) * ~money (to|for) +T
1221 (refuse|decline) to (provide|send|give|extend|increase|boost|step) * (economic|financial|budget|budgetary|development) ~aid (to|for) +T
1221 (refuse|decline) to (forgive|cancel|write|restructure|reschedule|relieve) * (debt|debts) (of|owed|to) +T
1221 (refuse|decline) to (forgive|cancel|restructure|reschedule) +T (debt|debts)
1221 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (provide|send|give|extend|lend|grant|increase|boost|donate|contribute|pledge|offer|disburse|release|approve|unlock) * ~money
1221 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (provide|send|give|extend|increase|boost|pledge|offer|step) * (economic|financial|budget|budgetary|development|fiscal) ~aid
1221 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (forgive|cancel|write|restructure|reschedule|relieve|reduce) * (debt|debts)

# --- 1222 military aid ---
1222 (refuse|decline) to (send|supply|provide|deliver|give|transfer|ship|furnish|donate) * ~weapons to +T
1222 (refuse|decline) to (provide|send|give|extend|increase|boost|step) * (military|defense|security|lethal) ~aid (to|for) +T
1222 (refuse|decline) to (arm|train|equip) +T
1222 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (send|supply|provide|deliver|give|sell|transfer|ship|furnish|donate|increase|speed|expedite|approve) * ~weapons
1222 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (provide|send|give|extend|increase|boost|step|pledge) * (military|defense|security|lethal) ~aid

# --- 1223 humanitarian aid ---
1223 (refuse|decline) to (send|provide|deliver|give|extend|increase|boost|rush|airlift|donate|step) * humanitarian ~aid (to|for) +T
1223 (refuse|decline) to (send|provide|deliver|give|rush|airlift|airdrop|ship|distribute) * ~relief (to|for) +T
1223 (refuse|decline) to (accept|admit|take|host|shelter|resettle|receive|welcome) * (refugees|migrants|evacuees|asylum) from +T
1223 (refuse|decline) to (grant|give|offer) * asylum to +T
1223 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (send|provide|deliver|give|extend|increase|boost|rush|airlift|donate|step|scale) * humanitarian ~aid
1223 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (send|provide|deliver|give|rush|airlift|airdrop|ship|distribute) * ~relief
1223 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (accept|admit|take|host|shelter|welcome|resettle|receive) * (refugees|migrants|asylum|evacuees|displaced)
1223 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (grant|give|offer) * asylum
1223 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (evacuate|treat) * (civilians|wounded|children|injured|sick|patients)

# --- 1224 military protection or peacekeeping ---
1224 (refuse|decline) to (send|deploy|provide|contribute|dispatch|commit|station) * ~peacekeepers (to|in|for) +T
1224 (refuse|decline) to (protect|defend) +T
1224 (refuse|decline) to (guarantee|ensure|provide) * security (of|for|to) +T
1224 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (send|deploy|provide|contribute|dispatch|commit|station) * ~peacekeepers
1224 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (protect|defend|shield) * (civilians|population|people|refugees|minorities|residents)

# --- 123 political reform ---
123  (refuse|decline) to (implement|undertake|carry|adopt|pursue|introduce|enact) * (reform|reforms) (in|for) +T
123  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (implement|undertake|carry|adopt|pursue|introduce|enact|accelerate|speed|push|deliver|make) * (reform|reforms)
123  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to reform

# --- 1231 leadership change ---
1231 (refuse|decline) to (hand|transfer|cede|relinquish|surrender|return) * power to +T
1231 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (resign|quit|abdicate)
1231 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to step down
1231 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (relinquish|cede|transfer|hand|give|surrender) * power
1231 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (leave|vacate) * (office|power|post)
1231 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (hold|call|organize|stage|allow|schedule) * (elections|election|polls|vote)

# --- 1232 policy change ---
1232 (refuse|decline) to (change|reverse|reconsider|revise|rethink|review|adjust|shift|soften) * (policy|policies|stance|position|approach|attitude) (toward|towards|on|regarding|to) +T
1232 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (change|reverse|reconsider|revise|rethink|review|abandon|drop|scrap|withdraw|rescind|revoke|amend|alter|modify|adjust|shift|cancel|freeze|repeal|shelve) * (policy|policies|decision|plan|plans|stance|position|law|laws|bill|legislation|course|approach|measure|measures|program|project|construction|settlements|expansion|annexation)
1232 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (reverse|reconsider|rethink|reassess|reevaluate)
1232 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (stop|end|cease|halt) (supporting|funding|backing|arming|harboring|interfering|meddling|inciting|sponsoring|financing|building|expanding|enriching|testing|developing)
1232 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (stop|end|cease|halt|curb) * (support|funding|backing|arming|interference|meddling|incitement|sponsorship)
1232 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (halt|stop|suspend|freeze|curb|limit|abandon|dismantle|scale|cap|end) * (enrichment|nuclear|testing|tests|launches|program|programs|settlement|settlements|construction|annexation|demolitions|evictions)

# --- 1233 rights ---
1233 (refuse|decline) to (grant|give|offer|restore|guarantee|extend|respect|protect|recognize) * ~rights (to|for|of) +T
1233 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (respect|protect|uphold|guarantee|ensure|grant|restore|safeguard|improve|recognize|honor|observe|expand) * ~rights
1233 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (end|stop|halt|cease) * ~abuses

# --- 1234 institutional change ---
1234 (refuse|decline) to (grant|give|offer) * (autonomy|independence|statehood|sovereignty|federalism|selfrule) to +T
1234 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (adopt|draft|amend|change|rewrite|reform|revise|write|restore) * (constitution|charter|electoral|institutions|judiciary|parliament|system)
1234 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (restore|return|transition|move) * (democracy|democratic|civilian|constitutional)
1234 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (grant|give|offer|accept) * (autonomy|independence|statehood|sovereignty|federalism|selfrule)
1234 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to hold * referendum
1234 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to democratize

# --- 124 yield ---
124  (refuse|decline) to (make|offer) * concessions to +T
124  (refuse|decline) to (meet|accept|heed|accommodate|satisfy) * (demands|conditions|terms) (of|by|from|set) +T
124  (refuse|decline) to (comply|abide) with * (demands|resolutions|resolution|terms|ruling|conditions|requests) (of|by|from) +T
124  (refuse|decline) to (pay|offer|provide) * (compensation|reparations) to +T
124  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (yield|concede|compromise|capitulate|relent|submit|comply|obey|cave)
124  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to back down
124  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (make|offer) * concessions
124  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to give up * (claims|claim|demands|ambitions|territory)
124  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (show|display|demonstrate) * flexibility
124  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (comply|abide) with * (demands|resolutions|resolution|obligations|terms|law|ruling|order|rules|commitments)
124  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (pay|offer|provide) * (compensation|reparations)
124  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to apologize

# --- 1241 easing of administrative sanctions ---
1241 (refuse|decline) to (lift|ease|end|relax|remove|revoke|suspend|scrap|rescind) * (curfew|restrictions|ban|bans|emergency|censorship|lockdown) (on|in|against|for|imposed) +T
1241 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (lift|ease|end|relax|remove|revoke|suspend|scrap|drop|rescind|loosen) * (curfew|restrictions|ban|bans|emergency|censorship|lockdown)
1241 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (restore|unblock|reopen) * (internet|websites|newspapers|media|outlets|broadcasts)
1241 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (allow|permit|legalize|unban|register) * (party|parties|opposition|protests|demonstrations|rallies|gatherings|media)

# --- 1242 easing of political dissent ---
1242 (refuse|decline) to (end|stop|halt|suspend|cease|call|abandon) * (protests|protest|demonstrations|rallies|strike|walkout|riots|unrest) (against|in) +T
1242 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (end|stop|halt|suspend|cease|call|abandon|calm) * (protests|protest|demonstrations|demonstration|rallies|rally|walkout|riots|unrest|agitation|strike)
1242 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (leave|clear|vacate) * (streets|square|squares|camps|encampment|encampments)

# --- 1243 release of persons or property ---
1243 (refuse|decline) to (release|free|liberate|pardon) +T
1243 (refuse|decline) to (exchange|swap) * ~prisoners [with] +T?
1243 (refuse|decline) to (return|restore|hand) * (property|properties|land|lands|territory|territories|bodies|remains|antiquities|artifacts|assets|islands) to +T
1243 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (release|free|return|hand|repatriate|exchange|swap|pardon|liberate) * ~prisoners
1243 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (release|free|liberate)
1243 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (return|restore|hand) * (property|properties|land|lands|territory|territories|bodies|remains|antiquities|artifacts|assets|islands)

# --- 1244 easing of economic sanctions ---
1244 (refuse|decline) to (lift|ease|end|relax|remove|suspend|drop|scrap|waive|reduce|roll|loosen) * ~sanctions (on|against|imposed) +T
1244 (refuse|decline) to unfreeze +T (assets|funds|reserves|accounts)
1244 (refuse|decline) to unfreeze * (assets|funds|reserves|accounts) (of|belonging) +T
1244 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (lift|ease|end|relax|remove|suspend|drop|scrap|waive|reduce|roll|loosen|halt) * ~sanctions
1244 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to unfreeze * (assets|funds|reserves|accounts)

# --- 1245 international involvement ---
1245 (refuse|decline) to (allow|permit|grant|give|ensure|facilitate|guarantee|provide|restore) * (access|entry) (to|for) +T
1245 (refuse|decline) to (allow|admit|accept|permit|receive|welcome|readmit) * ~inspectors (from|of) +T
1245 (refuse|decline) to (allow|admit|accept|permit|receive|welcome|readmit) +T ~inspectors
1245 (refuse|decline) to (accept|allow|receive|welcome|admit) * ~peacekeepers (from|of) +T
1245 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (allow|permit|grant|give|ensure|facilitate|guarantee|provide|restore|open) * (access|entry)
1245 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (allow|admit|accept|let|permit|receive|welcome|readmit) * ~inspectors
1245 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (allow|admit|accept|let|permit|receive|welcome) * ~peacekeepers
1245 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (allow|admit|let|permit|readmit) * ~agencies
1245 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (let|allow|permit) * ~aid (in|into|through|reach|to)
1245 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (open|reopen) * (crossings|crossing|border|borders|corridor|corridors|ports|port|airport|routes|route)
1245 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (cooperate|comply) with * (iaea|inspectors|inspections|watchdog|agency|monitors|observers|mission)

# --- 1246 de-escalation of military engagement ---
1246 (refuse|decline) to (halt|stop|end|cease|suspend|call|scale|wind|curb|limit|pause) * ~fighting (against|on|in|with) +T
1246 (refuse|decline) to (withdraw|pull|remove|recall) * ~troops (from|of) +T
1246 (refuse|decline) to pull * ~troops out of +T
1246 (refuse|decline) to (pull|move) out of +T
1246 (refuse|decline) to (withdraw|retreat) from +T
1246 (refuse|decline) to (observe|respect|honor|abide|implement|extend|accept|uphold|maintain|restore) * ~ceasefire (with|in) +T?
1246 (refuse|decline) to (stop|halt|end|cease) (attacking|bombing|shelling|firing|targeting|striking) +T
1246 (refuse|decline) to (ease|reduce|defuse|calm|lower) * (tensions|tension) with +T?
1246 (refuse|decline) to (lift|ease|end|relax|loosen) * (blockade|siege) (on|of|against) +T
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (halt|stop|end|cease|suspend|call|scale|wind|curb|limit|pause|stem) * ~fighting
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (exercise|show|display|practice|use) * restraint
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (remain|stay|keep) calm
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (withdraw|pull|remove|move|recall|bring) * ~troops
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (withdraw|pull|retreat) (out|back)
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (accept|declare|observe|respect|honor|abide|implement|extend|sign|uphold|maintain|restore|reach|announce|agree|adhere|commit) * ~ceasefire
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (deescalate|disarm|demobilize|disengage|surrender|withdraw)
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (lay|put|hand|surrender) * (arms|weapons)
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (ease|reduce|defuse|calm|lower|cool) * (tensions|tension)
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (avoid|prevent) * escalation
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (refrain|desist|abstain) from
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (lift|ease|end|relax|loosen) * (blockade|siege)
1246 (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (stop|halt|end|cease) (attacking|bombing|shelling|firing|targeting|striking|killing|fighting)

# --- 125 meeting or negotiation ---
125  (refuse|decline) to (meet|negotiate) [with] +T?
125  (refuse|decline) to talk (with|to) +T
125  (refuse|decline) to (hold|resume|start|begin|open|launch|restart|enter|join|continue|pursue) * ~talks [with] +T?
125  (refuse|decline) to (visit|tour) +T
125  (refuse|decline) to (host|receive) +T
125  (refuse|decline) to (travel|go|fly|come) to +T
125  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (negotiate|meet|talk)
125  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to sit down
125  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (resume|start|begin|open|hold|launch|restart|enter|join|continue|pursue|accept|attend|engage|reopen|return) * ~talks
125  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (return|come|go|get) * (table|negotiating)
125  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (attend|join|participate) * (conference|summit|meeting|meetings)

# --- 127 settlement of dispute ---
127  (refuse|decline) to (reach|make|seek|pursue|conclude|accept|sign|negotiate|find|work|achieve|forge) * ~peace [with] +T?
127  (refuse|decline) to (settle|resolve|end|solve) * (dispute|disputes|conflict|differences|standoff|row|feud|impasse|crisis|issue) [with] +T?
127  (refuse|decline) to reconcile [with] +T?
127  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (reach|make|seek|pursue|conclude|accept|sign|agree|negotiate|find|work|achieve|embrace|forge) * ~peace
127  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (settle|resolve|end|solve) * (dispute|disputes|conflict|conflicts|differences|standoff|row|feud|issue|impasse|deadlock|crisis)
127  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to reconcile
127  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (implement|honor|respect|abide|uphold|fulfill) * (agreement|agreements|accords|accord|deal|roadmap)

# --- 126 mediation ---
126  (refuse|decline) to (accept|welcome|allow|seek|embrace) * ~mediation (of|by|from) +T
126  (refuse|decline) to (mediate|broker|facilitate|arbitrate|intercede) (between|among|with) +T
126  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (mediate|intervene|intercede|arbitrate|facilitate|broker)
126  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (accept|allow|welcome|agree|seek|consider|embrace) * ~mediation
126  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to (use|exert|exercise|leverage|wield) * (influence|leverage|clout|sway|weight)
126  (reject|rebuff|dismiss|spurn|ignore|defy|resist) * (call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|pressure|ultimatum) (by|from) +T to play * role
