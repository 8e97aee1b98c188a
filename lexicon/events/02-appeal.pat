# 02 APPEAL
# Requests, proposals and appeals addressed to the target (the actor asked to act).
# 020 generic appeals; 021x material cooperation (0211 economic, 0212 military, 0213 judicial,
# 0214 intelligence); 022 diplomatic cooperation and policy support; 023x aid (0231 economic,
# 0232 military, 0233 humanitarian incl. asylum, 0234 peacekeeping/protection); 024x political
# reform (0241 leadership change and elections, 0242 policy, 0243 rights, 0244 institutions);
# 025x yield (0251 administrative sanctions, 0252 dissent, 0253 release, 0254 economic sanctions,
# 0255 international access, 0256 de-escalation: ceasefire, withdrawal, restraint);
# 026 meet or negotiate; 027 settle dispute; 028 mediation.
# Forceful demands and orders are 10x; pledges by the source itself are 03x.
# The grid sections repeat the same verb phrases after two appeal frames:
#   (urge|press|ask|...) +T to ...  and  (call|appeal|plead) (on|upon|for|to|with) +T to ...

# --- 020 Make an appeal or request: generic fallbacks -----------------------------------------
020  (say|insist|argue|stress|add) [that] +T (should|ought)
020  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to
020  (call|appeal|plead) (on|upon|for|to|with) +T to
020  (appeal|plead) (to|with) +T
020  call (on|upon) +T
020  (urge|implore|beseech|entreat) +T
020  ask +T for
020  (turn|look) to +T for
020  (make|issue|launch|send|deliver|renew|repeat|reiterate|direct|address) * (appeal|appeals|plea|pleas|call|calls|request|requests) to +T
020  (propose|suggest|recommend) to +T
020  (present|submit|send|put|table|offer|forward|deliver|hand) * (proposal|proposals|plan|initiative|request|suggestion|suggestions|draft|roadmap|blueprint) to +T
020  lobby +T (for|on|over|to|against)
020  (seek|request|solicit) * (cooperation|understanding) (of|from) +T
021  (seek|request|solicit) * (material|practical|technical|concrete) (cooperation|partnership|help|support) (from|of) +T
021  ask +T for * (material|practical|technical|concrete) (cooperation|partnership|help|support)
N 020  (appeal|plea|request) to +T
N 020  (appeal|plea|request) (by|from) +S to +T
N 020  proposal to +T

# --- Appeals for something from the target: ask +T for ..., seek ... from +T --------------------

0211 ask +T for * ~trade
0211 (appeal|turn|look) to +T for * ~trade
0211 (seek|request|solicit) * ~trade from +T
0211 ask +T for * (trade|economic|energy|investment|business) ~cooperation
0211 (appeal|turn|look) to +T for * (trade|economic|energy|investment|business) ~cooperation
0211 (seek|request|solicit) * (trade|economic|energy|investment|business) ~cooperation from +T

0212 ask +T for * (military|defense|security) ~cooperation
0212 (appeal|turn|look) to +T for * (military|defense|security) ~cooperation
0212 (seek|request|solicit) * (military|defense|security) ~cooperation from +T

0213 ask +T for * extradition
0213 (appeal|turn|look) to +T for * extradition
0213 (seek|request|solicit) * extradition from +T
0213 ask +T for * (legal|judicial) (assistance|cooperation|help)
0213 (appeal|turn|look) to +T for * (legal|judicial) (assistance|cooperation|help)
0213 (seek|request|solicit) * (legal|judicial) (assistance|cooperation|help) from +T

0214 ask +T for * (intelligence|information|evidence|data|details|documents|records)
0214 (appeal|turn|look) to +T for * (intelligence|information|evidence|data|details|documents|records)
0214 (seek|request|solicit) * (intelligence|information|evidence|data|details|documents|records) from +T

022  ask +T for * ~support
022  (appeal|turn|look) to +T for * ~support
022  (seek|request|solicit) * ~support from +T
022  ask +T for * (recognition|membership)
022  (appeal|turn|look) to +T for * (recognition|membership)
022  (seek|request|solicit) * (recognition|membership) from +T

023  ask +T for * ~aid
023  (appeal|turn|look) to +T for * ~aid
023  (seek|request|solicit) * ~aid from +T

