# 16 REDUCE RELATIONS
# 160 reductions of normal relations not otherwise specified (cooperation, contacts, border
#     closures, suspending agreements or flights); 161 reduce or break diplomatic relations:
#     cutting or downgrading ties, recalling or expelling envoys (the codebook puts diplomats
#     here, not under 166/174), closing embassies, cancelling visits and meetings, revoking
#     recognition, leaving or suspending from an organisation; 162x reduce or stop aid
#     (1621 economic, 1622 military, 1623 humanitarian); 163 impose embargo, boycott or sanctions
#     (incl. trade bans, tariffs, asset freezes, blacklisting, travel and airspace bans);
# 164 halt negotiations; 165 halt mediation; 166x expel or withdraw groups (1661 peacekeepers,
#     1662 inspectors and observers, 1663 aid agencies and NGOs).

# --- 160 Reduce relations ----------------------------------------------------------------------
160  (reduce|downgrade|scale|curtail|cut|limit|freeze|suspend|halt|end|restrict|curb|lower|sever) * (cooperation|exchanges|engagement|dealings|collaboration) with +T
160  (downgrade|cut|reduce|sever|freeze|suspend|halt|end) * (military|defense|security|cultural|sports|academic|scientific|intelligence|police|parliamentary) (ties|cooperation|relations|links|exchanges|contacts) with +T
160  distance * from +T
160  (close|shut|seal) * (border|borders|crossing|crossings|ports|port) (with|to) +T
160  (suspend|halt|cancel|stop|ground) * (flights|flight|service|services|routes|route) (to|from|with) +T
160  (suspend|revoke|cancel|end|terminate|scrap|abrogate|freeze|annul|tear) * ~agreement (with|between) +T
160  withdraw from * ~agreement with +T
160  roll back * (opening|openings|policy|policies|rapprochement|thaw|detente|normalization|engagement|easing) (to|with|toward|towards|on) +T
160  reverse * (opening|rapprochement|thaw|detente|normalization|engagement) (to|with|toward|towards) +T
160  (roll|reverse) back (parts|part|much|some|elements|aspects|most|all) of * (opening|openings|policy|policies|rapprochement|thaw|detente|normalization|engagement|easing) (to|with|toward|towards|on) +T
160  (suspend|freeze|end|cancel) * (participation|involvement|engagement) (in|with) +T
N 160  (suspension|cancellation|termination) of * ~agreement with +T

# --- 161 Reduce or break diplomatic relations --------------------------------------------------
161  (cut|sever|break|suspend|freeze|downgrade|reduce|scale|curtail|end|terminate|rupture|lower) * ~ties [with] +T?
161  (recall|withdraw|pull) * ~ambassador (from|to|in) +T
161  (expel|kick|oust|eject) * ~ambassador (of|from) +T
161  (expel|kick|oust|eject) +T ~ambassador
161  (give|order|tell) +T ~ambassador * (hours|days|weeks) to (leave|depart|quit|exit)
161  (order|tell|instruct) +T ~ambassador to (leave|depart|quit|exit)
161  (say|tell|announce|declare) ** that +T ~ambassador (had|have|has|were|are) * (hours|days|weeks) to (leave|depart|quit|exit)
161  order * ~ambassador (of|from) +T (to|out)
161  declare * ~ambassador (of|from) +T persona non grata
161  declare +T ~ambassador persona non grata
161  (close|shut|shutter) * ~embassy (in|to) +T
161  (close|shut|shutter) +T ~embassy
161  (order|force) * closure of * ~embassy (of|in) +T
161  (cancel|postpone|scrap|call|delay|put) * ~visit (to|of|in|by) +T
161  (cancel|postpone|scrap|call|delay|put) * ~meeting with +T
161  (revoke|withdraw|rescind|cancel) * recognition (of|from) +T
161  switch * recognition from +T
161  (reduce|cut|shrink|slash|downsize|limit|cap) * (embassy|diplomatic|mission) (staff|presence|personnel|mission|corps) (in|to|of) +T
161  (withdraw|evacuate|pull) * (embassy|diplomatic|consular) (staff|personnel|presence|employees|diplomats) (from|in) +T
161  (suspend|freeze|cancel|halt|end) * (diplomatic|political|official|senior|ministerial) (contacts|dialogue|exchanges|visits|channels) with +T
161  (quit|exit) +T
161  (suspend|expel|oust|kick|exclude) +T from * (organization|bloc|league|union|council|body|alliance|coalition|grouping|commonwealth|group|membership|assembly|olympics|games|tournament|competition|forum)
161  (suspend|freeze|end|terminate|revoke) * membership (in|of) +T
161  (suspend|freeze|revoke|end) +T membership
161  (declare|announce) * independence from +T
N 161  (severance|rupture|breakdown|downgrade|downgrading|suspension|severing) of * ~ties (with|between) +T
N 161  expulsion of * ~ambassador (of|from) +T
N 161  expulsion of +T ~ambassador
N 161  (recall|withdrawal) of * ~ambassador (from|to) +T
N 161  closure of * ~embassy (in|of) +T

