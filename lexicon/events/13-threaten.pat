# 13 THREATEN
# Verbal threats and warnings with serious consequences (future conflictual acts announced by the
# source are also threats: "will strike" = 1384, mapped through events/intent.toml and modality).
# 130 threats and warnings not otherwise specified; 131x non-force threats (1311 cut aid,
# 1312 sanctions, boycott, embargo, 1313 cut relations, recall envoys, leave an organisation);
# 132x administrative sanctions (1321 restrict freedoms and media, 1322 ban parties or
# politicians, 1323 curfew, 1324 state of emergency); 133 protest; 134 halt negotiations;
# 135 halt mediation; 136 expel or withdraw observers, aid agencies, peacekeepers;
# 137 repression (arrest, crackdown); 138x military force (1381 blockade, 1382 occupation,
# invasion, annexation, 1383 unconventional violence, terrorism, assassination, 1384 conventional
# attack, 1385 weapons of mass destruction); 139 ultimatum (the word "ultimatum" or a deadline).

# --- 130 Threaten ------------------------------------------------------------------------------
130  threaten +T
130  warn +T
130  warn +T (against|over|about|not|that)
130  (issue|deliver|send|give|sound|repeat|renew|reiterate|make) * (warning|warnings|threat|threats) (to|against|at) +T
130  warn of * ~consequences (for|against|if|to) +T
130  (warn|threaten) +T (of|with) * ~consequences
130  (menace|intimidate|bully|blackmail|browbeat) +T
130  put +T on notice
130  (vow|promise|pledge) to teach +T
N 130  (threat|warning) (to|against) +T
N 130  (threat|warning) (by|from) +S (to|against) +T

# --- 131 Threaten non-force --------------------------------------------------------------------
131  threaten to (cut|reduce|halt|suspend|stop|end|freeze|curb|limit|restrict|downgrade|scale) * (cooperation|exchanges|engagement|dealings) with +T
131  threaten to (veto|block) * (resolution|draft|bill|measure|proposal|deal|bid|membership|accession|motion) (on|against|by|of|from|for) +T
131  threaten to (sue|prosecute|indict) +T
131  threaten to (expose|publish|release) * (evidence|documents|information|secrets|files) (on|about|against) +T
131  (threaten|warn) +T with * (steps|reciprocity|reciprocal)
1311 threaten to (cut|reduce|halt|suspend|stop|end|freeze|withhold|withdraw|review|slash|pull|condition|cancel) * ~aid (to|for|from) +T
1311 threaten to (cut|reduce|halt|suspend|stop|end|freeze|withhold|withdraw|slash|pull|condition|cancel) * ~money (to|for|from) +T
1311 threaten to (cut|reduce|halt|suspend|stop|end|freeze|withhold|slash|condition) +T (aid|funding|assistance|support)
1311 threaten to (halt|suspend|stop|cut|freeze|withhold|delay|restrict|condition|review) * ~weapons (to|for) +T
1311 threaten to (halt|suspend|stop|cut|freeze|withhold|delay|restrict|condition|review) * (shipments|deliveries|sales|supplies|transfers) (to|for) +T
1312 threaten * ~sanctions (on|against|for) +T
1312 threaten to (impose|slap|levy|introduce|expand|tighten|reimpose|ramp|step|toughen|widen|broaden) * ~sanctions (on|against|targeting) +T
1312 (threaten|warn) +T with * ~sanctions
1312 threaten to (ban|block|halt|stop|cut|restrict|suspend|curb|limit|tax) * (imports|exports|trade|purchases|flights|investment|investments) (from|to|with|of|by) +T
1312 threaten to (blacklist|sanction|embargo) +T
1312 (raise|float|mention|dangle|brandish|wield) * (possibility|prospect|specter|threat|option) of * ~sanctions (on|against) +T
1312 threaten to (freeze|seize) * (assets|funds|reserves|accounts) (of|belonging) +T
1312 threaten to (freeze|seize) +T (assets|funds|reserves|accounts)
N 1312 threat of * ~sanctions (on|against) +T
1313 threaten to (cut|sever|break|suspend|downgrade|freeze|reduce|review|end|reconsider|rupture|terminate) * ~ties [with] +T
1313 threaten to (recall|withdraw|pull|expel) * ~ambassador (from|of|to|in) +T
1313 threaten to expel +T ~ambassador
1313 threaten to (close|shut) * ~embassy (in|of) +T
1313 threaten to (quit|leave|exit) +T
1313 threaten to (pull|withdraw|walk) out of * ~agreement with +T
1313 threaten to withdraw from +T
1313 threaten to pull out of +T
1313 threaten to declare * independence from +T
N 1313 threat to (cut|sever|break|downgrade|suspend) * ~ties with +T

# --- 132 Threaten with administrative sanctions ----------------------------------------------
132  threaten to (impose|introduce|tighten|extend) * (restrictions|curbs|limits|controls|measures) (on|against) +T
132  threaten to (revoke|strip|cancel|suspend) * (license|licenses|accreditation|citizenship|passport|passports|visa|visas|residency|permits|immunity) (of|for|from) +T
1321 threaten to (block|censor|shut|close|suspend|ban|restrict|jam) +T (broadcasts|website|websites|newspaper|channel|station|outlet|app|accounts|operations)
1321 threaten to (restrict|curb|limit|block|censor|shut|ban) * (media|press|internet|protests|assembly|speech|websites|access|rallies|demonstrations) (in|of|for|to|by) +T
1322 threaten to (ban|outlaw|dissolve|disqualify|bar|proscribe|disband|deregister) +T
1323 threaten to (impose|declare|introduce|extend|reimpose) * curfew (on|in|over) +T
1324 threaten to (impose|declare|introduce|proclaim) * emergency (on|in|over) +T
1324 threaten to (impose|declare|introduce|proclaim) * martial law (on|in|over) +T

