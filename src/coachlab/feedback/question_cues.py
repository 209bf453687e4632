"""What a trainer listens for in a question: how it opens, what it asks for, what it hides.

``OPENING`` cues look at the start of the question (after "um, so, Sam,"); ``ANYWHERE`` cues at
the whole question. Their weights are fitted (``make train``); ``FLAGS`` are named faults
(blame, a hint at the answer, advice in disguise) found by rule, whatever the question's form.
"""

from __future__ import annotations

import re

from .cues import Cue, Fired, cue, fire, strip_lead_in
from .faults import MANY_QUESTIONS
from .scorn import PERSON_LABEL
from .text import KEEPS_DOING, MOCKERY
from .word_start import compile_at_word_starts

AUX = (
    r"(?:do|does|did|is|are|was|were|can|could|will|would|have|has|had|should|shall|may|might|"
    r"am|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't|"
    r"shouldn't|wasn't|weren't|ain't|you're|you've|that's|it's|there's)"
)
# The openers in AUX that are a statement, not a verb: "You're happy with the plan?"
STATEMENT_OPENERS = r"(?:you're|you've|that's|it's|there's)\b"
FACT_WORDS = (
    r"time|day|date|room|floor|number|size|price|cost|total|deadline|name|address|code|version|"
    r"password|percentage|rate|score|status|count|budget|amount|email|phone|link|model|year|"
    r"month|week|color|colour|extension|channel|file|page|eta|title|dose|brand|program|salary|age|"
    r"weight|height|grade|level|postcode|zip|order|kind of \w+(?! (?:got|gets|would|used|makes?|"
    # "what kind of things you would like to learn" (blind review 54, a non-native order)
    r"you (?:would|'d|want|like|enjoy|need|prefer|find)|"
    r"made|gives?|gave|excites?|energi[sz]es|drains?|motivates?|helps?|matters?|feels?|felt|do you|"
    r"did you|have you|are you (?:missing|hoping|looking|after|craving|wishing|longing)))"
)
# "Where do things usually get held up?": an invitation to explore, not a question of place.
WHERE_THEY_STICK = (
    # (and blind review 50: "where does your time go that you'd rather spend with patients?")
    r"where (?:do|does|did) (?:things|it|this|that|you|we|your time|the time|the day|your day|"
    r"your energy|the money) (?:\w+ )?(?:get|go|break|stall|slow|"
    r"stick|struggle|feel|find)"
)
# "Where in the store do the scanners give you the most trouble?": where or when it is hard for
# them is their account, not a fact; "Where is the stapler?" and "When did it break?" are facts.
THEIR_TROUBLE = (
    r"(?:where|when)(?! (?:did|was|were)\b)(?: [\w']+){0,8}? (?:(?:the )?most trouble|trouble|"
    r"go(?:es)? wrong|get(?:s)? stuck|stuck|struggle|hardest|toughest|trickiest|"
    r"frustrat\w*|(?:trip|slow|hold|bog)s? (?:you|them|us|people|things) (?:up|down))"
)
# A short list of options after the question: "…, the twenty or the forty?", "…, tea or coffee"
WIDENS = compile_at_word_starts(
    r"\b(?:anywhere|anything|anyone|else|elsewhere|whatever|otherwise)\b"
)
OPTIONS = re.compile(  # not "…, here or anywhere": that widens it
    r"(?!.*\b(?:anywhere|anything|anyone|else|elsewhere|whatever|otherwise)\b)"
    # nor a pair that spans every answer (walkthrough 63): "…, for better or worse?", "good or
    # bad?", "in the role or out of it?"
    r"(?!.*\b(?:(?:for )?better or (?:for )?worse|good or bad|(?:the )?good (?:and|or) "
    r"(?:the )?bad|one way or (?:the )?other|in (?:[\w']+ ){0,2}or out(?: of it)?|positive or "
    r"negative|big or small|right or wrong)\b)"
    # nor both sides (blind review 58): "what makes it hard…, on your side or on mine?"
    r"(?!.*\b(?:your|my) (?:side|end)\b.*\bor (?:on |at )?(?:mine|yours|my (?:side|end)|your "
    r"(?:side|end))\b)"
    r"(?:[\w']+ ){0,3}[\w']+ or (?:[\w']+ ){0,3}[\w']+"
)
# Options the asker names, after a colon or a dash, or as a list that ends the question: "Which
# would you prefer: the quality team, training, or team lead?" is a pick, whatever its first word.
ITEM = r"(?:[\w'&/-]+ ){0,3}[\w'&/-]+"
PICK_LIST = re.compile(
    rf"(?:(?:[:;]|\s[-–—])\s+{ITEM}(?:,\s+{ITEM}){{2,}}|(?:[:;,]|\s[-–—])\s+{ITEM}"
    rf"(?:,\s+{ITEM})+,?\s+or\s+{ITEM})\s*\?*$"
)
# A list that ends the question is in its last few hundred characters: searching only there keeps
# a 20,000-character run of "- a, " from taking seconds (walkthrough 66: 4.7 s)
PICK_TAIL = 400
# "what's it a bug or a feature?": a pick between two things, as speech runs it on without the
# comma (not "what is it about the job or the team that…?", which asks what it is about them)
WHICH_IS_IT = re.compile(
    r"^(?:what|which)(?:'s| is| was| are| were) (?:it|that|this|they)(?: then| now)? "
    r"((?:a|an|the) (?:[\w'-]+ ){0,2}[\w'-]+ or (?:(?:a|an|the) )?(?:[\w'-]+ ){0,2}[\w'-]+)"
    r"\s*\?*$"
)
# Speech starts the question again as a yes or no after a filler, where writing has a comma:
# "what about uh is there anything new?", "so what if you didn't so do you downsample then?"
RESTART = compile_at_word_starts(
    rf"\b(?:uh+|um+|so|i mean),?\s+({AUX} (?:you|we|it|there|they|that|this|i|he|she))\b"
)
# "When did you last…, and what was going on then?": a fact, then the open part
THEN_OPEN = re.compile(
    r",?\s+and\s+(?:what|how|why)\b(?! (?:time|long|many|much|often|day|date|"
    r"old|far)\b)"
)
FILLER = re.compile(r",\s+(?:uh+|um+|erm?|you know|i mean),")
# Where a scene-setting lead may end and the question begin: "When the project slipped last
# month, what…?", "Before I bring anything up - where…?", "Looking back: which…?"
SCENE_BREAK = re.compile(r",\s+|\s[-–—]\s|[:;]\s+")
# A clause that sets the scene, not a question: "when the project slipped" (not "when did…")
SCENE = re.compile(rf"(?:when|whenever|where|wherever)\b(?! {AUX}\b)")
SCENE_WORDS = 22  # blind review 58: "When you picture yourself…, running the ward…, what…?" (19)
# "You know what I mean?", "but you know what?": the lead-in "you know" is stripped before the
# openers are read, but here its "what" opens nothing (not "you know, what…" nor "you know
# what, how…": there a question follows).
YOU_KNOW_WHAT = re.compile(
    r"^(?:(?:um+|uh+|so|and|but|well|oh|okay|then|now)[\s,]+)*you know "
    r"(?:what|how)\b(?!,)"
)
# A question announced before it is asked: "i guess the real question is do we need it at all?"
# is asked by what follows ("do we…"), not by the announcement.
QUESTION_IS = re.compile(
    r"^(?:i (?:think|guess|suppose) )?(?:(?:so|but|and|then|now) )*(?:the|my|our) "
    r"(?:(?:only|real|big|main|key|next|other|first|last) )?(?:question|issue|problem|thing) "
    r"(?:(?:now|then|here|really) )?is(?: (?:now|then|really))?[,:]?\s+(?=\S)|"
    # blind review 54: "I want to ask him: when you've needed me…, what happened next?"
    r"^(?:(?:so|and|then|now) )*i(?:'m going to| am going to|'ll| will| want to|'d| would| plan "
    r"to)(?: just)? ask (?:him|her|them|[\w'-]+)?(?: something like)?(?: this)?\s*[,:]\s+(?=\S)"
)
# "In which moment…", "At what point…": the question word after its preposition
PREPOSITION = re.compile(r"^(?:in|at|on|for|from|during|by|with|about) (?=(?:which|what)\b)")
# The floor handed over only until the asker's own list: "Any questions before we go through
# my list?" is answered "no", and the agenda stays theirs.
BEFORE_MINE = compile_at_word_starts(
    r"\bbefore (?:we|i)(?:'re|'m)? (?:[\w']+ ){0,4}?(?:my [\w']+|mine|the agenda)\b"
)
FLOOR = {"q_anything_else", "q_bare_topic", "q_anyone"}
# Which of the asker's topics comes first: "Do you want to talk about the project or the
# training plan first?" is a pick, however it starts (not "…, or is there something else?").
PICK_FIRST = re.compile(
    r"\b(?:[\w'-]+ ){0,4}[\w'-]+ or (?!(?:what|how|why|is|are|do|does|did|would|could|should|"
    r"anything|something|someone)\b)(?:[\w'-]+ ){0,4}[\w'-]+ (?:first|next|to (?:start|begin) "
    r"with)\s*\?*$"
)
ENDS_A_PICK = ("first", "next", "with")
# The same pick with no "first" (review 44): "Do you want to talk about the project or your
# development plan?" offers two of your topics; not "…, or something else?" (WIDENS).
PICK_TOPIC = re.compile(
    r"^(?:so |and |ok |okay )?(?:do|would|shall|should) (?:you|we) (?:want |like |prefer |rather )?"
    r"(?:to )?(?:talk|start|focus|begin|look|work|chat|go (?=through|over))"
    r"(?: (?:about|with|on|at|through|over))? "
    r"(?:[\w'-]+ ){0,4}[\w'-]+ or (?!(?:what|how|why|is|are|do|does|did|would|could|should|"
    r"anything|something|someone|not)\b)(?:[\w'-]+ ){0,4}[\w'-]+\s*\?*$"
)
# Quoted from the options on: "the project or the training plan first", not "to talk about…"
BEFORE_OPTIONS = re.compile(
    r"^(?:[\w'-]+ )*(?:about|with|on|at|through|discuss|tackle|cover|review|do) (?=\S+ .* or )"
)
# "…or not?", "…or not really?": a yes or no that expects the no.
OR_NOT = compile_at_word_starts(
    r"\bor not(?<!whether or not)(?: really| at all| yet| so much)?\s*\?*$"
)
# The floor offered with a way to close it: "Is there anything else, or are we done?", "Anything
# else, or shall we wrap up?": a yes or no that expects the no, as "…or not?" does.
OR_DONE = compile_at_word_starts(
    r"\bor (?:are we|is that|shall we|should we|can we|do we|have we|that's|we're)(?: all| about|"
    r" pretty much| just)? (?:done|it|all|everything|finished|good|through|wrap(?:ping)? "
    r"(?:it )?up|move on|leave it (?:there|at that)|call it a day|stop (?:there|here)|good to go)"
    r"(?: for (?:today|now|this week|the day))?\s*\?*$"
)
# Your guess offered after the open part, for a yes or no: after a dash or colon ("What's the real
# reason — money?", "What's holding you back: the hours?"), after a comma when it names a thing
# the question asks about ("What's bothering you, the rota?", "What would help, a day off?"; not
# "…with the refugees, the Kurds?", which says which ones, nor speech that starts again: "find a,
# a new restaurant"), or said back as what they think or want ("What is it, Chris, you think the
# grass is greener somewhere else?"). Not a word that widens it or says how to answer ("…—
# honestly?", "…— if anything?", "…, for you?"), nor a time ("…— this week?").
NOT_A_GUESS = (
    r"(?:what|how|why|who|where|when|which|or|and|if|honestly|really|seriously|exactly|truly|be|"
    r"just|only|one|any|anything|anyone|something|someone|else|roughly|briefly|lately|today|now|"
    r"so far|these days|from|for|in|on|at|about|with|to|of|by|you|your own)\b"
)
TIMES = r"(?:year|week|month|sprint|quarter|time|morning|afternoon|day|term|shift|weekend|moment)s?"
GUESS_AFTER_BREAK = re.compile(rf"(?!{NOT_A_GUESS})(?!.*\b{TIMES}\b)(?:[\w'-]+ ){{0,3}}[\w'-]+")
GUESS_AFTER_COMMA = re.compile(
    r"(?:\b(?:you|it|me|us|them|him|her|help|change|happen|matter|bother|worry|stop), "
    r"(?P<thing>(?:the|your|a|an|some) (?:[\w'-]+ ){0,2}[\w'-]+)|, "
    r"(?P<said>you (?:think|reckon|believe|feel like|mean|want|'d rather|would rather)"
    r"(?: [\w'-]+){3,}))$"
)
# What a "which" may ask them to pick from their own experience or ideas ("which things make your
# job harder", "which small problem you see every day"), not between options the asker names.
EXPERIENCE = (
    r"(?:parts?|aspects?|moments?|bits?|things?|problems?|issues?|situations?|challenges?|"
    r"tasks?|ideas?|changes?|areas?|habits?|skills?|strengths?|obstacles?|difficult(?:y|ies)|"
    r"frustrations?|worries|concerns?|conversations?|decisions?|mistakes?|lessons?|wins?|"
    r"risks?|barriers?|steps?|experiences?|memories|ways?|kinds?|sorts?|types?)"
)
# "How about you come in earlier?" proposes what they should do, whatever the verb (a verb with
# words after it: "how about you, Carmen?" and "how about you Carmen?" turn the question round);
# "How about you tell me / pick / decide…?" hands it to them.
HANDED_BACK = (
    r"(?:tell|walk|talk|run|fill|share|explain|describe|say|pick|choose|decide|think|reckon|feel|"
    r"see|in|on|at|with|then|though|personally|yourself|guys|folks|two|both|all|lot|first|now|"
    r"today|there|here|too|this|that|when|again|so|doing|feeling|could|would|can|will|should|"
    r"might|must|do|did|are|were|have|had)"
)
TO_YOU = rf" you (?:just )?(?!{HANDED_BACK}\b)[a-z]+(?= [\w'-])"
# What a speaker hands the floor over for: "any thoughts or suggestions?" offers no pick.
FLOOR_WORDS = (
    r"(?:thoughts?|ideas?|questions?|comments?|suggestions?|concerns?|objections?|opinions?|"
    r"intuitions?|input|feedback|reactions?|worries|views?|remarks?)"
)
WH_OPENERS = {"q_fact_wh", "q_view_wh", "q_open_wh", "q_invite", "q_what_about"}
OPENING: tuple[Cue, ...] = (
    cue(
        "q_fact_wh",
        "asks for a number, a time or a single fact",
        r"how (?:many|much|long|often|old|far|big|soon|late|early)",
        # a deadline asked for (review 44): "How quickly can you get this done?"
        r"how (?:quickly|fast) (?:can|could|will|would) you (?:get|have|turn|finish|do|send|"
        r"fix|deliver)",
        r"on a scale (?:of|from)",  # asks for a number, however the rest is worded
        # "what's your start date", "what's your manager's name", "what time's lunch"
        # (not "what made this deadline hard to hit?": what made it so is their account)
        r"what(?:'s| is| was| are| were)? ?(?:the |your |a )?(?:(?!(?:made|makes|make|got|gets|"
        r"drives?|drove|stopped|kept|caused?)\b(?!'s))"
        r"\w+(?:'s)? ){0,2}"
        # not "what's a typical day look like?", "what was the week like for you?": their story
        rf"(?:{FACT_WORDS})(?:'s)?(?! (?:\w+ )?(?:look|looks|looked|looking|feel|feels|felt|been|"
        r"like)\b)",
        # "when did…", not "when you picture yourself…, what…?" (the scene, then the question)
        rf"(?!{THEIR_TROUBLE}\b)when(?! (?:you|we|i|they|it|things|people)\b)",
        # where they get stuck is their story, not a fact
        rf"(?!{WHERE_THEY_STICK}\b|{THEIR_TROUBLE}\b)where",
        r"(?:who'?s|who|whose|which)(?!'s going on)",
        anchored=True,
    ),
    cue(
        "q_view_wh",
        "asks what they see, think or want",
        r"(?:where|when|who|which) (?:do|would|could|did) you (?:see|think|feel|imagine|want|"
        r"picture|suggest|like|hope)",
        r"where (?:does|did|do|would|will) (?:that|this|it) (?:leave|take) (?:you|us)",
        # "which parts felt like a waste?", "which small problem do you see every day?"
        # not "which one's the issue?": a pick between the options just named (review 54)
        rf"which (?!one(?:'s|\s+is)\b)(?:(?!of\b)[\w'-]+ ){{0,2}}?{EXPERIENCE}\b",
        r"which (?:\w+ ){0,2}(?:would|do|did|could|will) you (?:be|feel|enjoy|like|love|want|pick|"
        r"choose|find|most|prefer|hope)",
        anchored=True,
    ),
    cue(
        "q_open_wh",
        "opens with a question word: they answer in their own words",
        r"(?:what|how|why)(?:'s|s)?",
        r"whats",
        r"hows",
        r"wat",
        anchored=True,
    ),
    cue(
        "q_invite",
        "invites an account in their own words",
        # "Would you be willing to tell me…?", "Are you happy to walk me through…?"
        r"(?:(?:can|could|would|will) (?:you|u) (?:please )?(?:be (?:willing|happy|able|open) to )?"
        r"|"
        r"(?:are|were) you (?:willing|happy|able|open) to |why don'?t you |"
        r"(?:do |would )?(?:you|u) (?:want|wanna|like|care) (?:to )?)?"
        # "…what's weighing on you" (blind review 56): the word may run on into "'s"
        r"(?:tell (?:me|us) (?:about|more|how|what|why|which|where|a (?:little|bit))(?:'s)?"
        r"|describe|"
        r"walk (?:me|us) thr(?:ough|u)|talk (?:me|us) thr(?:ough|u)|"
        r"take (?:me|us) through|run (?:me|us) through|explain|say (?:(?:a )?(?:little|bit) )?"
        r"more|say something about|talk (?:(?:a )?(?:little|bit) )?(?:more )?about|"
        r"elaborate|expand on|unpack|fill (?:me|us) in|catch (?:me|us) up|"
        r"show (?:me|us) (?:what|how)|share (?:how|what|why|your|more)(?:'s)?|help me understand|"
        r"give (?:me|us) (?:a|the|your) (?:sense|rundown|picture|take|view))",
        anchored=True,
    ),
    cue(
        "q_what_about",
        "opens a topic for them to take anywhere",
        r"what about",
        rf"how about(?! (?:we|i|us)\b)(?!{TO_YOU})",
        r"what if",
        r"what else",
        # a short prompt to go on: "Such as?", "And the worst?"
        r"(?:such as|like what|for (?:example|instance)|then what)\s*\?$",
        r"the (?:worst|best|hardest|toughest|easiest|scariest)(?: (?:part|bit|thing))?\s*\?$",
        anchored=True,
    ),
    cue(
        "q_proposal",
        "proposes a plan: they can only agree or not",
        r"(?:how|what) about (?:we|i|us)",
        rf"how about{TO_YOU}",
        anchored=True,
    ),
    cue(
        "q_anything_else",
        "opens the floor: anything else, any other view",
        r"(?:is there |are there |do you have |does anyone have |did you have )?(?:any|anything|"
        r"anyone|anybody|other|others|more)(?: (?:else|other|more|further|thoughts?|ideas?|"
        r"questions?|comments?|suggestions?|objections?|concerns?|opinions?|input|views?|"
        r"reactions?|feedback|items?|takers?))",
        # (not "Any problems?", "Any issues?": a check that all is well, answered "no", blind
        # review 52; "What problems are you running into?" invites)
        anchored=True,
    ),
    cue(
        "q_bare_topic",
        "hands them the floor",
        r"(?:thoughts|ideas|questions|comments|suggestions|opinions|reactions|feedback|"
        # "thoughts or ideas?" hands over the floor once, not a pick of two
        rf"objections|concerns)(?: or (?:any )?{FLOOR_WORDS})?(?:\s*\??$| (?:on|about|for|from))",
        anchored=True,
    ),
    cue(
        "q_wonder_open",
        "wonders aloud how or what: an invitation",
        r"(?:i'?m |i am |i was |just )?(?:curious|wondering) (?:what|how|why|about)",
        r"i wonder(?:ed)? (?:what|how|why)",
        r"i(?:'d| would) (?:like|love) to (?:hear|know|understand) (?:how|what|why|about|more|"
        r"your)",
        # walkthrough 71: "…and I wanted to ask you what it is that makes you feel that way"
        r"i (?:wanted|want|'d like|would like|was going|meant) to ask (?:you )?(?:what|how)\b",
        anchored=True,
    ),
    cue(
        "q_wonder_closed",
        "wonders whether: a yes or no in disguise",
        r"(?:i'?m |i am |i was |just )?(?:curious|wondering) (?:if|whether)",
        r"i wonder(?:ed)? (?:if|whether)",
        anchored=True,
    ),
    cue(
        "q_anyone",
        "asks the whole room",
        # not "everybody agree?", "everyone happy with that?": a show of hands, yes or no
        r"(?:does |do |did |has |is )?(?:anyone|anybody|somebody|someone)",
        anchored=True,
    ),
    # One weight, two reasons: "You've…?", "That's…?" start with no verb a learner would see
    cue(
        "q_aux",
        "says it as a statement for them to confirm: answered yes or no",
        STATEMENT_OPENERS,
        anchored=True,
    ),
    cue(
        "q_aux",
        "starts with a verb like “did”, “is” or “can”: answered yes or no",
        rf"(?!{STATEMENT_OPENERS}){AUX}",
        anchored=True,
    ),
    cue(
        "q_notice",
        "asks to be told when or whether: a notice, not a view",
        r"(?:tell|let) (?:me|us) (?:know )?(?:when|if|whether|which)",
        anchored=True,
    ),
)
ANYWHERE: tuple[Cue, ...] = (
    cue(
        "q_your_view",
        "asks for their view",
        r"what (?:do|did|would) you (?:think|reckon|make of|feel|suggest|recommend|propose|want)",
        r"how (?:do|did|would) you (?:feel|see|think|want|like)",
        r"your (?:thoughts|view|views|take|opinion|ideas|sense|input|perspective)",
        r"(?:any|your) (?:thoughts|ideas|suggestions|opinions|comments|objections|questions)",
        r"what are your",
    ),
    cue(
        "q_explore",
        "invites them to explore",
        r"in what (?:way|ways|sense)",
        r"to what extent",
        r"what (?:might|could|would) "
        r"(?:help|happen|change|make|it take|you do|be different)",
        r"what (?:got|gets|is "
        r"getting|stood|stands) in the way",
        r"what (?:led|leads) to",
        r"what (?:matters|would "
        r"matter)",
        r"how (?:might|could|would|can|do) (?:we|you|i)",
        r"what (?:kind|sort) of (?:support|help)",
        WHERE_THEY_STICK,
        THEIR_TROUBLE,
    ),
    cue(
        "q_later_wh",
        "asks “what” or “how” after setting the scene",
        r"(?:what|how)(?:'s| is| are| was| were| do| does| did| can| could| would| should| will|"
        r" might| else| to)\b",
        r"how well",
        r"what if",  # "…this experiment of, uh, what if we just take the baseline?"
    ),
    cue(
        "q_later_fact",
        "asks how much or how many: a number",
        # after what it is about: "and the budget is how much?", "you've done how many?"
        r"how (?:much|many|long|often|far|old|soon)",
    ),
    cue(
        "q_or_so",
        "trails off with “or something”: checks a guess",
        r"or (?:something|whatever|so|anything|what|not)(?: like that| else)?\s*\?$",
    ),
    cue(
        "q_either_or",
        "offers a pick between options",
        # not both sides (blind review 58): "…, on your side or on mine?"
        rf"(?!{FLOOR_WORDS} or )(?!(?:side|end) or (?:on |at )?(?:mine|yours|my|your)\b)\w+ or "
        r"(?!something|whatever|so\b|anything|what\b|not\b)"
        r"(?:\w+ )?(?:\w+ )?\w+\s*\?$",
    ),
    cue("q_you_know_what", "a lead-in, not a question", r"you know (?:what|how)"),
    cue(
        "q_tag",
        "asks them to confirm what you said",
        # a tag after what was said ("…Friday, right?"), not the word asked about ("…to say yes?")
        # nor a word of the question (blind review 56: "…toward saying no?", "…which ones do they
        # handle okay?")
        r"(?<!\bsay)(?<!\bsaid)(?<!\bsays)(?<!\bmean)(?<!\banswer)(?<!\bsaying)(?<!\bhandle)"
        r"(?<!\bhandles)(?<!\bdoing)(?<!\bgoing)(?<!\bwork)(?<!\bworks)(?<!\bworking)(?<!\bcope)"
        r"(?<!\bcoping)(?<!\bmanage)(?<!\bmanaging)(?<!\bfeel)(?<!\bfeeling)"
        # asked leave, not a tag: "…, if that's ok?", "…, is that okay?" (walkthrough 60)
        r"(?<!\bthat's)(?<!\bthat is)(?<!\bis that)(?<!\bis it)(?<!\bit's)(?:,\s*|\s+)"
        r"(?:right|correct|yeah|yes|ok|okay|no|true|huh|eh)\s*\?$",
        r"^(?:right|correct|yeah|yes|ok|okay|true|huh|eh)\s*\?$",
        # (not "…and when don't they?", which asks again)
        r"(?<!when )(?<!where )(?<!why )(?<!how )(?:isn't|aren't|wasn't|weren't|don't|doesn't|"
        r"didn't|won't|can't|haven't|hasn't) (?:it|that|this|they|you|we|he|she|there)\s*\?$",
    ),
    cue(
        "q_you_think",
        "checks a guess of yours",
        # a guess said back as a statement ("So you think it's fine?", "Sam, you want out?"),
        # not "Can you think of…" nor "something you want to change"
        r"(?:^|(?<=[,;:—–-] )|(?<=\bso )|(?<=\band )|(?<=\bbut ))you (?:think|mean|said|want|"
        r"need|have|had|were|are)",
        r"you'?re (?:saying|"
        r"telling)",
        r"so that'?s",
    ),
    # What they think or want mentioned anywhere ("is there something you want to change?"):
    # weighed, as transcripts close such questions more often than not, but never shown.
    cue("q_you_verb", "", r"(?:so |you )(?:think|mean|said|want|need|have|had|were|are)"),
)
# Blame or contempt inside a question that is open in form, family by family, as a trainer
# names them. The first words can be "what" or "how": the question still asks them to defend
# themselves.
MISSES = (
    r"(?:cancell?ed|missed|skipped|forgotten|dropped|ignored|overlooked|delayed|late|overdue|"
    r"postponed|broken|wrong|incomplete|unfinished|not (?:been )?done|behind|mislabell?ed|"
    r"misfiled|mixed up|lost|damaged|spoiled|spoilt)"
)
FAILINGS = (
    r"(?:late|miss(?!\w* out)\w*|forget\w*|skip\w*|mess\w* (?:it |this |that )?up|screw\w* up|"
    r"drop\w* the ball|let (?:\w+ )?down|make (?:that|the same|this) mistake)"
)
# What a manager wants stopped, not what they worry about: "stop being late", not "stop working
# weekends" nor "burn out".
STOPPED = (
    rf"(?:being (?:late|rude|negative|difficult|defensive|sloppy|careless|so \w+)|arguing|"
    rf"complaining|moaning|whinging|interrupting|gossiping|slacking|answering back|making "
    rf"excuses|thinking about leaving|{FAILINGS})"
)
# Incredulity at a choice of theirs, told apart from an open "how can/could you" by what follows
# it: "How could you?", "How could you let this happen?", "How can you turn down a pay rise like
# this?", "How can you say that?", "How can you not know this?"; not "How could you approach it
# differently next time?", "How can you see this working?" nor "How can you say no to extra work
# without feeling guilty?" (a skill, asked about in general).
LOOKS_AHEAD = (
    r"(?:differently|next time|instead|better|going forward|in (?:the )?future|from (?:here|now)|"
    r"improve|change|approach|tackle|handle|prepare|avoid|prevent|build|develop|grow|learn|"
    r"support|help|use|test|try|start|find|easier|simpler|smoother|get (?:more|better|support|"
    r"help|ahead)|make (?:it|this|that) (?:work|happen))"
)
REPROACHED = (
    r"(?:forget|miss|ignore|lose|let|leave|lie|skip|drop|cancel|break|blame|treat|waste|"
    r"embarrass|undermine|refuse|reject|turn|walk|go (?:behind|over)|not|be so|(?:do|say|think) "
    r"(?:this|that|it|such|so))"
)
ASKED_AT_END = r"(?=(?: like (?:this|that)| just like that| now| again| so easily)?\s*[?.!]*\s*$)"
THEIRS = (
    r"(?: (?:this|that|it|them|him|her|such|a|an|the|my|our|his|their|your)(?: [\w'-]+){0,4}?)?"
)
INCREDULOUS = (
    r"how (?:can|could) you (?:even |possibly |seriously |honestly |really |just )?(?:"
    r"(?:turn (?:down|away)|turn (?:it|this|that|them|him|her) down|refuse|reject|say no(?: to)?|"
    rf"pass up|walk away(?: from)?|throw away|give up(?: on)?|ignore|justify){THEIRS}|"
    r"(?:say|do|think|believe) (?:that|this|such a thing|so)(?: to (?:me|us|them|him|her))?|"
    r"be so [\w'-]+(?: about (?:it|this|that))?)" + ASKED_AT_END + r"|"
    r"how (?:can|could) you (?:even |possibly |seriously |honestly |really |still )?not (?:know|"
    r"care|see (?:it|that|this)|understand|remember|bother)|"
    rf"how could you(?: even| possibly)?(?:(?= {REPROACHED}\b)|(?!(?: [\w'-]+){{0,8}}? "
    rf"{LOOKS_AHEAD}\b))"
)
# "How come" asks for a reason as "why" does: about their miss or their falling figures it asks
# them to justify it ("How come your sales are down again?", "How come the report is late?",
# "How come you're behind again?"); "How come you decided to go part-time?" stays open.
HOW_COME = (
    r"how come (?:[\w'-]+ ){0,5}?(?:[\w'-]+(?:'s|'re)|is|are|was|were|has been|have been)(?: "
    r"(?:still|always|so|again|running))? (?:late|overdue|behind|delayed|incomplete|unfinished|"
    r"wrong|not (?:been )?done)|how come (?:you|they|he|she|we|the [\w'-]+) (?:missed|forgot|"
    r"skipped|dropped|ignored|cancell?ed|broke|lost)|how come (?:your|the|our|their) "
    r"[\w'-]+(?: [\w'-]+)? (?:is|are|was|were|has|have|keeps?|went)(?: been| gone| going)? "
    r"(?:down|lower|slipping|dropping|falling)|how come (?:you|your)\b[^?.!]{0,40}? again"
)
BLAME_FAMILIES = (
    r"(?:your|an|any|good|what|the) excuses?",  # "so what's your excuse for…?"
    # contempt for what they ask: "what more could you possibly want?"
    r"what more (?:do|could|can|would) you (?:possibly )?(?:want|expect|ask for)|"
    r"(?:could|can|would|do) you possibly (?:want|need|expect|ask for|mean|think|be thinking|"
    r"have been thinking)",
    # "what exactly is so hard about…?", "what exactly are you doing wrong?"
    # blind review 50: "What could possibly make you turn down such a good offer?"
    r"what could possibly (?:make|lead|cause) you",
    r"(?:turn(?:ing)? down|refus(?:e|ing)|pass(?:ing)? up|reject(?:ing)?) such an? (?:good|great|"
    r"generous|brilliant|amazing) (?:offer|chance|opportunity|deal)",
    # asked to justify it (walkthrough 49): "How do you explain missing the deadline again?"
    # (not "how would you explain the rota to the night shift?")
    r"how (?:do|can|could) you (?:possibly |even )?(?:explain|justify|account for|defend) "
    r"(?:missing|being|not|the fact|why you|your|yourself|what you did|how you|forgetting|"
    r"skipping)",
    # blind review 48: "What is it about deadlines that you find so hard to understand?", "What
    # makes you think your way is better than the process we've used for ten years?"
    r"(?:you|you'?re|you are) (?:find(?:ing)?|found) (?:it |this |that |them )?so (?:hard|"
    r"difficult|tricky|confusing) to (?:understand|grasp|follow|get|remember|do|manage)",
    r"what makes you (?:think|believe|so sure) (?:that )?(?:you'?re|you are|you know|your "
    r"(?:[\w'-]+ ){1,3}(?:is|are|was|would be)) (?:better|right|smarter|above|more|the (?:only|"
    r"best))",
    r"what(?:'s| is| was)?(?: exactly| actually| really)?(?: is| was)? so (?:hard|difficult|"
    r"complicated|tricky|confusing)",
    r"(?:what|where|how) (?:exactly |else )?(?:are|were|have|did|do) you (?:been )?(?:doing|do|"
    r"done|getting|get|got|going|go|gone) (?:\w+ )?wrong",
    # their failing, to be ruled out: "how can we make sure you're never late again?"
    rf"(?:you|you're|you are|you'll|you will) never (?:be )?{FAILINGS}",
    rf"you (?:don't|won't|do not|will not|aren't|are not) (?:be )?{FAILINGS}"
    r"(?: [\w']+){0,4} again",
    # "…you're the best, so what's the problem?": pressure, then a dismissal
    # (the look-behinds, one space wide, let the pattern start where a word does: fast in re)
    r"(?:(?:(?<=\w )|(?<=\w[,;] )|(?<=\w [-–—] ))\b(?:so|then),?\s+|(?<=\w, ))\bwhat(?:'s| is) "
    r"the (?:problem|issue|big deal)(?=\s*\?*$)|"
    r"what(?:'s| is) (?:your problem|the big deal)",
    # a "why" about their miss or their judgement asks them to justify it, not to think:
    # "why have the last two one-on-ones been cancelled?", "why did you think it was okay to…?"
    rf"why (?:has|have|had|was|were|is|are|did|does|do) (?:[\w'-]+ ){{0,5}}?(?:been |being |got |"
    rf"gone )?{MISSES}",
    r"(?:why (?:did|do|would) you|what made you) (?:think|decide|feel|believe|assume|figure)"
    r"(?: that)? (?:it (?:was|is|would be)|it's|that (?:was|is)|that's) (?:ok|okay|fine|"
    r"acceptable|alright|all right|a good idea|appropriate|allowed|wise|smart)|"
    r"what made you think you (?:could|can)|"
    # the same in the present (review 44): "What makes you think that's acceptable?"
    r"what makes you think (?:(?:that|it|this)(?:'s| is| was) (?:ok|okay|fine|acceptable|"
    r"alright|all right|appropriate|allowed)|you (?:could|can))|"
    # what they did to cause it: "What did you do to break them?"
    r"what (?:did|have) you (?:do|done) to (?:break|lose|upset|annoy|anger|offend|ruin|wreck|"
    r"damage|crash|delete|mess|jam|block)\w*|"
    # exasperation (review 46): "How many times do we have to go through this?"; a label in
    # front: "Since you're not exactly the proactive type, what…?"
    r"how many (?:more )?times (?:do|have|must|will|did|does) (?:i|we|you) (?:have to |need to )?"
    r"(?:tell|say|go (?:through|over)|ask|explain|remind|repeat|discuss|have)|"
    r"you(?:'re| are) not (?:exactly|really|the most) (?:the |a |an )?[\w-]+ (?:type|sort|kind|"
    r"person|one)|"
    # sarcasm about how they failed: "How on earth did you manage to miss it again?"
    r"(?:how|who|where|why) (?:on earth|the hell|the heck)|"
    r"how (?:did|do|could|can) you (?:even |possibly |ever )?manage to (?:\w+ )?(?:miss|lose|"
    r"forget|break|mess|screw|skip|drop|get (?:it|this|that|them) wrong|be late)|"
    # their miss asked about inside another question: "How about you tell me why the numbers
    # are down this month?", "…explain why the report was late?"
    r"(?:how about you|can you|could you|would you|will you|want you to|like you to) "
    r"(?:tell me|explain|say) why (?:your|the) (?:[\w'-]+ ){0,2}(?:is|are|was|were|has been|"
    r"have been|keeps? being) (?:still |so |always )?(?:down|late|wrong|behind|low|missing|"
    r"overdue|slipping|falling)",
    # their work named as a mess: "what are you going to do about the mess in the bay?"
    r"(?:your|this|that) (?:mess|shambles|fiasco|debacle)|the (?:mess|shambles|fiasco)"
    r"(?= (?:in|on|at|with|you)\b)",
)
# Your verdict inside the question: "…the sales figures, which are frankly disappointing?"
JUDGED = (
    r"(?:disappointing|unacceptable|poor|awful|terrible|embarrassing|shocking|sloppy|"
    r"not good enough|below par|a disgrace)"
)
# Faults named by rule: a trainer flags them whatever the question's form.
FLAGS: dict[str, tuple[re.Pattern[str], str]] = {
    "hostile": (
        compile_at_word_starts(
            r"\b(?:what'?s (?:wrong|the matter) with you|"
            # walkthrough 71: "What the hell happened with the Jensen account?"
            r"your (?:lack of|failure to|inability to)|"
            r"what (?:the (?:hell|heck|fuck)|on earth)(?= \w)|"
            r"wtf\b|"
            # walkthrough 59: "…is a promotion too much hard work for you?", "…your attitude
            # problem?"
            r"too much (?:hard )?(?:work|effort|trouble|bother) for you|(?:your|an|this) "
            r"attitude problem|what were you thinking|how dare you|"
            r"how (?:hard|difficult) (?:is|was|can) it|why (?:must|would|can'?t|didn'?t|won'?t|"
            r"haven'?t|hasn'?t|wouldn'?t|couldn'?t|aren'?t|weren'?t|isn'?t) you\b|"
            r"why (?:do|did|are|were|is) you (?:always|never|even|still|keep|just)\b|"
            r"why (?:did|do|have|would) you not\b|why (?:don'?t|do) you (?:ever|even)\b|"
            r"why (?:is|are|was|were) (?:your|the) (?:\w+ ){0,2}(?:down|late|wrong|behind|low|"
            r"missing|so (?:late|low|slow|bad))\b|why (?:did|do|would|have|had) you (?:\w+ )?"
            r"(?:go over my head|go behind my back|ignore|skip|miss|forget|break|drop|cancel|"
            r"overrule|undermine|embarrass)\w*|"
            r"why (?:on earth|the hell)|can you (?:even|seriously)\b|(?:are|do|did|were) you "
            r"(?:even|ever|seriously|actually|really)\b(?! (?:think|feel|want|like|"
            r"enjoy|see|need))|are you (?:serious|kidding|joking|crazy|stupid|deaf|blind)|"
            r"seriously\s*\?|(?:wrong|the matter) with you\b|who (?:told|asked) you|"
            # walkthrough 63: "Do you even want this job?", "after everything I did to get you
            # this, you're saying no?"
            r"(?:do|did|are|were|can|could) you even\b(?! if\b)|"
            r"after (?:everything|all) (?:that )?i(?:'ve| have)? (?:did|done|went through|put in|"
            r"fought)\b(?: for you| to get you (?:this|that|it))?|"
            # walkthrough 62: "What makes you think you're ready for more when you can't manage
            # your current shifts?": the put-down in the clause after it
            r"(?:when|given (?:that )?|seeing as|since) you (?:can'?t|cannot|couldn'?t) even\b|"
            r"what makes you think you(?:'re| are| could| can) (?:ready|capable|able|good enough|"
            r"up to)\b[^?.!]*?\b(?:when|given (?:that )?|seeing as|since) you (?:can'?t|cannot|"
            r"couldn'?t|don'?t|didn'?t)\b|"
            r"do you (?:have any idea|realise|realize|understand how|not care|just not)|"
            # an absolute about them, whatever follows: "You always just do the minimum — what…?"
            r"(?:^|(?<=[.!?—–-])|(?<=[.!?—–-]\s))\byou (?:always|never(?! know)|constantly)\b|"
            rf"you {KEEPS_DOING}|"
            r"how come you (?:never|always|didn'?t|don'?t|haven'?t|won'?t|can'?t|keep)\b|"
            # a jab in "how come" (walkthrough 47): "How come you're so scared of a bit of…?"
            # walkthrough 49: "How come you'd turn down something most nurses would jump at?"
            r"how come you(?:'d| would) (?:even )?(?:turn (?:down|away)|turn (?:it|this|that) down|"
            r"refuse|reject|say no|pass up|walk away|give up|throw away|ignore)\b|"
            r"how come you(?:'re| are) (?:so|such an?|always|never|still) (?:[\w-]+ )?(?:scared|"
            r"afraid|lazy|slow|negative|difficult|defensive|sensitive|touchy|precious|stubborn|"
            r"useless|careless|late|behind|worried|anxious|fussy|awkward)\b|"
            r"why (?:were|was|are|is) you (?:late|absent|missing|not|so (?:late|slow))\b|"
            # the fault presumed theirs (blind review 52): "They work fine for everyone else, so
            # what are you doing differently?"
            r"(?:everyone|everybody|the others|the rest of (?:us|the team)) else\b[^?]{0,60}?"
            r"\bwhat (?:are|were|have) you (?:doing|done) (?:differently|wrong)\b|"
            # measured against the others (blind review 54): "…the targets that everyone else on
            # the team seems to manage?", "…when the rest of the team is still keen?", "What did
            # you do differently from everyone else…?"
            r"(?:that|which) (?:everyone|everybody) else(?: on the team| in the team| here)?"
            r"(?: seems to| manages to| can| does| gets)?\b|(?:when|while) (?:the rest of (?:the "
            r"team|us)|everyone else|everybody else|the others) (?:is|are|can|do|does|manages?|"
            r"seems?)\b|different(?:ly)? (?:from|to|than) (?:everyone|everybody) else\b|"
            # walkthrough 65: "How do you think you're doing compared to the rest of the team,
            # honestly?", and a demand on the spot: "Tell me what's blocking you, now."
            r"compared (?:to|with) (?:the rest of (?:the team|us)|everyone(?: else)?|everybody"
            r"(?: else)?|the others|your (?:colleagues|peers|teammates))\b|"
            r"(?:tell|explain|show|give) (?:me|us)\b[^.!?]{0,80}?,\s*(?:right )?now"
            r"(?=\s*[.!?]|\s*$)|"
            r"what did you (?:think|expect) (?:would|was going to) happen\b|"
            r"the real reason (?:why )?you\b|"
            r"what part of\b[^?]{1,40}?\b(?:don'?t|do not|didn'?t|did not) you "
            r"(?:understand|get)\b|"
            r"what do you think you(?:'ve| have)? (?:been )?(?:doing|done|did) wrong\b|"
            rf"{MOCKERY}|"
            # blind review 56: "How come you're the only one struggling…?", "…after everything
            # we've invested in you?", "What's wrong with the training we already offer you?",
            # "…the morning team, who seem to manage fine?", "…so hard to accept?", "…what are you
            # going to do about it?", "when the day team clears theirs", "…on your side?"
            r"(?:how come |why (?:is it|are) )you(?:'re| are)? the only one\b|"
            r"after (?:all|everything) (?:that )?(?:we|i|the company)(?:'ve| have)? (?:invested|"
            r"spent|put) (?:in|on|into) you\b|"
            r"what(?:'s| is) wrong with the [\w-]+(?: [\w-]+)? (?:we|i) (?:already )?(?:offer|gave|"
            r"give|provide|run)|"
            r"(?:who|that) (?:seems? to )?manages? (?:fine|ok|okay|well|perfectly)|"
            r"(?:so|this|that) (?:hard|difficult) to (?:accept|understand|grasp|follow|get)\b|"
            r"what (?:are|were) you (?:going|gonna) (?:to )?do about it\b|"
            r"(?:when|while|but) the (?:other|day|night|morning|late|early|evening) (?:team|shift|"
            r"crew)s? (?:\w+ )?(?:clears?|manages?|does|do|gets?|copes?|is fine|are fine|seems?)\b|"
            r"(?:stop|stops) (?:slipping|happening|going wrong) on your (?:side|end|shift)\b|"
            r"(?:fix|sort) the [\w -]{1,30}? i (?:raised|mentioned|flagged) (?:last time|before|"
            r"with you)\b|"
            # blind review 58: "Which decisions have you been getting wrong lately?", "What have
            # you spotted that you should have reported by now?", "…if you'd bothered to care",
            # "…why someone keeps skipping the calibration step?", "…, apart from chatting too
            # long with customers", "…, other than you not being used to them yet?"
            r"(?:have you|you(?:'ve| have)) (?:been )?(?:getting|doing|done|got|gotten) "
            r"(?:[\w'-]+ )?wrong\b|"
            r"(?:that|which) you should(?:'ve| have) (?:already )?[\w'-]+|"
            r"you(?:'d| had| have| never| didn'?t| couldn'?t| can'?t| even)? (?:be )?bother(?:ed)? "
            r"to\b|"
            r"(?:someone|somebody|one of (?:you|them|the team)|people) keeps? (?:skipping|missing|"
            r"forgetting|ignoring|dropping|breaking|losing|leaving out|cutting)\b|"
            r"(?:apart from|other than|besides|aside from|except for) (?:you(?:r)? "
            r"(?:[\w'-]+ ){0,2}?(?:not|too|never|always|being)\b|[\w'-]+ing (?:[\w'-]+ ){0,2}?too "
            r"(?:long|much|slow|slowly|many|often|late))|"
            + "|".join((*BLAME_FAMILIES, INCREDULOUS, HOW_COME))
            + r")\b"
        ),
        "sounds like blame: it asks them to defend themselves, not to think",
    ),
    "leading": (
        compile_at_word_starts(
            r"\b(?:don'?t you (?:think|agree|feel)|isn'?t it (?:true|obvious|better)|wouldn'?t "
            r"(?:you|it be) (?:agree|say|better|easier)|surely|you agree|shouldn'?t (?:you|we)|"
            r"aren'?t you (?:going|supposed)|"
            # blind review 50: "How can we get you to accept the new targets?", "What's stopping
            # you from just coming to me earlier?", "What do you think about using my checklist?"
            r"(?:get|make|convince|persuade) you to (?:just )?(?:accept|agree|sign up|go along|"
            r"come round)\b|"
            r"what do you think (?:about|of) (?:using|trying|doing|following|adopting) my\b|"
            # walkthrough 73: "What do you think about the new rota, which I think is much
            # better?": your verdict handed over with the question
            r"(?:which|that) i (?:think|feel|believe|reckon|find) (?:is|are|was|works?) (?:much |"
            r"so |far |a lot |way )?(?:better|best|fairer|easier|great|brilliant|an improvement|"
            r"the right (?:way|call|choice))\b|"
            # blind review 54, walkthrough 54: the answer handed over with the question
            r"(?:which|that) (?:would |will |should |'d |'ll )?(?:obviously|clearly|surely|"
            r"definitely) |which (?:the|my|our) [\w-]+ (?:already )?(?:loves?|likes?|approved|"
            r"agreed|backs?|wants?)\b|(?:it )?makes sense,? (?:right|yeah|no)\b|"
            r",\s*(?:no|right|yeah|correct)\s*\?(?=\s*\S)|"
            r"change your mind\b|(?:stopping|keeping) you from seeing\b|"
            # blind review 56: "How can I convince you that you're ready?", "…, when you'd be
            # brilliant at it?", "What makes you say that, when the supplier tested them…?", "…the
            # new shift pattern I've decided on?"
            r"convince you\b|,? when you(?:'d| would) be (?:brilliant|great|perfect|amazing|ideal)|"
            r"what makes you (?:say|think) (?:that|so),? when\b|"
            r"(?:i|we)(?:'ve| have) (?:already )?decided\b|"
            # blind review 58: "…when it's obviously the right move for your career", and the
            # door shut after asking: "What bugs you? Just so you know, the process is staying"
            r"(?:it'?s|it is|that'?s|that is|this is) (?:obviously|clearly|surely|definitely) "
            r"(?:the )?(?:right|best|better|a great|a good|perfect|ideal)\b|"
            r"\?\s+[^?]*\b(?:(?:is|are) (?:staying|going to stay) (?:as (?:it|they) (?:is|are)|"
            r"the same|put)|(?:isn'?t|is not|won'?t|will not|aren'?t|are not) (?:be )?(?:changing|"
            r"going to change)\b)|"
            # a tag, not how it is done ("holding it right?"): the word first, then what precedes
            r"(?:right(?<!\bit right)(?<!\bthis right)(?<!\bthat right)(?<!\bthem right)"
            r"(?<!\bin right)(?<!\bup right)(?<!\bout right)|correct|yeah|"
            r"(?<!handle )(?<!handles )(?<!doing )(?<!going )(?<!working )(?<!coping )(?<!feeling )"
            # "…, if that's ok?" asks leave, it does not push the answer (walkthrough 60)
            r"(?<!that's )(?<!that is )(?<!it's )(?<!it is )(?<!is that )(?<!is it )(?<!if )"
            r"(?:ok|okay))\s*\?\s*$|"
            # a view of them handed over to agree with: "have you considered that maybe…?"
            r"have you (?:considered|thought about|thought|reali[sz]ed) that\b|"
            # pushes for the yes it wants: "what would it take for you to just say yes?"
            r"(?:to|you|u) (?:just )?say yes(?! or)|(?:(?<=\byou )|(?<=\bto )|(?<=\bfrom ))just "
            r"(?:saying yes|agree(?:ing)?|accept(?:ing)?|go(?:ing)? along|giv(?:e|ing) in|"
            r"get(?:ting)? on with it|trust(?:ing)? me|com(?:e|ing) to me|ask(?:ing)? for help)\b"
            r"(?! or)|"
            r"because i (?:thought|think|felt|feel) (?:it|that|you|they) (?:was|were|went|is|are)|"
            rf"(?:which|that) (?:is|are|was|were) (?:frankly |honestly |clearly |pretty |quite |"
            rf"really |very )?{JUDGED}|(?:frankly|honestly),? {JUDGED}|"
            r"your attitude|"
            # the yes pushed for (review 44): "What's wrong with taking it?", "What's the harm in
            # trying?", "What would you say if I told you it comes with a pay rise?"
            r"what(?:'s| is| would be| could be) (?:wrong|the harm|the problem|so bad|so "
            r"terrible|so scary) (?:with|in|about) (?:just )?(?:tak|accept|try|say|giv|do|go|"
            r"sign|join|apply|agree|stay)\w*|"
            r"what (?:would|will|'d) you say if i (?:told|said|offered|gave|promised)|"
            # a rhetorical "what's the point": "What's the point of leaving when…?"
            r"what(?:'s| is) the (?:point|use) (?:of|in) \w+ing\b(?= .*\b(?:when|if|since|"
            r"because|anyway)\b)|"
            # the answer supplied after the question (review 44): "What's really stopping you,
            # fear?", "What's holding you back, money?"; not a name ("…, Sam?")
            r"(?:stopping|holding|bothering|worrying|scaring|keeping) (?:you|them)(?: back)?,? "
            r"(?:(?:is it|just|really) )?(?:fear|nerves|pride|money|the money|time|confidence|"
            r"stress|guilt|laziness|ego|comfort|habit|the hours|the pay|the commute)\s*\?*$)"
        ),
        "suggests the answer you want",
    ),
    "advice": (
        compile_at_word_starts(
            r"(?:^|(?<=[.!?])|(?<=[.!?]\s))\byou (?:should|could|need to|ought to|must|"
            r"might want to)\b|"
            # blind review 52: "…? Obviously you'll want to apologise first."
            r"(?:^|(?<=[.!?])|(?<=[.!?]\s))(?:obviously|of course|naturally|clearly),? you(?:'ll| "
            r"will|'d| would) (?:want|need|have) to\b|"
            # a clause of its own ("Have you tried…?", "…, so have you thought about…?"), not the
            # end of an open question ("What options have you looked at?", walkthrough 59)
            r"(?:^|(?<=[.!?,;:])\s*|(?<=\band )|(?<=\bso )|(?<=\bbut )|(?<=\bor )|(?<=\bwell )|"
            r"(?<=\bthen ))have you (?:tried|thought about|considered|looked at|thought of)\b"
            r"(?! that\b)|"
            # walkthrough 59: "…? Maybe have a chat with the ward manager first."
            r"(?:^|(?<=[.!?])|(?<=[.!?]\s))(?:maybe|perhaps) (?:you could |just )?(?:have|try|ask|"
            r"talk|speak|give|call|ring|go|get|book|send)\b|"
            # not "why don't you ever…" (blame) nor "why don't you tell me…" (an invitation)
            r"\bwhy (?:not|don'?t you)(?! ever| even| always| never| (?:tell|walk|talk|run|take|"
            r"fill) (?:me|us)| say (?:something|more|a (?:little|bit)))(?: just)?\b|"
            r"\bwhat if you (?:just )?"
            r"(?:tried|called|asked|took|did|went|talked)\b|\bcould(?:n'?t)? you just\b|"
            # not "What did you try?", which asks for theirs (walkthrough 62)
            r"(?<!what )(?<!which )(?<!how )(?<!when )(?<!where )(?<!else )(?<!ways )"
            r"\bdid you try\b|\bwhat about (?:trying|asking|calling|taking|doing)\b|"
            r"\bwouldn'?t it be (?:better|easier)\b|\bit(?:'s| is) a great (?:step|idea|"
            r"chance|opportunity)\b|\bmy advice\b|\bif i were you\b|\bi(?: would|'d) "
            # walkthrough 59: "…? I'd just copy last month's."
            r"(?:just |probably |honestly )?(?:take|do|go|say|"
            r"ask(?! you\b| this\b| one\b| a question\b)|call|copy|use|start|put|send|"
            r"try|get|move|book|talk|speak|give|tell|pick|skip|stick|check|write|cut|split|hand|"
            r"drop|focus|ring|email|reuse|push|swap|delegate)\b"
        ),
        "offers your solution instead of asking for theirs",
    ),
}


