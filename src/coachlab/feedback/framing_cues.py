"""What a trainer listens for in how someone frames a situation: influencing it, or reacting.

The article wants coaching "to change employees' patterns of reacting to situations to a more
'proactive' style of influencing events". Proactive cues: a commitment, a next step, what is in
one's hands, learning for next time, seeing a chance to grow. Reactive cues: what is done to the
speaker, helplessness, blame, complaint, giving up, waiting to be told. Feelings are not the
verdict: "This is hard and I'm tired, so tomorrow I'll ask for help" is proactive; a calm "Not
my call, I'll wait" is reactive. Weights are fitted (``make train``).
"""

from __future__ import annotations

import re

from .cues import Cue, Fired, cue, fire
from .text import DAY, MOCKERY, WHEN, clauses, sentences
from .word_start import compile_at_word_starts

# "I can't wait until…" is eagerness, not waiting on others
NOT_EAGER = r"(?<!can't )(?<!cant )(?<!cannot )"
# What ends on a step, and what ends on the limit ("…but it's out of my hands")
STEPS = frozenset({"f_commit", "f_can", "f_plan", "f_acted", "f_doing"})
LIMITS = frozenset(
    {"f_helpless", "f_complain", "f_blame", "f_waiting", "f_sits_out", "f_hands_off"}
)
# Whoever else might act: "someone from management", "head office", "IT", "the landlord"
ELSEWHERE = r"(?: (?:from|in|at|upstairs|else|higher up)(?: [\w'-]+){0,2})?"
OTHERS = rf"(?:someone|somebody|management|head office|hr|they|it|the [\w'-]+){ELSEWHERE}"
# Departments named without "the": "purchasing should have…", "finance needs to…"
DESKS = r"purchasing|procurement|finance|payroll|facilities|logistics|accounts|it support"
# Where holding out ends, not a task that follows ("power through the backlog" is a step)
HOLDS_OUT = r"(?=\s*(?:[.!?,;]|$|it\b|this\b|and\b|the (?:day|week|shift|weekend|month)\b))"
# What "I'll…" may promise that is no step of one's own (lesson 03: "write it as a commitment"):
# an effort ("I'll do my best", "I'll work harder"), a mood ("I'll try not to let it get to me",
# "I'll stay positive"), or holding out ("I'll keep coping", "we'll manage").
EFFORT_OR_MOOD = (
    r"(?:try (?:to |and )?)?(?:"
    # an effort
    r"(?:do|try) (?:my|our) (?:best|utmost|hardest)|(?:try )?(?:even )?harder|work (?:even )?"
    r"(?:harder|longer|faster|late|extra|twice as hard|over the weekend|weekends)|push "
    rf"(?:myself |ourselves )?(?:harder|on{HOLDS_OUT}|through{HOLDS_OUT})|push (?:myself|"
    r"ourselves)|put in (?:more|extra|longer) (?:\w+ )?(?:effort|hours|time)|give (?:it )?"
    r"(?:more|my all|our all|110|100|everything)|pull (?:my|our) (?:weight|socks up)|"
    # holding out
    r"keep (?:doing (?:my|our) (?:best|utmost|bit)|coping|going|plodding|soldiering|struggling|"
    r"muddling|pushing|at it|trying|calm|"
    # enduring it (review 46): "I'll keep putting up with the noise, I suppose"
    r"putting up with|living with|tolerating|"
    rf"smiling|my head up|our heads up)|(?:soldier|plod|press) on{HOLDS_OUT}|hang in(?: there)?|"
    rf"power through{HOLDS_OUT}|grin and bear it|get through (?:it|this|the (?:day|week|weekend|"
    r"shift))|cope|manage(?=\s*(?:[.!,;]|$| somehow| anyway| fine| ok| okay))|get by|make do|"
    r"muddle (?:through|on)|(?:keep )?apologi[sz](?:e|ing)(?: to (?:the |our |my |any |all "
    r"|every )?(?!(?:the|our|my|any|all|every)\b)[a-z]+)?|"
    # watching (blind review 48): "I'll keep an eye on it and see how it goes"
    r"keep an eye on (?:it|this|that|things|them)|see how (?:it|things|that) go(?:es)?|"
    r"monitor (?:it|this|that|things|the situation)|"
    # a mood
    r"not (?:to )?(?:let (?:it|this|that|them|things|the [\w'-]+(?: [\w'-]+)?) (?:get to|get|"
    r"bother|stress|upset|annoy)(?: (?:me|us))?(?: down| out)?|worry|stress|panic|take it "
    r"personally|lose (?:my|our) (?:temper|cool|head))|(?:stay|keep|remain|be) (?:more )?"
    r"(?:positive|calm|patient|strong|focused|sane|cool|upbeat|optimistic|zen|proactive|"
    r"organi[sz]ed|on top of (?:it|things)|flexible|understanding)|keep (?:my|our|a) "
    r"(?:cool|chin up|spirits up|sanity)|keep (?:[\w'-]+ ){0,2}(?:spirits|morale) (?:up|high)|"
    # accepting what comes (blind review 54): "I will try to accept it, this is how it is"
    r"accept (?:it|this|that|things|the (?:situation|changes?|decision))|"
    # a bare try, and a resolve no one could see kept (walkthrough 65): "I'll try.", "I'll stop
    # reacting."
    r"try(?=\s*(?:[.!…]|$))|stop (?:reacting|overreacting|being (?:so )?reactive))"
    # unless a step follows: "I'll do my best to call all six by Friday", "power through and
    # finish the essays"
    # (nor "…and we'll just see how busy it gets", "…to work around it": blind review 50)
    r"(?!,? (?:and|to|by) (?!(?:to )?(?:keep|stay|be|remain|cope|try|not|hope|see|just|wait|we'?ll|"
    r"we will|work around|deal with|get through|manage)\b)[a-z]+)"
)
# Where a shrug ends: "what else can I do lol", "I'll work harder, I guess."
SHRUG_ENDS = r"(?=\s*(?:[.!?…]|lol|lmao|tbh|really|though|anyway|haha|🤷|$))"
# "I'll", "we'll", "I'm going to"… as the learner types them
WILL = (
    r"(?:(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to|'m gonna|"
    r" plan to| intend to| aim to)"
    # typed without the apostrophe (blind review 48: "ill meet their lead on wednesday")
    r"|ill(?= (?:meet|ring|call|phone|ask|talk|speak|book|set up|sort|send|check|email|draft|"
    r"write|raise|agree|arrange|organi[sz]e|chase|fix|review|update|plan|schedule|bring|put)\b))"
)
WILL_STEP = compile_at_word_starts(rf"\b{WILL}\b")
PARTS = re.compile(r"[.!?;:,\n]|\s(?:and|then|but|first)\s")
CUES: tuple[Cue, ...] = (
    cue(
        "f_commit",
        "commits to an action",
        # an effort or a mood is no step: "I'll do my best", "I'll try to stay positive"
        rf"{WILL}(?! (?:just|probably|never|not|wait|see if|hope|complain|quit|give up|lose|die|"
        r"cry|fail|explode|need|have|see|get to it|do what|do it|survive|keep my head down|"
        # the same again at the same people is no new step (blind review 52)
        r"continue to (?:raise|complain|moan|nag)(?: it| this)? (?:with|to|at) (?:them|him|her)|"
        r"remind (?:them|him|her) again|"
        r"keep our heads down|look into it|try to (?:be|keep|stay|remain|cope)|keep complaining|"
        r"sit "
        rf"tight|sit it out|ride it out|lie low|lay low|be more|{EFFORT_OR_MOOD})\b)",
        r"let me",
        # a note to self without the "I": "Will speak to finance next week + send them a list"
        r"^will (?!(?:not|never|have to|see|probably|just|wait|hope)\b)\w+",
        r"let'?s(?! (?:just|not|wait|sit|ride|see what|lie low|lay low|keep our heads))",
        # typed without the apostrophe: "ill phone them", not "ill" as in unwell
        rf"ill (?!{EFFORT_OR_MOOD})(?=(?:call|phone|ring|ask|send|book|email|talk|speak|set|sort|"
        r"make|write|get|put|try|check|start|fix|look|meet|move|bring|take|keep|do|go|run|plan|"
        r"draft|block|find|cover|swap|borrow|train|share|raise|follow)\b)\w+",
        # or any verb, where "ill" starts the clause: "short again. ill rework the rota tonight"
        r"(?:^|(?<=[.,;!?] )|(?<=\bso )|(?<=\bthen )|(?<=\band )|(?<=\bbut ))ill (?!(?:today|"
        r"again|with|and|or|so|for|at|in|on|all|since|health|be|feel|person|people|patients?|"
        rf"effects?|advised)\b)(?!{EFFORT_OR_MOOD})[a-z]+",
        r"starting (?:this|next|tomorrow|today|monday)",
        # already doing it: "I'm calling the patients myself today"
        # a plan written as a list (blind review 52): "My plan:\n• offer extra shifts by tonight"
        r"(?:^|(?<=\n))[ \t]*(?:[•*–-]|\d{1,2}[.)])[ \t]*(?:call|phone|ring|ask|send|book|email|"
        r"talk|speak|set up|sort|make|write|get|put|check|start|fix|meet|move|bring|take|keep|"
        r"offer|close|open|run|plan|draft|block|find|cover|swap|borrow|train|share|raise|follow "
        r"up|review|update|arrange|organi[sz]e|chase|schedule|agree|print|post|text|add|log|list|"
        r"track|split|hire|source|order|escalate|prepare|contact|invite|test|try)\b",
        r"(?:i|we)'?(?:m| am| are|re) (?:\w+ing)\b(?:[^.!?]{0,200})\b(?:today|tomorrow|tonight|"
        r"this "
        rf"(?:week|morning|afternoon)|now|myself|ourselves|(?:on|to|by|from|next|this) {DAY})\b",
    ),
    cue(
        # "I'll do my best", "I'll try not to let it get to me", "I'll keep coping": no step of
        # one's own, however committed it sounds. A rule (RULES in framing.py): the reframes the
        # data learns from often say just this.
        "f_effort",
        "an effort or a mood, not a step of your own",
        rf"{WILL} (?:just |probably |simply |still |really )?{EFFORT_OR_MOOD}",
    ),
    cue(
        "f_obliged",
        "says what you have to do",
        r"(?:i|we) (?:need|have|got|gotta) to",
        r"(?:i|we)(?:'ve| have) got to",
        r"i must",
        r"i should",
    ),
    cue(
        "f_keep_going",
        "keeps going",
        r"keep (?:going|trying|working|studying|pushing|at it|on)",
        r"get (?:through|on with)",
        r"take (?:it|things) (?:one|step)",
        r"try (?:again|harder)",
        r"do (?:my|our) best",
        r"give it (?:my|our) (?:all|best)",
        r"determin\w+",
        r"brave",
        r"confiden\w+",
    ),
    cue(
        "f_outlook",
        "expects it to turn out well",
        r"will be (?:ok|okay|alright|all right|fine|good|great|worth)",
        r"i'?m sure",
        r"ready (?:to|for)",
        r"deserve",
        r"enjoy\w*",
        r"relax\w*",
        r"(?<!not )(?<!n't )calm",
        r"(?<!not )(?<!n't )fun",
        r"(?<!not )(?<!n't )great",
        r"(?<!not )(?<!n't )good",
        r"(?<!not )(?<!n't )nice",
        r"love",
        r"(?<!not )(?<!n't )happy",
        r"refresh\w*",
        # being patient, not "patients" nor "every patient we've lost" (blind review 54)
        r"(?:be|being|stay|staying|remain|keep|i'?m|we'?re|am|are) (?:more )?patient|patience",
    ),
    cue(
        "f_swear",
        "swears",
        r"f+u+c+k\w*",
        r"shit\w*",
        r"damn",
        r"crap",
        r"wtf",
        r"omg",
        r"hell",
        r"bitch\w*",
        r"ffs",
        r"pissed",
    ),
    cue(
        "f_can",
        "looks at what could be done",
        r"(?<!nothing )(?<!not much )(?<!else )(?<!what )(?<!nothing more )(?:i|we) (?:can|could)"
        r"(?: still| at least)? (?!not|never|n't)\w+",
    ),
    cue(
        # The words lesson 03 teaches ("What I can do is…"): a rule (RULES in framing.py), as
        # stressed posts say "I can…" as often as the reframes do.
        "f_in_my_hands",
        "looks at what is in your hands",
        r"what (?:i|we) can (?:actually |really |still )?(?:do|change|control)",
        # not "The fix isn't in my hands" (blind review 58): that names the limit
        r"(?<!not )(?<!n't )(?<!neither )(?<!nor )in (?:my|our) (?:control|hands|power)",
        r"up to (?:me|us)",
        r"(?:my|our) part",
        r"my choice",
    ),
    cue(
        "f_acted",
        "has already acted",
        r"(?:i|we)(?:'ve| have) (?:already |just )?(?:started|booked|drafted|sent|asked|called|"
        r"emailed|fixed|added|spoken|talked|written|made|set up|signed up|found|decided|"
        r"reached out|begun|planned|applied|practiced|practised|learned|learnt)",
        # any step already taken: "I've already mapped which days…", "we've already rung them"
        r"(?:i|we)(?:'ve| have) already (?:(?!(?:complain|moan|whing|grumbl|wait|tri|vent|rant|"
        r"nagg|beg|plead|warn|cri|panick|freak|worri|stress|fail|di|scream|yell|sigh)\w*\b)\w+ed|"
        r"rung|built|written|done|set up|put|sent|spoken|made|taken|told|found|got)",
    ),
    cue(
        # A fallback of one's own ("I'll ask for a temp, and if they say no, I'll cut the hours"):
        # the step does not hang on their answer. A rule (RULES in framing.py): the posts and
        # reframes the data learns from hardly have one.
        "f_fallback",
        "has a fallback of your own if it does not work",
        r"(?:if (?:\w+ ){1,2}(?:says? no|refuses?|fails?|(?:doesn'?t|don'?t|didn'?t|won'?t|"
        r"can'?t|cannot|does not|do not|did not|will not|can not)(?: [\w'-]+){1,4})|if not|"
        r"failing that|otherwise|if that fails),? (?:then )?(?:i|we)(?:'ll| will)(?! (?:(?:just|"
        r"literally|probably|simply|really|definitely) )*(?:be|cry|die|lose|never|not|have to|"
        r"need|hope|panic|give up|quit|explode|scream|freak)\b)",
    ),
    cue(
        "f_did",
        "says what you did",
        r"(?:i|we)(?:'ve| have)? (?:already |just )?(?:\w+ed|wrote|put|found|made|set|sent|took|"
        r"got|spoke|built|ran|began|brought|did|drew|split|issued|wrote up)(?! (?:to|that|me)\b)",
        r"^(?:found|fixed|signed up|decided|printed|booked|drafted|sent|called|started|finished|"
        r"added|updated|wrote|going to|gonna)",
    ),
    cue(
        "f_doing",
        "is doing it now",
        r"i'?m (?!(?:going|not|sure|so|just|tired|sick|done|"
        r"stuck|waiting|afraid|scared|worried|dreading|struggling|drowning|panicking|losing|"
        r"failing|crying|freaking|hating|dying|burning|sinking|suffering|"
        r"complaining)\b)\w+ing",
        r"\w+ing (?:it )?now",
        r"on it",
    ),
    cue(
        "f_own",
        "owns their part",
        # not what lands on me: "the timetable changes land on me every Monday"
        r"(?:that|it|this|the rest)(?: one)?(?:'s| is| was) (?:\w+ )?on me",
        r"(?<!not )(?<!n't )(?<!never )my (?:mistake|bad|fault|end|error)",
        r"that'?s (?:mine|on me)",
        r"i should(?:'ve| have)",
        r"i (?:missed|dropped|forgot)",
        r"i own",
    ),
    cue(
        "f_ask_to_act",
        "asks to do something",
        # not asked as a shrug: "what else can I do lol" (see f_helpless)
        r"(?<!else )(?<!more )can (?:i|we) (?!not|n't)\w+",
        rf"(?<=else |more )can (?:i|we) (?!do{SHRUG_ENDS})\w+",
        r"what can i do",
        r"i'?d (?:rather|like to)",
        r"my (?:plan|goal) is",
    ),
    cue(
        "f_learn",
        "learns and grows from it",
        r"learn(?:ed|ing|t)?",
        # not the problem growing: "the list is growing", "a growing backlog"
        r"(?<!is )(?<!are )(?<!keeps )(?<!keep )(?<!a )grow(?:th|ing)?",
        r"improv(?:e|ed|ing|ement)",
        r"lesson",
        r"opportunit(?:y|ies)",
        r"chance to",
        r"experience",
        r"stronger",
        r"better (?:at|next)",
        r"progress",
        r"develop",
        # not the "practice manager" or "practice nurse": a surgery's job titles
        # (nor the dental practice: "the late running at the practice")
        r"(?<!the )(?<!our )(?<!this )(?<!a )(?<!my )(?<!your )(?<!their )"
        r"practi[cs]e(?! (?:manager|nurse|staff|team|lead|partner|owner|area|meeting)s?\b)",
        r"skill",
        r"challenge",
        r"figure (?:it )?out",
        r"(?:i|we)(?:'ll| will)? get better",  # growing, not "hope things get better"
        r"work on",
    ),
    cue(
        # Not learning in itself (walkthrough 58: "From now on I'll just keep my head down" was
        # said to learn and grow): a turn to what comes next, weighed on its own
        "f_ahead",
        "looks ahead",
        r"next time",
        r"going forward",
        r"from now on",
        r"in (?:the )?future",
    ),
    cue(
        "f_plan",
        "names a concrete next step",
        # planning language, not a date or a to-do list on its own ("my exam is tomorrow", "my
        # list is endless" are how stressed posts talk too)
        r"(?:my|a|the|our) plan (?:is|to|for)",
        r"plan(?:ning)? to",
        r"(?:next|first|one) step",
        r"(?:my|our|the) plan\s*:",
        r"first thing",
        r"(?:make|made|making|write|wrote|draw up|drew up) (?:a|my) (?:list|plan|schedule)",
        r"set (?:a |some |my )?goals?",
        r"focus on",
        r"prioriti[sz]e",
        r"one (?:thing|step) at a time",
    ),
    cue(
        "f_ask_help",
        "asks for help or input",
        r"ask (?:for|my|the|them|him|her|someone)",
        r"reach out",
        r"talk to",
        r"get (?:some )?help",
        r"support",
    ),
    cue(
        "f_positive",
        "sees something good in it",
        r"at least",
        r"grateful",
        r"thankful",
        r"lucky",
        r"glad",
        r"proud",
        r"hope(?:ful)?",
        r"excited",
        r"look(?:ing)? forward",
        r"worth it",
        r"good thing",
        r"positive",
        r"i (?:know|believe) i can",
        r"i got this",
        r"motivat\w+",
    ),
    cue(
        "f_helpless",
        "nothing in your hands",
        r"nothing (?:i|we) can (?:really |actually )?do",
        r"(?:i|we) can'?t (?:do|change|help|fix|control|stop|win)",
        r"no (?:point|use|choice|way|idea what)",
        r"out of (?:my|our) (?:hands|control)",
        r"nothing else (?:is )?possible",
        # blind review 56: "I'll keep telling them, not that they ever listen", "since nothing
        # else will work"
        r"not that (?:they|he|she|anyone|anybody|it|management|head office) (?:ever |really )?"
        r"(?:listens?|cares?|matters?|helps?|changes? anything|reads? (?:it|them))",
        r"nothing else (?:will|would|is going to) work",
        # acceptance as the last word: "…because this is how the company is"
        r"(?:this|that|it)(?:'s| is) (?:just )?how (?:the company|it|things|this place|they) "
        r"(?:is|are|works?)\b",
        r"not my (?:call|job|problem|fault)",
        # blind review 58: "The fix isn't in my hands", "that isn't mine to fix"
        r"(?:not|isn'?t|aren'?t|wasn'?t) (?:really |entirely )?in (?:my|our) (?:hands|control|"
        r"power)",
        r"(?:not|isn'?t|aren'?t) (?:really )?(?:mine|ours) to (?:fix|sort|solve|change|decide)",
        # blind review 60: "…if head office won't give us more staff nothing will change", "so
        # honestly it's on her now. Nothing more I can do from my end."
        r"nothing (?:will|is going to|'s going to|would|is ever going to) (?:change|improve|get "
        r"better|happen)",
        r"nothing (?:more|else) (?:i|we) can (?:really |actually )?do",
        r"(?:it'?s|it is|that'?s|the ball'?s) (?:on|with|in) (?:her|him|them|head office|management"
        r"|hr)(?: now|(?= court))",
        r"what'?s the point",
        r"give up",
        r"hopeless",
        # "so we're not stuck", "so nobody's stuck in the stockroom" prevent it
        r"(?<!not )(?<!never )(?<!less )(?<!nobody's )(?<!no one's )(?<!nobody is )stuck",
        # what ends on the limit: "…but it won't change anything", "I'll cope somehow"
        r"(?:not|isn'?t) much point",
        r"not much (?:else )?(?:i|we|anyone|anybody) can (?:really )?do",
        r"won'?t (?:change|fix|make) (?:anything|a difference|any difference|much difference)",
        r"(?:i'?m|we'?re|i am|we are) not (?:bothering|going to bother)",
        r"(?:it'?s|that'?s|it is|that is) (?:really |actually |honestly )?(?:the )?(?:\w+'s|their|"
        r"his|her) (?:problem|job|fault)",
        # doubting it will help, at the end: "…, though I doubt they'll do anything"
        r"i doubt (?:they|it|anyone|anything|that|he|she|management|head office)(?:'?ll| will|"
        r" would|'d)?",
        r"(?:cope|manage|get by|muddle through) somehow",
        r"hands are tied",
        # a limit named: "it's head office's call" (then what you do matters: see limit_then_acts)
        r"(?:it'?s|that'?s|it is|that is) (?:up to )?(?:\w+'s|their|his|her|management'?s?) call",
        r"it(?:'s| is) what it is",
        r"(?:best|try|fine|ok|okay),? i suppose",
        # a shrug: "what else can I do", "…, I guess." at the end
        rf"what (?:else|more) (?:can|could) (?:i|we|anyone|you|one) (?:really |possibly )?do"
        rf"(?:{SHRUG_ENDS})",
        rf",? i (?:guess|suppose)(?:{SHRUG_ENDS})",
        r"will (?:just )?have to (?:grow|wait|live with it|put up with it|stay)",
        r"can'?t (?:take|handle|deal|cope|do this)",
        r"i don'?t know what to do",
        r"why bother",
        r"who cares",
        r"whatever",
    ),
    cue(
        "f_blame",
        "blames others or circumstance",
        # not a condition a plan allows for: "if they still don't answer, I'll go higher"
        r"(?<!\bif )(?<!\bunless )(?<!\bin case )(?<!\bwhen )(?:they|he|she|management|my boss|"
        r"the company|everyone|people|head office|hr|it|"
        r"the system|the \w+ team)(?: always| never| just| still)? (?:won'?t|don'?t|never|always|"
        r"keep|made me|make me|hasn'?t|haven'?t|doesn'?t)",
        r"their fault",
        # the cause put on people (blind review 52): "the late running is due to the hygienists"
        r"(?:is|are|was|were|comes?|came) (?:all |entirely )?(?:due to|down to|because of|from|"
        r"caused by) (?:the |those |my |our )?(?:\w+ )?(?:\w+ists|\w+ers|staff|team|management|"
        r"head office|hr|people|colleagues|them|him|her)\b",
        r"because of (?:them|him|her|my boss|management)",
        r"thanks to (?:them|him|her)",
        rf"some(?:one|body){ELSEWHERE} should",
        r"nobody (?:told|tells|cares|asked|asks|listens)",
        # what others should have done: "management should have bought a proper system"
        r"(?:they|he|she|management|my boss|the company|head office|hr|it|someone|somebody|"
        rf"the \w+|{DESKS}) should(?:n'?t)? have",
        # what others should do (review 44): "head office should hire more people", "purchasing
        # should find a better supplier"; not "we should", "I should", "it should be fine"
        rf"(?:they|management|my boss|the company|head office|hr|someone|somebody|{DESKS}|"
        r"the (?:\w+ )?(?:team|department|"
        r"office|board|director|supplier|council|landlord|client|agency)) (?:really |just "
        r")?(?:should|ought to|need to|needs to)(?! have)\b",
    ),
    cue(
        "f_complain",
        "a complaint: it changes nothing by itself",
        r"hate",
        r"sick of",
        r"tired of",
        r"fed up",
        r"ugh+",
        r"annoy\w*",
        r"(?:is|was|are|were|'s) the worst",
        r"worst (?:day|week|month|year|job|boss|ever|thing)",
        r"sucks?",
        r"can'?t stand",
        r"ridiculous",
        r"complain\w*",
        # blind review 54: "I'll let head office know again that we're not happy"
        r"(?:we'?re|we are|i'?m|i am|the team is|staff are|everyone is|people are) (?:really )?"
        r"(?:not happy|unhappy)",
        r"unfair",
        r"why me",
        r"fml",
        # "…broke again." complains; "…so it doesn't happen again." prevents
        r"(?<!happen )(?<!happens )(?<!occur )(?<!recur )again\W*$",
        r"as usual",
        r"typical",
        r"(?:like|as|same as) always",
        r"(?:it'?s|it is) the same every",
        # a verdict on the thing, not a step: "the canteen rota is a joke", "our IT is a disaster"
        r"(?:is|are|was|were|'s|'re) (?:a |an |such a |an absolute |a complete |a total )?(?:joke|"
        r"useless|disaster|mess|shambles|nightmare|farce|rubbish|hopeless|pointless)",
        r"here we go again",
        # the same again, at the same people (blind review 52): "I will continue to raise it with
        # them", "I'll remind them again that…"
        r"(?:continue|keep(?: on)?) (?:to )?(?:rais(?:e|ing)|chas(?:e|ing)|remind(?:ing)?|"
        r"complain(?:ing)?|nag(?:ging)?|moan(?:ing)?) (?:it |this )?(?:with|to|at) (?:them|him|her|"
        r"management|head office)\b",
        r"remind (?:them|him|her|management|head office) again",
        r"same old",
    ),
    cue(
        "f_distress",
        "describes being overwhelmed",
        r"stress\w*",
        r"anxi\w+",
        r"overwhelm\w*",
        r"exhaust\w*",
        r"tired",
        r"depress\w*",
        r"cry\w*",
        r"sad",
        r"upset",
        r"angry",
        r"scared",
        r"afraid",
        r"worr(?:y|ied|ying)",
        r"panic\w*",
        r"miserable",
        r"dread\w*",
        r"nervous",
        r"burn(?:ed|t) out",
        r"so much",
        r"too much",
        r"killing me",
        r"dying",
        r"hurt\w*",
        r"lonely",
        r"alone",
        r"(?:will|is going to|gonna) be (?:a )?(?:disaster|nightmare|hell|chaos)",
    ),
    cue(
        # Wishing the situation away ("I hope things get better") waits for it to change by
        # itself: reactive language, however hopeful it sounds. A rule (RULES in framing.py):
        # the reframes the data calls proactive often begin "I hope…".
        "f_wishes",
        "hopes it changes by itself",
        r"(?:i|we) (?:just |really )?hope (?:things|it|this|that|they|the \w+) (?:get|gets|will|"
        r"turn|turns|work|works|go|goes|improve|improves|change|changes|sort)",
        r"if only",
        # "I will hope for a better quarter", "Hopefully someone will pick up the shifts"
        r"(?:i|we)(?:'ll| will) (?:just |simply )?(?:hope|pray|keep (?:my|our) fingers crossed|"
        r"cross (?:my|our) fingers)",
        rf"hopefully {OTHERS} (?:will|'ll|can|gets?|sorts?|fix(?:es)?|picks?|steps?)",
        # whoever it is (blind review 48): "Hopefully one of the part-timers will volunteer",
        # "hopefully they'll turn up tomorrow"
        r"hopefully,? (?!i\b|i'|we\b|we')(?:[\w'-]+ ){0,4}?[\w-]+(?: will|'ll| can| gets?| "
        r"sorts?| fix(?:es)?| picks?| steps?| turns? up| comes? through| volunteers?)\b",
    ),
    cue(
        # A step for when there is time (walkthrough 60: "I might maybe try to look at the waiting
        # list at some point if I get time, possibly."): a wish, not a commitment. A rule (RULES
        # in framing.py).
        "f_someday",
        "a maybe or an if-there-is-time, not a commitment",
        r"(?:if|when|whenever|once) (?:i|we) (?:get|have|find|make) (?:the |some |a (?:bit of )?|"
        r"a spare )?(?:time|chance|minute|moment)",
        r"(?:i|we) (?:might|may|could) (?:maybe |possibly |perhaps )+(?:try|look|have a look|"
        r"think about|get round to)",
        r"(?:one day|someday|some day|at some point),? (?:i|we)(?:'ll| will| might| may| could)",
    ),
    cue(
        # Naming the reaction to move past it ("my first reaction was to complain, but…",
        # "complaining won't change it") is the turn the lesson teaches, not a complaint. A rule
        # (RULES in framing.py): the posts the data learns from rarely look back on themselves.
        "f_moves_past",
        "names the reaction and moves past it",
        r"(?:instead of|rather than|stop(?:ped)?|no (?:point|"
        r"use)) (?:in )?(?:just )?(?:complaining|moaning|"
        r"blaming|whining|venting|waiting|worrying)",
        r"(?:complaining|moaning|blaming|whining|venting|waiting|worrying)(?: about it)? "
        r"(?:won'?t|will not|doesn'?t|does not|isn'?t going to|is not going to) "
        r"(?:help|change|fix|solve|get)",
        r"my first (?:reaction|instinct|thought) was to",
        r"i used to (?:blame|complain|moan|wait|think)",
        # "…and I just react. I'll set up a log": the reaction named, then the step
        r"i (?:just |always |usually |only |tend to )?react(?:ed)?\b(?! (?:well|calmly|quickly))",
        r"i (?:admit|confess)",
        r"(?:i'?ve been|i have been|i was|i keep) (?:moaning|complaining|whining|venting)",
    ),
    cue(
        # "I'll wait for IT to fix it, and then I'll sort the list": the step waits on others.
        # A rule (RULES in framing.py): the reframes' "can't wait until…" blur "wait" in the data.
        "f_waits_first",
        "waits for others before acting",
        rf"{NOT_EAGER}wait (?:for|until|till|til) [^.?!]{{2,60}}?(?:,? and then|,? "
        r"then|before (?:i|we))\b",
        # blind review 58: "I'll ring IT every morning until they fix it, and then I can start"
        r"until (?:they|it|he|she|someone|somebody|management|head office|hr|the [\w-]+) "
        r"(?:finally |actually )?(?:fix|sort|get|do|reply|respond|answer|send|come)\w*\b"
        r"[^.?!]{0,40}?(?:,? and then|,? then)(?= (?:i|we)\b)",
        # the step after the fix: "I'm sure it will be sorted soon. Then I can get on top of the
        # list", "Once it's fixed, I'll catch up on the bookings"
        r"(?:sorted|fixed|resolved|back up|working again)(?: soon| by then| eventually)?[.!]?\s+"
        r"(?:and )?then (?:i|we) (?:can|could|'ll|will)\b",
        r"(?:once|as soon as) (?:it'?s|it is|they'?ve|they have|the [\w-]+ (?:is|'s|has been)) "
        r"(?:been )?(?:fixed|sorted|resolved|back up|working)\b[^.?!]{0,20}?,? (?:i|we)(?:'ll|"
        r" will| can)\b",
        # someone else's move first: "Someone from management should push IT to fix it, then we
        # can deal with the list", "IT needs to sort the printer first, then I'll…"
        rf"{OTHERS} (?:should|needs? to|ought to|has to|have to|must|will have to)(?: really| "
        r"just| first| finally)? [^.?!]{2,60}?(?:,? and then|,? then|before)(?= (?:i|we)\b)",
    ),
    cue(
        # Deciding to sit it out ("We'll wait and see", "I'll keep my head down until it blows
        # over") is the reactive stance lesson 03 teaches, however calm it sounds. A rule (RULES
        # in framing.py): in the posts the data learns from, "wait" is mostly for a train.
        "f_sits_out",
        "decides to wait it out",
        r"(?:i'?ll|we'?ll|i will|we will|i'?m going to|we'?re going to|i am going to|we are "
        r"going to|i'?m gonna|let'?s|let us|i'?d rather|i guess i'?ll) (?:just |probably |simply )?"
        r"(?:wait and see|wait (?:for|until|till|til|it out)|see what happens|sit (?:tight|it out|"
        r"this out)|ride (?:it|this) out|keep (?:my|our) heads? down|(?:lie|lay) low)",
        r"(?:we'?ll|i'?ll) (?:just )?(?:have to )?see\s*(?:[.!]|$)",
        r"(?:i'?m|i am|we'?re|we are) (?:still |just )?waiting (?:for|on|until) (?:them|him|her|"
        r"someone|somebody|management|head office|hr|it|the \w+|my \w+)",
        # waiting written as a step of a plan (blind review 52): "Plan:\n1. Wait for the delivery"
        r"(?:^|(?<=\n))[ \t]*(?:[•*–-]|\d{1,2}[.)])[ \t]*(?:just )?(?:wait (?:for|until|till|it "
        r"out)|hope|see what happens|sit tight)",
        # blind review 52: "once IT finally gets its act together…, I'm sure the waiting list
        # will sort itself out", "Until then I'll keep the customers waiting"
        r"(?:will|'ll|should|to) sort (?:itself|themselves) out",
        # blind review 58: the waiting handed to others ("tell people on the waiting list to keep
        # calling back", "tell the lads to stand down and wait til…"), or hoped away ("I'm sure it
        # will be sorted soon")
        r"(?:tell|telling|ask|asking) (?:[\w'-]+ ){1,5}?to (?:keep (?:calling|ringing|phoning|"
        r"checking|trying|coming)(?: back| in)?|(?:stand down and )?(?:wait|be patient|sit tight|"
        r"hang on|hold on)\b|"
        # "I'll tell patients to call back next week": the waiting handed back to them
        r"(?:call|ring|phone|come|check) back (?:later|next (?:week|month)|another (?:time|day)|"
        r"in a (?:few days|week|fortnight|month)))",
        # the fix handed on, then waited for: "I'll email IT again and wait for them to fix it"
        r"(?:and|then),? (?:just )?wait (?:for|until|till|til|on) (?:them|him|her|it|head office|"
        r"management|hr|someone|somebody|the [\w-]+|my [\w-]+)\b",
        r"(?:i'?m|i am|we'?re|we are) sure (?:it|this|that|things|they|the [\w-]+)(?:'ll| will| "
        r"should) (?:be |get )?(?:sorted|fixed|resolved|better|back to normal|sort (?:itself|it) "
        r"out)",
        r"once (?:\w+ ){1,3}(?:finally )?(?:gets?|pulls?) (?:its|their|his|her) (?:act together|"
        r"finger out)",
        r"(?:i'?ll|i will|we'?ll|we will|(?:i'?m|we'?re) going to) (?:just )?keep (?:(?:the|our|my|"
        r"all the) \w+|them|him|her|everyone|people|customers|patients) waiting\b",
        # blind review 54: "I'll flag it on the call and see what HO says", "…so when mgmt
        # finally fixes it we'll have the data", "nothing we can really do till then"
        r"(?:and|then) see what (?:[\w'-]+ ){1,3}(?:says?|thinks?|decides?|comes? back with)",
        r"when (?:[\w'-]+ ){1,2}finally (?:fix|sort|do|get|act|listen|make)\w*",
        r"nothing (?:i|we) can (?:really |actually )?do (?:till|until|before) then",
        r"nothing (?:else )?(?:is )?possible (?:until|till|before)",
        # blind review 56: "…then wait to see whether they reply", "…and await their response
        # before making changes", "hold all waitlist bookings until they can find the bandwidth"
        r"wait (?:to see|and see) (?:if|whether) (?:they|he|she|head office|management|hr|it|the "
        r"[\w-]+) (?:reply|replies|respond|responds|answer|answers|come back|comes back|get back|"
        r"gets back|do anything|does anything)",
        r"before (?:i|we) (?:change|do|try|touch) anything",
        r"await(?:ing)? (?:their|a|his|her|the|its) (?:response|reply|decision|answer|go-ahead)",
        r"(?:hold|pause|freeze) (?:all |the |any )?[\w-]+(?: [\w-]+)? until (?:they|it|head office|"
        r"management|someone|hr|the [\w-]+) (?:can |have |has |finally )?\w+",
        r"(?:i'?ll|i will|we'?ll|we will) (?:just )?(?:keep|leave) (?:the |our |my )?[\w-]+ "
        r"(?:as it is|as they are|as is)\b",
        # walkthrough 58: "I'll do nothing until IT fixes it", "not touching anything till…"
        r"(?:do|doing) nothing (?:until|till|til|unless|before)\b",
        r"(?:not|n't) (?:do|doing|touch|touching|change|changing) anything (?:until|till|til|"
        r"unless)\b",
        # waiting on the weather: "…sometime if things calm down a bit"
        r"(?:if|when|once|until) (?:things|it|work|life|the \w+) (?:calms?|settles?|quietens?|"
        r"quiets?|dies?) down",
    ),
    cue(
        # "…and let them decide what to do": lesson 03's "leaves the next move to someone
        # else". A rule (RULES in framing.py), as with sitting it out.
        "f_hands_off",
        "leaves the next move to someone else",
        r"let (?:them|him|her|management|head office|hr|someone|somebody|my \w+|the \w+) (?:decide|"
        r"deal with|sort|handle|figure|fix|worry about|work out)",
        # "I'll leave it to IT" (walkthrough 58): IT reads as "it" in lower case
        r"leave it (?:to|with|up to) (?:them|him|her|management|head office|hr|it|someone|"
        r"somebody|my \w+|the \w+)",
        # blind review 54: "…ball's in their court after that", "…and then he will decide"
        r"ball'?s (?:is )?in (?:their|his|her|its) court",
        r"(?:then|and) (?:he|she|they|management|head office|hr|the \w+) (?:will|can|'ll|gets? to) "
        r"decide",
    ),
    cue(
        # A label for the people instead of the problem (walkthrough 60: "My team always misses
        # deadlines because they are lazy. I'll start a weekly check-in…"): the step may be real,
        # the frame is still a verdict on them. A rule (RULES in framing.py).
        "f_labels",
        "labels people instead of naming the problem",
        r"(?:they|he|she|people|the team|my team|the staff|my staff|everyone|the \w+s)(?:'re| are|"
        r"'s| is| were| was) (?:all |so |just |too |plain |really |completely |totally )?(?:lazy|"
        r"useless|incompetent|hopeless|careless|clueless|idiots|stupid|sloppy|a joke|morons|"
        r"amateurs|selfish|unprofessional|a shambles)\b",
        # their work as a verdict on them (walkthrough 73): "Dave's lazy rubbish"
        r"(?:their|his|her|[\w-]+'s) (?:lazy|useless|sloppy|careless|pathetic|incompetent) "
        r"(?:rubbish|nonsense|attitude|excuses|work|mess|behaviou?r)\b",
    ),
    cue(
        # Acting to pin the blame or to get even ("I'll make sure everyone knows whose fault it
        # is") reacts to the people, not to the problem, however firmly it commits. A rule
        # (RULES in framing.py): the posts and reframes the data learns from hardly have any.
        "f_pins_blame",
        "aims at who is to blame, not at what to do",
        r"whose fault",
        # blind review 52: "…that this is their problem, not ours"
        r"(?:remind|tell|telling|reminding|let)\b[^.?!]{0,60}\b(?:it'?s|this is|that'?s|it is) "
        r"(?:their|his|her|[\w-]+'s) (?:problem|job|fault|mess)",
        r"who(?:'s| is| was) (?:really )?(?:to blame|at fault)",
        r"make (?:them|him|her|everyone) pay",
        r"get (?:back at|even with)",
        r"teach (?:them|him|her) a lesson",
        r"(?:pin|put) (?:the blame|it) on",
        r"(?:it'?s|it is|it was|that'?s) (?:all )?(?:their|his|her) fault",
        # guilt as the step: "…remind them how much it lets everyone else down"
        r"how (?:much|badly) (?:it|this|that|they|he|she) lets? (?:[\w'-]+ ){0,2}down",
        # "I'll tell the team it's head office's fault"
        r"(?:it'?s|it is|it was|that'?s) (?:all )?(?:[\w-]+ )?[\w-]+'s fault",
        # walkthrough 65: "…that the late deliveries are the supplier's fault", "…make sure IT
        # gets the blame"
        r"(?:is|are|was|were) (?:all |entirely |really )?(?:the |their |his |her )?[\w-]+'s fault",
        r"(?:gets?|carr(?:y|ies)) the blame",  # not "I'll take the blame"
        r"(?:tell|let) (?:\w+ ){0,2}know (?:that )?it (?:isn'?t|wasn'?t|is not|was not) (?:me|"
        r"my fault|us|our fault)",
        r"strongly[- ]worded",
        # scorn as the step (walkthrough 58): "I'll tell head office their targets are stupid"
        r"(?:tell|telling|let)\b[^.?!]{0,40}?\b(?:is|are|was|were) (?:just |completely |totally )?"
        r"(?:stupid|ridiculous|a joke|idiotic|pointless|useless|rubbish|nonsense|insane|absurd|"
        r"a farce|a shambles|a disgrace|moronic)\b",
        r"angry (?:email|letter|message|call|note)",
        # passing the complaint on: "I'll tell patients to complain to IT"
        r"(?:tell|telling|ask|asking|get|getting) (?:\w+ ){1,2}to complain",
        # "…so they finally understand how bad it is": aimed at making them see
        r"so (?:that )?(?:they|he|she|head office|management|it|everyone) (?:finally|"
        r"(?:understands?|realises?|realizes?|sees?|knows?) how (?:bad|hard|serious|awful|unfair))",
        # the step only ends when they give in: "…until they finally do their job", "…until
        # someone upstairs notices"
        r"until (?:they|someone|somebody|management|head office|people|\w+ upstairs) (?:finally |"
        r"actually |bothers? to |start to )?(?:notices?|listens?|do(?:es)? (?:their|his|her) "
        r"job|do(?:es)? (?:something|anything)|gets? the message|wakes? up|admits?|learns?)",
        r"keep (?:telling|reminding|nagging|pestering|moaning at|complaining to) "
        r"[^.!?]{0,60}? until",
        r"make (?:them|him|her|\w+) (?:understand|see|realise|realize) (?:that )?(?:their|his|her|"
        r"it|they)",
        r"tell(?:ing)? (?:them|him|her|\w+) (?:that )?(?:they|he|she|it) (?:never|always)",
        # passing on that others don't care: "I'll make sure the team knows head office doesn't
        # care about us", "…tell everyone management never listens"
        r"(?:knows?|tell(?: [\w'-]+){1,2}|hears?|sees?|realis\w+|realiz\w+|understands?|aware) "
        r"(?:that )?(?!(?:i|we)\b)(?:[\w'-]+ ){1,3}(?:doesn'?t|don'?t|do not|does not|never|"
        r"won'?t|couldn'?t|isn'?t|aren'?t)(?: even| really| actually| ever)? (?:care|listens?|"
        r"values?|supports?|respects?|gives? a|bothers?|backs? us|interested|on our side)",
    ),
    cue(
        # Leaving as the answer (walkthrough 58): "I'll resign if this keeps happening". A rule
        # (RULES in framing.py): an ultimatum, not a step on the problem.
        "f_walks_out",
        "walks away instead of acting",
        r"(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna|i might as well) (?:just )?"
        r"(?:resign|walk out|hand in my notice|quit(?! \w+ing\b))\b",  # not "quit checking…"
    ),
    cue(
        # A threat as the step (walkthrough 65): "I'll fire the next person who is late". A rule
        # (RULES in framing.py): it aims at people, not at the problem.
        "f_threatens",
        "threatens people instead of acting on the problem",
        r"(?:fire|sack|discipline|write up|suspend|punish) (?:the next (?:one|person|\w+)|anyone|"
        r"anybody|whoever|everyone|them all|the lot)\b",
        r"(?:anyone|anybody|whoever|the next (?:one|person))\b[^.!?]{0,60}\b(?:gets?|"
        r"will get|is getting|will be) (?:fired|sacked|a (?:written |final )?warning|written up|"
        r"disciplined)",
        r"heads (?:will|are going to|are gonna) roll",
        # walkthrough 73: "…tell him to shape up or ship out"
        r"shape up or ship out",
        r"(?:or|otherwise),? (?:they|he|she|you)(?:'re| are|'ll be| will be) (?:out|gone|fired|"
        r"sacked|finished)\b",
    ),
    # a gibe in place of a step (blind review 56): "I'll be sure to send head office a thank-you
    # card for the lovely empty rota". A rule (RULES in framing.py): the posts hardly mock.
    cue("f_mocks", "mocks instead of acting", MOCKERY),
    cue(
        "f_waiting",
        "waits for others to act",
        rf"{NOT_EAGER}(?<!not )wait (?:for|until|and see)",
        r"unless (?:they|he|she|someone|somebody|management|head office|my \w+|the \w+) "
        r"(?:\w+ )?(?:sends?|does|helps?|fix(?:es)?|gives?|steps? in|changes?)",
        r"(?:we'?ll|i'?ll) see(?: (?:if|whether|what|how)\b|\s*(?:[.!,]|$))",
        r"when i get to it",
        r"(?:probably|would|'d) say no",
        r"someone (?:else|upstairs|in \w+) (?:will|should|to)",
        r"do what (?:we|i) can",
        r"just have to",
        r"tell me what to do",
        r"i'?m waiting",
        r"waiting for",
        r"(?:see|wait) what happens",
        r"until (?:someone|they|somebody)",
        r"(?:hope|hoping) "
        r"(?:it|they|someone)",
        r"(?:hope|hoping|pray|praying) (?:that )?(?:it'?s|it'?ll|it will|they'?ll|they will|"
        r"things)",
        # sitting it out is waiting too: "I'll keep my head down until the merger is done"
        r"keep (?:my|our) heads? down",
        r"(?:ride|wait|sit) (?:it|this|that) out",
        r"(?:lie|lay) low",
        r"until (?:it|this|things|the \w+) (?:blows? over|(?:is|are) (?:done|over|settled)|"
        r"settles?(?: down)?|passes)",
    ),
    cue(
        "f_never",
        "sweeping words leave no room to change",
        r"always",
        r"never",
        r"nothing ever",
        r"every single time",
        r"everything",
    ),
    cue(
        "f_negation",
        "says what will not or cannot happen",
        r"can'?t",
        r"won'?t",
        r"couldn'?t",
        r"don'?t",
        r"didn'?t",
        r"not",
    ),
)