# --- 162 Reduce or stop material aid ------------------------------------------------------------
162  (cut|reduce|slash|halt|suspend|stop|freeze|end|withhold|withdraw|terminate|pause|block|cancel|scale|prohibit|ban|bar|deny) * ~aid (to|for|from) +T
162  (cut|reduce|slash|halt|suspend|stop|freeze|end|withhold|pause|cancel) +T (aid|assistance|support)
1621 (cut|reduce|slash|halt|suspend|stop|freeze|end|withhold|terminate|pause|block|cancel|withdraw) * ~money (to|for|from) +T
1621 (cut|reduce|slash|halt|suspend|stop|freeze|end|withhold|terminate|pause|cancel) * (economic|financial|budget|budgetary|development) ~aid (to|for) +T
1621 (cut|reduce|slash|halt|suspend|stop|freeze|end|withhold|pause|cancel) +T (funding|loans|grants|financing)
1621 defund +T
1622 (cut|reduce|halt|suspend|stop|freeze|end|withhold|pause|block|cancel|restrict|limit|delay) * ~weapons (to|for) +T
1622 (cut|reduce|halt|suspend|stop|freeze|end|withhold|pause|block|cancel|restrict|limit|delay|ban) * (arms|weapons|military|weapon) (sales|shipments|deliveries|exports|transfers|supplies|sale|shipment) (to|for) +T
1622 (cut|reduce|halt|suspend|stop|freeze|end|withhold|pause|cancel) * (military|defense|security|lethal) ~aid (to|for) +T
1622 (halt|suspend|stop|end|cancel) * (training|support) (for|of) +T (troops|forces|army|military)
1623 (cut|reduce|halt|suspend|stop|freeze|end|withhold|pause|block|cancel|restrict) * humanitarian ~aid (to|for|into) +T
1623 (cut|halt|stop|suspend|block|restrict|shut) * (food|medicine|medicines|fuel|water|electricity|power) (to|for|into) +T
N 162  (cut|suspension|freeze|halt) (in|of|to) * ~aid (to|for) +T

# --- 163 Impose embargo, boycott, or sanctions ------------------------------------------------
163  (impose|slap|levy|announce|introduce|adopt|approve|expand|tighten|reimpose|widen|step|ramp|toughen|intensify|enact|pass|unveil|enforce|broaden|add) * ~sanctions (on|against|targeting) +T
163  sanction +T
163  (blacklist|embargo) +T
163  (ban|halt|suspend|stop|block|restrict|curb|cut|limit|bar|prohibit|freeze) * (imports|exports|trade|purchases|sales|shipments|investment|investments|commerce|business|transactions) (from|to|with|of|in) +T
163  (freeze|block) * (assets|funds|reserves|accounts|property) (of|belonging|held) +T
163  (freeze|block) +T (assets|funds|reserves|accounts|property)
163  (impose|slap|levy|raise|hike|increase|announce|double) * (tariffs|tariff|duties|duty|levies|taxes) (on|against) +T
163  (impose|slap|levy|raise|hike|increase|announce|double) * (tariffs|tariff|duties|duty|levies) on +T (goods|imports|products|steel|cars|exports|vehicles|chips)
163  (ban|bar|blacklist|restrict) +T (companies|firms|goods|products|imports|exports|airlines|ships|vessels|banks|entities|officials|oligarchs|nationals|citizens|visitors|aircraft|flights|tankers)
163  (add|put|place) +T (on|to) * (blacklist|list)
163  (designate|list|label|classify) +T as * (terrorist|terror) (organization|group|entity|sponsor|state)
163  (cut|disconnect|exclude|ban|remove) +T from * swift
163  (close|shut) * airspace (to|for) +T
163  ban * (flights|travel|visas|entry) (to|from|for) +T
163  (suspend|halt|cut|reduce|freeze|downgrade|sever) * (trade|economic|commercial|business|energy) (ties|cooperation|relations|links|exchanges) with +T
163  (halt|suspend|stop|cut|end|freeze) * ~trade (with|to|from) +T
163  (cut|halt|stop|suspend|reduce|block|curb) * (gas|oil|energy|grain|wheat|lng|crude) (supplies|supply|exports|deliveries|shipments|flows|sales) (to|for) +T
163  (impose|declare|announce|enforce) * boycott (of|on|against) +T
N 163  (sanction|embargo|boycott) (on|against|of) +T
N 163  (ban|restriction) on * (imports|exports|trade) (from|to|with) +T
N 163  tariff (on|against) +T