# More effort asked for as if it were nothing: "just work faster", "simply try harder", "just speed
# up", "just put in more effort" (not "What would help you work faster?": no "just").
EFFORT = (
    r"(?:(?:work|go|mov|be|get|do|finish|try|push|concentrat|focus)(?:e|es|s|ing|ting)? (?:(?:it|"
    r"things|everything|the [\w'-]+) )?(?:a (?:bit|little|lot) )?(?:faster|quicker|harder|more "
    r"quickly|more carefully|more efficiently|more)|(?:speed|hurry|buck|smarten|shap|pick)(?:s|ing|"
    r"e)? up|(?:put|putting|make|making) (?:in )?(?:more|some|an|the|more of an) effort)\b"
)


# Faults with reasons of their own, found after ``FLAGS`` (whose "hostile" pattern the request
# reading shares: these are said only of questions).
YOURS = r"(?:your|you(?:'re| are| were|'ve| have)?)"
SHORTFALL = r"(?:down|behind|late|short|below|missed|dropped|slipped|fallen|fell|overdue)"
# Their turn put after yours (walkthrough 58, opening a one-on-one): "Let's go through your
# numbers first, then we can talk about what you want", "I've got three things to cover, then
# what's on your mind?"; not "Let's look at the rota first: what got in the way?", which asks
# about the topic itself. A "leading" fault with a tip of its own (questions.py).
AGENDA_FIRST = compile_at_word_starts(
    r"\b(?:(?:first|to start(?: with)?|before (?:that|we get to you))\b|i(?:'ve| have) got "
    r"(?:a few|some|two|three|four|\d+|a couple of) (?:things|points|items|updates))"
    r"[^?]{0,80}?\bthen,? (?:(?:we|you) can |i'?ll let you )?(?:(?:talk|chat) about |get to |"
    r"cover |hear )?(?:what(?:'s| is) on your mind|what (?:do|would) you (?:want|like) to "
    r"(?:talk about|discuss|raise|cover|bring)|what you (?:want|would like|'d like)|"
    r"anything (?:from you|you want|else)|your (?:stuff|things|points|items|questions|"
    r"agenda|bits))"
)
# A topic of theirs ruled out before they answer (walkthrough 60): "…? And please don't bring up
# the rota again, we've done that to death." A "leading" fault with a tip of its own.
RULED_OUT = compile_at_word_starts(
    r"\b(?:don'?t|do not) (?:bring up|mention|start on|talk about|raise|go on about|get "
    r"into) (?:[\w'-]+ ){0,4}?again\b|\b(?:done|talked about|discussed|been over|gone "
    r"over) (?:that|this|it) to death\b|(?:^|(?<=[.!?]\s))not (?:that|this|the [\w-]+) "
    r"again\b"
)
NAMED_FAULTS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        # their shortfall, then "why": "Sales are down 8% on your section, why is that?" asks
        # them to defend the numbers (blind review 48), as "why were you late?" does
        "hostile",
        compile_at_word_starts(
            rf"(?:\b{YOURS}\b[^?]{{0,60}}?\b{SHORTFALL}\b|\b{SHORTFALL}\b[^?]{{0,40}}?\b{YOURS}\b)"
            r"[^?]{0,40}?"
            r"(?:,|\.|;|:|-|–|—)\s*(?:so )?(?:why(?: is| was| are| were| has| have)?(?: that| "
            # blind review 52: "Right, first up: your numbers are down. What happened?"
            r"this| it)?(?: (?:happening|the case|so))?|what (?:happened|went wrong)(?: there)?)"
            r"\s*\?"
        ),
        "asks them to defend a shortfall: what got in the way is easier to answer",
    ),
    (
        # "How about taking an online course?", "What about a mentor?": your idea to accept; not
        # "What about it matters most to you?" nor "What about being a lead would you enjoy?"
        "advice",
        compile_at_word_starts(
            r"\b(?:how|what) about (?:you |just )?(?:(?:try|tak|ask|call|do|go|get|sign|book|"
            r"us|look|talk|mov|speak|join|start|stopp|mak|writ|send|read|set|put)\w*ing|"
            r"(?:a|an|some) (?!of\b)[\w'-]+)\b"
            r"(?!.*\b(?:do|does|did|would|could|will|is|are|was|were|makes?|appeals?|matters?|"
            r"interests?|excites?|worries|bothers?|draws?)\b)|"
            # "how about you?" turns the question round; "how about you take it on?" proposes
            rf"\bhow about{TO_YOU}"
        ),
        "proposes your idea: they can take it or leave it, not think it through",
    ),
    (
        # an assignment dressed as a question: "What do you think about taking on the ordering
        # from now on?", "How would you feel about running the stand-up?"
        "leading",
        compile_at_word_starts(
            r"\b(?:what (?:do|would) you (?:think|say)|how (?:do|would) you feel) (?:about|of|to) "
            r"(?:you |yourself )?(?:taking (?:on|over)|running|owning|handling|covering|leading|"
            r"looking after|picking up|being (?:responsible for|in charge of)|stepping (?:up|in)|"
            r"doing the|managing the)\b|"
            # your plan for them, up for comment: "…about my idea to move you to the early shift?"
            r"\bmy (?:idea|plan|suggestion|proposal|decision) (?:to|of|for) (?:[\w']+ ){0,2}?"
            r"(?:you|yourself)\b"
        ),
        "hands them a task: the only answer it leaves is yes",
    ),
    (
        # their failing named as the topic: "How could you improve your punctuality?"
        "leading",
        compile_at_word_starts(
            r"\b(?:improve|fix|sort out|work on|do about) your (?:punctuality|time-?keeping|"
            r"attendance|attitude|behaviou?r|manners|tone|reliability|lateness)\b"
        ),
        "names their failing as the topic: the answer you want is in it",
    ),
    (
        # the method is yours already: "What's stopping you from doing it the way I showed you?"
        "leading",
        compile_at_word_starts(
            r"\b(?:(?:stopping|stops|stopped|keeps|keeping|kept|prevents|preventing) you from|"
            r"for you to) (?:just )?[\w']+ (?:[\w']+ ){0,4}?(?:the way|how|like|as) i (?:showed|"
            r"told|taught|asked|explained)(?: you)?\b"
        ),
        "the answer is already yours: they can only agree",
    ),
    (
        # impatience: "…and just get on with it?", "…from just doing it?"
        "hostile",
        compile_at_word_starts(
            r"(?:(?<=\bfrom )|(?<=\band )|(?<=\byou to ))\bjust (?:get(?:ting)? on with it|"
            r"get(?:ting)? it done|do(?:ing)? (?:it|as|what|your job)|try(?:ing)? harder|"
            r"follow(?:ing)? (?:(?:the|my) [\w'-]+|orders|instructions)|listen(?:ing)?)\b|"
            r"\b(?:pull|pulling|carry|carrying) your (?:own )?weight\b|"
            # their effort judged too small: "…from just working faster?", "…simply try harder?"
            rf"\b(?:just|simply) {EFFORT}"
        ),
        "“just…” says it should be easy: they have to defend themselves, not think",
    ),
    (
        # their failing, to be stopped: "How can we make sure you stop being late?"
        "hostile",
        compile_at_word_starts(
            rf"\b(?:(?:make sure|ensure|see to it) (?:that )?you (?:stop|quit|don'?t|do not|"
            rf"never)|(?:for|get|need|want) you to (?:stop|quit)) {STOPPED}"
        ),
        "sounds like blame: it asks them to promise, not to think",
    ),
    (
        # blame inside a "what" (review 29): their effort called the least they can get away with
        # ("…do more than the minimum?", "…stop doing the bare minimum?"), an absolute about them
        # wherever it sits ("…the reason you're always behind?"), the person named as the
        # problem, and their no held up against what you did for them ("…after I went out on a
        # limb for you?", "after all I've done for you")
        "hostile",
        compile_at_word_starts(
            r"\b(?:(?:more than|beyond|above) (?:just )?(?:the )?(?:bare )?minimum|"
            r"(?:doing|do|does|did) (?:just |only )?the (?:bare )?minimum|"
            r"you to actually (?:do|try|finish|deliver|show up|turn up|care|listen|bother|pull|"
            r"meet|put in|make an effort)(?: more than (?:the )?(?:bare )?minimum)?|"
            r"you(?:'re| are) (?:always|never|constantly)(?! (?:welcome|free|allowed|able|sure)\b)"
            # praise (blind review 54): "You're always the one who gets the projectors working"
            r"(?! the (?:one|first|person) (?:who|to) (?:helps?|sorts?|fix(?:es)?|spots?|notices?|"
            r"steps? up|offers?|remembers?|knows?|finds?|gets? (?:[\w'-]+ ){0,3}?(?:working|"
            r"done|sorted|fixed|going)))|"
            r"you(?:'re| are) (?:the|part of the) (?:problem|issue)|"
            r"after (?:all (?:that )?|everything )i(?:'ve| have)? (?:did|done)(?: [\w']+){0,3}? "
            r"for you|after (?:all (?:that )?|everything )?i(?:'ve| have)? (?:went|gone|stuck|put)"
            r"(?: [\w']+){0,3}? (?:out on a limb|my neck out|to bat)(?: [\w']+){0,3}? for you|"
            r"what do you mean,? you(?:'re| are)? (?:not|turning|refusing|saying no|quitting|"
            r"won'?t|can'?t|didn'?t|don'?t|haven'?t)|"
            # their competence doubted: "Are you sure you're holding it right?"
            r"are you sure (?:that )?you(?:'re| are)? (?:[\w']+ ){1,2}(?:it|this|that|them) "
            r"(?:right|correctly|properly)"
            r")\b"
        ),
        "sounds like blame: it asks them to defend themselves, not to think",
    ),
    (
        # a label asked as a yes or no: "…are you just scared?", "Is it that you're lazy?"
        "hostile",
        compile_at_word_starts(
            r"\b(?:are|were) you (?:just|simply|only|really just) (?:scared|afraid|frightened|lazy|"
            r"being (?:difficult|lazy|awkward|stubborn|precious)|making excuses|not (?:bothered|"
            r"interested|trying|listening)|too (?:proud|lazy|scared))\b|"
            r"\bis it (?:just )?(?:that|because) you(?:'re| are) (?:just )?(?:scared|afraid|lazy|"
            r"not (?:bothered|interested|trying))\b"
        ),
        "a jab at the person, asked as a yes or no",
    ),
    # What follows the question can undo it (blind review 60: "mixed" answers, each a good open
    # question and then one of these).
    (
        # sarcasm anywhere, before the question too (walkthrough 60): "Wow, you actually noticed
        # something for once. What is it?", "Great, yet another reorg. What do you make of it?"
        "hostile",
        compile_at_word_starts(rf"\b(?:{MOCKERY})"),
        "sarcasm: they will defend themselves, not open up",
    ),
    (
        # a label of them, anywhere: "What's holding you back? You always do this…", "…, given
        # that you've gotten a bit complacent?", "…the other lads seem to manage fine, so…"
        "hostile",
        compile_at_word_starts(
            PERSON_LABEL.pattern.pattern.removeprefix("(?<!\\w)")
            + r"|(?:^|(?<=[.!?,;]\s))\byou (?:always|never|constantly) (?:do|say|make|find|"
            r"talk|leave|miss|forget)\b|\bnot the first time you(?:'ve| have)? (?:been )?\w+|"
            r"\bthe other (?:[\w'-]+ )?(?:seem to )?manage (?:fine|ok|okay|well|perfectly)"
        ),
        "labels them: they will defend themselves, not open up",
    ),
    (
        # your answer given after the question: "What gets in the way? I reckon it's the phones,
        # so I'll move you off the desk", "…? my guess is the new software", "…? I'd say it's
        # behind", "…? I think mentoring would be perfect for you", "…? Make sure you're holding
        # them closer"
        "leading",
        compile_at_word_starts(
            r"(?:(?<=\?)|(?<=\?\s))\b(?:(?:well|honestly|actually|though|but|so|ok|okay),? )*"
            r"(?:i (?:reckon|bet|guess|suspect|imagine|think) (?:it'?s|it is|the|\w+ing|(?:you|we) "
            r"(?:should|need to|could just|just need)\b)|i(?:'d| would) (?:say (?:it'?s|it is|the|"
            r"most|probably|mainly)|guess|go with|suggest)\b|my (?:guess|bet|hunch|money)"
            r"(?: is|'s|'d be)\b|(?:it'?s|that'?s) (?:probably|obviously|clearly|definitely|"
            r"surely)\b|(?:just )?make sure you\b|just (?:use|do|try|ask|ring|call)\b|"
            # the yes pushed for after it: "What's your thinking? Honestly I think you'd be great
            # at it."
            r"(?:i (?:think|reckon|know|bet|'m sure|am sure) )?you(?:'d| would|'ll| will) "
            r"(?:be|make) (?:a |an )?(?:great|perfect|brilliant|amazing|fantastic|ideal|excellent|"
            r"natural|really good|so good|wonderful)\b|"
            # walkthrough 59: "…? Because frankly it looks like you're scared of responsibility",
            # "…? Because turning it down would be a big mistake", "…? Because honestly you need
            # to start planning better"
            r"(?:because|cos|'cause|coz),? "
            r"(?:(?:frankly|honestly|to be honest|tbh|really),? )?"
            r"(?:it (?:looks|seems|sounds) (?:to me )?(?:like|as if|as though)"
            r"(?: [\w'-]+){1,4}|"
            r"you(?:'re| are) (?:just |clearly |obviously |probably )?[\w-]+|"
            r"you (?:need|have|ought|should|must)(?: to)?(?: [\w'-]+){1,3}|"
            r"(?:[\w'-]+ ){1,5}(?:would|will|'d|'ll) be a (?:big |huge |real |massive )?(?:mistake|"
            r"shame|waste|error)))"
        ),
        "answers it for them: your view comes before theirs",
    ),
    (
        # pressure on the answer: "…? I've gone out on a limb for you", "…? I did put my neck out
        # with the matron", "…? I've had the director on my back about your team all week",
        # "…before doing anything rash", "…I'm noting who contributes for the reviews"
        "leading",
        compile_at_word_starts(
            r"\b(?:gone|went|go|going) out on a limb\b|\b(?:put|stuck|sticking|putting) my neck"
            r" out\b|"
            # the verdict after it (blind review 60): "…? You'd be mad to turn it down"
            r"\byou(?:'d| would) be (?:mad|crazy|daft|silly|a fool|foolish|nuts|insane) (?:to|not"
            r" to)\b|"
            r"\bon my back about\b|\bbefore (?:doing|you do) anything (?:rash|silly|stupid)\b|"
            r"\b(?:noting|note|noted|keeping (?:a )?(?:track|note) of) who\b|"
            r"\bhow much (?:the team|everyone|we|i|the (?:ward|shop|kitchen|site)) (?:relies|rely|"
            r"depends?|counts?) on you\b"
        ),
        "puts pressure on the answer: they will say what eases it",
    ),
    (
        # the answer made not to matter: "…? Actually, don't worry, I'll just sort it out myself",
        # "…? we're keeping them whatever you say", "…? Actually, first I need to go through your
        # sickness record", "How would you feel about the new rota I've already signed off?"
        "leading",
        compile_at_word_starts(
            r"\bi'?ll (?:just )?(?:sort|fix|handle|deal with) it(?: out)?(?: myself)\b|"
            r"\bwhatever you say\b|\bno matter what you (?:say|think)\b|"
            r"(?:(?<=\?)|(?<=\?\s))\bactually,? (?:first|before that|before we do|let'?s start "
            r"with)\b|"
            r"\b(?:i|we)(?:'ve| have) already (?:signed off|agreed|approved|confirmed|finali[sz]ed|"
            r"sorted|booked)\b"
        ),
        "takes the answer back: what they say no longer changes anything",
    ),
    ("leading", AGENDA_FIRST, "puts your topics first: theirs come after, if there is time"),
    (
        # walkthrough 60: "What would you like to talk about first? And please don't bring up the
        # rota again, we've done that to death."
        "leading",
        RULED_OUT,
        "rules out what they may want to raise: their turn is no longer theirs",
    ),
    (
        # walkthrough 60: "What do you think is behind it? I'd just like you to fix it by Friday
        # though."
        "advice",
        compile_at_word_starts(
            r"(?:(?<=\?)|(?<=\?\s))\b(?:(?:but|though|anyway|and|so|honestly),? )*(?:i(?:'d| "
            r"would) (?:just |really )?like you to|i (?:just |really )?need you to|"
            r"i (?:just )?want you to|"
            r"(?:just )?(?:fix|sort|get|do|finish|clear) (?:it|this|that)(?: out)? by)\b"
        ),
        "tells them what to do after asking what they think",
    ),
)