0231 ask +T for * ~money
0231 (appeal|turn|look) to +T for * ~money
0231 (seek|request|solicit) * ~money from +T
0231 ask +T for * (financial|economic|budget|budgetary|development) ~aid
0231 (appeal|turn|look) to +T for * (financial|economic|budget|budgetary|development) ~aid
0231 (seek|request|solicit) * (financial|economic|budget|budgetary|development) ~aid from +T
0231 ask +T for * debt (relief|forgiveness|cancellation|restructuring)
0231 (appeal|turn|look) to +T for * debt (relief|forgiveness|cancellation|restructuring)
0231 (seek|request|solicit) * debt (relief|forgiveness|cancellation|restructuring) from +T

0232 ask +T for * ~weapons
0232 (appeal|turn|look) to +T for * ~weapons
0232 (seek|request|solicit) * ~weapons from +T
0232 ask +T for * (military|defense|security|lethal) ~aid
0232 (appeal|turn|look) to +T for * (military|defense|security|lethal) ~aid
0232 (seek|request|solicit) * (military|defense|security|lethal) ~aid from +T

0233 ask +T for * humanitarian ~aid
0233 (appeal|turn|look) to +T for * humanitarian ~aid
0233 (seek|request|solicit) * humanitarian ~aid from +T
0233 ask +T for * ~relief
0233 (appeal|turn|look) to +T for * ~relief
0233 (seek|request|solicit) * ~relief from +T

0234 ask +T for * ~peacekeepers
0234 (appeal|turn|look) to +T for * ~peacekeepers
0234 (seek|request|solicit) * ~peacekeepers from +T

028  ask +T for * ~mediation
028  (appeal|turn|look) to +T for * ~mediation
028  (seek|request|solicit) * ~mediation from +T

# --- Calls for an outcome that concerns the target -----------------------------------------
0233 (seek|request|apply|ask) * asylum (in|from) +T
0233 call for * humanitarian ~aid (to|for|into) +T
0234 call for * ~peacekeepers (in|to|for) +T
0241 call for * (resignation|ouster|removal|departure|impeachment|replacement|overthrow) of +T
0242 call for * (change|shift|reversal|review|rethink) (in|of) * (policy|policies|stance|position|approach) (of|by|toward|towards) +T
0243 call for * ~rights (for|of) +T
0253 call for * (release|return|freeing|repatriation) of +T
0254 call for * (lifting|easing|removal|suspension|end) of * ~sanctions (on|against) +T
0255 call for * (access|entry) (to|into|for) +T
0255 call for * ~inspectors (in|to|into) +T
0256 call for * ~ceasefire (in|between|with|on) +T
0256 call for * (withdrawal|pullout|exit|pullback) of +T
0256 call for * (end|halt|cessation|stop) (to|of) * ~fighting (in|by|against|on|between) +T
0256 call for * restraint (by|from|in|on) +T
0256 call for * (lifting|easing|end) of * (blockade|siege) (on|of) +T
0256 (urge|counsel|preach) * (restraint|calm|moderation) (on|by|from|in) +T
0256 (urge|press|ask|implore|advise|encourage) +T not to (attack|strike|invade|escalate|retaliate|launch|respond|use|bomb|target|enter)
0256 call (on|upon) +T not to (attack|strike|invade|escalate|retaliate|launch|respond|use|bomb|target|enter)
026  call for * ~talks (between|among) +T
026  (propose|suggest|urge|encourage|seek|recommend) * ~talks between +T
026  (propose|suggest|urge|encourage|recommend) * ~meeting between +T
027  call for * ~peace (between|among|in) +T
027  (urge|encourage|seek|propose) * ~peace between +T
028  call for * ~mediation (by|from|of|between) +T

# === Grid: appeal frames x verb phrases ======================================================

# --- 0211 economic cooperation ---
0211 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|facilitate|liberalize|resume|restore) * ~trade
0211 (call|appeal|plead) (on|upon|for|to|with) +T to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|facilitate|liberalize|resume|restore) * ~trade
0211 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|resume|restore) * (economic|commercial|business|energy|financial|trade|investment) (ties|cooperation|relations|links|partnership)
0211 (call|appeal|plead) (on|upon|for|to|with) +T to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|resume|restore) * (economic|commercial|business|energy|financial|trade|investment) (ties|cooperation|relations|links|partnership)
0211 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to invest
0211 (call|appeal|plead) (on|upon|for|to|with) +T to invest
0211 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (lower|cut|remove|reduce|scrap|dismantle|ease|drop) * (barriers|quotas|duties)
0211 (call|appeal|plead) (on|upon|for|to|with) +T to (lower|cut|remove|reduce|scrap|dismantle|ease|drop) * (barriers|quotas|duties)
0211 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (open|reopen|liberalize) * (market|markets|economy)
0211 (call|appeal|plead) (on|upon|for|to|with) +T to (open|reopen|liberalize) * (market|markets|economy)

