# 04 CONSULT
# 040 meetings and consultations not otherwise specified: news "met (with)", "conferred",
#     "held consultations" go here, since the codebook makes 040 the default whenever the place
#     of the meeting is not known to be neutral (044 is only for third-location meetings);
# 041 telephone and video calls; 042 make a visit (the source travels to the target);
# 043 host a visit (the source receives the target); 044 meet at a third location (summit
#     sidelines, neutral venues); 045 mediate (source = mediator, target = a party);
# 046 negotiate: per the codebook "holding talks" and "discussions" count as negotiation.
# Invitations and agreements to meet are 036 (03-intent.pat); cancelled visits are 161.

# --- 040 Consult ----------------------------------------------------------------------------
040  meet [with] +T?
040  (confer|consult|huddle|parley|commune) [with] +T?
040  (speak|talk) with +T?
040  (speak|talk) to +T
040  (hold|have|conduct) * (consultations|consultation|meeting|meetings|conversation|conversations|exchange|exchanges|contacts|audience) with +T?
040  (hold|have|convene|chair) * ~meeting with +T?
040  (sit|get) down with +T
040  (exchange|compare|swap) * (views|notes|ideas|opinions|assessments) with +T?
040  (consult|coordinate|confer|liaise) with +T (on|over|about|regarding)
040  engage with +T
040  (join|attend|participate) * ~meeting (with|of) +T
040  (join|attend|participate) * (conference|forum|session) (with|of) +T
040  (seek|establish|make|maintain|keep|resume|open) * (contact|channel|channels|line|lines) with +T?
040  reach out to +T
040  (communicate|correspond) with +T
040  (lunch|dine|breakfast) with +T
040  (host|give|hold) * (dinner|lunch|breakfast|banquet) with +T
040  (receive|get) * briefing from +T
040  (grant|give) * audience to +T
N 040  meeting with +T
N 040  meeting between +S and +T
N 040  meeting (of|by) +S with +T
N 040  (consultation|encounter|conversation|contact) with +T
N 040  summit (with|between) +T
N 040  summit between +S and +T

# --- 041 Discuss by telephone -------------------------------------------------------------------
041  (phone|telephone|call|ring) +T
041  (speak|talk|confer|converse|chat) (by|over|on|via) (phone|telephone|video|videolink|videoconference) with +T?
041  (speak|talk|confer) (with|to) +T (by|over|on|via) (phone|telephone|video|videolink|videoconference)
041  (hold|have|make|conduct|place) * (phone|telephone|video) (call|conversation|talks|conference|discussion|discussions|link) with +T?
041  (hold|have|make|place) * call with +T?
041  (receive|take|get|answer) * (call|calls) from +T
041  place * call to +T
041  (hold|have|conduct) * (videoconference|teleconference|videocall|hotline) (with|between) +T?
N 041  call (with|from) +T
N 041  (phone|telephone) (call|calls|conversation|talks|contact) with +T
N 041  (phone|telephone) (call|calls|conversation|talks) between +S and +T
N 041  conversation (by|over|on) (phone|telephone) with +T
N 041  (videoconference|teleconference) with +T

# --- 042 Make a visit ---------------------------------------------------------------------------
042  (visit|tour) +T
042  (travel|fly|go|head|come|jet|journey|proceed|rush|hurry|sail|drive) to +T
042  (arrive|land|stop) (in|at) +T
042  (pay|make|conduct|undertake|begin|start|wrap|end|conclude|complete|continue) * ~visit (to|of|in) +T
042  kick off * ~visit (to|of|in) +T
042  embark on * ~visit (to|of) +T
042  (be|remain) on * ~visit (to|in) +T
042  (lead|head|accompany|join) * (delegation|mission|entourage) to +T
042  (send|dispatch) * (delegation|delegations|envoy|envoys|emissary|emissaries|mission) to +T
042  (make|pay) * (stop|stopover) in +T
042  (attend|join) * (summit|conference|ceremony|inauguration|forum|meeting|meetings|session|celebrations|parade) (in|hosted) +T
042  attend * (summit|conference|ceremony|inauguration|forum|meeting|session) hosted by +T
042  return to +T for * (visit|talks|meeting|meetings|summit)
N 042  (visit|trip|tour|journey|stopover) (to|of) +T
N 042  (visit|trip|tour|journey) by +S to +T
N 042  (visit|trip|tour) of +S to +T
N 042  (arrival|landing) in +T
N 042  delegation to +T

