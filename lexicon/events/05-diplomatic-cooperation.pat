# 05 ENGAGE IN DIPLOMATIC COOPERATION
# 050 improve, expand or upgrade existing diplomatic cooperation (mend, strengthen, upgrade ties;
#     appoint or return an ambassador; readmit to an organisation); 051 praise or endorse,
#     verbal support; 052 defend verbally; 053 rally support on behalf of the target;
# 054 grant diplomatic recognition and (re)establish formal relations: recognition of a state or
#     government, establishing, restoring, re-establishing, resuming or normalizing relations,
#     reopening an embassy, exchanging ambassadors. Restoring relations is coded 054 here, as in
#     the project README (formal relations are granted anew), while improving relations that
#     already exist stays 050; 055 apologize; 056 forgive and conciliatory gestures;
# 057 sign, conclude or ratify a formal agreement (promises to sign are 03x).

# --- 050 Engage in diplomatic cooperation ----------------------------------------------------
050  (cooperate|collaborate|partner) with +T?
050  team up with +T?
050  work (with|alongside) +T
050  (improve|mend|repair|strengthen|deepen|expand|boost|enhance|develop|bolster|cement|consolidate|warm|thaw|reset|revive|rebuild|solidify|upgrade|broaden|elevate|advance) * ~ties [with] +T?
050  (appoint|name|nominate|accredit|designate) * ~ambassador (to|in) +T
050  (return|send) * ~ambassador back to +T
050  (present|submit|hand) * credentials to +T
050  (accept|approve|receive) * (credentials|nomination|appointment) (of|from) +T
050  (join|form|build|forge|enter) * (alliance|coalition|bloc|front|partnership|axis) with +T?
050  (align|ally) * with +T
050  (admit|accept|welcome) +T (as|into)
050  (restore|grant|reinstate|readmit|renew) * membership (of|to|for) +T
050  (restore|reinstate|renew) +T membership
050  readmit +T
050  (lift|end|revoke) * suspension of +T
050  lift +T suspension
050  (open|establish|set) * (office|representation|liaison|interests) (in|with) +T
050  (reach|achieve|pursue|seek) * (rapprochement|detente) with +T?
050  (coordinate|harmonize|synchronize) * (policies|efforts|actions|steps|measures) with +T?
050  (host|convene|chair) * (conference|forum) with +T
N 050  rapprochement (with|between) +T
N 050  (detente|thaw|reset) (with|between|in) +T
N 050  (cooperation|partnership|alliance|collaboration|coordination) with +T
N 050  (cooperation|partnership|alliance) between +S and +T

# --- 051 Praise or endorse ------------------------------------------------------------------
051  (praise|hail|commend|laud|applaud|salute|congratulate|thank|extol|compliment|acclaim|honor|celebrate|lionize|toast) +T
051  (welcome|endorse|support|back|approve|embrace|favor|champion) +T
051  (express|voice|declare|reaffirm|reiterate|show|lend|give|throw|extend|signal|renew|state) * ~support (for|to|behind) +T
051  stand (with|by|behind) +T
051  side with +T
051  rally (behind|around) +T
051  (express|voice|convey|extend) * (appreciation|gratitude|thanks|admiration|satisfaction|respect) (for|to|with) +T
051  (give|award|grant|bestow|confer|present) * (award|medal|honor|prize|order|decoration|title) (to|on|upon) +T
051  vote for +T
051  (endorse|back|support|welcome|praise|hail|applaud|commend|approve|salute) * (decision|move|efforts|effort|role|stance|position|initiative|plan|proposal|policy|steps|step|call|bid|candidacy|leadership|election|victory|reforms|announcement|commitment|contribution|offer|response) (of|by) +T
051  (endorse|back|support|welcome|praise|hail|applaud|commend|approve|salute) +T (decision|move|efforts|effort|role|stance|position|initiative|plan|proposal|policy|steps|step|call|bid|candidacy|leadership|election|victory|reforms|announcement|commitment|contribution|offer|response)
051  (express|voice|reaffirm|reiterate|place) * (confidence|trust|faith) in +T
051  (recognize|acknowledge) * (efforts|role|contribution|contributions|achievements|sacrifices|importance|leadership) of +T
051  call +T * (friend|ally|partner|brother|model|hero|champion)
051  (describe|hail|praise|laud) +T as * (friend|ally|partner|brother|model|hero|leader|success|champion|example|pillar|force)
N 051  praise (for|of) +T
N 051  (support|backing|endorsement) (for|of) +T
N 051  congratulation to +T

# --- 052 Defend verbally --------------------------------------------------------------------
052  (defend|justify) +T
052  (defend|justify|uphold) * (right|rights|decision|actions|action|conduct|policy|policies|move|stance|position|record|operation|operations|strikes|response) of +T
052  (defend|justify) +T (right|decision|actions|action|conduct|policy|policies|move|stance|position|record|operation|operations|strikes|response|war)
052  (come|rush|spring|leap) to * defense of +T
052  (speak|stand|stick) up for +T
052  (shield|protect) +T from * (criticism|censure|condemnation|resolution|resolutions|sanctions|scrutiny|prosecution)
052  (reject|dismiss|rebuff|brush|refute) * (criticism|condemnation|accusations|allegations|charges|attacks|claims) (of|against|on|leveled) +T
052  vouch for +T
052  stand by +T (decision|actions|position|stance|policy)

