# 01 MAKE PUBLIC STATEMENT
# 010 statements addressed to an actor (residual: plain "said" is not coded, statements are
#     subordinate events); 011 decline comment; 012 pessimistic comment (concern, doubt);
# 013 optimistic comment; 014 consider a policy option; 015 claim or admit responsibility;
# 016 deny responsibility (target: the accuser); 017 symbolic acts (funerals, wreaths, vigils);
# 018 empathetic comment (condolences, sympathy, solidarity); 019 express accord.
# Praise and support are 051; apologies 055; disappointment and disapproval are 11x.

# --- 010 Make statement ---------------------------------------------------------------------
010  (address|brief) +T
010  brief +T (on|about)
010  (inform|notify|tell) +T (of|about|that)
010  (deliver|convey|pass|send|hand) * message (to|for) +T
010  (send|write|deliver|address) * letter to +T
010  write to +T
010  issue * statement (on|about|regarding) +T
010  comment (on|about) +T
010  (reiterate|restate|explain|outline|present|clarify) * (position|stance|views|policy) to +T
010  (make|give) * speech (to|before) +T
010  speak before +T
010  remark (on|about) +T
N 010  message (to|for) +T
N 010  letter (to|addressed) +T
N 010  statement (on|about) +T

# --- 011 Decline comment --------------------------------------------------------------------
011  (decline|refuse) to comment (on|about) +T
011  (decline|refuse) * comment (on|about) +T
011  (decline|refuse) to (discuss|address|elaborate|confirm) * (report|reports|claims|remarks|statement) (by|from|of) +T
011  remain silent (on|about|over) +T
011  have no comment (on|about) +T
011  offer no comment (on|about) +T
011  (keep|maintain) * silence (on|about|over) +T

# --- 012 Make pessimistic comment -------------------------------------------------------------
012  (express|voice|raise|register|reiterate) * (concern|concerns|worry|worries|fears|alarm|pessimism|skepticism|doubt|doubts|anxiety|unease|apprehension) (about|over|at|on|regarding|with) +T
012  (cast|raise|throw) * doubt (on|over) +T
012  (worry|fret) (about|over) +T
012  warn of * (risks|danger|dangers|threat|threats) from +T
012  warn of * (risks|danger|dangers|threat|threats) posed by +T
012  (be|remain) (concerned|worried|skeptical|pessimistic|doubtful|wary|alarmed|uneasy) (about|over|by|of|at) +T
012  (doubt|question) * (sincerity|commitment|intentions|willingness|credibility|seriousness|ability) of +T
012  (see|express) * little (hope|progress|chance) (for|in|with) +T
N 012  concern (about|over|at|regarding) +T

# --- 013 Make optimistic comment --------------------------------------------------------------
013  (express|voice|reiterate) * (optimism|confidence|hope|hopes|trust|faith) (about|over|on|regarding|for) +T
013  (be|remain|sound) (optimistic|hopeful|confident|upbeat|positive|encouraged) (about|over|on|regarding|of|by) +T
013  (voice|express) * confidence that +T
013  (see|detect|note) * (progress|momentum|opportunity|chance|breakthrough|window) (with|in|on|for) +T
013  (predict|foresee|forecast|expect) * (breakthrough|progress|improvement|success|deal) (with|on|in) +T
013  (assure|reassure) +T
013  (assure|reassure) +T (of|that|about)

# --- 014 Consider policy option ---------------------------------------------------------------
014  (consider|weigh|mull|study|review|examine|evaluate|assess|ponder|discuss) * (request|proposal|offer|plan|bid|invitation|initiative|application|suggestion|idea) (by|from|of) +T
014  (consider|weigh|mull|study|review|ponder|explore|discuss) * (options|response|measures|steps|action|policy|strategy|approach) (against|toward|towards|on|regarding|for) +T
014  (consider|weigh|mull|explore|study|discuss|contemplate) (sanctions|strikes|options|measures|recognition|withdrawal) (against|on|of|from) +T
014  (review|reassess|reevaluate|reconsider|rethink) * (ties|relations|relationship|policy|cooperation|aid|assistance|stance) (with|toward|towards|to|on) +T
014  (debate|discuss) * (bill|motion|resolution|measure|plan) (on|against|about|regarding) +T
014  (keep|leave) * options open (on|regarding|toward) +T