# --- 0212 military cooperation ---
0212 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (join|hold|conduct|stage|participate|take) * (exercises|exercise|drills|maneuvers|patrols)
0212 (call|appeal|plead) (on|upon|for|to|with) +T to (join|hold|conduct|stage|participate|take) * (exercises|exercise|drills|maneuvers|patrols)
0212 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (expand|boost|deepen|strengthen|increase|enhance|resume|restore) * (military|defense|security) (ties|cooperation|relations|links|partnership)
0212 (call|appeal|plead) (on|upon|for|to|with) +T to (expand|boost|deepen|strengthen|increase|enhance|resume|restore) * (military|defense|security) (ties|cooperation|relations|links|partnership)
0212 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to join * (coalition|alliance|nato|mission|force|operation)
0212 (call|appeal|plead) (on|upon|for|to|with) +T to join * (coalition|alliance|nato|mission|force|operation)
0212 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (buy|purchase|acquire|procure) * ~weapons
0212 (call|appeal|plead) (on|upon|for|to|with) +T to (buy|purchase|acquire|procure) * ~weapons
0212 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to host * (troops|bases|base|forces)
0212 (call|appeal|plead) (on|upon|for|to|with) +T to host * (troops|bases|base|forces)

# --- 0213 judicial cooperation ---
0213 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (extradite|deport)
0213 (call|appeal|plead) (on|upon|for|to|with) +T to (extradite|deport)
0213 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to hand over
0213 (call|appeal|plead) (on|upon|for|to|with) +T to hand over
0213 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (cooperate|comply) with * (investigation|investigations|inquiry|probe|court|tribunal|icc|prosecutors|prosecution|justice|interpol|warrant|warrants)
0213 (call|appeal|plead) (on|upon|for|to|with) +T to (cooperate|comply) with * (investigation|investigations|inquiry|probe|court|tribunal|icc|prosecutors|prosecution|justice|interpol|warrant|warrants)
0213 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (arrest|prosecute|punish|detain|apprehend) * (suspects|suspect|perpetrators|culprits|killers|attackers|fugitives|fugitive|those|responsible)
0213 (call|appeal|plead) (on|upon|for|to|with) +T to (arrest|prosecute|punish|detain|apprehend) * (suspects|suspect|perpetrators|culprits|killers|attackers|fugitives|fugitive|those|responsible)
0213 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to bring * justice
0213 (call|appeal|plead) (on|upon|for|to|with) +T to bring * justice

# --- 0214 intelligence cooperation ---
0214 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (share|provide|exchange|disclose|release|hand|turn|give|pass) * (intelligence|information|evidence|data|details|documents|files|records|findings)
0214 (call|appeal|plead) (on|upon|for|to|with) +T to (share|provide|exchange|disclose|release|hand|turn|give|pass) * (intelligence|information|evidence|data|details|documents|files|records|findings)
0214 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (expand|boost|deepen|strengthen|increase|enhance) * (intelligence|counterterrorism) (sharing|cooperation|ties|exchange|exchanges)
0214 (call|appeal|plead) (on|upon|for|to|with) +T to (expand|boost|deepen|strengthen|increase|enhance) * (intelligence|counterterrorism) (sharing|cooperation|ties|exchange|exchanges)

