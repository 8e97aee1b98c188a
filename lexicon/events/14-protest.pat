# 14 PROTEST
# Civilian collective dissent directed against the target (source: protesters, unions,
# opposition; target: the actor protested against, often named through its embassy).
# 140 dissent not otherwise specified (campaigns, civil disobedience, uprisings);
# 141x demonstrations and rallies (1411 for leadership change, 1412 against a policy,
# 1413 for rights, 1414 for independence, autonomy or regime change); 142x hunger strikes;
# 143x strikes and consumer boycotts (a state's boycott or embargo is 163); 144x blocking roads,
# buildings, sit-ins; 145x violent protest, riots, storming embassies, stone throwing.
# Official diplomatic protests are 114 (11-disapprove.pat).

# --- 140 Engage in political dissent --------------------------------------------------------------
140  (stage|launch|wage|mount|lead|start|join) * (campaign|movement|resistance|disobedience|uprising|intifada|revolt|rebellion|insurrection) (against|of) +T
140  rise up against +T
140  (revolt|rebel) against +T
140  (defy|resist) * (rule|occupation|authority|regime) of +T
N 140  (uprising|revolt|rebellion|intifada|insurrection) against +T

# --- 141 Demonstrate or rally ---------------------------------------------------------------
141  (demonstrate|rally|march|protest|picket|gather|assemble|converge|parade|mass) (against|outside|near|at) +T
141  (stage|hold|launch|mount|organize|lead|join|start|attend) * (protest|protests|demonstration|demonstrations|rally|rallies|march|marches|sit|picket|pickets) (against|outside|at|near|in) +T
141  (stage|hold|launch|mount|organize|lead|join|start|attend) * (protest|protests|demonstration|demonstrations|rally|rallies|march|marches) in front of +T
141  take to * streets to (protest|denounce|condemn|oppose|reject|demand) +T
141  take to * streets against +T
141  (protest|demonstrate|rally|gather|march) (outside|near|at|to) +T ~embassy
141  (protest|demonstrate|rally|gather|march) (outside|near|at|to) * ~embassy of +T
141  (burn|trample|stomp|deface|tear) * (flag|flags|effigy|effigies|pictures|posters|portraits|images|photos) of +T
141  (burn|trample|stomp|deface|tear) +T (flag|flags|effigy|effigies)
141  (chant|shout) * (slogans|slogan) against +T
141  (protest|demonstrate|rally|march) against * (visit|war|occupation|presence|deployment|bases|base|actions|treatment) (of|by) +T
N 141  (protest|demonstration|rally|march) (against|outside) +T
N 141  (protest|demonstration|rally|march) (by|of) +S (against|outside) +T

# --- 1411-1414 Demonstrations for specific demands ---------------------------------------
1411 (protest|demonstrate|rally|march) * (demanding|calling|seeking|urging) * (resignation|ouster|removal|departure|downfall|fall|overthrow|impeachment) of +T
1411 (stage|hold|organize|lead|join) * (protest|protests|demonstrations|rally|rallies|march|marches) (demanding|calling|urging|seeking) * (resignation|ouster|removal|departure|downfall|fall|overthrow|impeachment) of +T
1411 (protest|demonstrate|rally|march) * (demanding|calling|urging) +T (resign|resignation|quit|step|go|leave)
1412 (protest|demonstrate|rally|march) against * (policy|policies|plan|plans|law|laws|bill|reform|reforms|decision|measures|hike|cuts|tax|taxes|deal|agreement|annexation|construction|austerity|conscription|overhaul) (of|by) +T
1412 (protest|demonstrate|rally|march) against +T (policy|policies|plan|plans|law|bill|reform|reforms|decision|measures|deal|overhaul)
1413 (protest|demonstrate|rally|march) * (for|demanding|over|calling) * ~rights (of|for) +T
1414 (protest|demonstrate|rally|march) * (for|demanding|calling) * (independence|autonomy|secession|selfrule|democracy|referendum|statehood) (from|of|for) +T

# --- 142 Conduct hunger strike -------------------------------------------------------------
142  (go|launch|begin|start|stage|hold|continue|declare|join|wage) * hunger strike (against|over|in) +T
142  (go|launch|begin|start|stage|hold|continue|declare|join|wage) * hunger strike to protest +T
1421 (go|launch|begin|start|stage|continue|declare|join) * hunger strike * (demanding|calling|urging) * (resignation|ouster|removal) of +T
1422 (go|launch|begin|start|stage|continue|declare|join) * hunger strike (against|over|to) * (detention|detentions|policy|law|decision|treatment|conditions|deportation|extradition|sentence|trial) (of|by) +T
1423 (go|launch|begin|start|stage|continue|declare|join) * hunger strike * (demanding|for|over) * ~rights (of|for) +T
1424 (go|launch|begin|start|stage|continue|declare|join) * hunger strike * (demanding|for) * (independence|autonomy|selfrule|democracy) (from|for|of) +T

