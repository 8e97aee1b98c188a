# 03 EXPRESS INTENT TO COOPERATE
# Offers, promises, pledges and agreements to act, not yet carried out (the act itself is coded
# under its own root once it happens; 057 covers the signing of a formal agreement). Intent
# verbs combined with any root's pattern are also mapped by events/intent.toml; the explicit
# patterns here cover the common phrasings and the noun-phrase pledges ("pledged $1bn to +T").
# 030 cooperate generally; 031x material cooperation (0311 economic, 0312 military, 0313 judicial,
# 0314 intelligence); 032 diplomatic cooperation and policy support; 033x aid (0331 economic,
# 0332 military, 0333 humanitarian, 0334 protection/peacekeeping); 034x reform (0341 leadership,
# 0342 policy, 0343 rights, 0344 institutions); 035x yield (0351 administrative sanctions,
# 0352 dissent, 0353 release, 0354 economic sanctions, 0355 access, 0356 de-escalation);
# 036 meet or negotiate (invitations); 037 settle dispute; 038 accept mediation; 039 offer to mediate.
# Agreeing to a ceasefire itself is 0871 (08-yield.pat), per the codebook.

# --- 030 Express intent to cooperate (generic) -------------------------------------------------
030  agree with +T to
030  agree with +T on * (cooperation|cooperating|working|coordination|joint|measures|steps|plan|framework)
030  (agree|pledge|promise|vow|commit|undertake|resolve|decide|plan|seek|offer) to (cooperate|work|collaborate|partner|coordinate) (with|together) +T?
030  (pledge|promise|offer|vow|commit|guarantee) * (cooperation|partnership|collaboration|coordination) (with|to) +T
030  offer +T * (cooperation|partnership|friendship|hand)
030  (express|voice|declare|signal|affirm|reaffirm|confirm|show|indicate|stress) * (readiness|willingness|desire|interest|intention|intent|openness|commitment|determination|eagerness) to (cooperate|work|collaborate|partner|coordinate) with +T
030  (accept|embrace) * (offer|proposal|plan|initiative|overture|overtures) (of|from|by) +T
030  (extend|offer) * hand (to|of) +T
030  (assure|reassure) +T of * (cooperation|partnership|friendship)
N 030  offer (of|for) * cooperation (to|with) +T
N 030  pledge (of|for) * cooperation (to|with) +T

# --- Pledges and offers of something to the target ------------------------------------------
031  (pledge|promise|offer|propose|commit) * (material|practical|technical|scientific|technological) (cooperation|partnership|collaboration) (with|to) +T
031  (agree|pledge|promise|vow|commit|plan) to (cooperate|work|collaborate|partner) (on|in) * (projects|project|technology|science|space|research|health|infrastructure) with +T?
0311 (pledge|promise|offer|propose|commit) * ~trade (with|to|in) +T
0311 (pledge|promise|offer|propose|commit) * (trade|economic|energy|investment|business) ~cooperation (with|to) +T
0312 (pledge|promise|offer|propose|commit) * (military|defense|security) ~cooperation (with|to) +T
0314 (pledge|promise|offer|propose|commit) * (intelligence|information) (sharing|cooperation|exchange) (with|to) +T
032  (pledge|promise|offer|vow|guarantee|commit) * ~support (to|for) +T
032  (pledge|promise|offer) +T * ~support
032  (assure|reassure) +T of * ~support
032  (reaffirm|reiterate|renew|pledge|restate) * commitment to +T
032  (express|voice|declare|signal|affirm|reaffirm|confirm|show|indicate|stress) * (readiness|willingness|desire|interest|intention|intent|openness|commitment|determination|eagerness) to (restore|normalize|improve|establish|strengthen|develop|deepen|expand|upgrade|mend) * ~ties [with] +T?
033  (pledge|promise|offer|announce|commit|earmark|approve|allocate|unveil|propose) * ~aid (to|for) +T
033  (pledge|promise|offer) +T * ~aid
033  (express|voice|declare|signal|affirm|reaffirm|confirm|show|indicate|stress) * (readiness|willingness|desire|intention|commitment|determination) to (help|assist|aid|support) +T
0331 (pledge|promise|offer|announce|commit|earmark|approve|allocate|unveil|propose) * ~money (to|for) +T
0331 (pledge|promise|offer|announce|commit|earmark|approve|allocate|unveil|propose) * (economic|financial|budget|budgetary|development) ~aid (to|for) +T
0331 (pledge|promise|offer|announce|approve) * debt (relief|forgiveness|cancellation|restructuring) (to|for) +T
0331 (pledge|promise|offer) +T * ~money
0332 (pledge|promise|offer|announce|commit|approve|authorize|unveil|propose) * ~weapons (to|for) +T
0332 (pledge|promise|offer|announce|commit|approve|authorize|unveil|propose) * (military|defense|security|lethal) ~aid (to|for) +T
0332 (pledge|promise|offer) +T * ~weapons
0333 (pledge|promise|offer|announce|commit|earmark|approve|allocate|unveil) * humanitarian ~aid (to|for) +T
0333 (pledge|promise|offer|announce|commit) * ~relief (to|for) +T
0333 (offer|promise) * (shelter|refuge|asylum) to +T
0334 (pledge|promise|offer|commit) * ~peacekeepers (to|for) +T
0334 (offer|pledge|promise|provide|extend|give) * security (guarantees|guarantee|assurances|umbrella|commitments) (to|for) +T
0334 (vow|pledge|promise) to (protect|defend) +T
0341 (pledge|promise|offer|vow) * (elections|election|transition) (to|for|in) +T
0342 (pledge|promise|offer|vow) * (review|change|changes|shift) (in|of) * (policy|policies|stance) (toward|towards|on) +T
0343 (pledge|promise|offer|vow) * ~rights (to|for) +T
0344 (pledge|promise|offer|vow) * (autonomy|independence|statehood|selfrule|referendum) (to|for) +T
035  (offer|promise|pledge) * concessions (to|for) +T
0353 (offer|propose|agree|seek|promise) * (prisoner|prisoners|hostage|hostages) (exchange|swap|release) (with|to) +T?
0354 (offer|propose|promise|pledge) * sanctions (relief|easing|waiver|waivers) (to|for) +T
0356 (offer|propose|seek|pledge|promise) * ~ceasefire (to|with) +T?
0356 (offer|propose|agree|promise|pledge) * (withdrawal|pullback|pullout|disengagement) (from|of) +T