# --- 022 diplomatic cooperation ---
022  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (normalize|restore|establish|resume|improve|mend|upgrade|strengthen|deepen|repair|expand|reestablish|develop|enhance|boost|build) * ~ties
022  (call|appeal|plead) (on|upon|for|to|with) +T to (normalize|restore|establish|resume|improve|mend|upgrade|strengthen|deepen|repair|expand|reestablish|develop|enhance|boost|build) * ~ties
022  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (support|back|endorse|recognize|join|sign|ratify|accede|adopt|approve|vote|embrace)
022  (call|appeal|plead) (on|upon|for|to|with) +T to (support|back|endorse|recognize|join|sign|ratify|accede|adopt|approve|vote|embrace)
022  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (work|cooperate|coordinate|engage|partner|collaborate) with
022  (call|appeal|plead) (on|upon|for|to|with) +T to (work|cooperate|coordinate|engage|partner|collaborate) with
022  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (reopen|open|restore) * ~embassy
022  (call|appeal|plead) (on|upon|for|to|with) +T to (reopen|open|restore) * ~embassy

# --- 023 aid ---
023  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (provide|send|give|deliver|extend|increase|boost|donate|contribute|pledge|offer|step|scale|ramp|channel|mobilize|commit) * ~aid
023  (call|appeal|plead) (on|upon|for|to|with) +T to (provide|send|give|deliver|extend|increase|boost|donate|contribute|pledge|offer|step|scale|ramp|channel|mobilize|commit) * ~aid

# --- 0231 economic aid ---
0231 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (provide|send|give|extend|lend|grant|increase|boost|donate|contribute|pledge|offer|disburse|release|approve|unlock) * ~money
0231 (call|appeal|plead) (on|upon|for|to|with) +T to (provide|send|give|extend|lend|grant|increase|boost|donate|contribute|pledge|offer|disburse|release|approve|unlock) * ~money
0231 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (provide|send|give|extend|increase|boost|pledge|offer|step) * (economic|financial|budget|budgetary|development|fiscal) ~aid
0231 (call|appeal|plead) (on|upon|for|to|with) +T to (provide|send|give|extend|increase|boost|pledge|offer|step) * (economic|financial|budget|budgetary|development|fiscal) ~aid
0231 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (forgive|cancel|write|restructure|reschedule|relieve|reduce) * (debt|debts)
0231 (call|appeal|plead) (on|upon|for|to|with) +T to (forgive|cancel|write|restructure|reschedule|relieve|reduce) * (debt|debts)

# --- 0232 military aid ---
0232 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (send|supply|provide|deliver|give|sell|transfer|ship|furnish|donate|increase|speed|expedite|approve) * ~weapons
0232 (call|appeal|plead) (on|upon|for|to|with) +T to (send|supply|provide|deliver|give|sell|transfer|ship|furnish|donate|increase|speed|expedite|approve) * ~weapons
0232 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (provide|send|give|extend|increase|boost|step|pledge) * (military|defense|security|lethal) ~aid
0232 (call|appeal|plead) (on|upon|for|to|with) +T to (provide|send|give|extend|increase|boost|step|pledge) * (military|defense|security|lethal) ~aid

# --- 0233 humanitarian aid ---
0233 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (send|provide|deliver|give|extend|increase|boost|rush|airlift|donate|step|scale) * humanitarian ~aid
0233 (call|appeal|plead) (on|upon|for|to|with) +T to (send|provide|deliver|give|extend|increase|boost|rush|airlift|donate|step|scale) * humanitarian ~aid
0233 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (send|provide|deliver|give|rush|airlift|airdrop|ship|distribute) * ~relief
0233 (call|appeal|plead) (on|upon|for|to|with) +T to (send|provide|deliver|give|rush|airlift|airdrop|ship|distribute) * ~relief
0233 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (accept|admit|take|host|shelter|welcome|resettle|receive) * (refugees|migrants|asylum|evacuees|displaced)
0233 (call|appeal|plead) (on|upon|for|to|with) +T to (accept|admit|take|host|shelter|welcome|resettle|receive) * (refugees|migrants|asylum|evacuees|displaced)
0233 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (grant|give|offer) * asylum
0233 (call|appeal|plead) (on|upon|for|to|with) +T to (grant|give|offer) * asylum
0233 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (evacuate|treat) * (civilians|wounded|children|injured|sick|patients)
0233 (call|appeal|plead) (on|upon|for|to|with) +T to (evacuate|treat) * (civilians|wounded|children|injured|sick|patients)

# --- 0234 military protection or peacekeeping ---
0234 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (send|deploy|provide|contribute|dispatch|commit|station) * ~peacekeepers
0234 (call|appeal|plead) (on|upon|for|to|with) +T to (send|deploy|provide|contribute|dispatch|commit|station) * ~peacekeepers
0234 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (protect|defend|shield) * (civilians|population|people|refugees|minorities|residents)
0234 (call|appeal|plead) (on|upon|for|to|with) +T to (protect|defend|shield) * (civilians|population|people|refugees|minorities|residents)