WAITS = frozenset({"f_sits_out", "f_hands_off", "f_waits_first"})
# Only the cues each check needs, so the extra reading of a clause stays cheap
WAIT_CUES = tuple(found for found in CUES if found.name in WAITS)
ASIDE_CUES = tuple(found for found in CUES if found.name in LIMITS | STEPS | {"f_moves_past"})
# What a step is for (review 44): "I'll phone the agency today so we're not short again", "…so it
# doesn't happen again", "…to make sure nobody waits". The worry in it is the reason for the
# step, not a complaint, and not the clause the statement ends on.
PURPOSE = re.compile(
    r",?\s*\b(?:so(?: that)?|to make sure|to ensure|so as not to|in case|to avoid|to stop|"
    # not "…so I'll just have to work the whole weekend myself again" (blind review 50): no
    # purpose, the cost absorbed
    r"to prevent)\b(?! (?:far|much|many|what|i guess|i suppose|anyway|i'?ll (?:just )?have to|i "
    r"will (?:just )?have to|we'?ll (?:just )?have to)\b)[^.!?;]{0,200}"
)


STEP_BEFORE = 300


def _without_purposes(text: str) -> tuple[str, list[Fired]]:
    """``text`` without the clauses that say what a step is for, and those clauses as cues."""
    kept, found, start = [], [], 0
    for match in PURPOSE.finditer(text):
        sentence_start = max(text.rfind(mark, 0, match.start()) for mark in ".!?;") + 1
        # the step is said just before what it is for: a sentence with no stop in 20,000
        # characters is not read again from its start at each "so" (walkthrough 66)
        before = text[max(sentence_start, match.start() - STEP_BEFORE) : match.start()]
        if not {f.name for f in fire(CUES, before)} & STEPS:
            continue
        # "…so when mgmt finally fixes it we'll have the data": waiting, not what it is for
        if fire(WAIT_CUES, match.group(0)):
            continue
        kept.append(text[start : match.start()])
        found.append(Fired("f_purpose", "says what the step is for", match.group(0).strip(" ,")))
        start = match.end()
    return "".join(kept) + text[start:], found[:1]