# Questions run together with ", and…" (review 44): "What slows you down, and what have you
# tried, and do you want me to talk to IT?". One open part after a fact ("When did you last…,
# and what was going on then?") is one question; two joins, or a yes or no joined on, are more.
JOINED = re.compile(
    r",\s+(?:and|or|then|plus)\s+(?:what|how|when|where|who|why|which|do you|did you|would you|"
    r"shall we|shall i|can you|could you|are you|have you|is there|should we|will you)\b"
)
# A second question after a bare comma, once the sentence has opened as a question: "What
# happened, how did you feel, and what will you do next?" asks three (walkthrough 60). Not a lead
# before the question ("Looking back, what would you…?"): only counted after a question word.
COMMA_WH = re.compile(
    r",\s+(?:how|what|when|where|who|why|which)\s+(?:did|do|does|will|would|could|can|should|is|"
    r"are|was|were|have|has|might)\s+(?:you|we|they|i|it)\b"
)
QUESTION_START = re.compile(r"(?:how|what|what's|when|where|who|why|which)\b")
JOINED_YES_NO = re.compile(  # not "…, or is there something else?": that widens it
    r",\s+(?:and|then|plus)\s+(?:do you|did you|would you|shall we|shall i|can you|could you|"
    r"are you|have you|is there|should we|will you)\b"
)


