"""What a trainer listens for in a request: does it leave the other person room, or close it?

The article contrasts partnering with "dictatorial edicts, autocratic requests, domineering
opinions that amount to marching orders". Cues toward partnering ask, suggest tentatively, give
a reason, check what works, offer help or a way out; cues toward marching orders tell (a bare
instruction), oblige, decide for them, close the discussion, or blame. Their weights are fitted
(``make train``); ``CLOSERS`` are found by rule and always count against partnering, because a
request that takes the choice back after asking ("Could you...? I've already put you on the
rota.") is an order, whatever the data says about its politeness.
"""

from __future__ import annotations

import re

from .cues import Cue, Fired, cue, fire, first_words, strip_lead_in
from .faults import PILES_ON, PILES_ON_PATTERN
from .question_cues import FLAGS
from .scorn import PERSON_LABEL, SWEARING
from .text import KEEPS_DOING, MOCKERY, clauses, sentences
from .word_start import compile_at_word_starts

VERBS = (
    "add answer approve arrange ask attach be book bring build call cancel change check clean "
    "clear close come complete confirm count cover cut delete deliver discuss do drop email "
    "ensure escalate explain fetch file fill finalise finalize finish fix follow forget forward "
    "get give go grab hand handle hold keep leave let list listen load lock look make mark "
    "merge move note open organise organize pack pay pick post prepare print pull push put read "
    "redo remind remove rename reply report respond restock return review rewrite run say "
    "schedule send set ship show sign sit sort speak start stay stop strike submit swap switch "
    "take talk tell test think tidy try turn type update upload use wait watch write"
)
# The thing named, so the learner's quote says what it is: "“It would give you the visibility”"
OBJECT = r"(?: (?:the |a |an |more |some |first |extra |your |to )?[a-z]+)?"
# What they may grow: their career, their CV, their skills (their gain, or a threat to it).
GROWTH = (
    r"(?:development|career|cv|resume|growth|progression|portfolio|profile|promotion|"
    r"application|experience|skills|confidence|prospects|level \d|qualification|certificate|"
    r"training hours|chances|appraisal|objectives?|goals?|sign-?off|accreditation|certification|"
    r"licen[cs]e|competenc(?:y|ies))\b"
)
# Time and chances people want for themselves: "you get a long weekend", "you get Fridays"
LEISURE = (
    r"weekends?|days? off|time off|lie-?ins?|lie in|breaks?|rest|bonus|credit|overtime|"
    r"experience|chance|say|pick|choice|mornings?|afternoons?|evenings?|nights? off|fridays?|"
    r"saturdays?|sundays?|mondays?|holidays?|leave|flexibility|early finish(?:es)?|"
    r"first (?:pick|choice|dibs)|(?:training|course|certificate)"
)
OPENING: tuple[Cue, ...] = (
    cue(
        "r_imperative",
        "opens with a bare instruction",
        # not "wait, what?": surprise, not an instruction
        r"(?!wait,? (?:wait|what|who|how|so)\b)"
        r"(?!let me know\b|tell me if\b|close to\b|say no\b)"
        # "Use whichever template suits you" (blind review 56): the choice handed over
        r"(?!(?:use|pick|choose|take|do) (?:whichever|whatever|any(?:thing)?|however)\b)"
        # "Tell me what you'd need", "tell me how it could work": asks for their answer
        r"(?!tell me (?:what|how|whether|when|which|who|where|more|honestly)\b)"
        # "…what is more easy for you — just tell me" (blind review 54): their answer, asked for
        r"(?!(?:just )?(?:tell me|say)\s*[.!]*$)"
        # "Clean data is what we both want", "…the same: clear roles": an adjective before its
        # noun, not an instruction ("clean the fridge", "clear it", "open up" are)
        r"(?!(?:clean|clear|close|open|complete) (?!(?:the|a|an|it|this|that|these|those|them|"
        r"your|my|our|his|her|their|all|any|every|up|out|down|off|away|everything|anything|"
        r"please|now|today|asap|wide|tight|again|first|back|here|there|\w+ly)\b)[a-z]+)"
        rf"(?:just |now |then )?(?:{'|'.join(VERBS.split())})(?! (?:you|we|i|they|he|she)\b)",
        anchored=True,
    ),
    cue(
        "r_please_verb",
        "“please” and then an instruction",
        r"(?:please|pls|plz|kindly) (?!(?:could|would|can|will|let (?:me|us) know|feel|tell me if|"
        r"advise|confirm if)\b)\w+",
        anchored=True,
    ),
    cue(
        "r_dont",
        "forbids (“don't…”)",
        r"don'?t(?! you\b| we\b| know\b| think\b| want\b| wanna\b| mind\b)",
        r"(?:you|u) (?:can'?t|cannot|may not|(?:are|'re) not (?:allowed|permitted) to|aren'?t "
        r"allowed to)",
        r"do not",
        r"never",
        anchored=True,
    ),
    cue(
        "r_lets_explore",
        "invites working it out together",
        r"(?:let'?s|lets) (?:first |just )?(?:think|talk|look (?:at|into)|explore|figure|work out|"
        r"see (?:what|how|if|whether)|sit down|brainstorm|map|find (?:a|out|the best|what)|"
        r"step back)",
        anchored=True,
    ),
    cue(
        "r_lets",
        "proposes doing it together, but decides it",
        r"let'?s",
        r"lets",
        anchored=True,
    ),
    cue(
        # A "you-message" about what they did, where an I-message would say what I need: "You
        # deleted my section." (not "you could…", "you did great", "you know")
        "r_you_did",
        "opens on what they did (a “you” message)",
        # what they said, wanted or did well is no complaint ("You mentioned…", "You handled…")
        r"(?:you|u) (?:'ve|have|had|did ?n'?t|didn'?t|keep|kept|always|never|still|again|"
        r"clearly|obviously|haven'?t|(?!(?:needed|wanted|liked|used|asked|seemed|mentioned|"
        r"suggested|offered|shared|raised|volunteered|worked|handled|helped|earned|deserved|"
        r"nailed|impressed|managed|covered|agreed|noticed|explained|pointed|learned|started|need|"
        r"feed|speed|proceed|succeed|exceed|indeed)\b)[a-z]+ed)\b"
        r"(?! (?:great|well|brilliantly|amazing|a (?:great|good|fantastic|brilliant)))",
        anchored=True,
    ),
    cue(
        "r_ask_modal",
        "asks rather than tells",
        r"(?:could|would|can|will) (?:you|u)(?! (?:please )?just)",
        r"would you mind",
        r"do you (?:want|mind|have time)",
        r"are you free",
        r"are you able to",
        r"(?:do you have|have you got|got) (?:a|\d+) (?:min|mins|minute|minutes|sec|second|moment)",
        anchored=True,
    ),
    cue(
        "r_should_we",
        "asks whether to do it together",
        r"(?:should|shall|could|can|do) we",
        r"why don'?t we",
        r"how about",
        r"what if",
        r"what about",
        anchored=True,
    ),
)
ANYWHERE: tuple[Cue, ...] = (
    cue(
        "r_you_must",
        "states an obligation instead of asking",
        r"(?<!would )(?<!do )(?<!did )(?:you|u) (?:need|have|got|gotta) to",
        r"you must",
        r"you(?:'ll| will) (?:need to|have to)",
        r"you(?:'re| are) (?:expected|required) to",
        r"(?<!suit )(?<!suits )(?<!fit )(?<!fits )(?<!for )you(?:'d| had)? better",
        r"you do (?:need|have) to",
        r"(?:all|every|each) (?:\w+ ){1,2}(?:must|have to|need to) be",
        # on everyone at once: "All staff must complete the module", "everyone is required to"
        r"(?:all|every|each) (?!(?:we|i|you|it|this|that|of)\b)(?:\w+ ){1,2}(?:must|(?:is|are) "
        r"(?:required|expected) to)",
        r"every(?:one|body) (?:must|(?:is|are) (?:required|expected) to)",
    ),
    cue("r_you_should", "tells them what they should do", r"you (?:should|ought to)"),
    cue(
        "r_we_must",
        "states what must happen",
        r"we (?:need|have|got|gotta) to",
        r"we must",
        r"(?:need|needs|has|have) to be",
        r"it (?:must|has to|needs to)",
    ),
    cue(
        "r_we_could",
        "suggests a possibility",
        r"we (?:could|can|might|may)",
        r"(?:you|one) (?:could|can|might|may)",
        r"i (?:could|can|might)",
    ),
    cue(
        "r_we_should",
        "proposes what we should do",
        r"we (?:should|ought)",
        r"(?:i think|maybe|perhaps) (?:we|you) (?:should|ought)",
    ),
    cue(
        "r_hedge",
        "tentative, so it leaves room to disagree",
        r"maybe",
        r"perhaps",
        r"probably",
        r"might",
        r"i (?:think|guess|suppose|wonder|feel)",
        r"sort of",
        r"kind of",
        r"possibly",
        r"it seems",
        r"i'?m not sure",
        r"i would(?! rather not)",
        r"i'?d(?! rather not| rather you didn'?t)",
        # a reviewer's "nit:" or "optional:" marks a point as theirs to take or leave
        r"nit(?:pick)?\b",
        r"(?:minor|optional)\s*:",
    ),
    cue(
        "r_would_be_good",
        "says what would help, without ordering it",
        r"(?:it|that|this) (?:would|might|could) be (?:nice|good|great|helpful|better|useful|"
        r"interesting|worth)",
        r"(?:it|that)'?d be (?:nice|good|great|helpful|better|useful)",
        r"i(?:'d| would) (?:suggest|recommend|propose)",
        r"(?:i )?suggest",
        r"an idea",
        r"it'?s better to",
        # an option framed as one of several: "another option would be…", "my idea is…"
        r"(?:one|another|the other|the (?:first|next|simplest|easiest)|my|an) (?:other )?(?:way|"
        r"option|idea|thing|possibility|alternative) (?:is|would be|might be|could be)",
        r"ideally",
        r"instead of",
        r"what you(?:'d| would) (?:want|do)",
        r"something to look into",
        r"suggestion",
        # an option put on the table: "Have you tried…?", "Isn't there already a helper for…?"
        r"have you (?:tried|considered|thought (?:about|of)|looked (?:at|into))",
        r"isn'?t there (?:already )?(?:a|an|some)",
        r"is there (?:already )?(?:a|an) (?:\w+ )?(?:way|option|helper|method|function|tool)",
        r"(?:might|would|could) help",
    ),
    cue(
        "r_check_in",
        "checks whether it works for them",
        r"would (?:that|it|this) (?:work|be ok|be okay|be alright|be possible|help)",
        r"i'?m all ears",  # blind review 50: "Any ideas to make it less of a slog, I'm all ears."
        r"(?:does|do|would) (?:that|this|it) (?:work|feel|seem|sound|suit)",
        r"is (?:that|this|it) (?:doable|realistic|manageable|feasible|fair|ok|okay)",
        # not "what do you mean by…?": a question about their words, not a check with them
        r"what (?:else )?(?:do|would|could|will) you(?! mean\b)",
        r"how (?:would|do|could) you",
        r"what (?:options|ideas)",
        # blind review 54: "can you? what would need to shift on your side?"
        r"what would (?:need to|have to) (?:shift|change|move|give|come off)",
        r"where do you want",
        r"your (?:idea|plan|approach|proposal|suggestion)",
        r"i(?:'d| would) (?:love|like|welcome|value) (?:to hear )?your (?:ideas?|thoughts|take|"
        r"input|views?|suggestions?|opinion)",
        r"what(?:'s| is) (?:realistic|doable|possible)",
        r"(?<!not )your (?:thoughts|view|take|call)",
        r"(?:how|what) (?:can|could) i (?:do|help|support|take)",
        r"(?:what|anything) (?:(?:do|would) )?you need from me",
        r"your preferred",
        r"(?:works|suits) (?:best )?for you",
        r"(?:do|would) you need (?:anything|something|any help|help|more time|support)",
        r"(?:is there )?anything (?:i|we) can do",
        r"what (?:support|help) "
        r"(?:would|do|could|can)",
        r"what would (?:it take|help|get in the way)",
        r"what would make (?:that|this|it) (?:\w+ )?(?:realistic|possible|work|doable|easier|easy|"
        r"feasible|manageable|workable)",
        r"(?:i'?m|i am) open (?:to|for) (?:your|other|any|ideas|suggestions|proposals)",
        r"how does that sound",
        r"(?:any )?thoughts (?:on how|on when|on who|on the best)",
        r"(?:are you )?interested\s*\?",
        r"how (?:can|could) we (?:make|remove|fix|sort|change|get)",
    ),
    # Their time or way asked about in so many words (review 44): "What's the best way for you
    # to fit that in?", "Figures by Friday OK for you?", "Would Friday work for you?". A rule
    # (requests.RULES): the same check as r_check_in, in shapes meetings hardly use.
    cue(
        "r_fits_you",
        "checks whether it works for them",
        r"what(?:'s| is| would be) the (?:best|easiest|right) (?:way|time|day) for you",
        r"(?:ok|okay|alright|all right|good|fine|doable) (?:for|with) you\s*\?",
        r"would (?:\w+ ){1,2}(?:work|suit|be ok|be okay|be alright) (?:for )?you\b",
        # "Is Friday doable for the quarterly figures?"
        r"^(?:so |and )?is (?:\w+ ){1,2}(?:doable|realistic|manageable|feasible)\b",
        # blind review 48: "What's a realistic date for you?", "How does that fit with what you've
        # got on?", "How would that sit with you?"
        r"what(?:'s| is| would be) (?:a )?(?:realistic|doable|reasonable|workable|good) (?:date|"
        r"time|day|deadline|timeline|timescale|turnaround)(?: for you)?",
        r"how (?:does|would|will|do) (?:that|this|it|\w+day) (?:fit|sit|land|work) (?:in )?(?:with|"
        r"for) (?:you|your|what you(?:'ve|'re| have| are)?)",
    ),
    cue(
        "r_way_out",
        "gives them a choice or a way out",
        r"if not(?!,? (?:i'?ll|i will|i'?m going to) (?:have to|be|take|escalate|report|tell))",
        r"or (?:should|shall) i(?! just)",
        r"no pressure",
        r"no worries if",
        r"feel free",
        r"(?:i'?m )?open to",
        r"up to you",
        r"no rush",
        r"if you(?:'re| are)? (?:able|ok|okay|"
        r"free|up for|can|have time|want|prefer|like)",
        # not "let me know if you have any questions", "…if anything's unclear" (blind review
        # 54): that checks they understood the order, it leaves no way out of it
        r"(?:let me know|tell me) (?:if|whether)(?! (?:you have |there are |you've got )?(?:any )?"
        r"questions\b| (?:anything|something)(?:'s| is)? (?:unclear|not clear)\b| you need\b)",
        r"if [^.?!]{3,40},? (?:just )?(?:say so|tell me|shout|speak up)",
        # blind review 50: "shout if the deadline is a problem"
        r"(?:shout|say so|tell me|let me know|speak up|flag it) if (?:that|it|this|the [\w-]+|"
        r"[\w-]+day)(?: [\w'-]+){0,3}? (?:is|'s|are|'re|would be) (?:a problem|an issue|tight|too "
        r"much|difficult|tricky|not doable|unrealistic)",
        r"say no if",
        r"say (?:honestly |so )?if",
        r"you (?:can|get to) (?:decide|choose|pick)",
        r"(?:fine|free|ok|okay) to say no",
        # "if it's a no, that's OK", "a no is fine too"
        r"if (?:it'?s|the answer(?:'s| is)) (?:a )?no,? (?:that'?s|it'?s|that is|it is) "
        r"(?:ok|okay|fine|alright|all right|no problem)",
        r"(?:a|your) no is (?:fine|ok|okay|an answer|welcome)",
        r"if (?:that|it|this) (?:works|suits)",
        # not "Either way we're doing it next week": the choice is taken back
        r"either (?:way(?!,? (?:we|i|you|it)(?:'re|'m| are| am|'ll| will|'s| is)\b)|is fine)",
        r"any chance",
        r"whenever",
        r"when(?:ever)? you (?:get|have|find) (?:a |the )?(?:chance|sec|second|minute|moment|time)",
        r"when you can",
        r"when (?:you(?:'re| are) )?(?:free|ready)",
        r"(?:whatever|whichever|however) (?:\w+ )?(?:works|suits|you prefer|you like|you think)",
    ),
    cue(
        "r_offer",
        "offers something in return",
        r"(?:i|we) (?:can|could|will|'ll) (?:help|take|cover|pick up|jump in|pair|support)",
        r"happy to (?:help|pair|jump|support|talk)",
        r"i(?:'ll| will| can| could)? (?:return|repay) the favou?r",
        r"(?:i'?ll )?owe you one",
        r"(?:should|can|could) i (?!just)(?:take|do|cover|help|handle|grab|pick up|look)",
        r"shall i\b(?! just)",
        r"i'?ll (?:help|cover|take|support)",
        r"(?:let me know|lmk|tell me|shout) (?:what you need|if you need|how i can help)",
        r"you'?d get (?:the )?\w+ (?:off|back|in return)",
    ),
    cue("r_reason", "gives a reason", r"because", r"so that", r"since", r"the reason", r"that way"),
    # What is in it for them, said or asked (lesson 06, "a two-way street": "say what is in it
    # for them as well as for you"). Not the team's gain or yours ("it's good for the ward and
    # it'd help me out"). A rule in requests.RULES: meetings hardly say it.
    cue(
        "r_their_gain",
        "says what is in it for them",
        # what it would give them: "It would give you the visibility", "that'd get you…"
        r"(?:(?:it|that|this)(?:'ll|'d| will| would| could| might| can)?|would|could|might) "
        r"(?:give|get|earn|win|teach|open up for) you\b(?! (?:a headache|grief|trouble|more work))"
        rf"{OBJECT}",
        r"(?:good|great|useful|valuable) (?:practice|experience|preparation|prep|training) for "
        r"(?:the|your|a) (?:\w+ ){0,2}(?:role|post|job|position|course|exam|promotion|interview)",
        # what they would get, learn or build: "you'd get credit", "you'll learn the ordering"
        r"you(?:'d|'ll| would| will| could| might) (?:also )?(?:get|learn|build|gain|earn|pick "
        r"up|develop|grow|have (?:more|first|a (?:say|chance|break)|the (?:chance|final say|"
        r"first pick)))\b" + OBJECT,
        r"you(?:'d|'ll| would| will) have (?:\w+ ){0,2}(?:free|off)\b",
        # blind review 56: "…so you'd spend less time chasing information"
        r"you(?:'d|'ll| would| will| could) (?:also )?(?:spend less time|save (?:yourself )?"
        r"(?:time|hours|\w+ minutes)|have (?:fewer|less)|not have to|no longer (?:have|need) to)\b",
        r"you get to (?:lead|present|choose|pick|decide|learn|try|shape|own|run|set|keep|meet|"
        r"work with)",
        # good for their career: "good for your CV", "it would count toward your level 3"
        r"(?:good|great|useful|helpful|valuable|solid|strong|a (?:big |real )?plus|a boost) "
        r"(?:for|on|to) "
        rf"your (?:\w+ ){{0,2}}{GROWTH}",
        rf"(?:looks?|would look) (?:good|great) on your (?:\w+ ){{0,2}}{GROWTH}",
        # blind review 54: "owning it would be a nice thing to put in your appraisal"
        rf"(?:to put|to have|to add|to mention|to show) (?:in|on|to|at) your (?:\w+ ){{0,2}}"
        rf"{GROWTH}",
        r"(?:help|helps|boost|boosts|build|builds|grow|grows|count|counts|go|goes) "
        rf"(?:(?:towards?|for|to) )?your (?:\w+ ){{0,2}}{GROWTH}",
        # "it could be good for you too", "it's good experience for you" (not "Is that good for
        # you?", a check, nor "it would be good for you to…", advice)
        r"(?:it|this|that)(?:'s|'ll| will| would| could| might|'d)?(?: be)? (?:also |really |very |"
        r"so )?(?:a |an )?(?:good|great|useful|valuable)(?: \w+)? for you\b(?! to\b)(?!\s*\?)",
        r"(?:a |the )?(?:real |great |good |big )?(?:chance|opportunity) for you\b",
        # walkthrough 62: "…good for both of us: you get project experience and I get…"
        r"(?:(?<=: )|(?<=, )|(?<=; ))you get (?:(?:more|some|real|hands-on|first-hand|the|a|an) )?"
        r"(?:[\w-]+ )?(?:experience|visibility|credit|exposure|practice|time off|a break|a day off|"
        r"the chance|a say)\b",
        r"(?:a )?(?:good|great|nice|easy) (?:way|chance|opportunity) to (?:meet|learn|get|try|"
        r"build|see|practi[sc]e|show|develop|grow|earn)",
        r"(?:a )?(?:good|great|big|useful|first|real) step (?:for you|towards?|if you(?:'re| are)?|"
        r"on the way)",
        # "For you: visibility with the chief", "for you it is good practice" (not "…ok for you,
        # it's due Friday")
        r"(?<!\w )for you\s*(?::|,? (?:it |this |that )?(?:is|'s|would|'d|could|will|'ll|means|"
        r"gives|gets)\b)",
        r"(?:it|that|this)(?:'ll|'d| will| would| could| might)? (?:also )?(?:put|puts|get|gets) "
        r"(?:you|your "
        r"(?:name|work|face)) in front of",
        # blind review 50: "You wanted school-group experience", "strong evidence for your
        # promotion case", "a nice piece for the portfolio for your design course"
        r"you (?:wanted|said you wanted|were after|asked for|mentioned wanting) (?:more |some )?"
        r"(?:[\w-]+ ){0,2}(?:experience|practice|exposure|responsibility|variety|training)",
        r"(?:evidence|material|a piece|piece|something|item|line|win|example|story) (?:\w+ )?"
        rf"(?:for|on|to|in) (?:your|the) (?:\w+ ){{0,2}}(?:{GROWTH}|promo\b|packet\b)",
        # blind review 52: "your name would be on a document the panel reads closely", "fewer
        # 3am pings for both of us"
        r"your name (?:would|will|could|'d|'ll) be on\b",
        r"(?:it|that|this)(?:'d| would|'ll| will) be your name on\b",
        r"(?:fewer|less|more|better|easier) [^.?!,]{1,30} for (?:both of us|us both|the two of us)",
        # "a chance to show the directors what you can do"
        r"(?:chance|opportunity|way) to show (?:[\w']+ ){1,3}what you can do",
        # something back: "in return I'll…", "more say over the rota", "it would free you up"
        r"in (?:return|exchange)",
        r"return the favou?r",
        r"(?:more|a|the final|your own) say (?:in|over|on)",
        r"free (?:you up|up your \w+|your \w+ up)",
        r"(?:take|taking) (?:\w+ ){0,3}off your plate",
        r"(?:extra|overtime|double) pay|paid (?:extra|overtime|double)|time off in lieu|an extra "
        r"day off",
        # tied to what they said they want: "You mentioned wanting more customer time, so…"
        r"you(?:'ve)? (?:said|mentioned|told me)(?: (?:that )?you(?:'d)?)? (?:want|wanted|wanting|"
        r"would like|like|love|were keen|hoped|were hoping)",
        # blind review 58: "Since you want to lead methods work, would you like to take it on?"
        r"(?:since|as|given) you(?:'re| are)? (?:really )?(?:want|wanted|keen|interested|hoping|"
        r"after)\b",
        r"you'?ve been (?:wanting|asking for|hoping for|keen)",
        r"(?:i know|i remember) you(?:'ve| have)? (?:always )?(?:wanted|been wanting|been after|"
        r"been keen|asked for)",
        r"which you(?:'ve| have)? (?:said you )?(?:wanted|asked for|mentioned)",
        # a trade (walkthrough 71): "you take the Monday reports, which you said you enjoy, and
        # I'll take your Friday client calls"; asked: "What would make the rota fairer for you?"
        r"which you (?:said you |told me you )?(?:enjoy|like|love|prefer)\b",
        r"i(?:'ll| will| can| could) (?:take|cover|do|handle|pick up|swap you for) (?:\w+ ){0,2}"
        r"your\b",
        r"what would make (?:[\w'-]+ ){1,6}?(?:fairer|better|easier|lighter|work better) "
        r"for you\b",
        # "…so you get the long weekend you wanted": what it gets them, said plainly
        r"(?:so (?:that )?|that way,? )you(?:'ll| will| can| could|'d| would)? (?:get|have|keep"
        r"|gain|"
        r"earn) (?:the|a|an|your|that|more|some|extra)\b" + OBJECT,
        # blind review 60: "…so you'd have them before your Wednesday leadership meeting", "You've
        # been asking to get more of your own dishes on the menu and this is a proper chance to do
        # it", "It counts towards the preceptor hours for your band 6 application"
        r"so you(?:'d| would|'ll| will) have (?:them|it|those|these) (?:before|for|ahead of|in time"
        r" "
        r"for) your\b",
        r"you(?:'ve| have) been (?:asking|wanting|hoping|keen) (?:to|for)\b",
        r"(?:which|that|it|this) (?:means?|would mean|'d mean) (?:fewer|less|more|better)"
        r" [^.?!,]{1,40}?"
        r" (?:on|for|in|off) your\b",
        r"(?:a |the )?(?:proper|real|good|great|perfect|first) (?:chance|opportunity|way) (?:to do "
        r"(?:it|that|this)|for (?:it|that|this))\b",
        r"counts? (?:towards?|toward|for) (?:the |your )?(?:[\w'-]+ ){0,3}?(?:hours|points|credits?"
        r"|"
        r"requirements?|portfolio|application|cpd|qualification|certification|sign-?off)\b",
        r"the (?:\w+ ){1,3}(?:that )?you(?:'ve| have)? (?:wanted|asked for|were after|were hoping "
        r"for|have been after|have been wanting)",
        # said the ordinary way (review 44): "it'd save you the 7am calls", "you get a long
        # weekend", "it means you can leave at 2", "you won't have to do Sundays", "you'd finish
        # at 2"; not "you get the figures to me" (an instruction)
        r"(?:it|that|this)(?:'ll|'d| will| would| could| might)? (?:also )?(?:save|spare) you\b",
        rf"(?:^|(?<=[.!?,;:])|(?<=[.!?,;:]\s)|\band |\bso |\bplus )"
        rf"\byou(?:'d|'ll| would| will)? get (?:a |an |the "
        rf"|your |more |some |extra |two |three |every )?(?:\w+ )?(?:{LEISURE})\b",
        r"(?:it|that|this) (?:means|would mean|'d mean) you(?:'d| would)? (?:can|could|get to|"
        r"don'?t have to|won'?t have to|wouldn'?t have to)\b",
        r"you(?:'d| would| will|'ll)? (?:no longer|never again) (?:have|need) to\b",
        r"you (?:won'?t|wouldn'?t|will not|would not) (?:have|need) to (?:do|work|come|cover|"
        r"deal|take|answer|drive|be|start|stay|worry|chase|open|close|sit)\b",
        r"you(?:'d| would| could|'ll| will| can) (?:finish|leave|clock off|be home|be done|be "
        r"off|go home)(?: (?:by|at|before) (?:\d|noon|lunch|two|three|four|five)| early| earlier)",
        # or asked: "What would make it worth it for you?", "what would you want out of it?"
        r"what(?:'s| is| would be) in it for you",
        r"what would make (?:it|this|that) worth(?:while| it)?(?: for you| to you)?",
        # walkthrough 59: "What would make leading the supplier review worth it for you?"
        r"what would make (?:[\w'-]+ ){1,6}?worth(?:while| it)? (?:for|to) you",
        r"what (?:would|do|could) you (?:want|like|hope) (?:to get )?(?:out of|from) (?:it|this|"
        r"that)",
        r"what (?:would|do|could) you (?:want|need|like) in return",
    ),
    cue(
        "r_need_you",
        "puts your need in place of a request",
        # not "I want it to work for both of us" (walkthrough 71): the common ground, not a need
        r"i (?:need|want|expect|require) (?:you|u|this|it|that|the|everyone|all)(?! (?:know|hear"
        r"|think|feel))(?! to (?:work|be fair|be good|suit) for (?:both|us|all|everyone|you))",
        r"i(?:'d| would) like (?:you|u) to",
        r"i(?:'ll| will|'m going to| am going to) need (?:you|u) to",
        # blind review 54: "I'll need it redone by tomorrow on my template"
        r"i(?:'ll| will|'m going to| am going to) need (?:it|this|that|them|the [\w-]+) (?:\w+ )?"
        r"(?:done|redone|finished|sent|back|fixed|by)\b",
        r"i(?:'d| would) like (?:an|a|your) (?:answer|explanation|update|reply) by",
    ),
    cue(
        "r_make_sure", "an instruction to comply", r"make sure", r"ensure", r"see to it", r"be sure"
    ),
    cue(
        "r_now",
        "a close deadline (fine when it matters, if the how stays theirs)",
        r"asap",
        r"immediately",
        r"right now",
        r"right away",
        r"at once",
        r"by (?:today|tonight|tomorrow|end of (?:day|play)|eod|close of)",
        # not "another morning like today": a comparison, not a deadline
        r"(?<!like )(?<!than )(?<!as )today",
        r"no later than",
    ),
    cue(
        "r_please",
        "courtesy (good manners do not turn an order into a request)",
        r"please",
        r"pls",
        r"plz",
        r"kindly",
    ),
    cue("r_thanks", "appreciation", r"thanks", r"thank you", r"thx", r"appreciate"),
    cue(
        "r_sorry",
        "owns the imposition",
        r"sorry (?:to|for) (?:bother|trouble|chase|chasing|ask|asking|the (?:short notice|hassle|"
        r"rush|late notice))",
        r"sorry if",
        r"apologi[sz]e for",
        r"i (?:hate|know it'?s a lot) to ask",
    ),
    cue(
        "r_together",
        "works on it together",
        # not "I've put together a timetable" (blind review 54): made alone
        r"(?<!put )(?<!putting )(?<!pulled )(?<!pull )(?<!get your act )together",
        r"(?:figure|work) (?:it |this )?out (?:together|between us|with you)",
        # not "they'll be with you for three days" nor "how would that sit with you" (a check)
        r"(?<!'ll be )(?<! will be )(?<!that sit )(?<!this sit )(?<!it sit )with you",
    ),
)
# A "no" tied to their review, record, job or pay is a threat, however softly it is said: "If
# you don't, I'm not sure how I'd explain it at your review" (not "if you don't mind", nor "…it
# won't affect your review"). Candor's harsh reading hears these too.
STANDING = (
    r"(?:next |annual |end-of-year )?(?:review|appraisal|record|file|position|role|bonus|job|"
    r"contract|rating|promotion|probation|reference|pay rise|raise)(?: (?:review|meeting|period))?"
)
SAYS_NO = (
    r"if (?:not|you (?:don'?t|do not|won'?t|can'?t|refuse|say no|decline|turn (?:it|this|that) "
    r"down|pass(?: on (?:it|this|that))?))(?! mind)\b"
)
NO_HARM = (
    r"(?![^.?!]{0,200}\b(?:won'?t|will not|doesn'?t|does not|wouldn'?t|never) (?:affect|count|hurt|"
    r"harm|matter|change))"
)
THEIR_STANDING = (
    rf"{SAYS_NO}{NO_HARM}[^.?!,]{{0,40}},[^.?!]{{0,60}}?\byour {STANDING}",
    rf"\byour {STANDING}\b[^.?!]{{0,40}}?{SAYS_NO}",
)
# "…or else." ends on the threat, or names what they will suffer ("or else you'll regret it");
# "or else we buy a new one" puts another option on the table (meetings say it that way).
OR_ELSE = r"or else(?=\s*(?:[.!?,;]|$)|,? (?:you|i|we)(?:'ll| will| are| 're))"
# Threats, in a request or in feedback (candor's harsh cues use them too).
# Threats in so many words, said to anyone: candor's harsh-by-rule list (not "I'll revert it",
# which in a code review is no threat), which requests read too (blind review 60).
PLAIN_THREATS = (
    r"or else(?=\s*[.!]|\s*$)|or you'?re (?:out|fired|done)|written up|(?:final|last) "
    r"warning|last chance|you(?:'ll| will) regret|(?:there will be|face|or) (?:the )?consequences|"
    r"i(?:'ll| will) (?:have to )?(?:report you|fire you)|i'?ll remember (?:it|this|that)|"
    r"i(?:'ll| will) (?:have to )?(?:be )?(?:go|take|taking|report|raise|raising) (?:it |this |"
    r"that )?"
    r"(?:to|up with|with|over) (?:hr|human resources|your head|the (?:director|board|boss|ceo|head|"
    r"union))|(?:take|taking) (?:this|it|things) (?:further|higher)|over your head|"
    # "if it is late one more time, I'll take you off the account", "I'm going to HR"
    r"i(?:'ll| will|'m going to| am going to) (?:have to )?(?:take|move|pull|put|switch|drop|"
    r"remove|kick) you (?:off|out of|from) (?:the |this |your )?(?:account|project|team|rota|case|"
    r"shift|client|job|list|schedule|ward|unit|desk)|"
    r"i(?:'m| am) (?:going|taking (?:it|this|that|you)|reporting (?:it|this|you)) (?:straight )?"
    r"(?:to|up with) (?:hr|human resources|the (?:director|board|boss|ceo|head|union)|your "
    r"(?:manager|boss))|"
    # "if the report is late one more time I'll take it off you" (review 46)
    r"i(?:'ll| will) take (?:it|this|that|the [\w-]+) "
    r"(?:off|away from) you|"
    r"(?:goes|go|going|put|note it|noted|will be) (?:in|on|into) (?:your|the) (?:personnel )?"
    r"(?:file|record)|disciplinary|(?:formal|written|verbal) warning|(?:you'?ll|you will) be "
    r"(?:out|fired|let go|replaced|off the (?:team|project|rota))|(?:at|come) (?:your )?"
    r"(?:review|appraisal) time|(?:don'?t|won'?t|never) get promoted|"
    # their job held over the request (review 29): "…or we'll have to talk about your position",
    # "otherwise I'll need to rethink your role here", "your job is on the line"
    r"(?:or|otherwise|or else|if not),? (?:we|i)(?:'ll| will| would|'d)(?: (?:have|need) to)? "
    r"(?:talk|speak|discuss|have (?:a|the|another) (?:\w+ )?(?:talk|conversation|chat)|look|"
    r"review|rethink|reconsider|revisit|question)(?: about| at| whether)? (?:your|you) "
    r"(?:position|role|job|future|contract|place|employment|stay|being|staying|remaining|"
    r"working)|your (?:job|position|role|future(?: here)?|contract) (?:is|will be|could be|"
    r"might be) (?:on the line|at risk|in (?:question|doubt|danger))"
    # blind review 60: "…otherwise I'll be raising a formal grievance", "If you'd rather not,
    # I'll have to mention it at your review"
    r"|(?:otherwise|or(?: else)?|if not),? i(?:'ll| will)(?: have to)?(?: be)? (?:rais|fil|lodg|"
    r"submitt?|mak)\w* (?:a )?(?:formal )?(?:grievance|complaint)|formal grievance|"
    r"i(?:'ll| will) (?:have to )?(?:mention|raise|bring up|note) (?:it|this|that) (?:at|in|"
    r"during) your (?:next )?(?:review|appraisal|one-to-one)"
    # walkthrough 58: "…or would you prefer that I write you up?", "If not, don't expect a good
    # review this year", "Otherwise I'll have to reconsider your bonus"
    r"|(?:write|writing) (?:you|him|her|them) up|(?:don'?t|do not) (?:expect|count on) (?:a |any |"
    r"much of a )?(?:good |great |glowing |positive |decent )?(?:review|reference|rating|"
    r"appraisal|bonus|raise|pay rise|promotion)|i(?:'ll| will|'d| would) (?:have|need) to "
    r"(?:reconsider|rethink|review|revisit|look again at|cut|dock|withhold|stop) your (?:bonus|pay|"
    r"pay rise|raise|rating|overtime|hours|shifts|promotion|flexi\w*)"
    # walkthrough 59: "If not, I'll have to ask someone more reliable", "…or do I need to find
    # someone who will?"
    r"|(?:i'?ll|i will|i'?d|i would|do i|should i|shall i)(?: (?:have|need))?(?: to)? (?:ask|find|"
    r"get|give (?:it|this) to|hand (?:it|this) to) someone (?:else )?(?:more (?:reliable|competent|"
    r"capable|committed|willing|dependable)|who (?:will|can|actually|cares|is willing|does))\b"
    # "Make sure it's on time next week or we'll have a different conversation"
    r"|(?:or|otherwise|or else|if not|next time),? (?:we|you and i|i)(?:'ll| will|'d| would|"
    r"'re going to| are going to|'m going to| am going to)(?: (?:have|need) to)? (?:have|be "
    r"having) (?:a |an |another |the )?(?:very |much |far |rather )?(?:different|more serious|"
    r"serious|difficult|harder|tougher|less pleasant|less friendly|formal|proper|stern|sterner|"
    r"other kind of) (?:conversation|talk|chat|discussion|meeting)\b"
)
# Their job held over the ask, as if shared (walkthrough 65): "Neither of us wants to get fired,
# right? So how about you take the rota?", "We both want to keep our jobs, so…". In a request
# only: in candor, what a miss could cost is what it led to.
JOB_HELD_OVER = (
    r"(?:get|getting|be|being) (?:fired|sacked)\b|keep (?:our|your) jobs?\b|lose (?:our|your) "
    r"jobs?\b"
)
THREATS = (
    OR_ELSE,
    r"or you'?re (?:out|fired|done)",
    r"written up",
    r"(?:final|last) warning",
    # blind review 56: "…or shall I tell the director you said no?"
    r"or (?:shall|should) i tell (?:the |your |my )?[\w-]+ (?:that )?you (?:said no|refused|"
    r"won'?t|can'?t|didn'?t)",
    # the other option is to answer for it (walkthrough 54): "Would you like to work this weekend,
    # or would you like to explain to the director why the order is late?"
    r"or (?:would you (?:like|rather|prefer)|do you want|you can|you'?ll (?:have|get)) to explain "
    r"(?:to (?:the |my |your )?[\w-]+ )?why",
    r"i(?:'ll| will) (?:have to )?(?:escalate|take this to|go to hr|report you)",
    r"i(?:'ll| will) (?:be )?(?:taking|take) (?:this|it) (?:to|up with)",
    r"i(?:'ll| will) (?:fire|report|revert|reject|kill|block|ban)",
    r"last chance",
    r"you(?:'ll| will) regret",
    r"consequences",
    r"(?:that'?s|it'?s|that is|it is) on you",
    r"i'?ll remember (?:it|this|that)",
    r"(?:take|taking) (?:this|it|things) (?:further|higher)",
    r"i'?ll have to (?:take|escalate|report|involve|tell)",
    r"(?:at|come|in) (?:your )?(?:review|appraisal) time",
    r"(?:don'?t|won'?t|never) get promoted",
    # a no that costs them: "If not, I'll have to rethink your overtime", "…or would you rather I
    # reported you to HR?"
    r"if (?:not|you (?:don'?t|won'?t|can'?t|refuse)),? (?:i'?ll|i will|i'?m going to|we'?ll|we "
    r"will) (?:have to )?(?:rethink|review|reconsider|look at|cut|take away|report|remember)",
    r"report(?:ed)? you",
    # a mark on their record: "I'd hate to have to mention your attitude in your review" (not
    # "I'll mention your great work in your review")
    r"(?:hate|not want|rather not) to have to (?:mention|report|escalate|tell|involve|take)",
    r"(?:goes|go|going|put it|note it) (?:in|on) your (?:file|record)",
    # "…or we'll have to talk about your position" (not "Could we talk about your future?")
    r"(?:or|otherwise|else),? (?:we|i)(?:'ll| will| would|'d)? (?:have to |need to )?(?:talk|"
    r"think) about your (?:position|role|future|contract|job)",
    r"have to (?:talk|think) about your (?:position|contract|job)",
    # walkthrough 71: "Redo it by tomorrow or don't bother coming in Monday."
    r"(?:or|otherwise|else),? (?:don'?t|do not|you needn'?t|no need to) (?:bother|even bother) "
    r"(?:coming|to come|showing up|turning up)",
    r"(?:or|otherwise),? you(?:'re| are|'ll be| will be) (?:out|fired|gone|finished|done here|off "
    r"the team)\b",
    r"(?:or|otherwise),? (?:find|start looking for) (?:yourself )?(?:another|a new) job",
    # walkthrough 73: "You'll own the test plan or we'll have a problem, won't we?"
    r"(?:or|otherwise),? (?:we|you|there)(?:'ll| will|'re going to| are going to) (?:have |be )?"
    r"(?:a |some |real |serious )?(?:problem|problems|issue|issues|words|trouble|a talk)\b",
    *THEIR_STANDING,
)
PRESUMES = "counts on a yes they never agreed to"
# "Have you tried…?" weighs as a suggestion (meetings and reviews make them so), but it is said
# as lesson 07 says it: your idea, put as a question (walkthrough 60)
IDEA_ASKED = "puts your own idea forward as a question"
YOUR_IDEA = re.compile(r"(?:what|how) (?:if|about) you\b")  # not "what if we": not together
WALKS_AWAY = "walks_away"
# "Do whatever you like.": walking away, unless help or a check-in stays on offer ("do whatever
# you think is best, and tell me what you need")
DO_AS_YOU_LIKE = (
    r"(?:just )?(?:do|sort|handle|run) (?:(?:it|this|that|the [\w-]+) )?(?:whatever|what(?:ever)? "
    r"you|however) (?:you )?(?:like|want)(?: with (?:it|the [\w-]+))?(?=\s*[,.!;]|\s*$)"
)
# Words that take the choice away: found by rule, always directive (not fitted).
CLOSERS: tuple[Cue, ...] = (
    cue(
        "closes",
        "closes the discussion",
        r"no excuses",
        r"non-?negotiable|(?:isn'?t|is not|it'?s not|not) (?:up for )?negotiable|not up for "
        r"(?:discussion|debate|negotiation)",
        # blind review 58: "…and before you ask, no, it isn't negotiable"
        r"before you ask,? (?:no|the answer is no)\b",
        r"no later(?: than that)?(?=\s*(?:[.!,]|$|please|thanks))",
        # the rule is the world's, not yours: "The new hygiene rule is mandatory from June. How
        # could we…?" names what cannot move (lesson 04), and leaves the how to them
        r"(?<!rule is )(?<!law is )(?<!rules are )(?<!audit is )(?<!regulation is )"
        r"(?<!training is )mandatory",
        r"not optional",
        OR_ELSE,
        r"don'?t (?:want to hear|argue)",
        r"(?:rather not|don'?t want to|won'?t) hear (?:any )?excuses",
        # blind review 54: "I'd rather not hear about your workload today though"
        r"(?:rather not|don'?t want to|won'?t) hear about (?:your|the) (?:workload|excuses|reasons|"
        r"problems|other work)",
        r"end of (?:discussion|story)",
        r"because i said",
        r"i'?m not asking",
        r"no (?:ifs|buts|arguments|discussion)",
        r"this is not a request",
        r"(?:that|this|it)(?:'s| is) not (?:a|really a) (?:question|request)",
        # taken back after asking: "It wasn't really a question", "consider it an order"
        r"(?:that|this|it) (?:wasn'?t|was not|isn'?t) (?:really |exactly |actually )?(?:a|an) "
        r"(?:question|request|ask|suggestion)(?! (?:i|we|you|of)\b)",
        r"(?:that|this|it)(?:'s| is| was) an? (?:order|instruction)",
        r"consider (?:it|this|that) an? (?:order|instruction)",
        r"i (?:wasn'?t|was not) (?:really |actually )?asking",
        r"not that (?:it'?s|this is|it is) (?:really )?optional",
        r"you (?:have|had|get) no (?:choice|say)",
        r"not up for (?:debate|discussion)",
        # walkthrough 54: "Saturday or Sunday, up to you. One of them is happening either way."
        r"(?:it'?s|it is|this is|one of (?:them|those|the two)(?: is|'s)) happening (?:either way|"
        r"regardless|anyway|whatever)",
        r"whether you like it or not",
        r"(?:anyone|anybody|whoever) who (?:thinks|disagrees|says)",
        r"kidding (?:themselves|yourself|yourselves)",
        r"(?:stop|quit) (?:asking|arguing|complaining)",
        r"(?:is|are) final\b",
        r"(?:not|isn'?t|aren'?t) (?:really |exactly |actually )?optional",
        # not "if that's not an option, tell me": there it is a way out
        r"(?<!if )(?<!unless )(?:that'?s|it'?s|this is|that is|it is) not (?:really |exactly )?"
        r"(?:an option|a choice)",
        # not the courtesy of "no need to reply till Monday"
        r"no exceptions",
        r"no need to (?:reply|respond|answer|discuss|get back)(?! (?:to me )?(?:till|until|before|"
        r"today|tonight|now|right away|straight away|over|this|on|at))",
        r"no (?:'|\")?i'?m (?:too )?busy",
        # no one else to ask: "Not that there's anyone else, so it'll have to be you."
        r"(?:not that there'?s|there'?s no) (?:anyone|anybody|one|someone) else",
        r"there'?s (?:nobody|no one|no-one) else",
        r"(?:it'?ll|it will|it'?s going to|it has to|it'?s got to) (?:have to )?be you",
        # checked for obedience, not agreement: "…this Saturday, is that clear?"
        r"(?:is that|am i making (?:myself|that)|have i made (?:myself|that)) (?:clear|understood)",
        r"i'?m not (?:really |actually )?asking",
        r"not that you (?:really |actually )?have (?:a|any|much) (?:choice|say)",
        r"(?:don'?t|doesn'?t) (?:really )?have (?:a|any|much) choice",
        r"i won'?t (?:be )?(?:changing|discussing|revisiting) (?:it|this|that)",
        r"(?:it|this|that) stays (?:as it is|as is|at|the same|put)",
        # blind review 60: "…using my script, no changes. Got it?"
        r"no changes(?=\s*(?:[.!,]|$|please|thanks|got it|ok))",
    ),
    cue(
        "decided",
        "decided for them before asking",
        r"i(?:'ve| have)? (?:already )?(?:assigned|scheduled|put|booked|moved|rostered|signed "
        r"(?:you )?up|volunteered|switched|told them|promised|committed) (?:you|your name)",
        # blind review 50: "I've picked Tuesday and the scenario already", "I've already promised
        # them to the director", "I've already advertised it with your name", "I've spent the
        # weekend drawing up a new checklist"
        r"i(?:'ve| have) (?:already )?(?:picked|chosen|set|fixed|promised|advertised|announced) "
        r"(?:[\w'-]+ ){0,4}?(?:already|to (?:the|my|our) [\w'-]+|with your name)\b",
        r"i(?:'ve| have) already (?:picked|chosen|promised|advertised|announced|committed)\b",
        r"i(?:'ve| have) spent (?:the|my|all) (?:weekend|evening|morning|week|night|day) "
        r"(?:drawing up|writing|putting together|working out|making|planning)",
        # not "you're on the phones all day, so you'd know better"
        r"you(?:'re| are) (?:now |already )?(?:on (?:the )?(?:rota|shift|call|duty|nights|days|"
        r"earlies|lates|weekends|\w+ (?:shift|duty|rota|cover))|covering|assigned|rostered|"
        # not "You're on nights most, so you'd…" (blind review 56): how their week runs
        r"scheduled|booked)(?! (?:most|mostly|usually|a lot|often|anyway)\b)",
        r"(?:put|pencil+ed|booked|added|blocked|scheduled) (?:it|you|this|that|them) (?:in|into|on|"
        r"onto) (?:your|the) (?:diary|calendar|rota|schedule|list|board|plan)",
        r"(?:already )?told (?:\w+ ){1,3}(?:that )?(?:you(?:'re| are|'ll| will|'d| would)|it'?s "
        r"you)\b",
        # blind review 54: "I've spoken to the head and we agreed that you'll coordinate…"
        r"(?:we|they|i) (?:agreed|decided|settled|arranged) (?:that )?you(?:'ll| will|'d| would| "
        r"should|'re going to| are going to)\b",
        r"i'?(?:ll| will) put you (?:down|on)",
        r"(?:either way|whatever you (?:say|think|decide)|regardless|no matter what),? (?:we|i)"
        r"(?:'re| are|'m| am|'ll| will) (?:doing|going|starting|running|trying|using)",
        r"(?:anyway|actually),? i(?:'ve| have) already (?:drafted|done|written|decided|sorted|"
        # blind review 52: "What do you think…? Actually, I've already drawn one up"
        r"made|drawn|planned|worked|put|set|booked|organi[sz]ed)",
        r"you owe me",
        # decided, then told as a story (review 46): "I've come to the conclusion that the best
        # way forward is for you to handle the demos", "I've put his calls through to your phone",
        # "You'll start next week"
        r"(?:the best|the only|the right) way (?:forward|to do this|ahead) is (?:for you to|"
        r"that you)",
        r"i(?:'ve| have) (?:decided|come to the conclusion|concluded) (?:that )?[^.?!]{0,60}\b"
        r"(?:for you to|you(?:'ll| will| should))\b",
        # walkthrough 71: "I've decided we're doing stand-ups at 8:30 from now on. Does that work
        # for you?": the check comes after the decision
        r"i(?:'ve| have) (?:already )?decided (?:that )?(?:we|we'?re|we'?ll|we are|we will|"
        r"everyone|everybody|the (?:whole )?team|all of us|from now on)\b",
        r"i(?:'ve| have) (?:put|moved|switched|routed|forwarded|diverted|transferred) (?:\w+ ){0,3}"
        r"(?:to|through to|onto|on) your (?:phone|desk|line|list|rota|queue|calendar|diary)",
        # blind review 60: "I've already had them diverted to your line so it's all set up",
        # "either way you're down for tuesday and wednesday, so plan around it"
        r"i(?:'ve| have) (?:already )?(?:had|got) (?:them|it|the [\w-]+|his [\w-]+|her [\w-]+) "
        r"(?:put|moved|switched|routed|forwarded|diverted|transferred)(?: through)? (?:to|onto|on) "
        r"your\b",
        r"(?:either way|regardless|whatever you (?:say|decide)),? you(?:'re| are) (?:down|booked|"
        r"rostered|pencil+ed in|scheduled|on)\b",
        r"so plan around it\b",
        r"you(?:'ll| will) start (?:next|on|from|this|tomorrow|monday|tuesday|wednesday|thursday|"
        r"friday|first thing)\b",
        # announced, not asked (review 44): "so what's going to happen is you'll stay later"
        r"(?:what'?s|what is|here'?s what'?s) (?:going to|gonna) happen(?: is)?,? you(?:'ll| will|"
        r"'re going to| are going to)?\b",
        r"it makes (?:sense|more sense) (?:for (?:both of )?us |all round )?(?:that )?you "
        r"(?:take|do|cover|run|handle|pick up|own|lead)\b",
        # asked before, so this is no new question: "…in my template, as I asked?"
        r"(?:as|like) i (?:already )?(?:asked|requested|instructed|told you)(?: (?:you|before|"
        r"earlier|last week|yesterday))?",
        r"surely you can'?t (?:say no|refuse)",
        # announced with a start date: "From next week you'll make the reminder calls"
        r"(?:from|starting|as of) (?:next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|"
        r"now on)\b[^.?!]{0,20}?,? you(?:'ll| will) (?!(?:love|like|enjoy|see|get|be able)\b)\w+",
        r"you(?:'re| are) on (?:his|her|their|the) (?:\w+ )?(?:calls|shift|shifts|rota|desk|"
        r"cover)",
        r"(?:hr|the boss|management|they|it)(?:'s| has| have)? (?:already )?(?:confirmed|"
        r"decided|approved|agreed|signed off)",
        r"(?:it|that)'?s (?:already )?(?:been )?(?:decided|settled)",
        # blind review 48: "reminder calls are now part of your job", "from Friday you're
        # cashing up at 9:30"
        r"(?:is|are) now (?:part of )?your (?:job|role|responsibility|duty|duties|task)",
        r"(?:from|starting|as of) (?:next \w+|this \w+|tomorrow|monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday|now on),? you(?:'re| are) (?!(?:welcome|free|able)\b)\w+ing",
        # done already, not the task done by a date ("any week works as long as it's done by the
        # 30th", "let me know when it's done": blind review 48)
        r"(?<!when )(?<!once )(?<!long as )(?<!if )(?<!until )(?<!till )(?<!before )(?<!after )"
        r"(?<!sure )(?<!ensure )(?<!provided )(?<!that )it'?s (?:already )?(?:been )?done",
        # blind review 56: "It's yours from Monday, and I've already emailed the department",
        # "I've already blocked out your calendar", "you start Monday at nine"
        r"already (?:emailed|informed|messaged|let) (?:the|my|our|everyone|them|all)\b",
        r"(?:it'?s|this is|that'?s) (?:all )?yours from (?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday|tomorrow|next|now)\b",
        r"blocked (?:out )?(?:your|the) (?:calendar|diary|time|afternoon|morning)",
        r"(?<!if )(?<!when )you start (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|tomorrow|next)\b",
        r"already (?:confirmed|decided|told (?:them|everyone|(?:the|my) \w+(?: (?:team|staff|crew|"
        r"shift|group|lot))?))",
        # in other words: "I've already sent them your name", "…added them to your task list"
        r"already (?:sent|given|passed|forwarded|emailed|copied|added|entered|submitted) "
        r"(?:\w+ ){0,3}(?:you|your)\b",
        r"(?:added|put|assigned|moved) (?:it|them|this|that|these|those) (?:to|on|onto|in|into) "
        r"your (?:task list|to-?do list|list|board|queue|plate|rota|calendar|diary|schedule|tasks)",
        r"you(?:'ll| will) [^?]{0,200},? (?:yes|right|ok|okay|yeah)\s*\?",
        # announced: "You're doing the newsletter this month", "You're going to present on
        # Friday" (not "you're doing great", "you're going to love it")
        # (not "if you're going to run them often", "as you're doing this", "what you're…")
        r"(?<!if )(?<!as )(?<!what )(?<!when )you(?:'re| are) (?:going to|gonna) (?!(?:love|like|"
        r"enjoy|need|want|be (?:fine|great|ok|okay))\b)\w+",
        r"(?<!if )(?<!as )(?<!what )(?<!when )you(?:'re| are) (?:now )?(?:doing|training|opening|"
        r"presenting|running|leading|handling|taking over)(?! (?:great|well|fine|brilliantly|"
        r"amazing|so|a (?:great|good|fantastic) job)\b)(?= \w)",
        # announced, then checked: "You'll do the calls from Monday — does that work?"
        r"you(?:'ll| will) (?:be )?(?:do|doing|cover|covering|take|taking|lead|leading|run|help|"
        r"running|handle|handling|train|training|present|presenting)\b(?! (?:great|well|fine))"
        # unless a question follows, not one that only checks they heard ("Any questions?")
        r"(?![^?]{0,200}(?<!any questions)(?<!got it)(?<!understood)(?<!clear)\?)|"
        r"(?:so |obviously )?you(?:'ll| will) (?:be )?\w+ [^.?!]{0,200}"
        r"(?:[—–-]|,)\s*"
        r"(?:does that|is that|would that|that)\s*(?:work|ok|okay|alright|fine)",
    ),
    cue(
        "presumes",
        PRESUMES,
        r"thanks in advance for (?:having|getting|doing|making|sending)",
        r"(?:i )?knew (?:i|we) could (?:count|rely) on you",
        # asked, then thanked in the same breath as if they had said yes: "…tonight? Great,
        # thanks." (the thanks is a sentence of its own: closers are read across sentences too)
        r"(?:(?<=\?)|(?<=\?\s))\b(?:great|perfect|brilliant|awesome|super|cool|excellent|lovely|"
        r"good),? "
        r"(?:thanks|thank you|cheers|sorted|done|settled)",
        r"i knew you(?:'d| would)",
        # browser walkthrough 49: "Thanks so much, I know you'll make it happen!"
        r"i(?: just)? (?:know|knew|'m sure|am sure|'m confident|trust) (?:that )?you(?:'ll| will|"
        r"'d| would| can) (?:make it happen|manage|do it|get it done|sort it|nail it|smash it|"
        r"pull it off|handle it|make it work|find a way|cope|do a great job)",
        # blind review 52: "…by Friday. Let's make it happen. I know we can do it!"
        r"i(?: just)? (?:know|'m sure|am sure) (?:that )?we(?:'ll| will| can) (?:make it happen|do "
        r"it|get it done|pull it off|nail it|smash it)",
        r"i'?ll take that as a yes",
        # walkthrough 60: "…so obviously the answer is that you start earlier, right?"
        r"(?:obviously|clearly|surely) the (?:answer|solution|fix|only (?:option|way)) is\b",
        # thanked for a yes not given (blind review 58): "…this afternoon? Thanks so much, you're
        # a lifesaver!"
        r"(?:(?<=\?)|(?<=\?\s))\b(?:thanks?(?: you)?(?: so much| a lot| loads)?[,!.]?\s+)?"
        r"(?:you'?re|you are) (?:a |an |my )?(?:absolute |total |real )?(?:lifesaver|life saver|"
        r"star|legend|hero|angel|gem|godsend)\b",
        # the favour called in (blind review 56): "I'm hoping you can return the favour now"
        r"(?:you can|you could|time to|now|chance to) (?:return|repay) the favou?r",
        # the ask made small before they answer (blind review 54): "it's only 3 days…, shouldn't
        # be a big deal"
        r"(?:it )?shouldn'?t be (?:a big deal|a problem|much (?:work|effort|trouble)|hard|too "
        r"(?:bad|hard|much))",
        # blind review 50: "It's only half an hour a day, so I'm sure it's fine."
        r"i'?m sure (?:it'?s|that'?s|it will be|it'?ll be|you'?ll be) (?:fine|ok|okay|no problem|"
        r"no bother|not a problem)",
        # the arrangements made before the answer (blind review 48): "Can you train the new hires
        # next week? … they'll be with you for the first three days"
        r"(?<!if )(?<!yes, )(?<!then )(?:they|he|she)(?:'ll| will) be (?:with you|shadowing you|"
        r"joining you|on your (?:shift|team|desk|rota))\b",
        # "Can you do that for me? Good, that's settled." (lesson 04's request in name only)
        r"(?:good|great|right|ok|okay|lovely|perfect),? (?:that'?s|that is|we'?re|it'?s) "
        r"(?:settled|sorted|decided|agreed|done)",
        r"consider it (?:done|yours)",
        # counts on the yes before it is given: "I'm sure you can squeeze it in", "Thanks for
        # agreeing!", "I'm counting on you", "…, won't you?"
        r"i'?m sure you(?:'ll| will| can| could|'d| would)\b",
        r"i'?m sure you(?:'re| are) not (?:too |that |very )?busy",
        r"i'?m sure you (?:understand|agree|see why|get it)",
        r"surely you (?:can|could|will|would|'d|see|agree|understand|don'?t)",
        # (not "I hope that's ok", a courtesy that leaves the answer to them)
        r"(?:i trust|i assume|i take it) (?:that'?s|that is|it'?s|this is|that won'?t be) "
        r"(?:not )?(?:a problem|an issue|ok|okay|fine|alright)",
        r"thanks? (?:you )?(?:so much )?for (?:agreeing|saying yes|stepping up)",
        r"i'?m (?:counting|relying|depending) on you",
        # the yes said for them: "I know you'll say yes", "you won't say no to me", "I'm
        # counting on your yes" (not "you can say no", "I know you'd be great at it")
        r"i know you(?:'ll| will|'d| would|'re going to| are going to) (?:say yes|agree|be (?:up "
        r"for|happy|glad|fine|ok|okay)|not (?:mind|say no|refuse|let me down))",
        r"you (?:won'?t|wouldn'?t|can'?t|couldn'?t|aren'?t going to) (?:say no|refuse|turn (?:me|"
        r"it|this) down|let me down)",
        r"(?:counting|relying|banking|depending) on (?:your|a) (?:yes|help|support)",
        r"(?:i know|i'?m sure|surely) you (?:won'?t|wouldn'?t) mind",
        # "Thanks for your cooperation" after an order: the compliance taken for granted
        r"thanks? (?:you )?(?:in advance )?for your (?:cooperation|co-operation|compliance)",
        r"you'?re the only one (?:who|that) can",
        r"be an? (?:star|sweetheart|dear|love|doll|angel|legend) and",
        r"(?:(?<=,\s)|\bdo\s+|\bwill\s+)\bwon'?t you\b",
        # the yes taken for granted with a tag (review 44): "You can cover it, can't you?"
        r"\byou(?:'ll| will| can| could| would|'d)? [^?.!]{0,200},\s*(?:can'?t|couldn'?t|wouldn'?t|"
        r"aren'?t|won'?t) you\s*\?*\s*$",
        # the refusal shut out in advance: "And don't tell me you're busy."
        r"(?:and )?don'?t (?:tell me|say|give me) (?:that )?(?:you(?:'re| are)? (?:too )?"
        r"(?:busy|can'?t|tired|swamped|snowed under)|it'?s (?:too|not)|any excuses|excuses)",
        r"\bneed\b[^?.!]{0,200},\s*(?:ok|okay|alright|right|yeah)\s*\?",
    ),
    cue(
        "overrides",
        "overrides their judgment",
        r"(?:can|could|would|will) (?:you|u) (?:please )?just",
        r"the way i (?:said|told|asked|showed|"
        r"want)",
        r"(?:would|do) you mind just",
        r"do (?:as|what) i (?:say|said|ask)",
        r"do it my way",
        # blind review 50: "following the induction pack exactly", "follow it exactly"
        r"(?:follow|following|use|using|stick to|sticking to) (?:it|this|that|my|the) "
        r"(?:[\w'-]+ ){0,3}?(?:exactly|to the letter|word for word)",
        r"my \w+,? not (?:yours|your own|theirs)",
        # blind review 54, walkthrough 54: "exactly the way I set it out", lesson 04's Ngozi:
        # "That's not how we do things here"
        r"exactly (?:the way|as|how) i (?:set|laid|wrote|put|described|explained|planned|want)",
        r"(?:that'?s|that is|it'?s|it is) not how we do (?:things|it|this|that)(?: (?:here|"
        r"around here|in this (?:team|company|shop|department)))?",
        r"your (?:job|problem|responsibility|mess),? not mine",
        r"(?:it'?s|that'?s) (?:literally |just |really |actually )?(?:your|part of your) job",
        r"i'?d expect (?:it|this|them|you) to (?:look|be|read) like (?:mine|my)",
        r"(?:this|that|it)(?:'s| is) not your (?:call|decision|place)",
        # not "maybe we just do it and see", "you could just do it then": a proposal
        r"(?<!we )(?<!i )(?<!could )(?<!can )(?<!might )(?<!to )just do (?:it|as)",
        # the offer taken back: "Use whatever template you like - actually no, just use mine."
        r"actually,? (?:no|never ?mind|scratch that|forget (?:it|that|i asked))\b",
        r"just use (?:mine|my \w+)",
        # blind review 54: "I'll send you my template now, as yours doesn't really work for me"
        r"yours (?:doesn'?t|does not|won'?t|isn'?t|is not) (?:really )?(?:work|good enough|right)",
        # lesson 04's "Use my template, not yours", kept in the rewrite: "…using my template"
        # (not what I have been doing: "I've been using my template, but if yours works better…",
        # facilitator walkthrough 56)
        # nor their view of it asked (blind review 58): "is there anything in my template that
        # gets in your way?"
        r"(?<!been )(?<!i'm )(?<!i am )(?<!we're )(?<!was )(?<!were )(?<!anything )(?<!what )"
        r"(?:use|using|on|in) my "
        r"(?:template|format|layout|spreadsheet|script|checklist|wording|method)\b(?!,? not "
        # nor with theirs offered beside it (walkthrough 62): "…using my template, or do you
        # want to use yours?"
        r"(?:yours|your))(?!,? but\b)(?![^.?!]{0,12}\bor\b[^.?!]{0,30}\b(?:yours|your own)\b)",
        r"(?:try|do) it my way",
        # "…could just do the report my way this time"
        r"(?:do|write|run|handle|set up|lay out|format) (?:it|this|that|the [\w-]+) my way",
        # blind review 56: "I'm open to your ideas, but the stock count will be done my way"
        r"(?:be|get|gets|is) (?:done|run|handled|set up) my way",
        # rank and certainty in place of a reason (walkthrough 47): "I've done schedules for
        # fifteen years, so…", "my template, which is obviously the right one"
        r"i(?:'ve| have) (?:done|run|been doing|been running|managed|worked) (?:[\w-]+ ){1,3}for "
        r"(?:\w+ ){0,2}years,? so\b",
        r"(?:which|that) (?:is|'s) (?:obviously|clearly|plainly|of course) (?:the )?(?:right|best|"
        r"correct|only)\b",
    ),
    cue(
        "doubt",
        "a question that doubts their work rather than asks",
        r"is (?:this|that|it|there) (?:really|even|actually|seriously)",
        r"what(?: exactly| even)?(?:'?s| is| was) (?:exactly |even |actually )?the point",
        # Not "what makes you think…?" or "where did you get that?": asked with curiosity they
        # invite the other's reasons (lesson 04's best reply to an idea you doubt).
        r"where did you even get",
        r"what (?:does|do|did|has) (?:this|that|it|any of this) (?:even |got to |have to )?"
        r"(?:got |have )?to do with",
        r"what(?:'?s| is) your (?:problem|excuse)",
        r"whose (?:\w+ )?idea was (?:it|this|that)",
        r"is (?:this|that|it) (?:really |even |actually )?(?:needed|necessary|required|used|"
        r"intended|intentional)\s*\?",
        r"do (?:we|you) (?:really |even |actually )?need (?:this|that|it)\b",
        r"do (?:we|you) (?:really|even|actually) need",
        r"are (?:we|you) really",
        r"why do (?:we|you) (?:even |really )?need",
        r"are you sure",
        r"really\s*\?",
        r"seriously",
        r"(?:does|do|did|would|will) "
        r"(?:this|that|it|you) (?:even|actually|really)",
        r"why (?:on earth|would anyone|the hell)",
        r"how (?:is|was|does) (?:this|that|it) (?:even|supposed|any better|better|useful|relevant|"
        r"different|related)",
        r"who (?:wrote|thought|decided|approved|came up with|changed|removed|deleted|broke|"
        r"reverted|moved|left|forgot|took|ate)",
        r"what (?:exactly )?(?:are|were) you (?:even )?doing",
        r"what (?:is|was) (?:this|that) "
        r"(?:even|supposed|for|doing here)",
        r"what (?:is|was|are) (?:it|these|those) (?:even )?supposed to",
        r"did (?:you|u) (?:even|test|read|try|check|run|forget|not)\b",
        r"did you (?:even )?think (?:about|of) (?:that|this|it)",
        r"at all\s*\?",
        r"did (?:nobody|no one|anyone) (?:think|bother|check)",
        r"how (?:is|are|was) (?:anyone|anybody|one|i|we) (?:supposed|meant|expected) to",
        r"how (?:on earth |the hell )?did (?:this|that|it) (?:pass|get|make it|end up|slip)",
        r"could (?:this|it|that) be any (?:more|less)",
        r"what made you think [^.?!]{0,200}(?:was|would be) (?:ok|okay|fine|a good idea|acceptable|"
        r"appropriate)",
        r"(?:you )?thought (?:it|this|that) was (?:ok|okay|fine|a good idea|acceptable|"
        r"appropriate)",
        r"have you (?:even|actually|ever) (?:tested|read|tried|run|checked|compiled)",
        r"(?:didn'?t|haven'?t|hasn'?t|weren'?t) (?:we|you) (?:already |just )?(?:agree|discuss|"
        r"say|decide|talk|read|see|test|been over|gone over|covered)",
        r"do you (?:even |actually )?know (?:what|how|why)",
        r"where did (?:this|that|these|those|it) come from",
        r"is (?:this|that|it) (?:a joke|serious)",
        r"what(?:'s| is) wrong with",
        r"why (?:is|are|was|were) (?:this|that|these|those|it) "
        r"(?:even|still|here|needed|necessary)",
    ),
    cue(
        "sarcasm",
        "sarcasm",
        r"oh great",
        # walkthrough 59: "Oh sure, take all the time you like", "I know you're swamped, as
        # always"
        r"oh,? (?:sure|brilliant|wonderful|perfect|fantastic|lovely)\b",
        r"take all the time you (?:like|want)\b",
        r"(?:swamped|busy|snowed under|rushed off your feet|stretched)(?:,)? as (?:always|usual|"
        r"ever)\b",
        MOCKERY,
        r"for once",
        r"thanks for nothing",
        # thanks for what harmed them: "thanks for wasting my afternoon", "…for the lecture"
        r"thanks (?:a lot |so much )?for (?:wasting|the lecture|the (?:totally |completely |"
        r"really )?(?:useless|unhelpful|pointless))",
        r"wow,? (?:another|again)",
        r"must be nice",
        r"nice of you to",
        r"would it (?:kill|hurt) (?:(?:you|anyone|anybody) )?to",
        r"or (?:would|do) you (?:rather|prefer to|want to) (?:just )?(?:keep|carry on|go on) "
        r"\w+ing",
        # praise that means the opposite: "Since your last schedule was such a success, …"
        r"your (?:last |previous )?\w+ (?:was|were|went) (?:such|so) (?:a |an )?(?:success|triumph|"
        r"hit|masterpiece|well)",
        # not the courteous "would it be too much to ask you to…?"
        r"(?<!be )(?:too much|so hard|really so hard) to ask(?! you to)",
        # "…to do your job and ring the patients?", "unless you don't care"
        r"(?:to|and|just|you|u) (?:actually )?do your (?:job|jobs|work)\b",
        r"unless you (?:don'?t|do not) (?:care|want to|give a)",
        r"(?:should|do|why) (?:i|we) even bother",
        r"should i (?:just )?assume",
        r"or (?:should|shall) i just",
        r"am i (?:supposed|meant|expected) to",
        r"do i (?:really |actually )?(?:have|need) to",
        r"(?:your|we|they) '\w+'",  # scare quotes: your 'feedback', we 'fixed' it
        # a challenge, not a question: "So you think you can just delete it without asking?"
        # (not "Do you think you can make Friday?", a real question)
        r"(?<!do )(?<!what )(?<!if )you think you can (?:just|simply)\b",
        r"so,? you think you can\b(?=[^.?!]{0,200}\bwithout (?:\w+ing|a word)\b)",
    ),
    cue(
        "jab",
        "a jab dressed as politeness",
        r"some of us",
        r"certain people",
        r"not to be that (?:person|guy)",
        r"per my (?:last|previous) (?:email|message|comment)",
        r"as (?:previously|already) (?:stated|mentioned|explained)",
        r"with (?:all )?due respect",
        r"i'?m sure you(?:'re| are) (?:very |really |super |terribly |so )?busy,? but",
        r"you(?:'re| are) not (?:that|so|too|exactly) busy",
        r"for once\b",
        r"i'?ll be (?:checking|watching|keeping an eye)",
        r"(?:you )?might (?:even|actually) learn (?:something|a thing)",
        r"if (?:people|everyone|some people) could (?:actually|just|please)",
        r"(?:could|can|would) (?:you|u) (?:at least|actually)",
        # not "we should at least try it", "worth it to at least try": the least we could do
        r"(?<!we )(?<!should )(?<!could )(?<!might )(?<!to )(?<!i'd )(?<!id )at least "
        r"(?:read|run|test|check|try|look|answer|reply)",
        r"(?:read|check|look at)\b[^.?!]{0,200} before (?:replying|commenting|asking|posting|"
        r"complaining|"
        r"the next)",
        r"(?:i|we) actually (?:asked|said|wrote)",
        r"you know who you are",
        r"at least own up",
        # holding up what they failed to do: "…which you would have seen if you'd opened it"
        r"(?:you|u) would(?:'ve| have) (?:seen|known|noticed|found)",
        r"if (?:you|u)(?:'d| had) (?:bothered|actually|even|just)",
        r"whoever (?:broke|took|left|keeps|ate|moved|forgot)",
        # review 46: "a great chance for you to finally do something useful", "after everything
        # I've done for you", "since you love the morning chaos so much"
        r"finally do (?:something|anything) (?:useful|right|worthwhile)|(?:do|be) (?:something|"
        r"anything) useful for (?:a )?change",
        r"after (?:everything |all (?:that )?)i(?:'ve| have) done for you",
        r"since you (?:love|enjoy|like|adore) [^.?!]{1,40} so much",
        # their habit or last failure held up as the reason (review 44): "since you're always
        # complaining about the mornings", "since your way didn't work last time"
        r"(?:since|as|because|seeing as) you(?:'re| are) (?:always|constantly|forever) \w+ing",
        r"(?:since|as|because|seeing as) your (?:way|idea|plan|approach|version|method) "
        r"(?:didn'?t|did not|doesn'?t|never) work",
        # blind review 52: "…which would happen if you stopped taking long breaks"
        r"if (?:you|u) (?:just |only )?(?:stopped|stop|quit|(?:would|'d) stop) \w+ing",
    ),
    cue("threatens", "a threat", *THREATS, PLAIN_THREATS, JOB_HELD_OVER),
    # The need stated as theirs to meet, then the yes asked for (blind review 54: "what i need
    # is for you to get there earlier next week can you do that for me"): the question is a tag
    cue(
        "tag_order",
        "an order with a question tagged on",
        r"(?:i need (?:you|u) to|what i need is for (?:you|u) to|i want (?:you|u) to|(?:you|u) "
        r"(?:need|have) to)\b[^?]{1,160}?\b(?:can|could|will|would) (?:you|u) (?:do|manage|make|"
        r"handle) (?:that|this|it)(?: work)?(?: for me)?(?: please)?\s*\?",
    ),
    # Their rating or pay tied to the yes (walkthrough 62: "If you take the weekend shifts I'll
    # make sure you get a good rating this year, deal?"): a no would cost them
    cue(
        "bargains",
        "ties their rating or pay to their yes: a no would cost them",
        r"if (?:you|u) [^.?!]{1,60}?,? (?:i(?:'ll| will)|i can) (?:make sure|see to it|ensure|"
        r"guarantee|put in a (?:good )?word)[^.?!]{0,50}?\b(?:rating|review|appraisal|bonus|"
        r"raise|pay rise|promotion|score)s?\b",
        r"(?:your|a good|a better|the) (?:rating|review|appraisal|bonus|promotion|pay rise) "
        r"(?:depends|rides|hangs|hinges) on\b",
    ),
    # Lesson 04, what partnering is not: "Do whatever you like." Handing someone a risk and
    # walking away is not partnering either (walkthrough 62: "Do whatever you think is best, I
    # honestly don't care how." was praised for giving them a choice)
    cue(
        WALKS_AWAY,
        "hands it over and walks away: no partnering either",
        r"i (?:honestly |really |frankly |genuinely |just )?(?:don'?t|do not|couldn'?t|could not) "
        r"(?:really |honestly )?care (?:how|what|when|which|who|either way|less|anymore|any more)",
        r"(?:that'?s |it'?s |that is |it is )?not my (?:problem|concern|headache)",
        r"(?:figure|sort|work) it out (?:yourself|on your own|for yourself|alone)",
        # walkthrough 65: "…it's your problem now, sort it out."
        r"(?:it'?s|that'?s|it is|that is) (?:now )?your (?:problem|headache)(?: now)?(?=\s*[,.!;]|"
        r"\s*$)",
        r"leave me out of (?:it|this)|don'?t (?:bother|involve) me (?:with|about)",
        # walkthrough 63: "I don't mind what happens", "I'm not fussed", "I'm not bothered"
        r"i (?:really |honestly )?(?:don'?t|do not) mind (?:what happens|how|either way|what you "
        r"do)|i'?m not (?:fussed|bothered)(?! about (?:the )?(?:deadline|date|time))",
        DO_AS_YOU_LIKE,
    ),
    # the answer put in their mouth: "Wouldn't you agree it's only fair that you take…?"
    cue(
        "leads",
        "suggests the answer you want",
        r"wouldn'?t (?:it|that) be (?:better|fairer|easier|best|simpler)",
        r"wouldn'?t you (?:agree|say)",
        r"don'?t you (?:agree|think it'?s (?:only )?fair)",
        # review 69: "Don't you think the drivers will push back too hard…?", and a question
        # built for a "no": "So there's nothing going on that I need to know about, then?"
        r"don'?t you think (?:we|you|it|that|this|the|they|there)\b",
        r"there'?s nothing (?:going on|wrong|else)\b[^.?!]{0,60}?,? then\s*\?",
        r"(?:it'?s|that'?s|it is|that is) only fair",
        # the answer put in their mouth (review 46): "Wouldn't it make sense for you to just take
        # over…?", "it would make sense for you to take on the calls, wouldn't it?"
        r"wouldn'?t it make (?:more |most )?sense (?:for you )?to",
        r"(?:it (?:would|'d|will) make|it makes) (?:more |most |perfect )?sense for you to\b"
        r"[^.?!]{0,200},\s*(?:wouldn'?t|doesn'?t|isn'?t|won'?t) it\s*\?*",
        # their view asked, then yours given as the answer (blind review 60): "How do you think
        # we should tackle it? I think you should ring each client today…"
        r"(?:(?<=\?)|(?<=\?\s))\b(?:(?:well|honestly|personally|so),? )?i (?:think|reckon|'d say|"
        r"would say) (?:you|we) should\b",
    ),
    # A no made to cost them (blind review 60): "You can say no of course, but after I signed off
    # your holiday I'd be pretty disappointed", "…you know the whole team will be let down if you
    # do", "last time you said no it was me who ended up staying till nine", "I'm already doing
    # three people's jobs here, and nobody seems to notice", "after last quarter I'd have thought
    # you'd want to make up for it"
    cue(
        "guilt",
        "makes a no cost them: guilt, not a free choice",
        r"i(?:'d| would)(?: honestly| really)? be (?:pretty |really |very |a bit |so |quite |"
        r"a little |rather )?(?:disappointed|let down|hurt|upset)\b",
        r"(?:will|'ll|would|'d) (?:all )?be (?:really |very |so )?let down if you\b",
        r"last time you said no\b",
        r"(?:i'?m|i am) (?:already )?doing (?:two|three|four|five|\w+) (?:people'?s|people's|"
        r"persons'?) jobs?\b",
        r"(?:nobody|no one) (?:ever )?(?:seems to )?(?:notices?|appreciates?|thanks? me)\b",
        r"make up for (?:it|that|last [\w-]+|what happened)\b",
        r"i(?:'d| would) have thought you(?:'d| would) want to\b",
        r"after (?:i|we)(?:'ve| have)? (?:signed off|approved|okayed|gave you|let you|covered "
        r"(?:for "
        r")?you|swapped (?:with )?you|sorted) (?:your|you)\b",
        # walkthrough 59: "It's fine to say no, but I'd hate for the area manager to think you're
        # not a team player"
        r"i(?:'d| would) hate (?:for )?(?:[\w'-]+ ){1,4}to (?:think|hear|find out|see|feel|get "
        r"the (?:idea|impression))\b",
        r"(?:not|isn'?t|aren'?t) (?:a|much of a|really a) team player\b",
    ),
)