# --- 024 political reform ---
024  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (implement|undertake|carry|adopt|pursue|introduce|enact|accelerate|speed|push|deliver|make) * (reform|reforms)
024  (call|appeal|plead) (on|upon|for|to|with) +T to (implement|undertake|carry|adopt|pursue|introduce|enact|accelerate|speed|push|deliver|make) * (reform|reforms)
024  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to reform
024  (call|appeal|plead) (on|upon|for|to|with) +T to reform

# --- 0241 leadership change ---
0241 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (resign|quit|abdicate)
0241 (call|appeal|plead) (on|upon|for|to|with) +T to (resign|quit|abdicate)
0241 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to step down
0241 (call|appeal|plead) (on|upon|for|to|with) +T to step down
0241 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (relinquish|cede|transfer|hand|give|surrender) * power
0241 (call|appeal|plead) (on|upon|for|to|with) +T to (relinquish|cede|transfer|hand|give|surrender) * power
0241 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (leave|vacate) * (office|power|post)
0241 (call|appeal|plead) (on|upon|for|to|with) +T to (leave|vacate) * (office|power|post)
0241 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (hold|call|organize|stage|allow|schedule) * (elections|election|polls|vote)
0241 (call|appeal|plead) (on|upon|for|to|with) +T to (hold|call|organize|stage|allow|schedule) * (elections|election|polls|vote)

# --- 0242 policy change ---
0242 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (change|reverse|reconsider|revise|rethink|review|abandon|drop|scrap|withdraw|rescind|revoke|amend|alter|modify|adjust|shift|cancel|freeze|repeal|shelve) * (policy|policies|decision|plan|plans|stance|position|law|laws|bill|legislation|course|approach|measure|measures|program|project|construction|settlements|expansion|annexation)
0242 (call|appeal|plead) (on|upon|for|to|with) +T to (change|reverse|reconsider|revise|rethink|review|abandon|drop|scrap|withdraw|rescind|revoke|amend|alter|modify|adjust|shift|cancel|freeze|repeal|shelve) * (policy|policies|decision|plan|plans|stance|position|law|laws|bill|legislation|course|approach|measure|measures|program|project|construction|settlements|expansion|annexation)
0242 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (reverse|reconsider|rethink|reassess|reevaluate)
0242 (call|appeal|plead) (on|upon|for|to|with) +T to (reverse|reconsider|rethink|reassess|reevaluate)
0242 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (stop|end|cease|halt) (supporting|funding|backing|arming|harboring|interfering|meddling|inciting|sponsoring|financing|building|expanding|enriching|testing|developing)
0242 (call|appeal|plead) (on|upon|for|to|with) +T to (stop|end|cease|halt) (supporting|funding|backing|arming|harboring|interfering|meddling|inciting|sponsoring|financing|building|expanding|enriching|testing|developing)
0242 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (stop|end|cease|halt|curb) * (support|funding|backing|arming|interference|meddling|incitement|sponsorship)
0242 (call|appeal|plead) (on|upon|for|to|with) +T to (stop|end|cease|halt|curb) * (support|funding|backing|arming|interference|meddling|incitement|sponsorship)
0242 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (halt|stop|suspend|freeze|curb|limit|abandon|dismantle|scale|cap|end) * (enrichment|nuclear|testing|tests|launches|program|programs|settlement|settlements|construction|annexation|demolitions|evictions)
0242 (call|appeal|plead) (on|upon|for|to|with) +T to (halt|stop|suspend|freeze|curb|limit|abandon|dismantle|scale|cap|end) * (enrichment|nuclear|testing|tests|launches|program|programs|settlement|settlements|construction|annexation|demolitions|evictions)

# --- 0243 rights ---
0243 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (respect|protect|uphold|guarantee|ensure|grant|restore|safeguard|improve|recognize|honor|observe|expand) * ~rights
0243 (call|appeal|plead) (on|upon|for|to|with) +T to (respect|protect|uphold|guarantee|ensure|grant|restore|safeguard|improve|recognize|honor|observe|expand) * ~rights
0243 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (end|stop|halt|cease) * ~abuses
0243 (call|appeal|plead) (on|upon|for|to|with) +T to (end|stop|halt|cease) * ~abuses