# A yes or no asked after the open part: a verb, then who it asks about ("…, would you?", "…,
# is it the hours?", "…, did the team agree?"); not "…, would make the biggest difference",
# where the verb goes on with the open question.
NARROWS = re.compile(
    AUX + r"\b(?= (?:you|u|we|i|it|that|this|there|they|he|she|the|your|our|my|his|her|their|"
    r"these|those|[a-z]+'s|anyone|anybody|everyone|someone|a|an|some|any|another|more|both|each|"
    r"every|all|no|one|people|things)\b|\s*\?*$)"
)
# An aside between commas inside the question, not a second question: "What, if anything,
# would…?", "How, in your view, could I…?", "What's the one thing that, if we sorted it today,
# would…?" (the part before the first comma is a question word alone, or stops mid-clause).
ASIDE = re.compile(
    r"^(?:(?:what|how|which|where|when|who|why)|[^,]*\b(?:that|which|who|where|when|if|whether|"
    r"to|the|a|an|and|but|or))\s*,\s*[^,]+,\s*(?!(?:or|and)\b)"
)


def decisive(said: list[str]) -> str:
    """The question that will be answered: the last sentence that asks, else the last one."""
    asking = [s for s in said if s.endswith("?")]
    return (asking or said or [""])[-1]


def last_clause(question: str) -> str:
    """What comes after its last comma, semicolon, colon or dash: where a question may narrow."""
    *_, last = re.split(r"[,;:]\s+|\s[-–—]\s", question) or [question]
    return last