# --- 036 Express intent to meet or negotiate: invitations and proposals -------------------------
036  invite +T
036  invite +T (to|for)
036  (accept|take) * invitation (from|by|of) +T
036  (extend|issue|send|deliver|renew|convey|hand) * invitation to +T
036  (propose|suggest|offer|seek|request|want) * ~talks with +T
036  (propose|suggest|offer|seek|request|want) * ~meeting with +T
036  (schedule|arrange|set|plan) * ~talks with +T
036  (schedule|arrange|set|plan) * ~meeting with +T
036  (schedule|arrange|set|plan) * ~visit to +T
036  (express|voice|declare|signal|affirm|reaffirm|confirm|show|indicate|stress) * (readiness|willingness|desire|interest|intention|intent|openness|eagerness) to (meet|negotiate|talk) [with] +T?
036  (express|voice|declare|signal|affirm|reaffirm|confirm|show|indicate|stress) * (readiness|willingness|desire|interest|intention|intent|openness|eagerness) to (hold|resume|start|open|begin|enter) * ~talks [with] +T?
036  (be|remain) (ready|willing|open|prepared) to (meet|negotiate|talk) [with] +T?
036  (be|remain) (ready|willing|open|prepared) to (hold|resume|start|open|begin|enter) * ~talks [with] +T?
036  (be|remain) open to * ~talks with +T
036  (expect|hope) to (meet|visit|host|receive) +T
N 036  invitation (to|for) +T
N 036  invitation (by|from) +S to +T

# --- 037 Express intent to settle dispute -----------------------------------------------------
037  (propose|offer|present|unveil|submit|table) * peace (plan|proposal|initiative|roadmap|framework|deal|offer|terms) (to|for) +T
037  (extend|offer) * olive branch to +T
037  (express|voice|declare|signal|affirm|reaffirm|confirm|show|indicate|stress) * (readiness|willingness|desire|intention|openness|commitment|determination) to (make|reach|sign|negotiate|seek) * ~peace [with] +T?
037  (be|remain) (ready|willing|open|prepared) to (make|reach|sign|negotiate) * ~peace [with] +T?

