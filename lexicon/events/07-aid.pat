# 07 PROVIDE AID
# Delivered or extended aid (pledges, offers and approvals not yet delivered are 033x).
# 070 aid not otherwise specified; 071 economic aid (money, loans, grants, debt relief,
# bailouts, budget support); 072 military aid (weapons, training, advisers, personnel: sending
# troops to a country is coded here, as military assistance); 073 humanitarian aid (relief
# goods, evacuation, rescue, shelter for refugees, field hospitals); 074 military protection and
# peacekeeping (deploying peacekeepers, extending mandates, air policing, escorts);
# 075 grant asylum.

# --- 070 Provide aid ---------------------------------------------------------------------------
070  (provide|send|give|deliver|extend|donate|contribute|grant|disburse|channel|dispatch|rush|ship|airlift|funnel|supply) * ~aid (to|for) +T
070  (give|send|grant) +T * ~aid
070  (provide|supply|furnish) +T with * ~aid
070  (aid|assist|help) +T
070  come to * (aid|assistance|rescue|help) of +T
N 070  (aid|assistance|help) (to|for) +T
N 070  (delivery|shipment) of * ~aid (to|for) +T

# --- 071 Provide economic aid -------------------------------------------------------------------
071  (provide|send|give|extend|lend|grant|donate|contribute|disburse|transfer|wire|deposit|release|unlock|loan) * ~money (to|for) +T
071  (provide|send|give|extend|lend|grant|donate|contribute|disburse|transfer|release) * (economic|financial|budget|budgetary|development|fiscal|macroeconomic) ~aid (to|for) +T
071  (lend|loan) +T
071  (give|grant|lend|loan|pay) +T * (loan|loans|grant|grants|credit|money|cash|billion|million|funds)
071  (forgive|cancel|write|waive|restructure|reschedule|relieve|reduce) * (debt|debts) (of|owed|to|for) +T
071  (forgive|cancel|waive|restructure|reschedule) +T (debt|debts)
071  bail out +T
071  (fund|finance|bankroll|subsidize) +T
071  (pay|cover|fund|finance) * (salaries|wages|bills|budget|costs|deficit|imports) of +T
071  (release|disburse|unlock|transfer|pay) * (tranche|installment|installments|payment|payments) (to|for) +T
071  deposit * (in|with) * (bank|treasury) of +T
N 071  (loan|grant|donation) (to|for) +T
N 071  bailout (of|for) +T
N 071  debt (relief|forgiveness|cancellation|restructuring) (for|to) +T

# --- 072 Provide military aid ---------------------------------------------------------------
072  (send|supply|provide|deliver|give|transfer|ship|furnish|donate|airlift|hand|rush) * ~weapons to +T
072  (supply|provide|furnish|equip|arm) +T with * ~weapons
072  (arm|equip|train) +T
072  (send|give|provide|extend|deliver|rush) * (military|defense|security|lethal) ~aid (to|for) +T
072  (send|deploy|dispatch) * (military|security) (advisers|advisors|trainers|instructors|experts|personnel|contractors) to +T
072  (send|deploy|dispatch) * ~troops to +T
072  (provide|give) * (air|fire|artillery|naval|logistical|logistic) (support|cover) (to|for) +T
N 072  (delivery|shipment|transfer|supply) of * ~weapons to +T
N 072  (delivery|shipment) of * (military|defense|security|lethal) ~aid to +T

# --- 073 Provide humanitarian aid ------------------------------------------------------------
073  (send|provide|deliver|give|extend|donate|rush|airlift|airdrop|ship|distribute|truck|dispatch|bring|supply) * humanitarian ~aid (to|for|into) +T
073  (send|provide|deliver|give|donate|rush|airlift|airdrop|ship|distribute|truck|dispatch|bring|supply) * ~relief (to|for|into) +T
073  (airdrop|drop|parachute) * (aid|food|supplies|meals|parcels|packages) (over|on|into) +T
073  (evacuate|rescue|airlift|fly) * (civilians|wounded|injured|children|people|refugees|nationals|citizens|patients|survivors) from +T
073  (rescue|evacuate) +T
073  (shelter|host|house|take|accept|admit|resettle|receive|welcome) * (refugees|migrants|evacuees|displaced) from +T
073  (treat|care) * (wounded|injured|patients|children|sick|victims) from +T
073  (open|set|build|establish|erect|deploy) * (hospital|hospitals|camp|camps|shelters|shelter|clinic|clinics) (in|for) +T
073  (send|dispatch|deploy) * (rescue|medical|relief|search|humanitarian) (teams|team|workers|personnel|units|crews|staff) to +T
073  (send|dispatch|deploy) * (rescuers|doctors|medics|nurses|volunteers|firefighters) to +T
073  (open|throw) * (borders|border|doors) to +T (refugees|migrants|civilians)
N 073  (convoy|shipment|delivery|airdrop) of * (food|medicine|medicines|fuel|water) (to|for|into) +T
N 073  (convoy|shipment|delivery|airdrop) of * humanitarian ~aid (to|for|into) +T
N 073  evacuation of * from +T

# --- 074 Provide military protection or peacekeeping -----------------------------------------
074  (send|deploy|dispatch|contribute|provide) * ~peacekeepers (to|in|into) +T
074  (extend|renew|expand|prolong|strengthen) * (mandate|mission) (of|in|for) +T
074  (patrol|police|protect|guard|defend|secure) * (airspace|skies|waters|border|borders|coast|coastline) of +T
074  escort * (ships|vessels|convoys|convoy|tankers|shipping) (to|of|for|from|bound) +T
074  (deploy|send|station|move|transfer) * (batteries|patriot|patriots|thaad) (to|in) +T
074  (lead|join|head|command) * (peacekeeping|stabilization|protection|multinational|security|naval) (force|mission|operation|coalition) (in|to|for) +T
074  (protect|defend|guard|shield) +T from * (attack|attacks|missiles|drones|strikes|invasion|aggression)
074  intercept * (missiles|drones|rockets) (fired|launched) (at|toward|towards) +T
074  shoot down * (missiles|drones|rockets) (fired|launched) (at|toward|towards) +T
N 074  deployment of * ~peacekeepers (to|in) +T

# --- 075 Grant asylum --------------------------------------------------------------------------
075  (grant|give|award|accord|provide) * asylum to +T
075  (grant|give|award|accord) +T * asylum
075  (grant|give|provide) * (sanctuary|refuge) to +T
075  (shelter|harbor|host) +T in * embassy
N 075  asylum (to|for) +T
