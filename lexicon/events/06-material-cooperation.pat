# 06 ENGAGE IN MATERIAL COOPERATION
# Reciprocal material exchange that is actually taking place (pledges are 031x, one-way aid is 07x).
# 060 material cooperation not otherwise specified (joint projects, science, technology);
# 061 economic cooperation (trade, investment, energy deals, flights, infrastructure);
# 062 military cooperation (joint exercises, arms sales and purchases, basing, fighting
#     alongside); 063 judicial cooperation (extradition, handing over suspects, executing
#     warrants); 064 sharing intelligence or information.

# --- 060 Engage in material cooperation -------------------------------------------------------
060  (launch|start|implement|carry|undertake|run|complete) * joint (project|projects|venture|ventures|program|programs|initiative|initiatives|mission|missions|research|production) (with|alongside) +T?
060  (exchange|swap|share|transfer) * (technology|technologies|expertise|knowhow|experience) with +T?
060  (cooperate|collaborate|partner|work) with +T (on|in) (science|technology|space|health|education|culture|research|climate|environment|water|vaccines|pandemic|disaster|cyber|ai)
060  (build|develop|produce|manufacture|launch|operate) * jointly with +T
N 060  (venture|project|program|initiative) with +T

# --- 061 Cooperate economically ------------------------------------------------------------
061  trade with +T?
061  do business with +T
061  (expand|boost|increase|deepen|strengthen|develop|promote|enhance|double|triple|grow|diversify|liberalize|resume|restore|revive|facilitate) * ~trade [with] +T?
061  (expand|boost|increase|deepen|strengthen|develop|promote|enhance|resume|restore|revive|bolster) * (economic|commercial|business|energy|financial|trade|investment|tourism|transport|banking) (ties|cooperation|relations|links|partnership|exchanges) [with] +T?
061  invest * in +T
061  (buy|purchase|import|receive) * (gas|oil|energy|wheat|grain|goods|products|electricity|crude|lng|coal|fertilizer|fertilizers|chips|steel|uranium|minerals|timber|cotton) from +T
061  (sell|export|ship|supply|deliver) * (gas|oil|energy|wheat|grain|goods|products|electricity|crude|lng|coal|fertilizer|fertilizers|chips|steel|uranium|minerals|timber|cotton) to +T
061  supply +T with * (gas|oil|energy|electricity|crude|lng|coal|grain|wheat)
061  (open|launch|resume|restore|start|establish|increase) * (flights|flight|routes|route|shipping|rail|service|services|connections) (to|with|between) +T
061  (lower|cut|remove|reduce|scrap|eliminate|waive|abolish) * (barriers|duties|quotas) (on|for|with) +T
061  (grant|extend|give|restore) * (trade|tariff|market) (preferences|access|concessions|status) to +T
061  (open|reopen) * (market|markets|economy) to +T
061  (create|form|establish|join|launch|negotiate) * trade (area|zone|bloc|corridor) with +T?
061  (build|construct|develop|finance|fund|lay|inaugurate|launch|complete) * (pipeline|pipelines|railway|railroad|port|bridge|corridor|plant|link|interconnector|highway|road|refinery|dam) (to|with|linking|connecting|between) +T
061  (swap|exchange) * (currency|currencies|goods|oil|energy) with +T?
061  (cooperate|collaborate|partner|work) with +T (on|in) (trade|energy|investment|economy|tourism|agriculture|infrastructure|mining|finance|banking|transport|shipping)
061  (settle|conduct) * trade (in|with) * (currencies|currency|yuan|rubles|rupees|dollars) with +T?
N 061  trade (with|between) +T
N 061  trade between +S and +T
N 061  investment (in|into) +T
N 061  export to +T
N 061  import from +T

# --- 062 Cooperate militarily --------------------------------------------------------------
062  (hold|conduct|stage|carry|launch|begin|start|complete|host|wrap) * (exercises|exercise|drills|drill|maneuvers|wargames|patrols|patrol|training) (with|alongside) +T?
062  (hold|conduct|stage|carry|launch|begin|start|complete|host) * joint (exercises|exercise|drills|drill|maneuvers|wargames|patrols|patrol|training|operations|operation) [with] +T?
062  (expand|boost|deepen|strengthen|increase|enhance|resume|restore|bolster) * (military|defense|security) (ties|cooperation|relations|links|partnership) [with] +T?
062  sell * ~weapons to +T
062  (buy|purchase|acquire|procure|order|import) * ~weapons from +T
062  (grant|give|allow|offer|extend) * (basing|overflight|transit|docking|port) (rights|access|permission|privileges) to +T
062  host * (troops|forces|base|bases|military) (of|from) +T
062  host +T (troops|forces|base|bases|military|warships|jets)
062  station * ~troops in +T
062  (fight|operate|patrol|serve) alongside +T
062  (coordinate|cooperate|collaborate) with +T (on|in) (security|defense|counterterrorism|military|border|maritime|nuclear|missile)
062  (form|establish|create|forge) * (military|defense|security) (alliance|pact|partnership|bloc) [with] +T?
N 062  (exercise|drill|maneuver|patrol|wargame) (with|alongside) +T
N 062  (exercise|drill|maneuver) between +S and +T
N 062  (sale|deal) of * ~weapons to +T

# --- 063 Engage in judicial cooperation ----------------------------------------------------------
063  extradite * to +T
063  extradite +T
063  (hand|turn) over * (suspect|suspects|fugitive|fugitives|accused|militants|wanted|defendant|defendants) to +T
063  (transfer|surrender) * (suspect|suspects|accused|defendant|defendants|fugitive|fugitives) to +T
063  (cooperate|collaborate|work) with +T (on|in) * (investigation|inquiry|probe|case|prosecution|extradition|trial|extraditions|justice)
063  (execute|enforce|serve|act) * (warrant|warrants|request|requests) (from|of|by|issued) +T
063  (arrest|detain|extradite|deport|hand) * (at|on) request (of|from) +T
063  (accept|recognize) * jurisdiction of +T
063  (provide|grant|extend) * (legal|judicial|mutual) (assistance|cooperation|help) to +T
N 063  extradition to +T

# --- 064 Share intelligence or information ------------------------------------------------
064  (share|exchange|swap|provide|pass|hand|give|supply|transfer|relay|leak|disclose) * (intelligence|information|data|evidence|findings|details|documents|files|records|coordinates|images|imagery|results|names|lists) (with|to) +T?
064  tip off +T
064  alert +T (to|about|of)
064  (cooperate|coordinate|collaborate) with +T (on|in) (intelligence|information)
064  (open|grant|give) * access to * (archives|files|records|data|databases) (to|for) +T
N 064  intelligence (sharing|cooperation|exchange) with +T
N 064  (sharing|exchange) of * (intelligence|information|data) with +T

# Operating or resuming flights to a country.
061  (operate|resume|launch|start|restart|begin) * (flight|flights|service|services|route|routes) (to|between) +T