# Questions that put the person on the spot: rules (the meeting corpora hardly have them).
ON_THE_SPOT: tuple[Cue, ...] = (
    cue("justify", "asks them to justify themselves",
        r"why (?:did|do|does|would|are|were|is|was|have|has) "
        r"(?:you|your|this|that|it|these|those)\b",
        r"(?:tell|telling) me why (?:you|u)\b",
        r"explain (?:to me )?why", r"(?:couldn'?t|could not|shouldn'?t) (?:\w+ )?have been",
        r"is there (?:a|any) (?:good |particular )?reason (?:why )?(?:you|u)\b",
        r"how (?:is|was|does|did|would|could|can) (?:this|that|it) (?:\w+ )?(?:work|help|make sense"
        r"|possible|correct|right|ok|okay|needed|necessary)", r"what (?:is|was|does) (?:this|that)"
        r" (?:even |actually )?(?:for|do|mean|doing)"),
    cue("negative_q", "a negative question, implying they got it wrong",
        r"(?:isn'?t|doesn'?t|don'?t|aren'?t|wasn'?t|won'?t|can'?t|didn'?t|haven'?t|hasn'?t) "
        # not "isn't this a good fit for…?": that proposes
        r"(?:this|that|it|you|these|those)(?! (?:think|agree|feel|mind)\b)(?! (?:an? )?(?:good|"
        r"better|nicer|cleaner|simpler|easier|safer)\b)", anchored=True),
    cue("judges", "passes judgment on their work",
        # "wrong" as a verdict on the work, not "stop going wrong" (a shared problem)
        r"(?:is|was|are|were|it'?s|that'?s|this'?s|looks|got (?:it|this|that)) (?:all |completely "
        r"|totally |just |plain )?wrong", r"broken", r"ugly",
        r"hack(?:y|ish)?", r"useless", r"pointless", r"unnecessary", r"redundant", r"overkill",
        r"(?:makes|made) no sense", r"(?:doesn'?t|didn'?t) make (?:any )?sense", r"confusing",
        r"weird", r"sloppy", r"messy", r"nonsense",
        # the work called a mess, not "it makes both our mornings a mess" (what it does to us)
        r"(?:is|was|are|were|it'?s|that'?s|this'?s|looks|left (?:it|this|that)) (?:in )?"
        r"(?:a|a total|a complete|such a|an absolute|a right) mess",
        r"(?:total|complete|utter) mess",
        r"(?:is|was|that'?s|this is|it'?s|looks|utter|total|complete) (?:rubbish|garbage)",
        r"careless", r"incorrect", r"misleading", r"inconsistent",
        r"(?:won'?t|will never|can'?t possibly|would never) work", r"dead code",
        r"(?:your|this|that|what a) mess",
        r"(?:that'?s|this is|it'?s) not a (?:fix|solution|test|answer)",
        r"(?:is|are|was|were|it'?s|that'?s|this'?s) (?:simply |clearly |obviously )?not (?:needed|"
        r"necessary|correct|right|used|true|thread.?safe)",
        # "lazy" about them or their work, not "lazy loading"
        r"(?:you(?:'re| are)|so|too|that'?s|this is|how|plain|just) lazy",
        r"you (?:clearly|obviously) (?:did ?n[o']t|don'?t|do not|have ?n[o']t|never)"),
    # not a casual "??" ("can u redo the schedule??", "right??": walkthrough 53); "???" and
    # "again??" are
    cue("exasperated", "exasperation or an ultimatum", r"\?{3,}", r"huh\s*\?",
        rf"(?:going to|gonna|just|you) {KEEPS_DOING}", r"for the love of",
        r"(?:will|would|can|could) (?:you|u) finally",
        r"(?:could|would|can|will) (?:you|u) (?:please )?stop \w+ing",
        r"how many (?:more )?times (?:do|must|have|will|did) (?:i|we)",
        # "Late again?", "This again?", not "…could you look at the schedule again?" (walkthrough
        # 63: a polite ask to look once more)
        r"(?:late|wrong|missing|broken|down|behind|forgot|forgotten|this|that|you|short|lost|off|"
        r"sick|out|empty|over|^\w+)\s+again\s*\?+$",
        r"still\s*\?+$", r"or not\s*\?+$", r"still waiting", r"once again",
        r"yet again", r"how many more",
        r"(?:second|third|fourth|fifth|tenth|\d+(?:st|nd|rd|th)) time",
        r"like i (?:asked|said)", r"still here\s*\?", r"yet\s*\?+$",
        r"asked (?:you )?(?:twice|two|three|four|five|several|many|\d+)(?: times)?",
        r"(?:which|what) (?:part|bit) of\b[^?]{0,200}\b(?:not|n'?t)\b"),
)  # fmt: skip


