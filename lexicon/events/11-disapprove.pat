# 11 DISAPPROVE
# 110 disapproval, objection, opposition, displeasure not otherwise specified;
# 111 criticize, condemn, denounce, insult, rebuke; 112 accuse or blame (1121 crime and
# corruption, incl. terrorism, sabotage and interference; 1122 human rights abuses;
# 1123 aggression and military provocations; 1124 war crimes, genocide; 1125 espionage,
# treason); 113 rally opposition against the target; 114 complain officially (formal protest,
# summoning an envoy to protest, complaints to international bodies); 115 bring a lawsuit;
# 116 find guilty or liable (courts, non-individual defendants; jailing individuals is 173).

# --- 110 Disapprove ---------------------------------------------------------------------------
110  (disapprove|object) (of|to) +T
110  (oppose|resent|dislike) +T
110  (oppose|object) * (plan|plans|move|decision|bid|policy|policies|proposal|deal|operation|construction|annexation|membership|presence|deployment|involvement|participation|candidacy) (of|by) +T
110  (express|voice|register|convey|show|signal|make) * (disapproval|displeasure|dissatisfaction|disappointment|unhappiness|frustration|anger|opposition|reservations|irritation|annoyance|discontent) (at|over|with|about|toward|towards|to|regarding|of|against) +T
110  (be|remain) (disappointed|unhappy|dissatisfied|angry|frustrated|upset|furious|displeased|annoyed|irritated) (with|by|at|over|about) +T
110  (question|challenge|dispute|contest) * (legitimacy|decision|claim|claims|role|motives|account|version|figures|stance|position|policy|move|election|authority|right) of +T
110  take issue with +T
110  (bristle|balk|chafe|fume|grumble|grouse|carp) (at|over|about) +T
110  complain (about|of) +T
110  (frown|look) (on|upon) +T
N 110  opposition to +T
N 110  (displeasure|dissatisfaction|anger|frustration) (with|at|over) +T

# --- 111 Criticize or denounce --------------------------------------------------------------
111  (criticize|condemn|denounce|decry|slam|blast|lambast|lambaste|censure|deplore|berate|excoriate|assail|vilify|disparage|deride|ridicule|mock|insult|malign|demonize|rebuke|reprimand|chastise|castigate|chide|scold|admonish|upbraid|pillory|fault|reproach|slate|rap|denigrate|defame|smear|belittle|humiliate|taunt) +T
111  (lash|hit) out at +T
111  (round|turn) on +T
111  (call|label|brand|dub|term) +T * (terrorist|terrorists|criminal|criminals|liar|liars|murderer|murderers|killer|killers|aggressor|aggressors|regime|dictator|thug|thugs|tyrant|puppet|puppets|occupier|occupiers|enemy|threat|menace|rogue|pariah|evil|fascist|fascists|nazi|nazis|racist|hypocrite|hypocrites|hypocritical|irresponsible|illegal|illegitimate|traitor|traitors|spy|spies|butcher|coward|cowards|clown|failure|disgrace|danger|warmonger|warmongers|thief|thieves|gangster|gangsters|mafia)
111  (describe|denounce|condemn|brand|label|characterize|portray|depict|decry) +T as * (terrorist|terrorists|criminal|criminals|liar|aggressor|regime|dictator|thugs|tyrant|puppet|occupier|occupiers|enemy|threat|menace|rogue|pariah|evil|fascist|nazi|racist|hypocrite|hypocritical|irresponsible|illegal|illegitimate|traitor|traitors|butcher|danger|dangerous|warmonger|unacceptable|provocative|destabilizing|reckless)
111  (call|label|brand|dub|term) +T * (terrorism|murder|massacre|piracy|banditry|barbarism|butchery|genocide|aggression|crime|crimes|atrocity|atrocities|outrage)
# Judgements of an act in reported speech: "said the measures were unjustified", "said the
# killings amounted to murder" (the target is the act's author: see act_nouns in grammar.toml).
111  (say|declare|insist|argue|maintain|charge) [that] +T (is|are|was|were|been) * (unjustified|unjustifiable|unacceptable|illegal|illegitimate|unlawful|outrageous|baseless|groundless|shameful|criminal|barbaric|inhumane|reckless|irresponsible|disproportionate|unprovoked|cowardly|heinous)
111  (say|declare|insist|argue|maintain|charge) [that] +T (amount|amounts|amounted|constitute|constitutes|constituted|represent|represents|represented) [to] * (murder|terrorism|piracy|aggression|massacre|crime|crimes|genocide|atrocity|atrocities|barbarism)
111  (express|voice|register) * (condemnation|outrage|indignation|criticism|disgust|revulsion|contempt|scorn) (of|at|over|against|toward|towards|about|with) +T
111  (issue|release|publish|adopt|pass|approve|table|sponsor) * (statement|resolution|motion|declaration|communique|text) (condemning|criticizing|denouncing|censuring|deploring|rebuking) +T
111  (level|heap|pile|direct|aim|pour) * (criticism|scorn|abuse|insults|invective|ridicule|vitriol) (at|on) +T
111  (criticize|condemn|denounce|decry|slam|blast|lambast|censure|deplore|rebuke|assail|fault) * (decision|move|policy|policies|actions|attack|attacks|plan|remarks|statement|comments|behavior|conduct|role|handling|stance|treatment|strikes|killing|killings|arrest|detention|execution|invasion|occupation|aggression|crackdown|annexation|construction|expansion|violations|bombing|shelling|raid|raids|use|response|offensive|operation|blockade|visit) by +T
111  (criticize|condemn|denounce|decry|slam|blast|lambast|censure|deplore|rebuke|assail|fault) * (policy|policies|stance|treatment|handling|conduct|behavior|role|actions|decision|decisions|response|leadership|rhetoric) of +T
111  (criticize|condemn|denounce|decry|slam|blast|lambast|censure|deplore|rebuke|assail|fault) +T (for|over)
111  (compare|liken) +T to * (hitler|nazis|nazi|terrorists|isis|fascists|mafia)
111  (troll|lampoon|parody) +T
N 111  (condemnation|criticism|denunciation|censure|rebuke) (of|against) +T
N 111  (condemnation|criticism|denunciation|censure|rebuke) by +S of +T

