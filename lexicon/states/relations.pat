# Relation-state patterns: `relation:value PATTERN`, same grammar as events/*.pat.
# The clause subject is party a and +T party b; `+T?` with a plural subject ("Israel and
# Morocco have no ties") states the relation among the subject's members.
# Vocabulary: crates/model/src/relation.rs (the dev README's relation table).

# --- diplomatic relations: standing descriptions
diplomatic_relations:none have no * (ties|relations|relationship) [with] +T?
diplomatic_relations:none have never had * (ties|relations) [with] +T?
diplomatic_relations:none lack * (ties|relations) [with] +T?
diplomatic_relations:none do not have * (ties|relations) [with] +T?
diplomatic_relations:none does not have * (ties|relations) [with] +T?
diplomatic_relations:none not recognize +T
diplomatic_relations:unofficial have (quiet|unofficial|informal|secret|covert|clandestine|discreet) (ties|relations|relationship|contacts|links) * with +T?
diplomatic_relations:unofficial maintain (quiet|unofficial|informal|secret|covert|clandestine|discreet) (ties|relations|relationship|contacts|links) * with +T?
diplomatic_relations:full have full * (ties|relations) [with] +T?
diplomatic_relations:full maintain full * (ties|relations) [with] +T?
diplomatic_relations:downgraded downgrade * (ties|relations|representation) [with] +T?
diplomatic_relations:downgraded reduce * (ties|relations|representation) [with] +T?
diplomatic_relations:downgraded be represented * by (charges|charge) +T?
diplomatic_relations:liaison maintain * (liaison|interests) (offices|office|sections|section) [in] +T?

# --- diplomatic relations: acts that change them
diplomatic_relations:none (sever|cut|break|suspend|end|freeze) * (ties|relations) [with] +T?
diplomatic_relations:none break off * (ties|relations) [with] +T?
diplomatic_relations:full (restore|reestablish|establish|normalize|resume) full * (ties|relations) [with] +T?
diplomatic_relations:full upgrade * (ties|relations) to full * (ties|relations) [with] +T?
diplomatic_relations:full (restore|reestablish|establish) * diplomatic (ties|relations) [with] +T?
N diplomatic_relations:full (ties|relations) between +S and +T * (restored|reestablished|resumed|normalized)
N diplomatic_relations:none (ties|relations) between +S and +T * (severed|cut|broken|suspended)

# --- ambassadors and missions
ambassador:recalled recall * (ambassador|envoy|ambassadors|envoys) (to|from|in) +T
ambassador:recalled withdraw * (ambassador|envoy|ambassadors|envoys) (to|from|in) +T
ambassador:recalled pull * (ambassador|envoy|diplomats|ambassadors|envoys) out of +T
ambassador:none have no (ambassador|ambassadors) [in] +T?
embassy:closed close * (embassy|embassies) in +T
embassy:open (reopen|open) * (embassy|embassies) in +T

# --- borders, airspace, flights, trade, sanctions
border:closed (close|shut|seal) * border with +T
border:open (reopen|open) * border with +T
airspace:closed (close|shut) * airspace to +T
airspace:open (reopen|open) * airspace to +T
direct_flights:no (suspend|halt|stop|ban) * flights (to|with) +T
direct_flights:yes (resume|restart|launch) * flights (to|with) +T
trade:halted (halt|suspend|stop|end) * (trade|exports|imports) (with|to|from) +T
trade:restricted (restrict|curb|limit) * (trade|exports|imports) (with|to|from) +T
trade:restricted (bar|ban|block|restrict|curb|limit) * (export|exports|import|imports|sale|sales) of * (to|from|into) +T
sanctions:in_force (impose|enforce|maintain) * (sanctions|embargo) (on|against) +T
sanctions:lifted lift * (sanctions|embargo) (on|against) +T
sanctions:eased (ease|relax) * (sanctions|embargo|restrictions) (on|against) +T

# --- treaties and war
peace_treaty:yes sign * peace (treaty|treaties|deal|accord) with +T?
peace_treaty:yes have * peace (treaty|treaties) with +T?
state_of_war:no end * state of war [with] +T?

# --- implied by acts
# Reopening an embassy restores full relations (a's embassy in b).
diplomatic_relations:full (reopen) * (embassy|embassies) in +T
state_of_war:no (end|ending) * state of war [between|with] +T?
state_of_war:no (declare|sign) * end (of|to) * (war|state) [between|with] +T?
# "expelled Israel's ambassador": the target's envoy in the subject's country.
ambassador:expelled:rev expel +T (ambassador|envoy|ambassadors|envoys)
ambassador:recalled recall * (ambassador|envoy) (from|to) +T
