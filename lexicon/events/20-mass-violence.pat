# 20 USE UNCONVENTIONAL MASS VIOLENCE
# Coded on the reporter's terminology ("massacre", "genocide", "ethnic cleansing", "chemical
# weapons"); ordinary war casualties stay 190. The target is the victim group or its country.
# 200 mass violence not otherwise specified (atrocities); 201 mass expulsion and forced
# displacement; 202 mass killings, massacres, genocide; 203 ethnic cleansing; 204x weapons of
# mass destruction (2041 chemical, biological, radiological; 2042 nuclear detonation).
# Accusations of these acts are 1124; threats 1385.

# --- 200 Use unconventional mass violence -------------------------------------------------------
200  (commit|perpetrate|carry) * (atrocities|atrocity) (against|on|in) +T
200  (starve|besiege) * (population|civilians|people|residents) of +T
N 200  atrocity (against|on|in) +T

# --- 201 Engage in mass expulsion ---------------------------------------------------------------
201  (displace|uproot|drive|transfer|deport|expel|evict|remove|chase) * (thousands|hundreds|tens|millions|scores|masses) of +T
201  (drive|force|push|chase|hound) +T out of
201  (drive|force|push|chase|hound) +T from * (homes|homeland|land|lands|villages|towns|region|territory)
201  (carry|conduct|engage|pursue|commit) * (forced|mass) (displacement|expulsion|expulsions|deportation|deportations|transfer|transfers|removal) of +T
201  (depopulate|empty) * (villages|towns|areas|region|territory) of +T
N 201  (displacement|exodus|expulsion|deportation|transfer) of * (thousands|hundreds|tens|millions) of +T
N 201  mass (expulsion|deportation|displacement|exodus) of +T
N 201  forced (displacement|expulsion|deportation|transfer) of +T

# --- 202 Engage in mass killings --------------------------------------------------------------
202  (massacre|slaughter|exterminate|butcher) +T
202  (commit|carry|perpetrate|conduct|engage) * (massacre|massacres|slaughter|pogrom|pogroms|genocide|extermination) (of|against|in|on) +T
202  (commit|carry|perpetrate|conduct) * mass (killings|killing|murder|murders|executions|execution|atrocities) (of|against|in|on) +T
202  wipe out +T
N 202  (massacre|slaughter|genocide|pogrom|extermination|annihilation) (of|against|in) +T
N 202  massacre by +S (of|in) +T
N 202  mass (killing|murder|execution) of +T

# --- 203 Engage in ethnic cleansing ------------------------------------------------------------
203  cleanse +T
203  (carry|conduct|commit|engage|perpetrate|pursue|wage) * ethnic cleansing (of|against|in) +T
N 203  cleansing (of|against|in) +T

# --- 204 Use weapons of mass destruction -----------------------------------------------------
204  (use|deploy|employ|launch|fire|drop) * (weapons|weapon) of mass destruction (on|against|in) +T
2041 (use|deploy|employ|launch|fire|drop|unleash) * (chemical|biological|radiological|toxic|nerve|poison|sarin|chlorine|mustard|vx) (weapons|weapon|agents|agent|gas|arms|munitions|bombs|attack|attacks) (on|against|in) +T
2041 gas +T
2041 (attack|hit|target|strike|bomb|shell) +T with * (chemical|biological|sarin|chlorine|mustard|nerve|toxic|poison|radiological) [weapons|weapon|agents|agent|gas|munitions|bombs]
N 2041 (gas|chemical) (attack|attacks) (on|against|in) +T
2042 (drop|detonate|use|launch|fire|explode) * (nuclear|atomic|hydrogen|thermonuclear) (bomb|bombs|weapon|weapons|warhead|warheads|device|missile|missiles|strike|attack) (on|against|over|at) +T
2042 nuke +T
N 2042 nuclear (strike|attack|attacks|bombing) (on|against) +T