# --- 112 Accuse -------------------------------------------------------------------------------
112  (accuse|blame|implicate|incriminate) +T
112  (accuse|blame) +T (of|for)
112  hold +T (responsible|accountable|liable)
112  point * finger at +T
112  allege that +T
112  (level|make|bring|lodge|hurl|repeat|renew|direct) * ~accusations (against|at) +T
112  (trade|exchange|swap) * (accusations|blame|barbs|insults|charges|recriminations|allegations) [with] +T?
112  (lay|put|pin|place|shift|cast) * blame (on|for) +T
112  suspect +T of
112  (link|tie|connect) +T to * (attack|attacks|bombing|bombings|plot|killing|assassination|explosion|sabotage|murder|poisoning|hack|hacking)
N 112  (accusation|allegation) (against|of) +T
N 112  (accusation|allegation) by +S (against|that) +T
N 112  blame on +T

# --- 1121 Accuse of crime, corruption ------------------------------------------------------
1121 (accuse|charge|suspect) +T of * ~crime
1121 blame +T for * ~crime
1121 (accuse|suspect) +T of (funding|financing|sponsoring|supporting|harboring|backing|smuggling|trafficking|laundering|stealing|hacking|bribing|rigging|interfering|meddling|plotting|sabotaging|kidnapping|poisoning)
1121 (accuse|blame) +T (of|for) * (election|vote) (rigging|fraud|interference|meddling)

# --- 1122 Accuse of human rights abuses ----------------------------------------------------
1122 (accuse|blame|suspect) +T (of|for) * ~abuses
1122 accuse +T of (torturing|persecuting|repressing|detaining|abusing|oppressing|discriminating|mistreating|jailing|silencing|disappearing|starving|evicting|displacing)
1122 (accuse|blame) +T (of|for) * (human|rights) (abuses|violations|violation)

# --- 1123 Accuse of aggression ---------------------------------------------------------------
1123 (accuse|blame|suspect) +T (of|for) * ~aggression
1123 (accuse|blame) +T (of|for) (attacking|invading|shelling|bombing|violating|provoking|escalating|occupying|striking|targeting|firing|launching|breaking|arming|fueling|stoking|inciting|threatening|destabilizing|encroaching|intruding|militarizing)
1123 (accuse|blame) +T (of|for) * (ceasefire|truce) (violation|violations|breaches|breach)
1123 (accuse|blame) +T (of|for) * (border|airspace) (violation|violations|incursion|incursions|breaches)