# --- 0244 institutional change ---
0244 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (adopt|draft|amend|change|rewrite|reform|revise|write|restore) * (constitution|charter|electoral|institutions|judiciary|parliament|system)
0244 (call|appeal|plead) (on|upon|for|to|with) +T to (adopt|draft|amend|change|rewrite|reform|revise|write|restore) * (constitution|charter|electoral|institutions|judiciary|parliament|system)
0244 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (restore|return|transition|move) * (democracy|democratic|civilian|constitutional)
0244 (call|appeal|plead) (on|upon|for|to|with) +T to (restore|return|transition|move) * (democracy|democratic|civilian|constitutional)
0244 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (grant|give|offer|accept) * (autonomy|independence|statehood|sovereignty|federalism|selfrule)
0244 (call|appeal|plead) (on|upon|for|to|with) +T to (grant|give|offer|accept) * (autonomy|independence|statehood|sovereignty|federalism|selfrule)
0244 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to hold * referendum
0244 (call|appeal|plead) (on|upon|for|to|with) +T to hold * referendum
0244 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to democratize
0244 (call|appeal|plead) (on|upon|for|to|with) +T to democratize

# --- 025 yield ---
025  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (yield|concede|compromise|capitulate|relent|submit|comply|obey|cave)
025  (call|appeal|plead) (on|upon|for|to|with) +T to (yield|concede|compromise|capitulate|relent|submit|comply|obey|cave)
025  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to back down
025  (call|appeal|plead) (on|upon|for|to|with) +T to back down
025  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (make|offer) * concessions
025  (call|appeal|plead) (on|upon|for|to|with) +T to (make|offer) * concessions
025  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to give up * (claims|claim|demands|ambitions|territory)
025  (call|appeal|plead) (on|upon|for|to|with) +T to give up * (claims|claim|demands|ambitions|territory)
025  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (show|display|demonstrate) * flexibility
025  (call|appeal|plead) (on|upon|for|to|with) +T to (show|display|demonstrate) * flexibility
025  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (comply|abide) with * (demands|resolutions|resolution|obligations|terms|law|ruling|order|rules|commitments)
025  (call|appeal|plead) (on|upon|for|to|with) +T to (comply|abide) with * (demands|resolutions|resolution|obligations|terms|law|ruling|order|rules|commitments)
025  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (pay|offer|provide) * (compensation|reparations)
025  (call|appeal|plead) (on|upon|for|to|with) +T to (pay|offer|provide) * (compensation|reparations)
025  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to apologize
025  (call|appeal|plead) (on|upon|for|to|with) +T to apologize

# --- 0251 easing of administrative sanctions ---
0251 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (lift|ease|end|relax|remove|revoke|suspend|scrap|drop|rescind|loosen) * (curfew|restrictions|ban|bans|emergency|censorship|lockdown)
0251 (call|appeal|plead) (on|upon|for|to|with) +T to (lift|ease|end|relax|remove|revoke|suspend|scrap|drop|rescind|loosen) * (curfew|restrictions|ban|bans|emergency|censorship|lockdown)
0251 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (restore|unblock|reopen) * (internet|websites|newspapers|media|outlets|broadcasts)
0251 (call|appeal|plead) (on|upon|for|to|with) +T to (restore|unblock|reopen) * (internet|websites|newspapers|media|outlets|broadcasts)
0251 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (allow|permit|legalize|unban|register) * (party|parties|opposition|protests|demonstrations|rallies|gatherings|media)
0251 (call|appeal|plead) (on|upon|for|to|with) +T to (allow|permit|legalize|unban|register) * (party|parties|opposition|protests|demonstrations|rallies|gatherings|media)

# --- 0252 easing of political dissent ---
0252 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (end|stop|halt|suspend|cease|call|abandon|calm) * (protests|protest|demonstrations|demonstration|rallies|rally|walkout|riots|unrest|agitation|strike)
0252 (call|appeal|plead) (on|upon|for|to|with) +T to (end|stop|halt|suspend|cease|call|abandon|calm) * (protests|protest|demonstrations|demonstration|rallies|rally|walkout|riots|unrest|agitation|strike)
0252 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (leave|clear|vacate) * (streets|square|squares|camps|encampment|encampments)
0252 (call|appeal|plead) (on|upon|for|to|with) +T to (leave|clear|vacate) * (streets|square|squares|camps|encampment|encampments)

