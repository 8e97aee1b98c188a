# 18 ASSAULT
# Unconventional violence: attacks that need no military organisation or conventional weaponry.
# 180 not otherwise specified (terrorist attacks, stabbings, car rammings, firebombs);
# 181 abduct, hijack, take hostage; 182x physical assault (1821 sexual assault, 1822 torture,
# 1823 killing by beating, lynching); 183x non-military bombings (1831 suicide bombing,
# 1832 car bombing, 1833 roadside bombs and IEDs); 184 human shields; 185 assassination attempt;
# 186 assassination and targeted killing. Aerial bombing is 195; killing with unspecified
# weapons is 190 (19-fight.pat), per the codebook.

# --- 180 Use unconventional violence ------------------------------------------------------------
180  (stab|knife) +T
180  (ram|plow|drive) * (car|vehicle|truck|bulldozer|van) (into|at) +T
180  (carry|launch|stage|perpetrate|commit|conduct|mount) * (terrorist|terror|militant|jihadist) (attack|attacks|operation|operations|act|acts) (on|against|in|targeting) +T
180  (target|attack) +T with * (knives|knife|axe|axes|machete|machetes|firebombs|molotov|acid)
180  firebomb +T
180  poison +T
180  (throw|hurl) * (grenade|grenades|acid|explosives) (at|into) +T
N 180  (stabbing|ramming) (of|on|against) +T
N 180  (terror|terrorist) (attack|attacks) (on|against|in|targeting) +T

# --- 181 Abduct, hijack, or take hostage ---------------------------------------------------
181  (kidnap|abduct|snatch|hijack|commandeer) +T
181  (hijack|seize|commandeer|board) +T (ship|vessel|plane|aircraft|tanker|bus|airliner|flight|boat)
181  (take|hold|seize|capture|grab|keep) +T (hostage|hostages|captive|captives)
181  (take|seize|capture|abduct|kidnap) * (hostages|hostage|captives) (from|among|of) +T
N 181  (kidnapping|abduction|hijacking) of +T

# --- 182 Physically assault --------------------------------------------------------------------
182  (beat|punch|kick|slap|manhandle|batter|club|whip|flog|pummel|bludgeon|maul|bash|rough) +T
182  (attack|assault) +T with * (sticks|clubs|batons|fists|bats|bars|pipes|chains)
182  (attack|assault|harass) * (worshippers|pilgrims|passengers|tourists|shoppers|pedestrians|villagers|farmers|residents) (of|from) +T
1821 (rape|molest|grope) +T
1822 torture +T
1822 (subject|expose) +T to * torture
1822 (mistreat|abuse) +T in * (custody|detention|prison|jail)
N 1822 torture of +T
1823 (beat|stone|kick|club|torture|hack|strangle|bludgeon|lynch|burn) +T to death
1823 (lynch|strangle) +T
N 1823 lynching of +T

# --- 183 Conduct non-military bombing ----------------------------------------------------------
183  (detonate|explode|set|plant|place|leave) * (bomb|bombs|explosive|explosives|device|devices|charge|charges) (at|near|in|outside|targeting|against|under) +T
183  (kill|wound|injure|maim) +T in * (bomb|bombing|blast|explosion) [attack]
183  (carry|stage|perpetrate|commit|mount) * (bombing|bombings|blast|blasts|explosion|explosions) (on|against|targeting|at|in) +T
183  (bomb|blow) up * (offices|office|building|headquarters|embassy|pipeline|bus|train|car|vehicle) (of|belonging|in) +T
N 183  bombing (at|targeting) +T
1831 (carry|launch|stage|conduct|perpetrate|commit|mount) * suicide (bombing|bombings|attack|attacks|blast|operation|operations) (on|against|targeting|at|in) +T
1831 blow * (himself|herself|themselves) up (at|near|in|among|outside) +T
N 1831 suicide (bombing|attack|blast) (on|against|targeting|at|in) +T
1832 (detonate|explode|set|plant) * car (bomb|bombs) (at|near|in|outside|targeting|against) +T
1832 (carry|launch|stage|conduct|perpetrate) * car (bombing|bombings|bomb) (on|against|targeting|at|in) +T
N 1832 car (bomb|bombing) (at|near|on|against|targeting|in) +T
1833 (detonate|explode|plant|set|hit) * roadside (bomb|bombs|device|devices|explosive|explosives) (targeting|against|at|near|on) +T
1833 (hit|strike|target|attack) +T with * roadside (bomb|bombs|device|devices)
1833 (hit|strike|target|attack) +T with * (ied|ieds|landmine|landmines|mine|mines)
N 1833 roadside (bomb|bombing) (targeting|against|on|at) +T

# --- 184 Use as human shield ---------------------------------------------------------------------
184  use +T as * (shield|shields|cover)
184  (hide|embed|shelter) (among|behind|beneath|under|inside) +T
N 184  use of +T as * (shield|shields)

# --- 185 Attempt to assassinate --------------------------------------------------------------------
185  (try|attempt|plot|seek|plan) to (assassinate|kill|murder|eliminate) +T
185  (make|carry|launch|mount) * (attempt|attempts) on * life of +T
185  (make|carry|launch|mount) * (attempt|attempts) on +T
N 185  attempt on * life of +T
N 185  (attempt|plot) to (assassinate|kill|murder) +T
N 185  assassination (attempt|plot|bid) (on|against|targeting) +T

# --- 186 Assassinate ------------------------------------------------------------------------------
186  assassinate +T
186  (kill|eliminate|target) +T in * (targeted|assassination|precision|drone) (strike|killing|attack|operation)
186  (carry|conduct|order|mount) * targeted (killing|killings|assassination) of +T
186  (carry|conduct|order|mount) * assassination of +T
N 186  assassination of +T
N 186  killing of +T in * targeted (strike|attack|operation)