# --- 053 Rally support on behalf of ------------------------------------------------------------
053  (rally|mobilize|drum|seek|solicit|build|garner|galvanize|marshal|muster|lobby|canvass|raise|whip|shore) * ~support (for|behind) +T
053  (urge|call|appeal|ask|encourage|implore) * (world|international|community|countries|nations|states|allies|others|members|partners|governments|donors) to (support|back|help|stand|recognize|aid|assist|arm|fund|defend) +T
053  (campaign|lobby|advocate|intercede|plead) on behalf of +T
053  (campaign|advocate|lobby) for +T
053  (build|form|lead|assemble|forge) * coalition in support of +T
053  (build|form|lead|assemble|forge) * coalition (for|to) (support|help|defend|protect|aid) +T
053  (host|organize|convene|hold) * (donor|donors|pledging|solidarity) (conference|summit|meeting|drive) (for|on) +T

# --- 054 Grant diplomatic recognition ----------------------------------------------------------
054  recognize +T
054  recognize +T as * (state|country|nation|government|representative|independent|sovereign|legitimate|capital)
054  (grant|extend|accord|give|offer) * recognition (to|of) +T
054  (establish|open|forge|initiate|launch) * diplomatic ~ties [with] +T?
054  establish * ~ties [with] +T?
054  (restore|reestablish|resume|renew|reinstate) * diplomatic ~ties [with] +T?
054  (restore|reestablish|resume) * ~ties [with] +T?
054  normalize * ~ties [with] +T?
054  normalize with +T
054  (reopen|open) * ~embassy (in|to) +T
054  (reopen|reestablish) * (embassies|missions|consulates) +T?
054  (reopen|reestablish) +T (embassies|missions)
054  (move|relocate|transfer) * ~embassy to +T
054  (exchange|swap) * ~ambassador [with] +T?
054  upgrade * ~ties with +T to * (ambassadorial|full|embassy|diplomatic)
054  (join|sign) * (normalization|recognition) (agreement|deal|accord|accords) with +T?
N 054  recognition of +T
N 054  recognition by +S of +T
N 054  normalization (with|of) +T
N 054  normalization of * ~ties (with|between) +T
N 054  normalization between +S and +T
N 054  (establishment|restoration|resumption|reestablishment) of * diplomatic ~ties (with|between) +T
N 054  reopening of * ~embassy (in|of) +T
# Agentless passives: "diplomatic ties between A and B were restored".
N 054  (ties|relations) between +S and +T * (restored|reestablished|resumed|normalized)

# --- 055 Apologize ----------------------------------------------------------------------------
055  apologize (to|for) +T
055  (offer|issue|extend|make|express|deliver|send|tender) * (apology|apologies) (to|for) +T
055  (express|voice|convey) * (regret|remorse|contrition) (to|over|for) +T
055  (ask|beg|seek) * (forgiveness|pardon) (of|from) +T
055  say sorry to +T
N 055  apology (to|for) +T
N 055  apology (by|from) +S to +T

# --- 056 Forgive ----------------------------------------------------------------------------
056  forgive +T
056  accept * (apology|apologies) (of|from|by) +T
056  bury * (hatchet|past|differences) with +T?
056  make up with +T?
056  reconcile with +T?
056  turn * page (on|with) +T?
056  (absolve|pardon) +T of
056  (extend|offer) * hand of friendship to +T

# --- 057 Sign formal agreement ----------------------------------------------------------------
057  sign * ~agreement [with] +T?
057  (ink|conclude|finalize|seal|ratify|clinch|strike|reach|forge|initial|hammer|complete|cement) * ~agreement [with] +T?
057  (sign|ink|conclude|finalize|seal|ratify|reach|initial) * ~agreement (on|for|to|over|covering|regarding|in) * with +T?
057  (sign|ink|conclude) * memorandum of understanding [with] +T?
057  (sign|ink|conclude) * memorandum of understanding (on|for|in) * with +T?
057  (sign|ink) * with +T?
057  (sign|ink|conclude|finalize|seal|ratify) * (peace|defense|trade|security|border|nuclear|energy) (treaty|deal|agreement|accord|pact|framework) [with] +T?
057  (agree|settle) on * (text|terms|framework|wording|deal|agreement) (with|of) +T
N 057  (agreement|deal|accord|pact|treaty) (signed|concluded|reached|sealed|finalized) with +T
N 057  (signing|ratification|conclusion) of * ~agreement (with|between) +T
N 057  (signing|ratification|conclusion) of * ~agreement between +S and +T

# Announced agreements to normalise or restore relations.
N 057  (agreement|deal|accord|pact) to (normalize|restore|resume|reestablish|establish|improve|upgrade) * ~ties [with] +T?
# Apologies in writing.
055  (write|send) * to +T to apologize
055  (write|send) * (letter|message|note) to +T to apologize