# --- 164 Halt negotiations ----------------------------------------------------------------------
164  (halt|suspend|break|end|call|stop|freeze|abandon|quit|cancel|pause|postpone|terminate) * ~talks [with] +T?
164  (walk|pull|withdraw) out of * ~talks [with] +T?
164  (walk|pull) away from * ~talks [with] +T?
164  withdraw from * ~talks [with] +T?
164  (recall|withdraw|pull) * (negotiators|negotiator|delegation|team) from * ~talks (with|in) +T
N 164  (suspension|collapse|breakdown|halt|end) of * ~talks (with|between) +T

# --- 165 Halt mediation ------------------------------------------------------------------------
165  (suspend|halt|end|quit|abandon|pause|freeze|terminate|stop) * (mediation|mediating|role|efforts) (between|in|with) +T
165  (step|pull|withdraw) back from * (mediation|role) (between|in|with) +T

# --- 166 Expel or withdraw ---------------------------------------------------------------------
166  (expel|kick|oust|evict|eject) * (journalists|correspondents|reporters|mission|missions|contractors|advisers|advisors|company|companies|firms|teachers) (of|from) +T
166  (expel|kick|oust|evict|eject) +T (journalists|correspondents|reporters|mission|contractors|advisers|advisors|forces|troops)
166  (expel|kick|oust|evict|eject|order) * ~troops (of|from) +T
166  (withdraw|pull) * (mission|missions|team|teams|contractors|advisers|advisors) from +T
1661 (expel|kick|oust|evict) * ~peacekeepers (of|from) +T
1661 (withdraw|pull|remove|recall) * ~peacekeepers from +T
1661 end * (mandate|mission) of +T
1662 (expel|kick|oust|evict|bar|ban) * ~inspectors (of|from) +T
1662 (withdraw|pull|recall|remove) * ~inspectors from +T
1662 (expel|kick|bar|ban) +T ~inspectors
1662 (remove|disconnect|switch|dismantle) * (cameras|monitoring|surveillance|equipment) (of|from|installed|belonging) +T
1663 (expel|kick|oust|evict|bar|ban|suspend) * ~agencies (of|from) +T
1663 (withdraw|pull|evacuate) * ~agencies from +T
1663 (suspend|halt|end|ban) * (operations|activities|work|presence) of +T
N 166  withdrawal of * (mission|team|contractors) from +T

# Pulling envoys out of a country.
161  (pull|withdraw|bring) * (~ambassador|diplomats|envoys|staff|personnel) out of +T

# Cancelling joint exercises, visits and plans.
160  (cancel|scrap|suspend|call) [off] * (exercises|exercise|drills|maneuvers|manoeuvres) [planned|scheduled] with +T
161  (cancel|scrap|call) [off] * (plans|plan|trip|visit) to (visit|travel|go) [to] +T
# Barring exports or imports.
163  (bar|ban|block|halt|stop|restrict) * (export|exports|import|imports|sale|sales) * (to|from) +T
163  (bar|ban|block|halt|stop|restrict) * (export|exports|import|imports|sale|sales) of * (to|from) +T