# --- 043 Host a visit ---------------------------------------------------------------------------
043  (host|receive) +T
043  welcome +T (to|at|in)
043  (greet|meet|receive) +T (at|on) * (airport|arrival|tarmac|palace|border)
043  roll out * red carpet for +T
043  play host to +T
043  (give|accord|extend|hold|throw) * (welcome|reception|banquet|dinner|ceremony|lunch) (for|to) +T
043  (give|accord|extend|hold|throw) * (welcome|reception|banquet|dinner|ceremony|lunch) in honor of +T
043  (entertain|fete) +T
043  receive * (visit|visits) (from|by) +T
043  (receive|welcome|host|greet) * (delegation|delegations|envoy|envoys|emissary|emissaries|mission) (from|of) +T
N 043  (reception|banquet|dinner|welcome) (for|honoring) +T

# --- 044 Meet at a third location ---------------------------------------------------------------
044  meet [with] +T? on sidelines
044  meet [with] +T? on margins
044  (hold|have) * ~meeting with +T? on sidelines
044  (hold|have) * ~meeting with +T? on margins
044  meet [with] +T? (at|in) * (neutral|third) (venue|country|location|ground|site)
044  (talk|confer|speak) with +T? on sidelines
N 044  meeting with +T on sidelines
N 044  meeting between +S and +T on sidelines

# --- 045 Mediate ----------------------------------------------------------------------------
045  mediate (between|among|in|with) +T
045  (act|serve) as * (mediator|intermediary|broker|facilitator|interlocutor|channel) (between|among|for|with) +T
045  (broker|facilitate|arbitrate) (between|among) +T
045  (broker|facilitate|host|sponsor|oversee) * ~talks between +T
045  (broker|facilitate|sponsor|mediate) * ~agreement between +T
045  (broker|facilitate|sponsor|mediate) * ~ceasefire between +T
045  (broker|mediate) * ~ceasefire (in|for) +T
045  shuttle between +T
045  (mediate|broker|negotiate|facilitate) * (end|solution|settlement|resolution|truce|ceasefire|deal|agreement) (to|of|in|between) +T
# "talks in Beijing brokered by China": the mediator's parties are those of the act the sentence
# (or else the document's lead story) reports.
N 045  (talk|negotiation|discussion|dialogue) * (brokered|mediated|hosted|facilitated|sponsored|arranged) by +S
N 045  (deal|agreement|accord|truce|ceasefire|reconciliation|rapprochement) * (brokered|mediated|facilitated) by +S
045  (relay|pass|convey|carry|deliver) * (message|messages|proposal|proposals|response|responses|offer) between +T
045  (relay|pass|convey|carry|deliver) * (message|messages|proposal|proposals|response|offer) from +T to
045  intercede with +T
045  (lead|conduct|chair|oversee|head) * ~mediation (between|among|with|in) +T
N 045  mediation (between|among|with|in) +T
N 045  mediation (by|of) +S (between|with|in) +T

# --- 046 Engage in negotiation --------------------------------------------------------------
046  negotiate [with] +T?
046  (hold|conduct|have) * ~talks [with] +T?
046  (open|begin|start|launch|resume|restart|renew|enter|continue|conclude|wrap|complete|reopen) * ~talks [with] +T?
046  (engage|participate) in * ~talks with +T?
046  take part in * ~talks with +T?
046  sit * (table|negotiating) with +T?
046  (bargain|haggle) with +T
046  (discuss|negotiate) * (deal|agreement|terms|ceasefire|truce|exchange|swap|accord|framework|details) with +T?
046  discuss * with +T?
046  (meet|talk) [with] +T? (to|for) * (negotiate|negotiations|talks|discuss)
N 046  (talk|negotiation|discussion|dialogue) with +T
N 046  (talk|negotiation|discussion|dialogue) between +S and +T
N 046  round of * ~talks (with|between) +T

# Talking by telephone.
041  (discuss|talk|speak|confer) * by (telephone|phone) [with] +T?

# Generic hosting and greeting of a visitor.
043  (greet|welcome|receive|host) +T
# A visit with the visited place before the visitor.
N 042  (visit|trip|tour) to +T by +S
