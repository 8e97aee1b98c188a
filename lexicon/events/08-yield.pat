# 08 YIELD
# Concessions actually made (promises to yield are 035x; refusals are 124x).
# 080 yield not otherwise specified (concessions, meeting demands, compensation);
# 081x ease administrative sanctions (0811 political freedoms, 0812 bans on parties or
# politicians, 0813 curfew, 0814 state of emergency or martial law); 082 ease political dissent
# (protesters call off action); 083x accede to demands for reform (0831 hand over power or
# concede defeat, 0832 reverse a policy, 0833 rights incl. return of refugees, 0834 institutions
# and autonomy); 084x return or release (0841 persons incl. prisoner swaps, pardons and amnesties,
# 0842 property, land, seized ships); 085 ease economic sanctions; 086x allow international
# involvement (0861 peacekeepers, 0862 inspectors, 0863 humanitarian access); 087x de-escalate
# (0871 declare, agree to or observe a ceasefire, per the codebook; 0872 ease a blockade;
# 0873 demobilize, hand in weapons; 0874 withdraw troops, retreat, surrender).

# --- 080 Yield ------------------------------------------------------------------------------
080  (yield|bow|cave|submit|relent|succumb|acquiesce) to +T
080  give in to +T
080  (make|grant) * concessions to +T
080  (meet|accept|heed|accommodate|satisfy|grant|fulfill) * (demand|demands|conditions|terms|request|requests) (of|by|from|set) +T
080  (comply|abide) with * (demands|resolutions|resolution|terms|ruling|conditions|requests|ultimatum|order|orders) (of|by|from|issued) +T
080  (pay|award|provide|give) * (compensation|reparations|damages|indemnity|restitution) to +T
080  accede to * (demands|terms|conditions|requests|request|demand) (of|by|from) +T
080  give up * (claim|claims) (to|on) +T
080  (bow|yield|succumb|cave|give) (in|to) * pressure (from|by|of) +T
080  back down (in|over) * (standoff|dispute|row|confrontation) with +T
N 080  concession (to|for) +T

# --- 081 Ease administrative sanctions -------------------------------------------------------
081  (lift|ease|end|relax|remove|revoke|suspend|scrap|rescind|loosen) * (restrictions|controls|curbs|limits) (on|against|imposed) +T
081  (review|reconsider|reassess|rescind|revoke|lift|remove|drop) +T (designation|listing|classification) as
081  (review|reconsider|reassess|rescind|revoke|lift|remove|drop) * (designation|listing|classification) of +T as
081  (restore|return) * (passport|passports|citizenship|license|licenses|accreditation|visa|visas|residency|nationality) (to|of) +T
081  (restore|return) +T (passport|passports|citizenship|license|accreditation|visa|residency|nationality)
0811 (unblock|relicense) +T
0811 (restore|allow) * (internet|broadcasts|media|press|communications) (in|to|for) +T
0811 allow +T to (broadcast|publish|operate|report|resume)
0812 (lift|end|revoke|overturn|rescind) * ban (on|against) +T
0812 (legalize|unban|reinstate|rehabilitate|relegalize) +T
0812 (allow|permit|clear) +T to (run|contest|participate|stand|compete|register)
0813 (lift|ease|end|relax|shorten|reduce) * curfew (on|in|imposed|over) +T
0814 (lift|end|ease|revoke|suspend) * emergency (in|on|over|across) +T
0814 (lift|end|ease|revoke|suspend|relax) * emergency (measures|rule|powers|regulations|decrees) (in|on|over|across) +T
0814 (lift|end|ease|revoke|suspend) * martial law (in|on|over|across) +T

# --- 082 Ease political dissent ----------------------------------------------------------------
082  (end|halt|suspend|call|stop|cancel|postpone|abandon|scale|wind) * (protests|protest|demonstrations|demonstration|rallies|rally|strike|march|marches|campaign|sit) (against|in|outside|at) +T
082  (end|break|suspend|call) * hunger strike (against|over|in) +T
082  (lift|end|remove) * (blockade|barricades|roadblocks) (of|on|outside|around) +T (headquarters|offices|building|ministry|parliament)

# --- 083 Accede to demands for political reform ----------------------------------------------
083  (meet|heed|grant|accept) * (demands|calls) (of|from|by) +T for (reform|reforms|change|changes)
0831 (hand|transfer|cede|relinquish|surrender|return) * power to +T
0831 (hand|transfer|cede) * (presidency|leadership|office|premiership) to +T
0831 (accept|concede|admit) * defeat (to|by) +T
0831 concede to +T
0832 (reverse|scrap|drop|abandon|withdraw|rescind|revoke|suspend|shelve|freeze|halt|cancel|repeal) * (policy|decision|plan|plans|law|bill|measure|measures|order|decree|project|construction|legislation) (on|against|toward|towards|targeting|affecting|over|regarding) +T
0833 (grant|restore|recognize|extend|give) * ~rights (to|of|for) +T
0833 (allow|permit) +T to return
0834 (grant|give) * (autonomy|independence|selfrule|statehood|sovereignty) to +T