def after_scene(opening: str) -> list[Fired]:
    """The opening cues of the question after a lead that sets the scene, within SCENE_WORDS
    ("Looking back at the quarter, which parts…?", "You see the bay more than anyone - what…?");
    [] when no question opens after one."""
    for scene_end in SCENE_BREAK.finditer(opening):
        if len(opening[: scene_end.start()].split()) > SCENE_WORDS:
            break
        rest = opening[scene_end.end() :]
        if rest.startswith("or "):  # "…, or what?" trails off; it opens no question
            continue
        found = fire(OPENING, PREPOSITION.sub("", strip_lead_in(rest)))
        if found:
            return found
    return []


# Where the question may begin after a closed start: a colon, a semicolon, or ", so" asking their
# view (blind review 58: "You've been on the line longest, so what do you think…?"; not "…the
# complaint, so what happened there?", review 54)
COLON = re.compile(r"[:;]\s+|,\s+(?=so (?:what|how) (?:do|would|could|might) you\b)")
# A question announced mid-sentence (blind review 56): "I don't want to jump in with solutions,
# so can I just ask: what would learning look like for you here?"
ASK_ANNOUNCED = re.compile(
    r"\b(?:can|could|may) i (?:just )?ask(?: you)?(?: this| something)?\s*[:,]\s+"
    r"(?=(?:what|how|why|when|where|who|which)\b)"
)