# --- 133-136 Threaten dissent, halting talks, mediation, involvement --------------------------
133  threaten to (protest|demonstrate|rally|march|riot) (against|outside) +T
133  threaten to (stage|hold|launch|call|organize|mount|escalate|resume) * (protests|protest|demonstrations|rallies|walkout|sit|march|marches|boycott|campaign) (against|outside) +T
133  threaten to boycott +T
133  threaten * (protests|demonstrations|unrest|disobedience|walkout) (against|over) +T
134  threaten to (quit|leave|abandon|suspend|halt|break|walk|pull|withdraw|end|freeze|boycott|skip) * ~talks with +T
134  threaten to (cancel|call|scrap|skip|boycott|postpone) * ~meeting with +T
135  threaten to (end|halt|suspend|quit|abandon|stop|withdraw|freeze) * (mediation|mediating|role|efforts) (between|in|with) +T
135  threaten to (quit|abandon|stop|suspend) mediating (between|in) +T
136  threaten to (expel|kick|oust|evict|eject|bar) * ~inspectors (from|of) +T
136  threaten to (expel|kick|oust|evict|eject|bar) * ~agencies (from|of) +T
136  threaten to (expel|kick|oust|evict|withdraw|pull|remove) * ~peacekeepers (from|of) +T
136  threaten to (expel|kick|oust) +T ~inspectors

# --- 137 Threaten with repression -----------------------------------------------------------
137  threaten to (crack|clamp) down on +T
137  threaten to (arrest|jail|imprison|detain|suppress|disperse|execute|hang|deport) +T
137  (warn|threaten) +T (of|with) * (arrest|arrests|prosecution|imprisonment|crackdown|jail|death|execution|detention|deportation|harsh)
137  (warn|threaten) * (crackdown|arrests) (on|against) +T

# --- 138 Threaten with military force --------------------------------------------------------
138  threaten * (force|war|retaliation|reprisal|reprisals|military|action|response|escalation) against +T
138  (threaten|warn) +T with * (force|war|military|attack|strikes)
138  (vow|pledge|promise|swear) * (revenge|retaliation|retribution|response|reprisal|reprisals|vengeance) (against|on|for) +T
138  (vow|threaten|promise|pledge|swear) to (retaliate|respond|avenge|punish) [against|on|to] +T
138  (vow|threaten|promise|pledge) to make +T pay
138  (vow|pledge|promise|swear|threaten) to (destroy|eliminate|crush|defeat|eradicate|annihilate|dismantle|topple|overthrow) +T
138  warn of * (military|armed) (response|action|retaliation|confrontation|escalation) (against|by|to) +T
138  threaten to use force (against|on) +T
138  (rattle|brandish) * (saber|sabers|sword|swords|weapons) (at|against|toward) +T
N 138  threat of * (force|war|military|retaliation|action) (against|on) +T
1381 threaten to (blockade|besiege|encircle|seal|quarantine) +T
1381 threaten * (blockade|siege) (of|on|against) +T
1381 threaten to (close|block|mine) * (strait|straits|sea|port|ports|waterway|shipping|canal) (to|for) +T
1382 threaten to (invade|occupy|annex|seize|take|capture|retake|reoccupy|enter|conquer) +T
1382 threaten * (invasion|occupation|annexation) of +T
1382 threaten to (extend|impose|apply) * sovereignty (over|to|on) +T
1383 threaten * (terrorist|terror|suicide|jihadist) (attacks|attack|bombings|bombing|strikes|operations) (on|against|in) +T
1383 threaten to (kidnap|behead|abduct|assassinate|poison|execute) * (citizens|nationals|hostages|officials|leaders) of +T
1383 threaten to (kidnap|behead|abduct|assassinate|poison) +T
1384 threaten to (attack|strike|hit|bomb|target|shell|raid|shoot|storm|pound|level|raze|flatten|fire) +T
1384 threaten * (strikes|strike|attack|attacks|airstrikes|bombing|offensive|assault|operation) (on|against|in) +T
1384 (vow|threaten|promise|pledge) to (hit|strike) back (at|against) +T
1384 threaten to (fire|launch) * (missiles|missile|rockets|drones) (at|on|into|toward|towards) +T
1384 threaten to shoot down +T (jets|planes|aircraft|drones|warplanes)
1385 threaten to (use|deploy|launch|detonate|fire|drop) * (nuclear|chemical|biological|atomic) (weapons|weapon|arms|bomb|bombs|missiles|warheads|attack|strike|strikes) (against|on) +T
1385 (threaten|warn) +T with * (nuclear|atomic) (weapons|attack|strike|annihilation|retaliation|war|response)
1385 threaten to (wipe|obliterate|annihilate|erase|exterminate|destroy) +T (off|out|from)
1385 threaten * (nuclear|atomic) (war|attack|strike|retaliation|annihilation) (on|against|with) +T

# --- 139 Give ultimatum -----------------------------------------------------------------------
139  (issue|give|deliver|present|send|set|hand|serve|pose) * ultimatum (to|for) +T
139  give +T * (ultimatum|deadline)
139  give +T * (hours|days|weeks|months) to (comply|respond|accept|answer|meet)
139  (set|impose|issue|give) * deadline (for|to) +T
N 139  ultimatum (to|for) +T
N 139  ultimatum by +S to +T
