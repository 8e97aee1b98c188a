# 15 EXHIBIT FORCE POSTURE
# Military or police moves short of the use of force, directed at the target.
# 150 shows of force not otherwise specified (drills near the target, warships and jets sent
#     toward it, intercepts, missiles aimed at it, fortifying a border with it);
# 151 police alert; 152 military alert and readiness; 153 mobilize or increase police power;
# 154 mobilize or increase armed forces (troop build-ups along a border, mobilization).
# Sending troops TO a country is military aid (072); INTO a country is use of force (190).

# --- 150 Demonstrate military or police power ---------------------------------------------------
150  (deploy|send|dispatch|move|position|rush|redeploy|fly|ship) * ~troops (near|toward|towards|along|around|close) +T
150  (move|deploy|send|rush|redeploy|position) * ~troops to * (border|borders|frontier) (with|of) +T
150  (deploy|send|dispatch|move|position|station|sail|fly) * ~assets (near|toward|towards|off|around|close) +T
150  (deploy|move|transfer|station) * (nuclear|tactical) (weapons|warheads|missiles|arms) (to|in|into|near) +T
150  (hold|conduct|stage|launch|carry|begin|start|kick) * (exercises|exercise|drills|drill|maneuvers|wargames|patrols) (near|around|off|close|along|encircling|surrounding|simulating|targeting|against) +T
150  (fly|send|dispatch) * (jets|warplanes|aircraft|bombers|fighters|planes|sorties) (near|over|toward|towards|around|through) +T
150  (fly|send) * (jets|warplanes|aircraft|bombers|fighters|drones|planes|balloons) into +T (airspace|zone|adiz)
150  (sail|send|steam) * (warship|warships|destroyer|destroyers|carrier|carriers|submarine|submarines|fleet|flotilla|vessels|ships|frigate|frigates) (through|near|toward|towards|off|into|past) +T
150  (launch|fire|test) * (missile|missiles|rocket|rockets|icbm|icbms|ballistic|hypersonic) (over|near|off|across) +T
150  (conduct|carry|hold) * (nuclear|missile|weapons) (test|tests) (near|over|off) +T
150  (show|flex|display|demonstrate|project|parade) * (force|muscle|muscles|might|strength|power|military|firepower|resolve) (to|toward|towards|against|near|at) +T
150  (buzz|shadow|intercept|tail) +T
150  (buzz|shadow|intercept|tail|harass|track|chase) +T (ship|ships|vessel|vessels|aircraft|plane|planes|jet|jets|drone|drones|warship|warships|destroyer|patrol|bomber|bombers)
150  (patrol|sail|fly) * (near|off|around|along) +T (coast|waters|shores|border|airspace|islands)
150  (fortify|militarize|reinforce) * (border|positions|bases|base|outposts|defenses|islands|island|frontier) (with|near|along|on|facing) +T
150  (build|construct|set) * (bases|base|outposts|outpost|fortifications|fortification) (near|along|on|facing) +T
150  (aim|point|target|train) * (missiles|guns|weapons|rockets|artillery|launchers) at +T
150  lock * radar on +T
150  (mass|gather) * (warships|tanks|armor|artillery|jets|warplanes) (near|along|off|around) +T
N 150  (deployment|dispatch) of * ~troops (near|along|toward|towards|around) +T
N 150  (deployment|dispatch) of * ~assets (near|toward|towards|off|around) +T
N 150  show of (force|strength|might) (to|against|near|toward|towards) +T
N 150  (drill|exercise|maneuver) (near|around|off|simulating|targeting) +T

# --- 151 Increase police alert status --------------------------------------------------------
151  (raise|heighten|increase|step|tighten|boost) * (police|security) (alert|presence|readiness|patrols|measures|cordon) (in|near|around|at|outside) +T
151  (put|place) * police on * alert (in|near|around|at|outside) +T

# --- 152 Increase military alert status ------------------------------------------------------
152  (put|place|keep) * ~troops on * (alert|standby|readiness|footing) (along|near|on|against|toward|towards|over|for) +T
152  (raise|heighten|increase|elevate) * (alert|readiness|defcon) [level|status|state] (along|near|on|against|toward|towards|over|amid|after|for) +T
152  (go|remain) on * (alert|standby) (along|near|on|against|toward|towards|over|for) +T
152  scramble * (jets|fighters|warplanes|aircraft|interceptors) (to|after|against|toward|towards) +T
152  (declare|order|announce) * combat readiness (against|toward|towards|along|near) +T

# --- 153 Mobilize or increase police power --------------------------------------------------
153  (deploy|send|dispatch|mobilize|rush|increase|boost|double|step|beef) * (police|riot|officers|policemen|gendarmes|paramilitary|paramilitaries|gendarmerie) (to|in|at|near|around|outside|against) +T

# --- 154 Mobilize or increase armed forces -----------------------------------------------------
154  (mass|amass|concentrate|build|gather|muster|reinforce|bolster|beef|boost|increase|double|triple|surge) * ~troops (near|along|on|at|around|close) * (border|borders|frontier) (with|of) +T
154  (mass|amass|concentrate|build|gather|muster) * ~troops (near|along|on|at|around|close) +T
154  (increase|boost|bolster|beef|reinforce|expand|surge|double|step) * (military|troop|naval|air) (presence|deployment|deployments|forces|footprint|activity) (in|near|around|along|off|at) +T
154  (mobilize|conscript|call) * (troops|reservists|reserves|forces|army|soldiers|men|recruits) (against|for|near|along|to) +T
154  mobilize against +T
154  (declare|order|announce) * mobilization (against|amid|over) +T
N 154  (buildup|build) of * ~troops (near|along|on|around|at) +T
N 154  (buildup|mobilization) (near|along|on|around|against) +T