def _after_a_colon(opening: str) -> list[Fired]:
    """The opening cues of a question word that follows a colon, a semicolon or ", so" asking
    their view (``COLON``), else []."""
    for mark in COLON.finditer(opening):
        found = fire(OPENING, strip_lead_in(opening[mark.end() :]))
        if any(f.name in WH_OPENERS for f in found):
            return found
    return []


def question_cues(said: list[str]) -> tuple[list[Fired], str]:
    """The cues of the question that the sentences ``said`` ask, and that question."""
    question = decisive(said)
    announced = ASK_ANNOUNCED.search(question)
    if announced:  # "…, so can I just ask: what would…?" asks what follows
        question = question[announced.end() :]
    opening = PREPOSITION.sub("", strip_lead_in(QUESTION_IS.sub("", strip_lead_in(question))))
    found = fire(OPENING, opening)
    if not found or SCENE.match(opening):
        found = after_scene(opening) or found
    if YOU_KNOW_WHAT.match(question):  # "you know what i mean?": its "what" asks nothing
        found = [f for f in found if f.name != "q_open_wh"]
    # "how many" is not "how", nor is "how about we": the specific one
    if any(f.name in ("q_fact_wh", "q_proposal") for f in found):
        found = [f for f in found if f.name != "q_open_wh"]
    if any(f.name == "q_view_wh" for f in found):  # "which skills would you be proud of…?"
        found = [f for f in found if f.name != "q_fact_wh"]
    if found and {f.name for f in found} <= {"q_aux"}:
        # a closed start, then the question after a colon: "…so can I just ask: what would
        # learning look like for you?", "You've heard every complaint; what would you like to
        # learn next?" (blind review 56)
        found = _after_a_colon(opening) or found
    then_open = THEN_OPEN.search(opening)
    if then_open and any(f.name == "q_fact_wh" for f in found):
        found.append(Fired("q_then_open", "then asks what or how: room for their answer",
                           then_open.group(0).strip(" ,")))  # fmt: skip
    asks_wh = any(f.name in WH_OPENERS for f in found)
    found += [
        f
        for f in fire(ANYWHERE, question)
        if not (found and f.name == "q_later_wh")  # the opening already says how it asks
        # "how many" after a "what" or "how" is that question's; after "you've been…", a number
        and not (asks_wh and f.name == "q_later_fact")
        # "when … you had" checks no guess
        and not (asks_wh and f.name in ("q_you_think", "q_you_verb"))
    ]
    last = last_clause(opening)
    narrowed = None if ASIDE.match(opening) else NARROWS.match(strip_lead_in(last))
    *_, after_dash = re.split(r"[;:]\s+|\s[-–—]\s", opening)  # "What's driving it - is it…?"
    if not narrowed and after_dash != opening:
        last, narrowed = after_dash, NARROWS.match(strip_lead_in(after_dash))
    unfilled = FILLER.sub("", opening)  # "about the, uh, Peace Corps or…" is one clause
    unfilled_last = last_clause(unfilled)
    options = " or " in unfilled_last and OPTIONS.fullmatch(unfilled_last.rstrip(" ?"))
    if " or " in opening and (or_done := OR_DONE.search(opening)):  # before what it narrows to
        why = "offers the way out: a yes or no that expects the no"
        found.append(Fired("q_or_done", why, or_done.group(0).strip(" ?")))
    elif last != opening and narrowed and "q_aux" not in {f.name for f in found}:
        found.append(Fired("q_narrowed", "then narrows it to a yes or no", narrowed.group(0)))
    elif (picks := PICK_LIST.search(unfilled[-PICK_TAIL:])) and not WIDENS.search(picks.group(0)):
        listed = picks.group(0).strip(" ?:;-–—,")
        found.append(Fired("q_narrowed", "then narrows it to a pick from your list", listed))
    elif unfilled_last != unfilled and options:  # "What do you smoke, regular or lights?"
        found.append(Fired("q_narrowed", "then narrows it to a pick", options.group(0)))
    elif which_is_it := WHICH_IS_IT.match(unfilled):  # the same pick, said without the comma
        found.append(Fired("q_narrowed", "then narrows it to a pick", which_is_it.group(1)))
    elif asks_wh and (restart := RESTART.search(opening)):  # "what about uh is there…?"
        found.append(Fired("q_narrowed", "then narrows it to a yes or no", restart.group(1)))
    elif guess := _guess(opening, after_dash, found):
        why = (
            "then offers your guesses: a pick"
            if " or " in guess
            else "then offers your guess: a yes or no"
        )
        found.append(Fired("q_narrowed", why, guess))
    if not {"q_narrowed", "q_or_done"} & {f.name for f in found}:
        picks = " or " in unfilled and unfilled.rstrip(" ?").endswith(ENDS_A_PICK)  # cheap first
        first = (picks and PICK_FIRST.search(unfilled)) or (
            " or " in unfilled and PICK_TOPIC.match(unfilled)
        )
        if first and not WIDENS.search(first.group(0)):
            why = (
                "asks which of your topics comes first: a pick, not their account"
                if picks
                else "asks which of your topics to take: a pick, not their account"
            )
            found.append(
                Fired("q_pick_first", why, BEFORE_OPTIONS.sub("", first.group(0)).rstrip(" ?"))
            )
        elif " or not" in opening and (or_not := OR_NOT.search(opening)):
            why = "“or not?” makes it a yes or no, and expects the no"
            found.append(Fired("q_or_not", why, or_not.group(0).strip(" ?")))
    before_mine = BEFORE_MINE.search(opening)
    if before_mine and FLOOR & {f.name for f in found}:
        why = "only until your own list: a yes or no that keeps the agenda yours"
        found.append(Fired("q_before_mine", why, before_mine.group(0)))
    if not found:
        found.append(Fired("q_statement", "no question word: reads as a statement to confirm", ""))
    if sum(s.endswith("?") for s in said) >= 2:
        found.append(Fired("q_several", "asks more than one question", ""))
    if len(opening.split()) <= 3:
        found.append(Fired("q_short", "very short", ""))
    return found, question


