# 17 COERCE
# 170 coercion, harassment, persecution not otherwise specified; 171x property (1711 seize,
# confiscate, raid, loot; 1712 destroy, demolish); 172x administrative sanctions against
# civilians (1721 restrictions on media, speech, assembly, internet; 1722 banning parties or
# politicians; 1723 curfew; 1724 state of emergency, martial law); 173 arrest, detain, charge,
# sentence; 174 expel or deport individuals (diplomats are 161, groups 166, mass expulsion 201);
# 175 violent repression of dissent (crackdowns, dispersing protests with force).

# --- 170 Coerce -----------------------------------------------------------------------------
170  (coerce|harass|persecute|oppress|terrorize|hound) +T
170  (force|compel|coerce) +T (to|into)
170  (evict|displace|dispossess) +T
170  (hack|breach|infiltrate) * (networks|systems|servers|computers|accounts|emails|websites) (of|belonging) +T
170  (jam|spoof|disrupt) * (gps|signals|navigation|satellites) (of|in|over) +T
N 170  (persecution|harassment|intimidation|oppression) of +T

# --- 171 Seize or damage property ------------------------------------------------------------
171  (damage|vandalize|sabotage|deface|desecrate|attack) * (property|properties|homes|home|houses|mosque|mosques|church|churches|synagogue|synagogues|graves|cemetery|cemeteries|pipeline|pipelines|cables|cable|infrastructure|facility|facilities|offices|office|shrine|shrines|monument|statue|vehicles|cars|crops|fields|orchards) (of|belonging|in|owned) +T
171  (damage|vandalize|sabotage|deface|desecrate) +T (property|homes|houses|mosque|mosques|church|churches|synagogue|graves|cemetery|pipeline|pipelines|cables|infrastructure|facility|facilities|offices|vehicles|cars|crops)
1711 (seize|confiscate|expropriate|nationalize|impound|commandeer|appropriate|grab|loot|plunder|steal) * (property|properties|assets|land|lands|farms|homes|houses|buildings|companies|company|businesses|firms|shares|stake|oil|funds|reserves|tanker|ship|vessel|vessels|ships|aircraft|cargo|equipment|goods|grain|livestock|documents) (of|belonging|from|owned) +T
1711 (seize|confiscate|expropriate|nationalize|impound) +T (assets|property|company|companies|stake|oil|land|lands|funds|cargo|shares|reserves)
1711 (raid|ransack|loot) * (offices|office|homes|home|headquarters|premises|bank|banks|shops|stores|warehouses|compound) of +T
1711 (raid|ransack|loot) +T (offices|office|homes|headquarters|premises|compound|warehouses)
N 1711 (seizure|confiscation|expropriation|nationalization) of +T (assets|property|tanker|ship|vessel|company|land)
N 1711 (seizure|confiscation|expropriation|nationalization) of * (assets|property|properties|tanker|ship|vessel|land|lands) (of|belonging|from) +T
1712 (destroy|demolish|raze|bulldoze|flatten|torch|burn|dynamite) * (homes|home|houses|house|buildings|building|property|properties|villages|village|crops|fields|farms|orchards|trees|mosques|mosque|churches|schools|structures|shops|infrastructure|offices|wells) (of|belonging|in|owned) +T
1712 (demolish|raze|bulldoze|destroy|torch|burn|dynamite) +T (homes|home|houses|house|villages|village|property|crops|buildings|structures|mosque|mosques|school|schools)
N 1712 (demolition|destruction|razing) of +T (homes|houses|villages|property|buildings)
N 1712 (demolition|destruction|razing) of * (homes|houses|villages|property|buildings) (of|belonging|in) +T