# --- 038 Express intent to accept mediation / 039 to mediate -------------------------------------
038  (accept|welcome|embrace) * ~mediation (of|by|from) +T
038  (accept|welcome) * (offer|offers|proposal) (of|by|from) +T to (mediate|broker|facilitate)
039  offer * (mediation|services|offices) (to|between|for) +T
039  (offer|propose|volunteer|agree|pledge) to host * ~talks between +T
039  (offer|propose|volunteer|agree|pledge) to host * ~meeting between +T
039  (express|voice|declare|signal|affirm|reaffirm|confirm|show|indicate|stress) * (readiness|willingness|desire|intention|openness) to (mediate|broker|facilitate) (between|among|with|in) +T
039  (be|remain) (ready|willing|open|prepared) to (mediate|broker|facilitate) (between|among|with|in) +T
N 039 offer (of|by) +S to mediate (between|with) +T

# === Grid: (agree|pledge|promise|vow|offer|...) to + verb phrase ==================================

# --- 0311 economic cooperation ---
0311 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|double|facilitate|resume|restore) * ~trade with +T?
0311 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (expand|boost|increase|deepen|strengthen|develop|promote|enhance|resume|restore) * (economic|commercial|business|energy|financial|trade|investment) (ties|cooperation|relations|links|partnership) with +T?
0311 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to invest * in +T
0311 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (buy|purchase|import) * (gas|oil|energy|wheat|grain|goods|products|electricity|crude|lng) from +T
0311 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (sell|export) * (gas|oil|energy|wheat|grain|goods|products|electricity|crude|lng) to +T
0311 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to trade with +T

# --- 0312 military cooperation ---
0312 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (expand|boost|deepen|strengthen|increase|enhance|resume|restore) * (military|defense|security) (ties|cooperation|relations|links|partnership) with +T?
0312 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (hold|conduct|stage|join) * (exercises|drills|maneuvers|patrols) with +T?
0312 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to sell * ~weapons to +T
0312 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (buy|purchase|acquire) * ~weapons from +T
0312 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (station|base|host) * ~troops (in|from) +T

# --- 0313 judicial cooperation ---
0313 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (extradite|deport|hand) * to +T
0313 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to cooperate with +T (on|in) * (investigation|inquiry|probe|extradition|extraditions|judicial|legal|justice)
0313 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to cooperate with +T (investigation|inquiry|probe|investigators|prosecutors)

# --- 0314 intelligence cooperation ---
0314 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (share|exchange|provide|pass|hand|give) * (intelligence|information|data|evidence|findings) (with|to) +T?

# --- 032 diplomatic cooperation ---
032  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (normalize|restore|establish|resume|improve|mend|upgrade|strengthen|deepen|repair|expand|reestablish|develop|enhance|boost|build) * ~ties [with] +T?
032  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (support|back|endorse|recognize) +T
032  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (reopen|open|restore) * ~embassy in +T
032  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to exchange * ~ambassador [with] +T?

# --- 033 aid ---
033  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (provide|send|give|deliver|extend|increase|boost|donate|contribute|step|channel) * ~aid (to|for) +T

# --- 0331 economic aid ---
0331 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (provide|send|give|extend|lend|grant|increase|boost|donate|contribute|disburse|release|unlock) * ~money (to|for) +T
0331 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (provide|send|give|extend|increase|boost|step) * (economic|financial|budget|budgetary|development) ~aid (to|for) +T
0331 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (forgive|cancel|write|restructure|reschedule|relieve) * (debt|debts) (of|owed|to) +T
0331 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (forgive|cancel|restructure|reschedule) +T (debt|debts)

# --- 0332 military aid ---
0332 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (send|supply|provide|deliver|give|transfer|ship|furnish|donate) * ~weapons to +T
0332 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (provide|send|give|extend|increase|boost|step) * (military|defense|security|lethal) ~aid (to|for) +T
0332 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (arm|train|equip) +T

# --- 0333 humanitarian aid ---
0333 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (send|provide|deliver|give|extend|increase|boost|rush|airlift|donate|step) * humanitarian ~aid (to|for) +T
0333 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (send|provide|deliver|give|rush|airlift|airdrop|ship|distribute) * ~relief (to|for) +T
0333 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (accept|admit|take|host|shelter|resettle|receive|welcome) * (refugees|migrants|evacuees|asylum) from +T
0333 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (grant|give|offer) * asylum to +T

# --- 0334 military protection or peacekeeping ---
0334 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (send|deploy|provide|contribute|dispatch|commit|station) * ~peacekeepers (to|in|for) +T
0334 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (protect|defend) +T
0334 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (guarantee|ensure|provide) * security (of|for|to) +T

# --- 034 political reform ---
034  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (implement|undertake|carry|adopt|pursue|introduce|enact) * (reform|reforms) (in|for) +T