def _guess(opening: str, after_break: str, found: list[Fired]) -> str:
    """The guess an open question ends on, for a yes or no ("What's the real reason — money?");
    "" when it ends open."""
    if not any(f.name in WH_OPENERS for f in found):
        return ""
    if after_break != opening and GUESS_AFTER_BREAK.fullmatch(guess := after_break.rstrip(" ?")):
        return guess
    guess = GUESS_AFTER_COMMA.search(FILLER.sub(",", opening).rstrip(" ?"))
    if guess:
        return guess.group("thing") or guess.group("said")
    guesses = GUESSES_AFTER_AND.search(opening.rstrip(" ?"))
    return guesses.group(0).strip(" ,") if guesses else ""


# Your guesses, listed after the open part (walkthrough 62: "What worries you about it, and is it
# the hours, or the money, or the team?"): their answer narrowed to your list
GUESSES_AFTER_AND = re.compile(
    r",\s+(?:and |so |or )?(?:is|was|are|were) (?:it|that|they) [^,?]{1,40}?(?:,? or [^,?]{1,40}?)+"
    r"$"
)


# Questions listed, with or without their "?" (walkthrough 53: "- how r things going\n- whats
# blocking u\n- wat do u need from me")
LISTED_QUESTION = re.compile(
    r"(?m)^[ \t]*(?:[•*–-]|\d{1,2}[.)])[ \t]*(?:how|what|what's|why|when|where|who|which|can|could|"
    r"would|will|do|does|did|is|are|have|has)\b"
)