# "Move this into a helper?": an instruction asked as a question proposes; they can say no.
PROPOSES = "proposes an action as a question: they can say no"

# A question that only asks them to account for their work ("Where is the code?", "Is this
# used?") offers nothing: no proposal, no "we", no softening. Between peers in writing it reads
# as a challenge (politeness research: the direct question), not as an invitation.
ACCOUNT_FOR = re.compile(r"(?:what|where|when|who|which|is|are|was|were|does|do|did|has|have)\b")
OFFERS = compile_at_word_starts(
    r"\b(?:could|would|should|can|may|might|shall|we|us|our|let'?s|about|instead|rather|happen to|"
    r"better|prefer|maybe|perhaps|suggest|consider(?:ed)?|tried|try|thought|possible|worth|"
    r"please|thanks?|help|mind|if|or|free|available|options?|ideas?|thoughts?|views?|"
    r"you (?:think|feel|reckon|suggest|propose|recommend|prefer|want|need))\b"
)

ASKS_HELP = compile_at_word_starts(r"\b(?:i|me|my)\b")

# Where a part of a clause starts: after ";" or ":" ("The old layout was better; move the shelves
# back"), after a dash ("his line needs covering – can you take it?"), and after a filler before
# an ask where speech runs on with no full stop (blind review 54: "…that can't move um could you
# take the lead…")
PART_BREAK = re.compile(
    r"[;:]\s+|\s[–—-]\s|\s+(?:um+|uh+|erm+|so yeah)\s+(?=(?:could|would|can|will) you\b)"
)