# --- 084 Return, release ------------------------------------------------------------------
084  (return|hand|give) * (bodies|remains|body) (to|of) +T
0841 (release|free|liberate|pardon) +T
0841 (release|free|liberate|pardon|repatriate|hand|return) * ~prisoners (to|from|of|belonging) +T
0841 (exchange|swap|trade) * ~prisoners [with] +T?
0841 (grant|give|extend) * (amnesty|pardon|clemency) to +T
0841 commute * (sentence|sentences) of +T
0841 commute +T (sentence|sentences)
0841 set free +T
0841 set +T free
0841 (release|free) +T from * (prison|jail|custody|detention|captivity|house)
N 0841 (release|freeing) of +T
N 0841 (exchange|swap) of * ~prisoners (with|between) +T
N 0841 prisoner (exchange|swap) (with|between) +T
0842 (return|hand|give|restore|transfer|cede) * (property|properties|land|lands|territory|territories|assets|artifacts|antiquities|islands|island|ships|ship|vessel|vessels|tanker|cargo|artworks) to +T
0842 release * (tanker|ship|vessel|vessels|ships|aircraft|plane|cargo) (of|belonging|seized|to) +T
0842 release +T (tanker|ship|vessel|vessels|ships|aircraft|plane|cargo|crew)
N 0842 (return|handover) of * (territory|land|lands|islands|property|assets) to +T

# --- 085 Ease economic sanctions, boycott, embargo ---------------------------------------------
085  (lift|ease|end|relax|remove|suspend|drop|scrap|waive|reduce|roll|loosen|cancel|rescind|revoke) * ~sanctions (on|against|of|imposed) +T
085  unfreeze * (assets|funds|reserves|accounts) (of|belonging|to) +T
085  unfreeze +T (assets|funds|reserves|accounts)
085  (grant|issue|extend) * (waiver|waivers|exemption|exemptions|license|licenses) (to|for) +T
085  (remove|delist|drop) +T from * (list|blacklist|sanctions)
085  (resume|allow|permit) * (imports|exports|purchases) (from|to) +T
N 085  (lifting|easing|removal|suspension) of * ~sanctions (on|against) +T
N 085  sanction relief (for|to) +T

# --- 086 Allow international involvement ---------------------------------------------------------
086  (allow|permit|grant|give|ensure|facilitate|provide|restore) * (access|entry) (to|for) +T
086  (allow|permit|let) +T [to] (enter|access|work|investigate|inspect|visit|monitor|observe|deliver)
0861 (accept|receive|welcome|host|allow|admit) * ~peacekeepers (from|of) +T
0861 (accept|receive|welcome|host|allow|admit) +T ~peacekeepers
0862 (accept|receive|welcome|host|allow|admit|readmit) * ~inspectors (from|of) +T
0862 (accept|receive|welcome|host|allow|admit|readmit) +T ~inspectors
0862 open * (sites|facilities|facility|site|plant|plants) to +T
0863 (allow|permit|let|facilitate) * (aid|convoys|trucks|shipments|deliveries|food|fuel|medicine) (in|into|through|to|reach) +T
0863 (open|reopen) * (crossing|crossings|corridor|corridors|port) (to|for|into|with) +T
0863 (allow|permit|grant|give|ensure|facilitate|provide|restore) * humanitarian access (to|for|into) +T

# --- 087 De-escalate military engagement ------------------------------------------------------
087  (reduce|lower|scale|ease|cut|curtail) * (military|troop|naval|air) (presence|deployment|deployments|activity|activities|patrols|alert|operations|footprint) (in|near|along|on|around) +T
087  (halt|stop|suspend|pause|end|cease|scale|wind|curb) * ~fighting (against|on|in|with) +T
087  (stop|halt|cease|suspend) (attacking|bombing|shelling|firing|targeting|striking) +T
087  (ease|reduce|defuse|lower|cool) * (tensions|tension) with +T?
087  (reduce|cut|scale) * (troops|forces|troop) [numbers|levels|presence] (in|near|along) +T
0871 (declare|announce|agree|sign|observe|accept|reach|implement|extend|respect|honor|uphold|maintain|restore|call|begin|start) * ~ceasefire [with] +T?
0871 (declare|announce|agree|sign|observe|accept|reach|implement|extend|respect|honor|uphold|maintain|restore|call|begin|start) * ~ceasefire (in|on|along) +T
0871 (agree|commit) to * ~ceasefire [with] +T?
0871 (cease|stop|halt|suspend) (fire|firing|hostilities) (on|against|with) +T?
N 0871 (ceasefire|truce|armistice) (with|in) +T
N 0871 (ceasefire|truce|armistice) between +S and +T
0872 (lift|ease|end|relax|loosen|break) * (blockade|siege) (on|of|against|around) +T
0872 (reopen|open) * (airspace|ports|airport|airports|sea|waters) (to|for) +T
0873 (demobilize|disarm) +T
0873 lay down * (arms|weapons) (against|with|to|before) +T
0873 (surrender|hand|turn) over * (weapons|arms|arsenal|arsenals) to +T
0873 (hand|turn) in * (weapons|arms) to +T
0873 (dismantle|destroy|decommission|scrap) * (weapons|arsenal|stockpile|stockpiles|missiles|warheads|launchers) under * (supervision|watch|eye) of +T
0874 (withdraw|pull|remove|evacuate|redeploy|bring) * ~troops from +T
0874 pull * ~troops out of +T
0874 (withdraw|retreat) from +T
0874 (pull|move) out of +T
0874 (surrender|capitulate) to +T
0874 (hand|cede|yield|relinquish|surrender|give) * (control|town|city|base|bases|positions|position|area|areas|checkpoints|villages) (to|of) +T
0874 (evacuate|abandon|vacate|leave) * (positions|position|bases|base|outposts|posts|checkpoints) (in|near|along|on) +T
N 0874 (withdrawal|pullout|pullback|retreat) from +T
N 0874 (withdrawal|pullout) of * ~troops from +T
N 0874 withdrawal by +S from +T

# Reopening a border, airspace or ports closed against a target eases a blockade.
085  reopen * (border|borders|airspace|ports|crossings|crossing) (with|to|for) +T