# --- 143 Conduct strike or boycott --------------------------------------------------------------
143  go on strike (against|at|over|to) +T
143  (stage|hold|call|declare|launch|begin|start|join|organize) * (general|labor|nationwide|national|workers|work|teachers|doctors|transport|dock|port) (strike|strikes) (against|at|over|to) +T
143  (stage|hold|call|declare|launch|organize) * (walkout|walkouts|stoppage|stoppages|shutdown|shutdowns) (against|at|over|in) +T
143  boycott +T
143  boycott +T (goods|products|companies|firms|brands|produce|businesses|stores|restaurants)
143  boycott * (goods|products|companies|firms|brands|produce|businesses) (from|of|made) +T
1431 go on strike * (demanding|calling|urging) * (resignation|ouster|removal) of +T
1432 go on strike (against|over|to) * (policy|reform|reforms|law|bill|cuts|decision|plan|measures|tax|taxes|austerity|privatization) (of|by) +T
1433 go on strike * (for|demanding|over) * ~rights (of|for) +T
1434 go on strike * (for|demanding) * (independence|autonomy|selfrule|democracy|secession) (from|for|of) +T
1432 (boycott|shun) * (elections|election|vote|parliament|session) (organized|called|held) by +T

# --- 144 Obstruct passage, block -------------------------------------------------------------
144  (block|blockade|barricade|obstruct|occupy|cordon|choke) * (road|roads|highway|highways|entrance|entrances|streets|street|bridge|bridges|port|ports|railway|rail|airport|offices|office|building|buildings|square|parliament|ministry|gates|gate|crossing|crossings) (to|of|leading) +T
144  (block|barricade|blockade|picket|surround|encircle|occupy|besiege) * (headquarters|office|offices|building|buildings|ministry|embassy|compound|residence|premises|parliament|palace|consulate) of +T
144  (block|barricade|blockade|picket|surround|encircle|occupy|besiege) +T (headquarters|office|offices|building|ministry|embassy|compound|residence|premises|parliament|consulate)
144  (stage|hold|launch|begin|start|organize) * sit in (at|outside|against|in) +T
1441 (block|barricade) * (roads|road|highways|highway|streets|bridges) * (demanding|calling) * (resignation|ouster|removal|departure) of +T
1442 (block|barricade) * (roads|highways|streets|ports|railways|border) (in|to) protest (against|at|over) * (policy|plan|law|reform|reforms|tax|taxes|prices|decision|measures) (of|by) +T
1443 (block|barricade) * (roads|road|highways|highway|streets|bridges) * (demanding|for|over) * ~rights (of|for) +T
1444 (block|barricade) * (roads|road|highways|highway|streets|bridges) * (demanding|for) * (independence|autonomy|selfrule|democracy|secession) (from|for|of) +T

# --- 145 Protest violently, riot ----------------------------------------------------------------
145  (riot|rampage) (against|outside|at|near) +T
145  (storm|ransack|torch|burn|vandalize|stone|pelt|loot|attack|set|firebomb|breach) * ~embassy of +T
145  (storm|ransack|torch|burn|vandalize|stone|pelt|loot|attack|firebomb|breach) +T ~embassy
145  set fire to +T ~embassy
145  (storm|ransack|attack|breach) and set fire to +T ~embassy
145  (storm|breach) * (parliament|ministry|offices|office|headquarters|building|compound|residence|palace|capitol) of +T
145  (storm|breach) +T (parliament|ministry|offices|headquarters|compound|residence|palace|capitol)
145  (throw|hurl|lob) * (stones|rocks|molotov|firebombs|eggs|bottles|shoes|fireworks|bricks) (at|on|toward|towards) +T
145  (pelt|stone) +T
145  clash with +T (police|security|forces|troops|officers) (during|in|at) * (protest|protests|demonstration|demonstrations|rally|march|riots)
1451 (riot|clash|rampage) * (demanding|calling) * (resignation|ouster|removal|downfall|fall) of +T
1452 (riot|rampage|clash) (against|over) * (policy|policies|plan|law|laws|bill|reform|reforms|decision|measures|tax|taxes|prices|austerity) (of|by) +T
1453 (riot|rampage|clash) * (demanding|for|over) * ~rights (of|for) +T
1454 (riot|rampage|clash) * (demanding|for) * (independence|autonomy|selfrule|democracy|secession) (from|for|of) +T
N 145  (riot|attack|assault) on * ~embassy (of|in) +T
N 145  storming of * ~embassy (of|in) +T
N 145  storming of +T (embassy|parliament|capitol|consulate)