# --- 1124 Accuse of war crimes -----------------------------------------------------------------
1124 (accuse|blame|charge) +T (of|for|with) * war crimes
1124 (accuse|blame|charge) +T (of|for|with) * crimes against humanity
1124 (accuse|blame|charge) +T (of|for|with) * ~atrocities
1124 accuse +T of (committing|perpetrating) * (genocide|massacre|massacres|atrocities|crimes)
1124 accuse +T of using * (chemical|banned|cluster|phosphorus) (weapons|munitions|bombs|arms)

# Accusations in reported speech: "told a rally that Israel was committing war crimes".
1124 (say|tell|charge|claim|allege|declare|insist) ** that +T (is|are|was|were|has|have|had) * (committing|committed|perpetrating|perpetrated) * (genocide|massacre|massacres|atrocities)
1124 (say|tell|charge|claim|allege|declare|insist) ** that +T (is|are|was|were|has|have|had) * (committing|committed|perpetrating|perpetrated) war crimes
1124 (say|charge|claim|allege|declare|insist) +T (is|are|was|were|has|have|had) * (committing|committed|perpetrating|perpetrated) * (genocide|massacre|massacres|atrocities)
1124 (say|charge|claim|allege|declare|insist) +T (is|are|was|were|has|have|had) * (committing|committed|perpetrating|perpetrated) war crimes

# --- 1125 Accuse of espionage, treason -------------------------------------------------------
1125 (accuse|suspect|charge) +T (of|with) * ~espionage
1125 accuse +T of (spying|collaborating|working) (for|with)
1125 accuse +T of (spying|treason|espionage|betrayal|collaboration)

# --- 113 Rally opposition against ----------------------------------------------------------------
113  (rally|mobilize|unite|galvanize|marshal|lead|build|form|forge|assemble|muster) * (opposition|coalition|front|alliance|bloc|support|world|countries|nations|allies|pressure) against +T
113  (urge|call|appeal|ask|encourage|lobby|press|implore) * (world|international|community|countries|nations|states|allies|others|members|partners|governments|companies|investors) to (condemn|isolate|boycott|sanction|punish|pressure|confront|oppose|shun|expel|reject|cut|suspend|ostracize|snub) +T
113  (campaign|lobby|agitate|crusade) against +T
113  (seek|push|lead|spearhead|champion|drive|orchestrate) * (isolation|censure|condemnation|expulsion|suspension|boycott|sanctioning) of +T
113  (call|urge|campaign|push) for * boycott of +T
113  (call|urge|campaign|push) for * ~sanctions (on|against) +T
N 113  campaign against +T

# --- 114 Complain officially -------------------------------------------------------------------
114  (lodge|file|submit|send|deliver|register|make|issue|hand|raise|present) * ~complaint (with|to|against) +T
114  (complain|protest) (to|with) +T
114  (summon|call) * ~ambassador (of|from) +T
114  (summon|call) +T ~ambassador
114  summon * charge (of|from) +T
114  (hand|deliver|send|issue) * note of protest to +T
114  petition +T
114  refer +T to * (council|court|tribunal|board|committee|body|assembly|icc|icj)
114  (write|send) * letter to +T (protesting|complaining|condemning|objecting)
N 114  (complaint|demarche|grievance) (to|with|against) +T
N 114  protest (to|with) +T
N 114  summoning of * ~ambassador (of|from) +T

# --- 115 Bring lawsuit against -------------------------------------------------------------------
115  sue +T
115  (file|bring|lodge|launch|initiate|submit|open|take|pursue|institute) * (lawsuit|lawsuits|suit|case|cases|action|proceedings|arbitration|application) against +T
115  (take|drag|haul|bring) +T to * (court|courts|icj|icc|tribunal|arbitration|wto|justice)
115  (seek|request|apply) * (warrant|warrants) (for|against) +T
115  (join|intervene) in * case against +T
N 115  (lawsuit|suit|case) against +T

# --- 116 Find guilty or liable ---------------------------------------------------------------------
116  (find|declare|rule) +T (guilty|liable|responsible|culpable|complicit)
116  rule against +T
116  (fine|penalize) +T
116  order +T to (pay|compensate|return)
116  (find|rule) that +T (violated|breached|committed|failed|was|is)
N 116  (ruling|verdict|judgment) against +T
N 116  fine (on|against|for) +T

# Joining a legal case against an actor.
115  join * (case|lawsuit|suit|complaint|proceedings) against +T