# --- 0341 leadership change ---
0341 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (hand|transfer|cede|relinquish|surrender|return) * power to +T

# --- 0342 policy change ---
0342 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (change|reverse|reconsider|revise|rethink|review|adjust|shift|soften) * (policy|policies|stance|position|approach|attitude) (toward|towards|on|regarding|to) +T

# --- 0343 rights ---
0343 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (grant|give|offer|restore|guarantee|extend|respect|protect|recognize) * ~rights (to|for|of) +T

# --- 0344 institutional change ---
0344 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (grant|give|offer) * (autonomy|independence|statehood|sovereignty|federalism|selfrule) to +T

# --- 035 yield ---
035  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (make|offer) * concessions to +T
035  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (meet|accept|heed|accommodate|satisfy) * (demands|conditions|terms) (of|by|from|set) +T
035  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (comply|abide) with * (demands|resolutions|resolution|terms|ruling|conditions|requests) (of|by|from) +T
035  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (pay|offer|provide) * (compensation|reparations) to +T

# --- 0351 easing of administrative sanctions ---
0351 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (lift|ease|end|relax|remove|revoke|suspend|scrap|rescind) * (curfew|restrictions|ban|bans|emergency|censorship|lockdown) (on|in|against|for|imposed) +T

# --- 0352 easing of political dissent ---
0352 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (end|stop|halt|suspend|cease|call|abandon) * (protests|protest|demonstrations|rallies|strike|walkout|riots|unrest) (against|in) +T

# --- 0353 release of persons or property ---
0353 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (release|free|liberate|pardon) +T
0353 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (exchange|swap) * ~prisoners [with] +T?
0353 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (return|restore|hand) * (property|properties|land|lands|territory|territories|bodies|remains|antiquities|artifacts|assets|islands) to +T

# --- 0354 easing of economic sanctions ---
0354 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (lift|ease|end|relax|remove|suspend|drop|scrap|waive|reduce|roll|loosen) * ~sanctions (on|against|imposed) +T
0354 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to unfreeze +T (assets|funds|reserves|accounts)
0354 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to unfreeze * (assets|funds|reserves|accounts) (of|belonging) +T

# --- 0355 international involvement ---
0355 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (allow|permit|grant|give|ensure|facilitate|guarantee|provide|restore) * (access|entry) (to|for) +T
0355 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (allow|admit|accept|permit|receive|welcome|readmit) * ~inspectors (from|of) +T
0355 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (allow|admit|accept|permit|receive|welcome|readmit) +T ~inspectors
0355 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (accept|allow|receive|welcome|admit) * ~peacekeepers (from|of) +T

# --- 0356 de-escalation of military engagement ---
0356 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (halt|stop|end|cease|suspend|call|scale|wind|curb|limit|pause) * ~fighting (against|on|in|with) +T
0356 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (withdraw|pull|remove|recall) * ~troops (from|of) +T
0356 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to pull * ~troops out of +T
0356 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (pull|move) out of +T
0356 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (withdraw|retreat) from +T
0356 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (observe|respect|honor|abide|implement|extend|accept|uphold|maintain|restore) * ~ceasefire (with|in) +T?
0356 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (stop|halt|end|cease) (attacking|bombing|shelling|firing|targeting|striking) +T
0356 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (ease|reduce|defuse|calm|lower) * (tensions|tension) with +T?
0356 (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (lift|ease|end|relax|loosen) * (blockade|siege) (on|of|against) +T

# --- 036 meeting or negotiation ---
036  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (meet|negotiate) [with] +T?
036  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to talk (with|to) +T
036  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (hold|resume|start|begin|open|launch|restart|enter|join|continue|pursue) * ~talks [with] +T?
036  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (visit|tour) +T
036  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (host|receive) +T
036  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (travel|go|fly|come) to +T

# --- 037 settlement of dispute ---
037  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (reach|make|seek|pursue|conclude|accept|sign|negotiate|find|work|achieve|forge) * ~peace [with] +T?
037  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (settle|resolve|end|solve) * (dispute|disputes|conflict|differences|standoff|row|feud|impasse|crisis|issue) [with] +T?
037  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to reconcile [with] +T?

# --- 038 mediation ---
038  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (accept|welcome|allow|seek|embrace) * ~mediation (of|by|from) +T
039  (agree|pledge|promise|vow|offer|undertake|commit|resolve|volunteer|propose|plan|intend|seek|decide) to (mediate|broker|facilitate|arbitrate|intercede) (between|among|with) +T