def _ends_on_an_aside_limit(sentence: str) -> bool:
    """Whether the sentence's last comma-separated part names only a limit (no step)."""
    asides = [part for part in sentence.split(",") if len(part.split()) > 1]
    if len(asides) < 2:
        return False
    last = {f.name for f in fire(ASIDE_CUES, asides[-1])}
    return bool(last & LIMITS) and not last & STEPS and "f_moves_past" not in last


def _gated(text: str, said: list[str], found: list[Fired]) -> bool:
    """Whether the last sentence's step waits on a fix first ("…I'm sure it will be sorted soon.
    Then I can get on top of the list"): it is no step to end on (blind review 58)."""
    last_starts = len(text) - len(said[-1]) - 2 if said else len(text)
    return any(
        f.name == "f_waits_first" and text.rfind(f.words) + len(f.words) > last_starts
        for f in found
    )


def _dated_step_besides(text: str, words: str) -> bool:
    """Whether a sentence or clause other than the one with ``words`` commits to a step with a
    time ("I'll ring the patients tomorrow at 9"): then "if I get time" is only an extra."""
    for part in PARTS.split(text):
        if words not in part and WILL_STEP.search(part) and WHEN.search(part):
            return True
    return False


def framing_cues(text: str) -> list[Fired]:
    """The cues in a normalised ``text``, and whether it ends on a step (the last sentence)."""
    text, purposes = _without_purposes(text)
    said = sentences(text)
    found = fire(CUES, text) + purposes
    if any(f.name == "f_waits_first" for f in found):  # one wait, said once: not two rules
        found = [f for f in found if f.name != "f_sits_out"]
    someday = next((f for f in found if f.name == "f_someday"), None)
    if someday and _dated_step_besides(text, someday.words):  # "…by noon, and if I get time…"
        found = [f for f in found if f is not someday]
    past = [f.words for f in found if f.name == "f_moves_past"]
    # the complaint it names to move past ("I've been complaining…") is not one more complaint
    found = [f for f in found if not (f.name == "f_complain" and any(f.words in w for w in past))]
    # a trailing "anyway." or "though." is no clause of its own to end on
    parts = [p for p in clauses(said[-1]) if len(p.split()) > 1] if said else []
    last = {f.name for f in fire(CUES, said[-1])} if said else set()
    ending = {f.name for f in fire(CUES, parts[-1])} if parts else set()
    # "…but it won't change anything" ends on the limit, however it began
    # (not "…instead of just complaining about them": the reaction named to move past it)
    limit = len(parts) > 1 and ending & LIMITS and "f_moves_past" not in ending
    # or on a limit tacked on after a comma: "…and see what HO says, nothing we can do till then"
    limit = limit or (bool(said) and _ends_on_an_aside_limit(said[-1]))
    # "I'll leave it to IT": a step that hands the problem on is no step (walkthrough 58)
    hands_on = bool(last & WAITS)
    if limit:  # "I'll try my best, but it's out of my hands" ends on the limit, not the step
        found.append(Fired("f_ends_on_limit", "it ends on what is out of reach", ""))
    elif last & STEPS and not hands_on and not _gated(text, said, found):  # "I've booked it"
        found.append(Fired("f_ends_on_step", "it ends on what you will do", ""))
    acts = set() if hands_on else last & (STEPS | {"f_did"})
    if acts and not limit and "f_helpless" in {f.name for f in found} - ending:
        # "There's nothing I can do about the weather, so I've moved the kit indoors": what
        # lesson 03 asks for, say what is out of reach, then what you will do anyway
        found.append(Fired("f_limit_then_acts", "it names what is out of reach, then acts", ""))
    if "!" in text or any(
        mark in text for mark in (":(", "😩", "😭", "😤", "😡", "🤬", "😠", "🙄")
    ):
        found.append(Fired("f_exclaims", "exclaims", ""))
    return found
