# 10 DEMAND
# Forceful demands and orders addressed to the target (the actor required to act); milder
# requests are 02x, threats attached to demands are 13x, demands voiced by protest are 14x.
# 100 generic; 101x material cooperation (1011 economic, 1012 military, 1013 judicial incl.
# extradition, 1014 intelligence); 102 diplomatic cooperation; 103x aid (1031 economic, 1032
# military, 1033 humanitarian, 1034 peacekeeping); 104x political reform (1041 leadership,
# 1042 policy, 1043 rights, 1044 institutions); 105x yield (1051 administrative sanctions,
# 1052 dissent, 1053 release, 1054 economic sanctions, 1055 international access,
# 1056 de-escalation: ceasefire, withdrawal); 106 meeting; 107 settlement; 108 mediation.
# The grid repeats each verb phrase after one demand frame:
#   (demand|insist|order|tell|command|...) [that] +T [to|should|must] ...

# --- 100 Demand: generic fallbacks -----------------------------------------------------------
100  (say|insist|argue|stress|add) [that] +T must
100  (demand|insist) [that] +T [to|should|must]
100  (order|tell|command|instruct|direct|require) +T to
100  (renew|repeat|reiterate|restate|press|issue|make|present|submit|send|deliver|lay|set) * (demand|demands|conditions) (to|on|of|for) +T
100  (renew|repeat|reiterate|restate|press) * (demand|demands|call) that +T
100  demand * (explanation|explanations|clarification|answers|account|accounting|guarantees|assurances) (from|of) +T
100  demand +T (explain|clarify|answer|account)
100  (insist|press) on * (guarantees|assurances|commitment|commitments) from +T
N 100  demand (on|to|of) +T
N 100  demand (by|from) +S (to|on|of) +T

# --- Demands for something from or concerning the target ------------------------------------
101  demand * (cooperation|compliance|collaboration) (from|of|by) +T
1013 demand * (extradition|handover|surrender) of +T
1013 demand * (extradition|handover|surrender) (from|by) +T
1013 demand +T (extradite|hand)
1014 demand * (intelligence|information|evidence|data|details|documents|records) from +T
102  demand * (recognition|support|backing) (from|of) +T
105  demand * (apology|concessions|compensation|reparations|restitution) from +T
1031 demand * (payment|payments|repayment|funds|money) from +T
1032 demand * ~weapons from +T
1033 demand * asylum (in|from) +T
1034 demand * protection (from|by) +T
1034 demand * ~peacekeepers (from|by) +T
1041 demand * (resignation|ouster|removal|departure|impeachment|replacement) of +T
1041 demand +T (resign|resignation|quit|step)
1042 demand * (change|changes|shift|reversal|review) (in|of|to) * (policy|policies|stance|position|approach) (of|by|toward|towards) +T
1043 demand * ~rights (for|of) +T
1053 demand * (release|return|freeing|repatriation) of +T
1053 demand +T (release|return|free)
1054 demand * (lifting|easing|removal|suspension|end) of * ~sanctions (on|against) +T
1055 demand * (access|entry) (to|into|for) +T
1055 demand * ~inspectors (in|to|into) +T
1056 demand * (withdrawal|pullout|exit|pullback|retreat) of +T
1056 demand +T (withdrawal|pullout|withdraw|retreat)
1056 demand * ~ceasefire (in|between|with|on|from|by) +T
1056 demand * (end|halt|cessation|stop) (to|of) * ~fighting (in|by|against|on|between) +T
1056 demand * (lifting|easing|end) of * (blockade|siege) (on|of) +T
1056 (order|tell|demand) +T to (leave|get|clear|vacate|evacuate)
106  demand * ~talks (with|between) +T
106  demand * ~meeting (with|between) +T
108  demand * ~mediation (by|from|of|between) +T

# === Grid: demand frames x verb phrases ======================================================

# --- 1011 economic cooperation ---
1011 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (expand|boost|increase|deepen|strengthen|develop|promote|enhance|facilitate|liberalize|resume|restore) * ~trade
1011 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (expand|boost|increase|deepen|strengthen|develop|promote|enhance|resume|restore) * (economic|commercial|business|energy|financial|trade|investment) (ties|cooperation|relations|links|partnership)
1011 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] invest
1011 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (lower|cut|remove|reduce|scrap|dismantle|ease|drop) * (barriers|quotas|duties)
1011 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (open|reopen|liberalize) * (market|markets|economy)

# --- 1012 military cooperation ---
1012 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (join|hold|conduct|stage|participate|take) * (exercises|exercise|drills|maneuvers|patrols)
1012 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (expand|boost|deepen|strengthen|increase|enhance|resume|restore) * (military|defense|security) (ties|cooperation|relations|links|partnership)
1012 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] join * (coalition|alliance|nato|mission|force|operation)
1012 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (buy|purchase|acquire|procure) * ~weapons
1012 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] host * (troops|bases|base|forces)