# --- 172 Impose administrative sanctions ------------------------------------------------------
172  (impose|introduce|enact|adopt|pass|announce|tighten) * (restrictions|curbs|limits|controls) (on|against|targeting) +T
172  (revoke|strip|cancel|withdraw|suspend) * (citizenship|passport|passports|license|licenses|accreditation|credentials|visa|visas|residency|permits|permit|nationality|immunity) (of|from|for) +T
172  (revoke|strip|cancel|suspend) +T (citizenship|passport|passports|license|accreditation|visa|visas|residency|immunity|nationality|credentials)
172  strip +T of * (citizenship|immunity|title|titles|nationality|license|accreditation|seat|post|powers|rights)
172  (deny|refuse) * (permits|permit|visa|visas|passports|licenses) (to|for) +T
172  (place|put) +T under * (surveillance|ban|restrictions|sanctions|guardianship)
172  (freeze|seize) * bank accounts of +T
1721 (censor|jam|throttle) +T
1721 (ban|block|censor|shut|close|suspend|restrict|jam|throttle|blacklist) +T (broadcasts|website|websites|newspaper|newspapers|channel|channels|station|stations|outlet|outlets|app|apps|transmissions|programs|bureau|bureaus)
1721 (ban|shut|close|suspend|block|censor) * (broadcasts|website|websites|newspaper|newspapers|channel|channels|station|stations|outlet|outlets|bureau|bureaus|transmissions) of +T
1721 (restrict|curb|limit|ban|outlaw|criminalize|suppress) * (protests|demonstrations|gatherings|assembly|rallies|speech|media|press|reporting|internet) (in|by|of|for) +T
1721 (shut|cut|block|restrict|suspend|throttle|disrupt) * (internet|telecommunications|communications|phone|mobile|social|networks|connectivity) (in|to|for|across|throughout) +T
1721 (censor|muzzle|gag|silence) * (media|press|journalists|critics|opposition|dissent|dissidents) (in|of) +T
1721 (bar|ban) * (journalists|reporters|correspondents|media) (from|of) +T
1722 (ban|outlaw|proscribe|dissolve|disband|deregister|disqualify) +T
1722 (bar|ban|disqualify|exclude|prevent) +T from (running|contesting|standing|participating|politics|office|elections|election|holding|competing|leaving|traveling)
1722 (freeze|dissolve|suspend|close) * (party|parties|parliament|assembly|council|union|unions) (of|led) +T
1723 (impose|declare|announce|order|enforce|reimpose|introduce) * curfew (on|in|over|across|throughout) +T
1724 (impose|declare|announce|order|enforce|proclaim|reimpose|introduce) * emergency (in|on|over|across|throughout) +T
1724 (impose|declare|announce|order|enforce|proclaim|reimpose|introduce) * martial law (in|on|over|across|throughout) +T
1724 (place|put) +T under * (emergency|martial|military) (rule|law)

# --- 173 Arrest, detain, or charge with legal action -----------------------------------------------
173  (arrest|detain|jail|imprison|apprehend|nab|intern|incarcerate|handcuff) +T
173  (charge|indict|prosecute|try|convict|sentence|arraign) +T
173  sentence +T to * (death|prison|years|life|jail|imprisonment|months|lashes)
173  round up +T
173  lock up +T
173  (place|put) +T under * (house|arrest|detention|custody)
173  take +T into custody
173  (issue|execute|serve) * arrest (warrant|warrants) (for|against) +T
173  (hold|keep) +T in * (detention|custody|prison|jail|captivity)
173  (jail|imprison|detain|arrest) * (journalists|activists|opponents|dissidents|critics|protesters|lawyers|students|clerics|leaders|members|supporters|officials|citizens|nationals) (of|from) +T
N 173  (arrest|detention|imprisonment|jailing|incarceration|conviction|sentencing|indictment) of +T
N 173  (charge|indictment) against +T
N 173  arrest warrant (for|against) +T
N 173  warrant (for|against) +T

# --- 174 Expel or deport individuals ------------------------------------------------------------
174  (deport|expel|exile|banish) +T
174  (deport|expel|exile) +T (to|back)
174  force +T to leave
174  (order|tell|instruct|direct|give) +T * to (leave|depart|quit|exit)
174  give +T * (hours|days|weeks|months) to (leave|depart|quit|exit)
N 174  (deportation|expulsion|exile) of +T
N 174  (deportation|expulsion) to +T

# --- 175 Use tactics of violent repression -----------------------------------------------------
175  (crack|clamp) down on +T
175  (suppress|quell|repress|stifle|squash|smash|muzzle) +T
175  (disperse|break) up +T
175  disperse +T
175  (fire|use|shoot|lob|spray) * (gas|teargas|cannon|cannons|batons|pellets|canisters) (at|on|against|to) +T
175  (fire|use|shoot) * rubber bullets (at|on|against) +T
175  (launch|unleash|intensify|step|widen|escalate) * crackdown (on|against) +T
175  (beat|charge|assault|attack) +T (protesters|demonstrators|marchers|crowds|students|strikers)
175  open fire on +T (protesters|demonstrators|marchers|crowds|crowd|mourners|students)
N 175  crackdown (on|against) +T
N 175  repression of +T