# --- 0253 release of persons or property ---
0253 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (release|free|return|hand|repatriate|exchange|swap|pardon|liberate) * ~prisoners
0253 (call|appeal|plead) (on|upon|for|to|with) +T to (release|free|return|hand|repatriate|exchange|swap|pardon|liberate) * ~prisoners
0253 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (release|free|liberate)
0253 (call|appeal|plead) (on|upon|for|to|with) +T to (release|free|liberate)
0253 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (return|restore|hand) * (property|properties|land|lands|territory|territories|bodies|remains|antiquities|artifacts|assets|islands)
0253 (call|appeal|plead) (on|upon|for|to|with) +T to (return|restore|hand) * (property|properties|land|lands|territory|territories|bodies|remains|antiquities|artifacts|assets|islands)

# --- 0254 easing of economic sanctions ---
0254 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (lift|ease|end|relax|remove|suspend|drop|scrap|waive|reduce|roll|loosen|halt) * ~sanctions
0254 (call|appeal|plead) (on|upon|for|to|with) +T to (lift|ease|end|relax|remove|suspend|drop|scrap|waive|reduce|roll|loosen|halt) * ~sanctions
0254 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to unfreeze * (assets|funds|reserves|accounts)
0254 (call|appeal|plead) (on|upon|for|to|with) +T to unfreeze * (assets|funds|reserves|accounts)

# --- 0255 international involvement ---
0255 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (allow|permit|grant|give|ensure|facilitate|guarantee|provide|restore|open) * (access|entry)
0255 (call|appeal|plead) (on|upon|for|to|with) +T to (allow|permit|grant|give|ensure|facilitate|guarantee|provide|restore|open) * (access|entry)
0255 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (allow|admit|accept|let|permit|receive|welcome|readmit) * ~inspectors
0255 (call|appeal|plead) (on|upon|for|to|with) +T to (allow|admit|accept|let|permit|receive|welcome|readmit) * ~inspectors
0255 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (allow|admit|accept|let|permit|receive|welcome) * ~peacekeepers
0255 (call|appeal|plead) (on|upon|for|to|with) +T to (allow|admit|accept|let|permit|receive|welcome) * ~peacekeepers
0255 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (allow|admit|let|permit|readmit) * ~agencies
0255 (call|appeal|plead) (on|upon|for|to|with) +T to (allow|admit|let|permit|readmit) * ~agencies
0255 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (let|allow|permit) * ~aid (in|into|through|reach|to)
0255 (call|appeal|plead) (on|upon|for|to|with) +T to (let|allow|permit) * ~aid (in|into|through|reach|to)
0255 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (open|reopen) * (crossings|crossing|border|borders|corridor|corridors|ports|port|airport|routes|route)
0255 (call|appeal|plead) (on|upon|for|to|with) +T to (open|reopen) * (crossings|crossing|border|borders|corridor|corridors|ports|port|airport|routes|route)
0255 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (cooperate|comply) with * (iaea|inspectors|inspections|watchdog|agency|monitors|observers|mission)
0255 (call|appeal|plead) (on|upon|for|to|with) +T to (cooperate|comply) with * (iaea|inspectors|inspections|watchdog|agency|monitors|observers|mission)