# Words that name a rule of the world, not the end of the discussion, when the how stays theirs
FIXED = frozenset(
    {
        "mandatory",
        "non-negotiable",
        "nonnegotiable",
        "not negotiable",
        "isn't negotiable",
        "isnt negotiable",
        "is not negotiable",
        "it's not negotiable",
        "its not negotiable",
    }
)


HEARD = re.compile(
    r"(?:^|,\s*)(?:ok|okay|alright|right|yeah|understood|got it|clear|any questions)\s*\?+\s*$|"
    # blind review 54: "Is it clear?", "Did you understand?"
    r"^(?:is (?:it|that|this|everything|all that) clear|(?:do|did) you (?:understand|get it)|"
    r"(?:does )?that make sense|(?:do you have )?any questions)\s*\?+\s*$"
)
# A time offered as the only choice: "on Monday or on Tuesday next week", "tonight or first thing
# tomorrow morning", "from 1 to 3, or from 1 to 5", "this week or next week"
SLOT = (
    r"(?:(?:on|at|by|in|from|for|over) )?(?:the )?(?:first thing )?(?:(?:this|next|tomorrow) )?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)? ?(?:am|pm)?(?: (?:to|-|till|"
    r"until) \d{1,2}(?::\d\d)? ?(?:am|pm)?)?|morning|afternoon|evening|today|tomorrow|tonight|week|"
    r"weekend|month)(?: (?:next|this) (?:week|month)| morning| afternoon| evening)?"
)
ONLY_WHEN = "assumes the yes and offers only the when"
# "Would you rather use my template or the old one?": a pick of things, not of times
ONLY_WHICH = "assumes the yes and offers only a pick"
# a time either side of the "or" ("on Mondays or on Tuesdays", "after lunch or from two
# o'clock"), not "my template or the old one for next month's schedule"
A_TIME = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tomorrow|tonight|mornings?|"
    r"afternoons?|evenings?|lunch|weekends?|o'?clock|noon|midday|first thing|later|"
    r"\d{1,2}(?::\d\d)? ?(?:am|pm)|this week|next week)\b"
)
# What after "or" gives the whether back: "…or not?", "…or is this week too much?", "…or would
# you rather I asked someone else?", "…or something else?"
WHETHER = (
    r"(?:not|no|neither|none|nothing|i|me|we|us|is|are|was|would|could|should|shall|can|do|does|"
    r"will|if|something|some ?(?:one|body)|any\w*|else|other\w*|rather|perhaps|maybe|skip|pass)\b"
)
# Signed up for it, unless the sentence waits for their yes: "I'll put your name down", "I'll add
# you to the rota" (not "If you're up for it, I'll put your name down", "…unless Tuesday is bad").
SIGNS_UP = cue(
    "decided",
    "decided for them before asking",
    r"i(?:'ll| will|'m going to| am going to|'m gonna) (?:just )?(?:go ahead and )?(?:(?:put|"
    r"pencil|write|jot|stick|sign|book|enrol+|register|schedule|rota|roster) (?:you|your name) "
    r"(?:down|in|up)(?! touch)|(?:add|put|write|book|sign|enrol+) (?:you|your name) (?:to|on|onto|"
    r"for|in|into) (?:the|my|our|this|that|next|\w+'s) (?:\w+ )?(?:rota|roster|list|schedule|"
    r"calendar|diary|plan|sheet|board|shift|team|course|training|audit|committee|panel|group)|"
    r"(?:assign|volunteer|rota|roster) you)",
)
WAITS_FOR_YES = compile_at_word_starts(
    r"\b(?:if|unless|once|should|when) (?:you|that|it|this)\b|\bshall i\b"
)
# A reason said without "because": the shared goal ("we both want…"), what it would do ("it'll
# make your mornings easier"), what they would get, what you are tied up with ("…while I do the
# obs"). It weighs nothing by itself: it keeps a courtesy a courtesy, and a tip from asking why.
GIVES_REASON = compile_at_word_starts(
    r"\b(?:we (?:both|all) (?:want|need|hate|care about|value)|we'?re both|both our interests|"
    r"our shared goal|"
    r"(?:it'?ll|it will|it would|it'?d|that'?ll|that would) (?:help|make|give|save|put|be good|"
    r"take a load|cut|mean)|you'?d get|good for your|for the good of|(?:is|are) costing us|"
    r"(?:would|will|it'?d|it) helps? (?:both of us|us both|us|me|the team)|helps? (?:me )?a "
    r"lot|(?:is|are) killing|we lose|(?:costs?|hurts?|hits?) (?:us|the|both)|win-win|"
    r"while (?:i|i'?m|i am)\b|(?:our|the) (?:goal|aim)s? (?:is|are) the same|(?:the )?same "
    r"(?:goal|aim)|"
    # the context that makes it needed (blind review 48): "so I have time to review it", "with
    # the inspection coming up", "Felix has gone home", "the pack goes out on Monday", "it's due
    # to the board", "it doesn't work for the bank holiday", "to avoid the usual panic"
    r"so (?:that )?(?:i|we|you|they) (?:have|can|get|'ve|'ll have)|with (?:the |a |an |our )?"
    r"(?:[\w'-]+ ){1,3}coming up|(?:has|have) gone home|called in sick|(?:is|are|\w+'s|\w+'re) "
    r"(?:off sick|out sick|on leave|in hospital)|(?:goes|go|went) out (?:on|by|before|tomorrow|"
    r"today|this|next)|(?:is|are|\w+'s|\w+'re) due\b|(?:doesn'?t|does not|won'?t|will not) "
    r"(?:really )?work (?:for|with)|to avoid|so (?:we|i|you) (?:don'?t|avoid|aren'?t)|"
    # a deadline of the world's (walkthrough 54): "payroll closes then", "as payroll needs it",
    # "because of payroll"
    r"(?:payroll|the (?:client|audit|board|inspection|deadline|system|office|warehouse|shop|"
    r"budget|rota|portal)) (?:closes|shuts|locks|needs it|goes|starts|opens|is due)|"
    r"(?:as|because|since) (?:of )?(?:payroll|the (?:client|audit|board|inspection))\b|"
    # a rule of the world's, the fixed constraint lesson 04 says to state plainly (walkthrough
    # 71): "It's a legal requirement", "the law says so", "the regulator needs it"
    r"(?:it'?s|it is|that'?s|this is) (?:a )?(?:legal|regulatory|statutory|safety|contractual|"
    r"compliance|insurance) (?:requirement|obligation|rule)|required by (?:law|the regulator|"
    r"our insurer|the contract)|(?:the )?law (?:says|requires)|(?:the )?regulator (?:needs|wants|"
    r"requires))\b"
)
# "Can you train the new hires next week? Thanks.": the thanks closes a bare yes/no request
# before they answer. Courtesy when the request leaves room, gives a reason or is put to anyone
# ("Could someone take a look? Thanks!", "…when you're free? Cheers").
THANKS_ONLY = re.compile(
    r"^(?:thanks|thank you|thx|cheers|ta|many thanks|much appreciated|(?:i )?appreciate it|"
    # blind review 52: "Thanks in advance!", "I'd really appreciate it. Thanks so much!"
    r"i(?:'d| would) (?:really |so )?appreciate (?:it|that))"
    r"(?: (?:so much|a lot|very much|again|in advance))?"
    r"\s*[.!]*$"
)
ASKS_YES_NO = re.compile(r"(?:can|could|will|would) (?:you|u)\b")
IN_A_THREAT = frozenset(
    {"r_hedge", "r_way_out", "r_we_could", "r_would_be_good", "r_check_in", "r_fits_you"}
)
LEAVES_ROOM = frozenset(
    {"r_way_out", "r_check_in", "r_fits_you", "r_reason", "r_offer", "r_sorry", "r_together",
     "r_hedge", "r_would_be_good", "r_we_could", "r_should_we"}
)  # fmt: skip