# --- 015 Claim or acknowledge responsibility ----------------------------------------------
015  claim * responsibility for * ~attacks (on|against|targeting) +T
015  claim * responsibility for (killing|kidnapping|abducting|attacking|targeting|shooting|bombing|striking) +T
015  (take|accept|assume|bear) * responsibility for * ~attacks (on|against) +T
015  (take|accept|assume|bear) * responsibility for (killing|attacking|targeting|shooting|striking|downing|detaining) +T
015  (admit|acknowledge|concede|confirm) (killing|attacking|targeting|shooting|striking|bombing|detaining|holding|downing|hitting) +T
015  (admit|acknowledge|concede|confirm) * (responsibility|role|involvement|part|mistake|error) (in|for) * (attack|attacks|killing|death|deaths|downing|strike|strikes|shooting) (of|on|against) +T
015  (admit|acknowledge|concede) * (responsibility|involvement|role) (toward|towards|for|in) +T
N 015  claim of responsibility for * ~attacks (on|against) +T

# --- 016 Deny responsibility (target: the accuser) ------------------------------------------
016  (deny|dismiss|refute|rebut|repudiate|reject|rebuff|brush) * ~accusations (by|from) +T
016  (deny|dismiss|refute|rebut|repudiate|reject|rebuff) * ~accusations made by +T
016  (deny|dismiss|refute|rebut|repudiate|reject) * ~accusations leveled by +T
016  (deny|dismiss|refute|rebut|repudiate|reject) * (claim|claims|report|reports|allegation|allegations|accusation|accusations|charge|charges) (by|from) +T
016  (deny|dismiss|reject|refute) * ~accusations that it (attacked|targeted|struck|killed|shelled|bombed|shot|supplied|armed|aided|helped) +T
016  deny (attacking|targeting|striking|killing|shooting|bombing|shelling|arming|supplying|aiding|helping|funding|backing|supporting|harboring|spying) +T
016  deny (interfering|meddling|involvement) in +T
016  deny * (involvement|role|part|responsibility|hand) in * (attack|attacks|killing|death|deaths|assassination|bombing|strike|strikes|downing|explosion|sabotage) (on|of|against|in|targeting) +T
016  (deny|disavow|disown) * (responsibility|involvement|link|links) (for|in|with|to) +T
016  (hit|fire|push) back at * ~accusations (by|from) +T
N 016  denial of * ~accusations (by|from) +T

# --- 017 Engage in symbolic act -------------------------------------------------------------
017  attend * (funeral|funerals|memorial|burial|commemoration|inauguration|ceremony|service|wake) (of|for) +T
017  (lay|place|deposit) * (wreath|wreaths|flowers) (for|at|in) +T
017  (lay|place) * (wreath|wreaths|flowers) in (honor|memory) of +T
017  (observe|hold|keep|mark) * (minute|moment|minutes) of silence (for|in) +T
017  (hold|attend|organize) * (vigil|vigils|prayers|prayer|mass|service) (for|in) +T
017  (declare|announce|observe) * mourning (for|over) +T
017  (lower|fly) * flags (for|in) +T
017  light * candles (for|in) +T
017  (mourn|commemorate|memorialize) +T
017  pay (tribute|homage|respects|respect) to +T
017  (honor|salute) * (memory|victims|dead|fallen) of +T
017  (light|illuminate) * (landmarks|tower|building) in colors of +T
017  (hoist|raise|wave|display) * flag of +T
N 017  funeral (of|for) +T
N 017  vigil (for|in) +T
N 017  tribute to +T

# --- 018 Make empathetic comment --------------------------------------------------------------
018  (express|offer|convey|send|extend|pass|transmit|relay) * ~condolences (to|for|with|over) +T
018  (offer|send|extend|convey) +T * ~condolences
018  (express|offer|convey|declare|pledge|voice|show) * solidarity (with|to|for) +T
018  (express|show|voice) * (sympathy|empathy|understanding|compassion) (for|with|toward|towards|to) +T
018  (sympathize|empathize|commiserate|grieve|mourn) with +T
018  (pray|grieve) for +T
018  (console|comfort|condole) +T
018  (share|feel) * (pain|grief|sorrow|loss) of +T
018  stand in solidarity with +T
N 018  condolence (to|for|with) +T
N 018  solidarity with +T
N 018  sympathy (for|with) +T

# --- 019 Express accord ---------------------------------------------------------------------
019  (agree|concur) with +T (on|that|over|about|regarding|in)
019  (agree|concur) with +T
019  share * (view|views|concern|concerns|position|positions|vision|assessment|goal|goals|stance|opinion|interest|interests|approach|analysis|perspective) (of|with) +T
019  (reach|find|forge|achieve) * (consensus|understanding|convergence) with +T?
019  (find|identify|seek) * common ground with +T?
019  echo * (view|views|position|concerns|stance|assessment) of +T
019  (align|harmonize|coordinate) * (position|positions|stance|views) with +T?
019  see eye to eye with +T?
019  (be|remain) on same page (with|as) +T?
019  (be|remain) in agreement with +T?
N 019  agreement with +T (on|over|that)
N 019  consensus (with|between) +T

# Characterising an actor.
010  describe +T as