# --- 0256 de-escalation of military engagement ---
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (halt|stop|end|cease|suspend|call|scale|wind|curb|limit|pause|stem) * ~fighting
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (halt|stop|end|cease|suspend|call|scale|wind|curb|limit|pause|stem) * ~fighting
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (exercise|show|display|practice|use) * restraint
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (exercise|show|display|practice|use) * restraint
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (remain|stay|keep) calm
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (remain|stay|keep) calm
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (withdraw|pull|remove|move|recall|bring) * ~troops
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (withdraw|pull|remove|move|recall|bring) * ~troops
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (withdraw|pull|retreat) (out|back)
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (withdraw|pull|retreat) (out|back)
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (accept|declare|observe|respect|honor|abide|implement|extend|sign|uphold|maintain|restore|reach|announce|agree|adhere|commit) * ~ceasefire
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (accept|declare|observe|respect|honor|abide|implement|extend|sign|uphold|maintain|restore|reach|announce|agree|adhere|commit) * ~ceasefire
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (deescalate|disarm|demobilize|disengage|surrender|withdraw)
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (deescalate|disarm|demobilize|disengage|surrender|withdraw)
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (lay|put|hand|surrender) * (arms|weapons)
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (lay|put|hand|surrender) * (arms|weapons)
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (ease|reduce|defuse|calm|lower|cool) * (tensions|tension)
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (ease|reduce|defuse|calm|lower|cool) * (tensions|tension)
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (avoid|prevent) * escalation
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (avoid|prevent) * escalation
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (refrain|desist|abstain) from
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (refrain|desist|abstain) from
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (lift|ease|end|relax|loosen) * (blockade|siege)
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (lift|ease|end|relax|loosen) * (blockade|siege)
0256 (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (stop|halt|end|cease) (attacking|bombing|shelling|firing|targeting|striking|killing|fighting)
0256 (call|appeal|plead) (on|upon|for|to|with) +T to (stop|halt|end|cease) (attacking|bombing|shelling|firing|targeting|striking|killing|fighting)

# --- 026 meeting or negotiation ---
026  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (negotiate|meet|talk)
026  (call|appeal|plead) (on|upon|for|to|with) +T to (negotiate|meet|talk)
026  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to sit down
026  (call|appeal|plead) (on|upon|for|to|with) +T to sit down
026  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (resume|start|begin|open|hold|launch|restart|enter|join|continue|pursue|accept|attend|engage|reopen|return) * ~talks
026  (call|appeal|plead) (on|upon|for|to|with) +T to (resume|start|begin|open|hold|launch|restart|enter|join|continue|pursue|accept|attend|engage|reopen|return) * ~talks
026  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (return|come|go|get) * (table|negotiating)
026  (call|appeal|plead) (on|upon|for|to|with) +T to (return|come|go|get) * (table|negotiating)
026  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (attend|join|participate) * (conference|summit|meeting|meetings)
026  (call|appeal|plead) (on|upon|for|to|with) +T to (attend|join|participate) * (conference|summit|meeting|meetings)

# --- 027 settlement of dispute ---
027  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (reach|make|seek|pursue|conclude|accept|sign|agree|negotiate|find|work|achieve|embrace|forge) * ~peace
027  (call|appeal|plead) (on|upon|for|to|with) +T to (reach|make|seek|pursue|conclude|accept|sign|agree|negotiate|find|work|achieve|embrace|forge) * ~peace
027  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (settle|resolve|end|solve) * (dispute|disputes|conflict|conflicts|differences|standoff|row|feud|issue|impasse|deadlock|crisis)
027  (call|appeal|plead) (on|upon|for|to|with) +T to (settle|resolve|end|solve) * (dispute|disputes|conflict|conflicts|differences|standoff|row|feud|issue|impasse|deadlock|crisis)
027  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to reconcile
027  (call|appeal|plead) (on|upon|for|to|with) +T to reconcile
027  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (implement|honor|respect|abide|uphold|fulfill) * (agreement|agreements|accords|accord|deal|roadmap)
027  (call|appeal|plead) (on|upon|for|to|with) +T to (implement|honor|respect|abide|uphold|fulfill) * (agreement|agreements|accords|accord|deal|roadmap)

# --- 028 mediation ---
028  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (mediate|intervene|intercede|arbitrate|facilitate|broker)
028  (call|appeal|plead) (on|upon|for|to|with) +T to (mediate|intervene|intercede|arbitrate|facilitate|broker)
028  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (accept|allow|welcome|agree|seek|consider|embrace) * ~mediation
028  (call|appeal|plead) (on|upon|for|to|with) +T to (accept|allow|welcome|agree|seek|consider|embrace) * ~mediation
028  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to (use|exert|exercise|leverage|wield) * (influence|leverage|clout|sway|weight)
028  (call|appeal|plead) (on|upon|for|to|with) +T to (use|exert|exercise|leverage|wield) * (influence|leverage|clout|sway|weight)
028  (urge|press|encourage|exhort|implore|ask|request|advise|push|prod|nudge|beseech|entreat|pressure|lobby|persuade) +T to play * role
028  (call|appeal|plead) (on|upon|for|to|with) +T to play * role
