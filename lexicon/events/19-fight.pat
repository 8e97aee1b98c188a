# 19 FIGHT
# Conventional military force. 190 attacks, fighting and killings with unspecified weapons
# (the codebook puts "kill" here when no weapon is named); 191 blockade, siege, restriction of
# movement; 192 occupy, invade, annex, seize control; 193 small arms, light weapons, mortars;
# 194 artillery, tanks, rockets and missiles; 195 aerial weapons (air strikes, bombing from the
# air, drones); 196 violate a ceasefire (incl. resuming attacks after a truce).

# --- 190 Use conventional military force ----------------------------------------------------
190  (attack|assault|strike|hit|target|raid|storm|engage|ambush|overrun|pound|hammer|blitz|rout|repel|repulse) +T
190  (fight|battle|clash|skirmish) [with|against] +T?
190  (kill|slay|murder|wound|injure|maim) +T
190  (launch|carry|conduct|mount|stage|begin|start|step|intensify|escalate|expand|widen|continue|unleash|press|wage|order|broaden) * ~attacks (on|against|targeting|at|into|in) +T
190  (open|start|begin|launch) * (front|offensive|war|hostilities) (against|on|with) +T
190  (exchange|trade) (fire|gunfire|blows|shots) [with] +T?
190  (wage|fight|declare|start) war (on|against|with) +T
190  go to war (with|against) +T
190  (send|move|pour|push|march|roll) * ~troops into +T
190  (advance|push|move|press|drive|march) (on|toward|towards|into) +T
190  shoot down +T
190  shoot down +T (plane|planes|jet|jets|drone|drones|aircraft|helicopter|helicopters|airliner|missile|missiles|fighter|warplane|warplanes)
190  (sink|torpedo|scuttle) +T
190  (sink|torpedo) +T (ship|vessel|warship|boat|submarine|tanker|cruiser|frigate|destroyer)
190  retaliate against +T
190  (hit|strike) back (at|against) +T
190  inflict * (casualties|losses|defeat) on +T
190  (kill|wound|injure) * (soldiers|troops|fighters|militants|civilians|people|members|officers|police|policemen|residents|children) (of|from) +T
190  (destroy|knock|take) out +T (positions|position|tanks|tank|bases|base|targets|radar|defenses|air)
190  (destroy|hit|strike|target) * (positions|position|bases|base|targets|depots|depot|facilities|headquarters|outposts|convoy|convoys|sites) (of|belonging|held|in) +T
190  (hit|strike|target|attack|destroy) +T (positions|position|bases|base|targets|depots|depot|facilities|headquarters|outposts|convoy|convoys|sites|tanks|military|troops|forces)
N 190  (attack|assault|offensive|raid|strike|incursion|onslaught|operation|aggression|war) (on|against|in|into) +T
N 190  (attack|assault|offensive|raid|strike|incursion) by +S (on|against|in|into) +T
N 190  war (with|between) +T
N 190  war between +S and +T
N 190  (clash|fighting|battle|hostility) (with|against|between) +T
N 190  (clash|fighting|battle) between +S and +T
N 190  killing of +T

# --- 191 Impose blockade, restrict movement -----------------------------------------------------
191  (blockade|besiege|encircle|surround|cordon|isolate|quarantine) +T
191  seal off +T
191  lay siege to +T
191  (impose|enforce|tighten|maintain|extend|declare) * (blockade|siege|closure|cordon|encirclement|quarantine) (on|of|around|against) +T
191  (restrict|block|limit|curtail|ban) * movement (of|in|into|out) +T
191  (set|erect|impose|establish|build) * (checkpoints|checkpoint|roadblocks|barriers|wall|fence) (in|around|on|near|across) +T
191  (close|shut|seal) off * (access|entrances|crossings|routes|roads) (to|into|of) +T
N 191  (blockade|siege|encirclement) (of|on|against|around) +T
N 191  blockade by +S (of|on) +T

# --- 192 Occupy territory -------------------------------------------------------------------------
192  (occupy|annex|conquer|retake|recapture|reoccupy|invade) +T
192  (seize|take|gain|assume|wrest|grab|establish|consolidate|tighten) control (of|over) +T
192  (extend|impose|apply) * sovereignty (over|to|on) +T
192  (capture|seize|take) * (territory|territories|town|towns|city|cities|villages|village|region|areas|area|islands|island|airport|base) (from|of|held|controlled) +T
192  (establish|set|create|expand|carve) * (buffer|security|occupation) (zone|zones|strip) (in|inside|on|along) +T
192  (roll|sweep|storm) into +T
N 192  (occupation|annexation|invasion|seizure|capture|conquest|takeover) of +T
N 192  (occupation|annexation|invasion) by +S of +T
N 192  invasion of +T by +S