def _thanks_before_the_answer(said: list[str], found: dict[str, Fired], text: str) -> bool:
    """Whether a bare yes/no request is thanked at once, as if the yes were given."""
    if len(said) < 2:  # a thanks and a question before it, at least
        return False
    thanked = 0
    while thanked < min(2, len(said) - 1) and THANKS_ONLY.match(said[-1 - thanked].strip()):
        thanked += 1
    asked = said[-1 - thanked]
    if not thanked or not asked.endswith("?"):
        return False
    thanks = " ".join(said[-thanked:])  # "I'd really appreciate it" leaves no room
    room = [name for name in found.keys() & LEAVES_ROOM if found[name].words not in thanks]
    bare = not room and not GIVES_REASON.search(text)
    return bare and bool(ASKS_YES_NO.match(strip_lead_in(asked)))


# Closers that only make sense within one sentence (its start or its end); the rest are read
# once over the whole text, where they may also span two sentences.
IN_A_SENTENCE: tuple[Cue, ...] = (
    cue("closes", "closes the discussion", r"\bunderstood\s*\?\s*$"),
    # only when, never whether: "Would you rather train them on Monday or Tuesday?"
    cue(
        "only_when",
        ONLY_WHEN,
        rf"{SLOT},? or {SLOT}\s*\?\s*$",
        # blind review 52: "Would you prefer to redo it tonight or first thing tomorrow?",
        # "Would you rather take the Monday shifts or the Tuesday ones?" (not "…or would you
        # rather I did it?", "…or is this week too much?", "…or not at all?": whether is asked)
        rf"(?:would|do) you (?:rather|prefer)(?: to)? (?![^?]{{0,140}}\bor {WHETHER})[^?]{{1,80}}? "
        r"or [^?]{1,60}\?",
        # walkthrough 54: "You can either do the report tonight or over the weekend, your choice."
        rf"you can (?:either )?[^?.!]{{1,60}}? {SLOT},? or {SLOT},? (?:it'?s )?(?:your (?:choice|"
        r"call)|up to you)",
    ),
    cue(
        "tag_order",
        "an order with a question tagged on",
        r"^[^?]*[a-z],\s*(?:would|will|could|can) you\s*\?\s*$",  # "Train them, would you?"
        # "You'll own the test plan, won't you?": told, then a tag to agree with (walkthrough 73)
        r"^[^?]*\byou(?:'ll| will)\b[^?]*[a-z],\s*(?:won'?t|will not) (?:you|we)\s*\?\s*$",
    ),
    # walkthrough 71: "…Also, I noticed your reports are late again." (lesson 07's Harriet)
    cue(PILES_ON, "a second criticism piled on: the request gets lost", PILES_ON_PATTERN),
)