# --- 1013 judicial cooperation ---
1013 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (extradite|deport)
1013 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] hand over
1013 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (cooperate|comply) with * (investigation|investigations|inquiry|probe|court|tribunal|icc|prosecutors|prosecution|justice|interpol|warrant|warrants)
1013 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (arrest|prosecute|punish|detain|apprehend) * (suspects|suspect|perpetrators|culprits|killers|attackers|fugitives|fugitive|those|responsible)
1013 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] bring * justice

# --- 1014 intelligence cooperation ---
1014 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (share|provide|exchange|disclose|release|hand|turn|give|pass) * (intelligence|information|evidence|data|details|documents|files|records|findings)
1014 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (expand|boost|deepen|strengthen|increase|enhance) * (intelligence|counterterrorism) (sharing|cooperation|ties|exchange|exchanges)

# --- 102 diplomatic cooperation ---
102  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (normalize|restore|establish|resume|improve|mend|upgrade|strengthen|deepen|repair|expand|reestablish|develop|enhance|boost|build) * ~ties
102  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (support|back|endorse|recognize|join|sign|ratify|accede|adopt|approve|vote|embrace)
102  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (work|cooperate|coordinate|engage|partner|collaborate) with
102  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (reopen|open|restore) * ~embassy

# --- 103 aid ---
103  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (provide|send|give|deliver|extend|increase|boost|donate|contribute|pledge|offer|step|scale|ramp|channel|mobilize|commit) * ~aid

# --- 1031 economic aid ---
1031 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (provide|send|give|extend|lend|grant|increase|boost|donate|contribute|pledge|offer|disburse|release|approve|unlock) * ~money
1031 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (provide|send|give|extend|increase|boost|pledge|offer|step) * (economic|financial|budget|budgetary|development|fiscal) ~aid
1031 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (forgive|cancel|write|restructure|reschedule|relieve|reduce) * (debt|debts)

# --- 1032 military aid ---
1032 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (send|supply|provide|deliver|give|sell|transfer|ship|furnish|donate|increase|speed|expedite|approve) * ~weapons
1032 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (provide|send|give|extend|increase|boost|step|pledge) * (military|defense|security|lethal) ~aid

# --- 1033 humanitarian aid ---
1033 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (send|provide|deliver|give|extend|increase|boost|rush|airlift|donate|step|scale) * humanitarian ~aid
1033 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (send|provide|deliver|give|rush|airlift|airdrop|ship|distribute) * ~relief
1033 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (accept|admit|take|host|shelter|welcome|resettle|receive) * (refugees|migrants|asylum|evacuees|displaced)
1033 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (grant|give|offer) * asylum
1033 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (evacuate|treat) * (civilians|wounded|children|injured|sick|patients)

# --- 1034 military protection or peacekeeping ---
1034 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (send|deploy|provide|contribute|dispatch|commit|station) * ~peacekeepers
1034 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (protect|defend|shield) * (civilians|population|people|refugees|minorities|residents)

# --- 104 political reform ---
104  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (implement|undertake|carry|adopt|pursue|introduce|enact|accelerate|speed|push|deliver|make) * (reform|reforms)
104  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] reform

# --- 1041 leadership change ---
1041 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (resign|quit|abdicate)
1041 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] step down
1041 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (relinquish|cede|transfer|hand|give|surrender) * power
1041 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (leave|vacate) * (office|power|post)
1041 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (hold|call|organize|stage|allow|schedule) * (elections|election|polls|vote)

# --- 1042 policy change ---
1042 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (change|reverse|reconsider|revise|rethink|review|abandon|drop|scrap|withdraw|rescind|revoke|amend|alter|modify|adjust|shift|cancel|freeze|repeal|shelve) * (policy|policies|decision|plan|plans|stance|position|law|laws|bill|legislation|course|approach|measure|measures|program|project|construction|settlements|expansion|annexation)
1042 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (reverse|reconsider|rethink|reassess|reevaluate)
1042 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (stop|end|cease|halt) (supporting|funding|backing|arming|harboring|interfering|meddling|inciting|sponsoring|financing|building|expanding|enriching|testing|developing)
1042 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (stop|end|cease|halt|curb) * (support|funding|backing|arming|interference|meddling|incitement|sponsorship)
1042 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (halt|stop|suspend|freeze|curb|limit|abandon|dismantle|scale|cap|end) * (enrichment|nuclear|testing|tests|launches|program|programs|settlement|settlements|construction|annexation|demolitions|evictions)

# --- 1043 rights ---
1043 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (respect|protect|uphold|guarantee|ensure|grant|restore|safeguard|improve|recognize|honor|observe|expand) * ~rights
1043 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (end|stop|halt|cease) * ~abuses

# --- 1044 institutional change ---
1044 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (adopt|draft|amend|change|rewrite|reform|revise|write|restore) * (constitution|charter|electoral|institutions|judiciary|parliament|system)
1044 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (restore|return|transition|move) * (democracy|democratic|civilian|constitutional)
1044 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (grant|give|offer|accept) * (autonomy|independence|statehood|sovereignty|federalism|selfrule)
1044 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] hold * referendum
1044 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] democratize