def question_flags(text: str, said: list[str], question: str) -> list[Fired]:
    """Faults in the whole text (its ``said`` sentences): hostile, leading, advice; stacked when
    it asks two or more."""
    found = []
    for name, (pattern, why) in FLAGS.items():
        match = pattern.search(text if name in ("advice", "leading") else question)
        if match:
            found.append(Fired(name, why, match.group(0).strip(" ,.!?;-–—")))
    for name, pattern, why in NAMED_FAULTS:
        if name in {f.name for f in found}:  # one reason per fault: no search for a second
            continue
        match = pattern.search(text)
        if match:
            found.append(Fired(name, why, match.group(0).strip(" ,.!?;-–—")))
    joined = len(JOINED.findall(question))
    asked = strip_lead_in(question)
    if QUESTION_START.match(asked):
        joined += len(COMMA_WH.findall(asked))
    listed = len(LISTED_QUESTION.findall(text))
    if (
        sum(s.count("?") for s in said) >= 2
        or sum(s.endswith("?") for s in said) >= 2
        or joined >= 2
        or (joined and JOINED_YES_NO.search(question))
        or listed >= 2
    ):
        found.append(Fired("stacked", "two or more questions at once: they can answer one", ""))
    # Trainers let a small second question pass ("…? Is that fair to ask?", blind review 60), not
    # three or more: "Write one question" is not met then (walkthrough 60).
    marks = max(len(re.findall(r"\?+", text)), listed, 1)
    if marks + joined >= 3:
        found.append(Fired(MANY_QUESTIONS, "three or more questions at once", ""))
    # "why don't you tell me…" and "why not…" ask for no reason
    asks_why = r"^why\b(?! not\b| don'?t (?:you|we)\b)|\bwhy (?:did|would|are|were|is|do) you\b"
    if re.search(asks_why, strip_lead_in(question)):
        found.append(Fired("why", "“why” can sound like asking them to justify themselves",
                           "why"))  # fmt: skip
    return found