# --- 193 Fight with small arms and light weapons --------------------------------------------------
193  shoot +T
193  shoot dead +T
193  shoot +T dead
193  gun down +T
193  open fire (on|at) +T
193  (fire|shoot|snipe) (at|on) +T
193  (fire|lob|launch) * (mortar|mortars|bullets|shots|rounds|grenades|grenade|rpg|rpgs|volleys) (at|on|into|toward|towards) +T
193  (target|hit|attack) +T with * (mortar|mortars|gunfire|rifles|bullets|machine|sniper|small)
193  (spray|pepper|riddle) +T with * (bullets|gunfire|rounds)
N 193  (shooting|gunfight|firefight|shootout|gunfire) (at|on|with|of|against) +T
N 193  mortar (attack|fire|shells|rounds) (on|at|against|into) +T

# --- 194 Fight with artillery and tanks ---------------------------------------------------------
194  (shell|bombard) +T
194  (fire|launch|lob|rain|hurl|shoot) * (rockets|rocket|missiles|missile|shells|artillery|projectiles|salvo|salvos|barrage|barrages|volley|katyushas|grads|munitions) (at|on|into|toward|towards|against) +T
194  (target|hit|strike|attack|pound) +T with * (rockets|rocket|missiles|missile|artillery|shells|tanks|tank|howitzers|cannon|cannons|gunboats|warships)
194  (use|deploy|turn) * (tanks|artillery|armor|howitzers) (against|on) +T
194  (launch|carry|conduct|mount|step|intensify|escalate|expand|continue|unleash|order) * (shelling|bombardment|bombardments|barrage|barrages|artillery|rocket|missile) [attack|attacks|strike|strikes|fire|campaign] (on|against|targeting|at|into|of) +T
194  (rain|pound|pummel|hammer) +T with * (rockets|missiles|shells|artillery)
N 194  (shelling|bombardment|barrage) (of|on|against) +T
N 194  (rocket|missile|artillery) (attack|attacks|fire|strike|strikes|barrage|salvo) (on|against|at|into|toward|towards|targeting) +T
N 194  (rocket|missile|artillery) (attack|attacks|fire|strike|strikes|barrage) by +S (on|against|at|into) +T

# --- 195 Employ aerial weapons ------------------------------------------------------------------
195  (bomb|strafe|airstrike) +T
195  (launch|carry|conduct|mount|step|intensify|escalate|expand|continue|order|stage|unleash|widen|broaden) * (airstrike|airstrikes|sortie|sorties) (on|against|targeting|in|at|over) +T
195  (launch|carry|conduct|mount|step|intensify|escalate|expand|continue|order|stage|unleash) * air (strike|strikes|raid|raids|attack|attacks|campaign|assault|operation|operations|offensive|war) (on|against|targeting|in|at|over) +T
195  (launch|wage|conduct|begin|step) * bombing campaign (against|on|in) +T
195  drop * (bombs|bomb|munitions|bunker|barrel) (on|over) +T
195  (launch|fly|send|fire|deploy) * (drones|drone|uav|uavs|kamikaze|shaheds) (at|on|into|toward|towards|against|over) +T
195  (target|hit|strike|attack|pound|bomb) +T with * (drones|drone|airstrikes|warplanes|jets|helicopters|aircraft|bombs|bombers|gunships)
195  (hit|strike|target|attack) +T from * air
N 195  airstrike (on|against|in|targeting|at) +T
N 195  airstrike by +S (on|against|in|targeting) +T
N 195  air (strike|strikes|raid|raids|attack|attacks|campaign|war|offensive) (on|against|in|targeting|over) +T
N 195  drone (strike|strikes|attack|attacks) (on|against|in|targeting|at) +T
N 195  bombing (of|on) +T

# --- 196 Violate ceasefire ------------------------------------------------------------------------
196  (violate|breach|break|shatter|undermine|flout|wreck|end) * ~ceasefire (with|in|by|against) +T
196  (violate|breach|break|shatter) * ~ceasefire [with] +T?
196  (resume|restart|renew) * (fighting|hostilities|attacks|strikes|airstrikes|war|offensive|bombardment|shelling|bombing|operations|assault|raids) (on|against|in|with) +T
N 196  (violation|violations|breach|breaches) of * ~ceasefire (by|with|in) +T