# Ways out that only leave the choice between the options offered: "either works for me",
# "whichever suits you", "whenever suits"
WHICH_OF_TWO = re.compile(r"(?:either|which|what|how|when)ever\b|either\b|up to you\b")


def request_cues(text: str) -> list[Fired]:
    """The cues in a normalised ``text``: how each clause opens, and phrases anywhere."""
    found: dict[str, Fired] = {}
    said = sentences(text)
    for sentence in said:
        # "Redo it by tomorrow, ok?", "Any questions?": a check that they heard, no room to answer
        asks = sentence.endswith("?") and not HEARD.search(sentence)
        for part in (p for clause in clauses(sentence) for p in PART_BREAK.split(clause)):
            for item in fire(OPENING, strip_lead_in(part)):
                if item.name == "r_imperative" and asks:
                    item = Fired("r_proposes", PROPOSES, item.words)
                elif item.name == "r_should_we" and YOUR_IDEA.match(strip_lead_in(part)):
                    item = Fired(item.name, IDEA_ASKED, item.words)  # "What if you came in…?"
                found.setdefault(item.name, item)
        for item in fire(ANYWHERE + IN_A_SENTENCE, sentence):
            if item.name == "r_would_be_good" and item.words.startswith("have you"):
                item = Fired(item.name, IDEA_ASKED, item.words)  # as lesson 07 names it
            found.setdefault(item.name, item)
        if not WAITS_FOR_YES.search(sentence):
            for item in fire((SIGNS_UP,), sentence):
                found.setdefault(item.name, item)
        for item in fire(ON_THE_SPOT, strip_lead_in(sentence)):
            found.setdefault(item.name, item)
        if asks:
            found.setdefault("r_question", Fired("r_question", "a question: room to answer", ""))
        match = FLAGS["hostile"][0].search(sentence)
        if match:
            words = match.group(0).strip(" ,.!?")
            why = "a question that blames" if sentence.endswith("?") else "blames them"
            found.setdefault("r_blame", Fired("r_blame", why, words))
    asked = [sentence for sentence in said if sentence.endswith("?")]
    question = strip_lead_in(asked[-1]) if asked else ""
    # "Where can I find…?" asks for help; "I checked all of them" after the question offers nothing
    # …nor "Is that ok?", which checks whether it works for them
    checks = {"r_check_in", "r_fits_you"} & found.keys()
    offers = OFFERS.search(text) or ASKS_HELP.search(question) or checks
    if ACCOUNT_FOR.match(question) and not offers:
        why = "asks them to account, offering nothing"
        found.setdefault("demands", Fired("demands", why, first_words(question)))
    for item in fire(CLOSERS, text):  # what takes the choice back may span two sentences
        found.setdefault(item.name, item)
    walks = found.get(WALKS_AWAY)
    stays = found.keys() & {"r_offer", "r_check_in", "r_fits_you"}
    if walks and re.fullmatch(DO_AS_YOU_LIKE, walks.words) and stays:
        del found[WALKS_AWAY]
    elif walks:
        found.pop("r_way_out", None)  # "whatever you think" is no way out when you walk away
    for item in fire((SWEARING, PERSON_LABEL), text)[:1]:
        found.setdefault(
            "scorns", Fired("scorns", "scorn: swearing or a label for them", item.words)
        )
    if _thanks_before_the_answer(said, found, text):
        thanks = said[-1].strip(" .!")
        found.setdefault("presumes", Fired("presumes", PRESUMES, thanks))
    presumed = found.get("presumes")
    if presumed and "r_thanks" in found and found["r_thanks"].words in presumed.words:
        del found["r_thanks"]  # "Thanks for your cooperation" is no appreciation
    # "If you don't, I'm not sure how I'd explain it at your review": the hedge, and the "if
    # not", are the threat's, no room to disagree
    threat = found.get("threatens")
    for name in IN_A_THREAT & found.keys() if threat else ():
        if found[name].words in threat.words:
            del found[name]
    way_out = found.get("r_way_out")
    # "…today or tomorrow? no rush": the whether is theirs too (not "either works for me",
    # "whichever suits you": the choice between the two, again)
    if way_out and not WHICH_OF_TWO.match(way_out.words):
        found.pop("only_when", None)
        found.pop("tag_order", None)  # "calls need cover this pm, can you? if not, no stress"
    elif way_out and "only_when" in found:
        del found["r_way_out"]  # no way out of the yes
    picked = found.get("only_when")
    at = picked.words.find(" or ") if picked else -1
    if picked and not A_TIME.search(picked.words[max(at - 30, 0) : at + 30]):
        found["only_when"] = Fired("only_when", ONLY_WHICH, picked.words)
    # What cannot move, then the how left to them ("The harness check is non-negotiable. How you
    # run the talk is yours: what would make it work?"): lesson 04's partnering, not a closing
    closes = found.get("closes")
    open_how = found.keys() & {"r_check_in", "r_fits_you", "r_way_out"}
    open_how = open_how and "r_need_you" not in found
    if closes and closes.words in FIXED and open_how:  # not "…and I want you to do it"
        del found["closes"]
    return list(found.values())