# --- 105 yield ---
105  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (yield|concede|compromise|capitulate|relent|submit|comply|obey|cave)
105  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] back down
105  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (make|offer) * concessions
105  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] give up * (claims|claim|demands|ambitions|territory)
105  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (show|display|demonstrate) * flexibility
105  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (comply|abide) with * (demands|resolutions|resolution|obligations|terms|law|ruling|order|rules|commitments)
105  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (pay|offer|provide) * (compensation|reparations)
105  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] apologize

# --- 1051 easing of administrative sanctions ---
1051 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (lift|ease|end|relax|remove|revoke|suspend|scrap|drop|rescind|loosen) * (curfew|restrictions|ban|bans|emergency|censorship|lockdown)
1051 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (restore|unblock|reopen) * (internet|websites|newspapers|media|outlets|broadcasts)
1051 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (allow|permit|legalize|unban|register) * (party|parties|opposition|protests|demonstrations|rallies|gatherings|media)

# --- 1052 easing of political dissent ---
1052 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (end|stop|halt|suspend|cease|call|abandon|calm) * (protests|protest|demonstrations|demonstration|rallies|rally|walkout|riots|unrest|agitation|strike)
1052 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (leave|clear|vacate) * (streets|square|squares|camps|encampment|encampments)

# --- 1053 release of persons or property ---
1053 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (release|free|return|hand|repatriate|exchange|swap|pardon|liberate) * ~prisoners
1053 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (release|free|liberate)
1053 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (return|restore|hand) * (property|properties|land|lands|territory|territories|bodies|remains|antiquities|artifacts|assets|islands)

# --- 1054 easing of economic sanctions ---
1054 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (lift|ease|end|relax|remove|suspend|drop|scrap|waive|reduce|roll|loosen|halt) * ~sanctions
1054 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] unfreeze * (assets|funds|reserves|accounts)

# --- 1055 international involvement ---
1055 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (allow|permit|grant|give|ensure|facilitate|guarantee|provide|restore|open) * (access|entry)
1055 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (allow|admit|accept|let|permit|receive|welcome|readmit) * ~inspectors
1055 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (allow|admit|accept|let|permit|receive|welcome) * ~peacekeepers
1055 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (allow|admit|let|permit|readmit) * ~agencies
1055 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (let|allow|permit) * ~aid (in|into|through|reach|to)
1055 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (open|reopen) * (crossings|crossing|border|borders|corridor|corridors|ports|port|airport|routes|route)
1055 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (cooperate|comply) with * (iaea|inspectors|inspections|watchdog|agency|monitors|observers|mission)

# --- 1056 de-escalation of military engagement ---
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (halt|stop|end|cease|suspend|call|scale|wind|curb|limit|pause|stem) * ~fighting
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (exercise|show|display|practice|use) * restraint
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (remain|stay|keep) calm
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (withdraw|pull|remove|move|recall|bring) * ~troops
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (withdraw|pull|retreat) (out|back)
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (accept|declare|observe|respect|honor|abide|implement|extend|sign|uphold|maintain|restore|reach|announce|agree|adhere|commit) * ~ceasefire
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (deescalate|disarm|demobilize|disengage|surrender|withdraw)
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (lay|put|hand|surrender) * (arms|weapons)
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (ease|reduce|defuse|calm|lower|cool) * (tensions|tension)
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (avoid|prevent) * escalation
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (refrain|desist|abstain) from
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (lift|ease|end|relax|loosen) * (blockade|siege)
1056 (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (stop|halt|end|cease) (attacking|bombing|shelling|firing|targeting|striking|killing|fighting)

# --- 106 meeting or negotiation ---
106  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (negotiate|meet|talk)
106  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] sit down
106  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (resume|start|begin|open|hold|launch|restart|enter|join|continue|pursue|accept|attend|engage|reopen|return) * ~talks
106  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (return|come|go|get) * (table|negotiating)
106  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (attend|join|participate) * (conference|summit|meeting|meetings)

# --- 107 settlement of dispute ---
107  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (reach|make|seek|pursue|conclude|accept|sign|agree|negotiate|find|work|achieve|embrace|forge) * ~peace
107  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (settle|resolve|end|solve) * (dispute|disputes|conflict|conflicts|differences|standoff|row|feud|issue|impasse|deadlock|crisis)
107  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] reconcile
107  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (implement|honor|respect|abide|uphold|fulfill) * (agreement|agreements|accords|accord|deal|roadmap)

# --- 108 mediation ---
108  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (mediate|intervene|intercede|arbitrate|facilitate|broker)
108  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (accept|allow|welcome|agree|seek|consider|embrace) * ~mediation
108  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] (use|exert|exercise|leverage|wield) * (influence|leverage|clout|sway|weight)
108  (demand|insist|order|tell|command|instruct|direct|require) [that] +T [to|should|must] play * role

# Handing a target a list of demands or an ultimatum.
100  (send|hand|give|present|deliver|issue) +T * (demands|list|ultimatum|conditions)
