"""Talking straight: how clearly and how fairly a piece of feedback says what it needs to.

The article says talking straight to a partner "takes a lot of candor, skill, and courage".
Straight feedback is specific and fair: it names the situation and the behaviour, says what it
led to, and asks for something (the situation-behaviour-impact pattern, plus a request). It is
blurred by hedging that buries the point and by vagueness ("some things", "stuff"), and made
harsh by labels or attacks on the person ("lazy", "do you even care?") and by absolutes aimed at
them ("you always", "you never").

Absolutes and labels count only when they point at the person: "we never got the files" is a
fact about a process, and "this will sound dumb" is the writer's modesty, not an insult.

The score starts from the elements present and loses for each issue, clamped to [0, 1].
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .candor_cues import SARCASM, THREAT, candor_cues, without_praise
from .cues import FUNCTION_WORDS, WORD_CUE, find_words, in_their_words
from .faults import PILES_ON, PILES_ON_PATTERN
from .model import Confident, model
from .question_cues import FLAGS as QUESTION_FLAGS
from .request_cues import CLOSERS
from .text import KEEPS_DOING, SARCASTIC_ANOTHER, WEEKDAYS, length_tip, normalise, require_text
from .word_start import SplitSearch, compile_at_word_starts, compile_split

IRREGULAR_PAST = (
    "did|had|got|gave|made|said|told|sent|left|took|forgot|came|went|spoke|wrote|cut|kept|let|"
    "ran|put|brought|showed|found|held|led|built|caught|chose|drove|felt|heard|knew|lost|meant|"
    "met|paid|read|saw|sold|shut|sat|spent|stood|taught|threw|understood|won|wore|hung|skipped"
)
COUNT = r"two|three|four|five|six|seven|eight|nine|ten|\d+|few|several|couple of"
MONTHS = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)"
)
# "what it led to" lists some forty ways of saying an effect: searched split (``compile_split``)
ELEMENTS: dict[str, SplitSearch] = {
    "situation": compile_split(
        r"\b(yesterday|today|tonight|this (morning|afternoon|evening|week|month|quarter|term|"
        r"semester|sprint|season)|"
        r"last (week|night|month|time|friday|monday|tuesday|wednesday|thursday|shift|weekend|term|"
        r"semester|sprint|season)|"
        rf"(on|last|this) ({WEEKDAYS}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|"
        r"in a row|(\d+(st|nd|rd|th)|second|third) (week|time)|"
        rf"({WEEKDAYS})'?s?|"
        # typed short, unmistakably a day (walkthrough 53: "dave - tues u were 40 min late")
        r"(tues|weds|thurs)\b|"
        # "in the meeting", "in yesterday's stand-up"; not "in this team" (who, not when)
        r"in (the|today'?s|yesterday'?s|this|our|your|last|monday'?s) (?!(team|teams|company|"
        r"department|organi[sz]ation|org|business|group|industry|world|role|job|way|future|"
        # nor an idiom (walkthrough 71: "keep me in the loop" was "the moment")
        r"past|end|long run|meantime|first place|loop|dark|picture|know|red|black|clear|wrong|"
        r"right|mood|habit|spotlight)\b)\w+(-\w+)*('s \w+)?|during|"
        r"earlier (today|this (morning|afternoon|week)|on)|"
        r"at (the|\d)(?! (end of my|end of the day\b|moment\b))|on the (call|ticket|shift|floor|"
        r"night|"
        r"day)|when you|re:|"
        r"\d{1,2}(:\d\d)? ?(am|pm)|(\d+ times|(?<!once or )twice)( (this|last) (week|month|quarter|"
        r"year))?|"
        r"(for|in|over) the (last|past)|"
        # walkthrough 54, the lesson's own: "the last three briefs came to me the day before
        # kickoff"
        r"the (last|past) (two|three|four|five|six|few|\d+) [\w-]+|the (day|night|week) before|"
        # a date: "on 3 May", "on the 12th of march", "on march 3rd"
        rf"on (the )?\d{{1,2}}(st|nd|rd|th)? (of )?{MONTHS}|on {MONTHS} \d{{1,2}}(st|nd|rd|th)?|"
        # the day of this month said alone (review 40): "on the 3rd", "by the 14th"
        r"(on|by|since|before|after) the \d{1,2}(st|nd|rd|th))\b"
    ),
    "behaviour": compile_split(
        # "you need to…" is no past: a verb that only ends in -ed is not what they did
        rf"\byou('ve| have)? ((?!(need|feed|proceed|succeed|exceed|speed|heed|bleed)\b)\w+ed|"
        rf"didn'?t|did not|weren'?t|were|wasn'?t|{IRREGULAR_PAST})\b|"
        # not thanks for it: "thank you for all your hard work" describes nothing they did
        r"\b(?<!for )(?<!for all )(?<!appreciate )(?<!appreciate all )"
        r"your (\w+ ){0,2}(report|email|message|code|numbers|totals|slides|update|comment|tone|"
        r"work|draft|summary|ticket|notes|answer|shift|order|station|count|commits?|pull requests?|"
        r"deck|invoices?|timesheets?|rota|schedule|post|presentation|handover|figures|"
        r"forecast)s?\b|"
        r"\b(was|were|got|wasn'?t|weren'?t) (left|sent|fired|skipped|missed|signed|co-signed|"
        r"stacked|label?l?ed|filed|dropped|forgotten|stored|posted|shared|given|used)\b|"
        # any thing done or left undone, in the passive (review 32): "the dishwasher wasn't
        # emptied", "the results were uploaded without…"; not how someone felt ("I was worried",
        # "the client was frustrated": that is what it led to)
        r"\b(?=wa|we)(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )(was|were|wasn'?t|"
        r"weren'?t) (?!(worried|surprised|frustrated|disappointed|exhausted|delighted|pleased|"
        r"interested|concerned|confused|impressed|annoyed|upset|stressed|tired|bored|scared|"
        r"embarrassed|shocked|relieved|excited|overwhelmed|amazed|based|supposed|used to)\b)"
        r"((not|never|\w+ly) )?\w+ed\b|"
        r"\b(left out|is blank|was blank|puts me|it puts)\b|"
        # the work as it came in, faults counted: "last friday's report had three wrong totals"
        r"\b(report|email|invoice|figures|totals|draft|code|slides|deck|order|count|rota|"
        r"spreadsheet|summary|quote|handover)s?( (from|on|for) (your|the|his|her) [\w-]+)? (has |"
        r"have |had )?(had|contained|included|showed|went out with|came (in )?with) (\w+ ){0,2}"
        r"(errors?|mistakes?|typos?|gaps?|blanks?|no [\w-]+|(wrong|missing|incorrect|out-of-date)"
        r"( \w+)?)\b|"
        r"\b(report|email|invoice|figures|totals|draft|slides|deck|order|count|rota|spreadsheet|"
        r"summary|quote|handover)s? (was|were) (missing|incomplete|wrong|blank|half-done)\b|"
        r"\b(changed|dropped|interrupted|cancell?ed|skipped|pushed back|talked over|"
        r"cut \w+ off)\b|"
        # what a camera sees without a "you": "it came forward without a conversation", "the
        # report's been late", "the third late one", "three fridays late", "two deadline moves"
        r"\b((came|brought|moved) forward|moved up)\b|"
        # "when you cc'd my whole team", "you OK'd it"; a moved date said as a noun: "last
        # week's date change", "the second deadline move this month"
        r"\byou (cc|bcc|ok|okay|x)'?d\b|"
        r"\b(date|deadline|scope|plan|rota|schedule|meeting|delivery) (changes?|moves?|"
        r"cancell?ations?|slips?)\b|\b(second|third|fourth|fifth|another|\d+(nd|rd|th)) "
        r"(change|move|cancell?ation|slip)\b|"
        r"\bwithout (a |any )?(conversation|warning|notice|heads-up|word|asking|checking|telling|"
        r"a check)\b|"
        r"\b\w+('s|'ve| is| are| was| were| has| have| had) (been |gone out |come in )?late\b|"
        r"\b(first|second|third|fourth|\d+(st|nd|rd|th)) late\b|"
        r"\b(reached|got to|came to) (me|us|the client|the team) (late|the (day|night|morning) "
        r"(before|of)|on the day|after|at \d\w*)\b|"
        r"\b(two|three|four|five|\d+) (\w+ )?(days|weeks|times|\w+days) late\b|"
        r"\b(twice|two|three|four|\d+) (\w+ )?(moves|changes|cancellations|no-shows)\b|"
        # "the report came in late", not "ask where it was" (a question about a place)
        r"\b(?=it |the )(?<!where )(?<!what )(?<!how )(?<!ask when )(?<!asked when )(?<!me when )"
        r"(?<!whether )(?<!if )"
        # "the client had to chase me" is what it led to, not what was done
        r"(it|the (\w+ ){0,2}\w+)('s|'ve)? (had(?! to\b)|was|were|came in|(has |have |"
        r"had )?come in|"
        r"(has |have |had )?(arrived|gone out)|names|shows|says|moved|slipped|changed|went out|"
        r"left|(has |have |had )?(missed|skipped|failed) (the|its|their|a|an|two|three|\d+)|"
        r"came back (with|without|empty|late|damaged|dirty|short)|"
        # "the stock order went in without the freezer items" (review 44)
        r"went (in|out|off|up|live) (without|with(?! (the|a) (team|client|customer)\b)|late|early|"
        r"missing|unsigned|unchecked|incomplete|wrong|twice)|"
        r"(hasn'?t|hadn'?t|didn'?t) (arrived|come in|gone out|turned up|shown up|been (sent|done|"
        r"signed|checked|filed|updated))|(wasn'?t|weren'?t) (sent|done|signed|checked|filed|"
        r"updated|ready|there))( late)?\b"
    ),
    "impact": compile_split(
        r"\b(?<!if )(which|that|this|it) (meant|means|made|makes|caused|led|left|leaves|cost|put|"
        # quoted whole: "It makes me look stupid", not "It makes" (walkthrough 71)
        r"delayed|forced)\b( (us|me|the team|them|him|her) (look|seem|sound|feel) (like )?(an? )?"
        r"\w+)?|\bas a result\b|\b(?<!you )(?<!u )\w+ had to\b|"
        # "so we missed the cut-off" says what it led to; "so we can plan" what it is for
        r"\bbecause of (that|this|it)\b|\bso (now|the|we|i|she|he|they|our)\b"
        r"(?!( \w+)? (can|could|will|would|may|might|'ll)\b)|"
        r"\b(i|we|they|she|he) (had|have) to\b(?! (say|be honest|admit|tell you|ask|mention|"
        r"point out|raise|flag|be straight|be frank|confess|warn)\b)|\b(team|staff|everyone|nobody|"
        r"client|customer)s? "
        r"(now )?(has|have|had) to\b|\b(lost|delayed|missed|"
        r"confused|frustrated|affected|impact|impacted|upset|embarrassed|cost us|behind|flagged|"
        r"caught|tipped|comped|dinged|fined|complained|exhausted|incident|risk|unsafe|"
        r"end(ed)? up|dropped off|points off|wasted|thrown away|rework|"
        r"redo|half-done|costing|late nights?|overtime|stayed late|work(ed|s|ing)? late)\b|"
        # a measure that moved (blind review 52): "our callback rate slipped to 70% that day"
        r"\b(slipped|dropped|fell|sank|dipped|went down|went up|rose|jumped|spiked|shot up) (from "
        r"\S+ )?to (about |around |nearly |almost |just )?(\d[\d.,]*( ?%| per ?cent| percent)?|"
        r"zero|nothing|half)\b|"
        # walkthrough 53: "client sat waiting + we looked bad"
        r"\b(sat|was|were|kept|left) (\w+ )?waiting\b|\b(we|i|the (\w+ )?team|they|it) (all )?"
        r"(looked|look) (bad|stupid|unprofessional|silly|awful|terrible|sloppy)\b|"
        # ordinary ways of saying an effect: "asked me afterwards who was in charge", "she was
        # crying", "he refused the medication", "the shop rejected 40 dozen", "the sheep got
        # onto the road", "worked till nine", "left people tired"
        r"\b(in tears|(was|were) crying|paid for|cancel(l?ed)? (their |our |my )?leave)\b|"
        # review 44: "we ran out of peas", "we were short on Monday", "the team's now worried"
        r"\b(we|they|i|the (\w+ )?\w+) ran (out of|short of|short|over)\b|\b(we|they|"
        r"the (\w+ )?(team|shift|floor|ward|kitchen)) (was|were) "
        r"(short|short-staffed|understaffed|two down|one down|a person down)\b|"
        r"\b(team|client|customer|staff|everyone|board|boss)('s| is| are|'re|s are)( now)? "
        r"(worried|upset|anxious|annoyed|unhappy|confused|nervous|angry|stressed)\b|"
        # what it did to others (review 35, walkthrough 36): "she stopped talking", "the sales
        # team stopped sending me their numbers", "we never heard her numbers", "I didn't get
        # to make the case", "the day staff couldn't start meds", "they phoned me to ask",
        # "it's making us look unreliable"; not "you stopped…" (what they did)
        r"\b(?!(you|u)\b)\w+ stopped (\w+ing|coming|speaking)\b|"
        r"\b(we|i|they|the (\w+ )?(team|client|customer|board)) never (heard|got|saw|found out|"
        r"learned|knew)\b|\b(i|we|they|she|he) (didn'?t|did not|never) get to\b|"
        r"\b(?<!\bif )(?<!\bif the )(?<!\bwhen )(?<!\bwhen the )(staff|team|crew|nurses|drivers|"
        r"kitchen|floor|cooks|class|students|agents|engineers) couldn'?t\b|"
        r"\b(they|he|she)( had| have|'d|'ve)? (phoned|called|rang|emailed|texted|messaged) "
        r"(me|us)\b|"
        r"\b(makes?|making|made) (us|me|the team|them) (look|seem|sound)\b|"
        # time lost: "one of them waited three hours", "we opened fifteen minutes late"
        r"\bwaited (\w+ )?(an?|one|two|three|four|five|six|\d+|over an?|nearly an?|almost an?) "
        r"(hours?|minutes?|mins?|days?|weeks?)\b|"
        r"\b(?<!you )(?<!you were )(?<!you're )(?<!you are )(\w+ )?(an?|\d+|ten|fifteen|twenty|"
        r"thirty|forty|five|two|three|half an?) (minutes?|mins?|hours?|hrs?) late\b|"
        r"\b(didn'?t|did not|never) (speak|say (a word|anything)|talk|contribute)( again| for the "
        r"rest)\b|"
        r"\b(he|she|they|it|we|the \w+) (refused|rejected|sent back|walked out|quit|resigned|"
        r"got (onto|into|out)|escaped|spoil(ed|t)|tipped over|fell|chased (me|us|him|her))\b|"
        r"\basked (me|us|her|him) (afterwards|later|if|whether)\b|"
        r"\bworked (till|until|til|to) (late|midnight|\d+|nine|ten|eleven|twelve)\b|"
        # blind review 48: "three of us were here until nine", "checkout was down 20 minutes",
        # "he's starting to lose confidence in us"
        r"\b(were|was|stayed|been) (here|there|in|on site|at work|at the office) (until|till|til|"
        r"past) (late|midnight|\d+|eight|nine|ten|eleven|twelve)\b|"
        r"\b(was|were|went|has been|had been) down (for )?(\d+|an?|half an?|two|three|four|five|"
        r"ten|fifteen|twenty|thirty|forty) ?(%|percent|minutes?|mins?|hours?|hrs?|days?)|"
        r"\b(lose|losing) (confidence|faith|trust|patience|interest|customers|clients|money|"
        r"sales|time)\b|"
        # walkthrough 49: "two people worked the weekend to catch up", "one of them is now
        # talking about leaving"
        r"\bwork(ed|ing)? (all |over |through )?(the |this |last )?weekend\b|\bto catch up\b|"
        r"\b(talking|thinking) (about|of) (leaving|quitting|resigning|handing in)\b|"
        # walkthrough 54, the lesson's own: "we threw out $300 of stock", "we shipped a pallet
        # twice", "we binned two trays"
        r"\b(we|i|they|the (\w+ )?(team|kitchen|shop|store|warehouse)) (had to )?(threw|throw|"
        r"binned|scrapped|wrote off|refunded|re-?did|re-?sent|shipped (\w+ ){1,3}twice)"
        r"( out| away)?\b|"
        r"\bleft (people|us|me|them|the team|everyone|staff) \w+\b|"
        # walkthrough 62: "two of my team had already booked leave"
        r"\b(had|have|\w+'d) (already )?booked (their |my |our |annual |the )?(leave|holidays?|"
        r"time off|days off|flights|travel)\b|"
        r"\b(is|\w+'s) now in (his|her|their|the) (notes|report|file|minutes|review)\b|"
        # what it did to people: "she went quiet", "I felt sidelined", "the director now thinks"
        r"\b(i|we|they|she|he) (felt|went quiet|couldn'?t|ended up)\b|\bnow (thinks?|believes?)\b|"
        r"\blanded (badly|poorly)\b|\b(they|we)'?(re| are) (tired|exhausted|worn out|stressed|"
        r"upset|frustrated)\b|\bsince cancell?ed\b|"
        # what could have happened: "we could have lost the client", not "could have a chat"
        r"\b(could|would|might)(n'?t)? have (been|lost|cost|hurt|gone|caused|led|ended|got|"
        r"missed|failed|broken|\w+ed)\b|"
        # complaints or errors coming in, things found missing: "14 tickets came in about…",
        # "we found two pallets missing"
        r"\b((\d+|two|three|four|five|six|ten|a dozen|dozens of|several) )?(tickets?|"
        r"complaints?|calls?|emails?|returns?|errors?|bugs?|incidents?|queries|"
        r"refunds?) (came|poured|flooded|started coming) in( (about|over|from|with) ([\w'-]+ )?"
        r"[\w'-]+)?\b|"
        r"\bfound (\w+ ){1,3}(missing|damaged|broken|short|out of date|expired)\b|"
        # what others noticed or mentioned is an effect; "i noticed" is how i saw it, and
        # "everyone has noticed" is a crowd called in, not an effect
        r"(?=noticed\b|mentioned\b)"  # the word first: the look-behinds only where it is
        r"(?<!\bi )(?<!\bwe )(?<!\bi've )(?<!\bwe've )(?<!\bi have )(?<!\bwe have )"
        r"(?<!\beveryone has )(?<!\beverybody has )(?<!\beveryone's )(?<!\bpeople have )"
        r"(?<!\beveryone )(?<!\beverybody )"
        r"\b(noticed|mentioned)\b|"
        r"\b(the |a |our |two |three )?(client|customer|patient|team|supplier|guest|caller|board|"
        r"manager|auditor|driver|nurse|colleague)s? (phoned|called|rang|emailed|complained|asked|"
        r"waited|noticed|left|cancell?ed|escalated|had to|couldn'?t|didn'?t|got|stayed)\b|"
        # a desk or a customer sending it back: "finance bounced it", "the client queried it"
        r"\b(finance|accounts|payroll|legal|audit|compliance|procurement|the bank|(the |a |our )?"
        r"(client|customer|supplier|auditor|board|insurer|regulator))s? (bounced|queried|"
        r"questioned|returned|disputed|challenged|rejected|refused|sent back) (it|them|the \w+)\b|"
        r"\b(the |a |our )?(client|customer|supplier|auditor|board|insurer|regulator)s? sent "
        r"(it|them) back\b"
    ),
}
# Asked to be someone else, not to do something: "be more of a team player"
TRAIT = (
    r"(be|start being) (a (bit|lot|little) |much |far |way )?(more|less) (of a )?(team player|"
    r"professional|mature|grown-up|"
    r"positive|committed|engaged|respectful|responsible|reliable|pleasant|likeable)\b"
)
TARGETED = r"(you|you'?re|you are|you were|you'?ve been|your \w+ (is|are|was|were))"
ISSUES: dict[str, tuple[re.Pattern[str], str]] = {
    PILES_ON: (
        compile_at_word_starts(PILES_ON_PATTERN),
        "Keep to one thing: give the second criticism its own conversation, or the first gets "
        "lost.",
    ),
    "hedging": (
        compile_at_word_starts(
            r"\b(just|maybe|perhaps|kind of|kinda|sort of|a (bit|little)|i don'?t know if|idk|"
            r"not a big deal|no big deal|sorry to|probably nothing|if that'?s ok|i guess|"
            r"might be|somewhat|possibly|not sure if|only a thought|feel free to ignore|"
            r"totally fine if|tiny|slight|a touch|i could be wrong|might be wrong|not saying|"
            r"i wonder if|i'?d hate (?:for|to)|come across wrong|just so you know|"
            r"(?:don'?t|do not) take this the "
            r"wrong way|at some point|(?:only )?if you have (?:the )?time|"
            r"i don'?t want to complain|i'?m sure you had (?:good |your )?reasons|"
            # a count made small: "the odd late night", "here and there", "now and then"
            r"the (?:odd|occasional) (?!one out\b)\w+|here and there|(?:every )?now and (?:then|"
            r"again))\b"
        ),
        "Say the point once, plainly: each softener makes it easier to miss.",
    ),
    "labels": (
        compile_at_word_starts(
            # the word boundary first: the look-behinds are tried only where a word starts
            r"\b(?<!sound )(?<!sounds )(?<!i'm )(?<!i am )(?<!look )(?<!looks )(?<!seem )"
            r"(?<!me look like an )(?<!us look like an )(?<!i feel like an )(?<!me feel like an )"
            r"(?<!seems )(?<!appear )(lazy|careless|sloppy|incompetent|"
            r"useless|hopeless|unprofessional|rude|selfish|clueless|idiot|stupid|pathetic|"
            r"a disaster|a joke|"
            r"ridiculous|terrible|disappointment|coward|annoying|heartless|amateurs?|a liability|"
            r"garbage|worst|disorgani[sz]ed|menace|genius|incapable|embarrassment|moron|"
            r"lazy|a mess|a nightmare|a shambles|shambolic|unreliable|untrustworthy|"
            # of a person, not of tests (blind review 54: "we lost her input on the flaky tests")
            r"flaky(?! (?:tests?|builds?|wi-?fi|connection|network|ci|pipelines?|jobs?|specs?))|"
            r"a slacker|a liar|arrogant|condescending|patroni[sz]ing|obnoxious|entitled|toxic|"
            # walkthrough 63: "That was disgraceful.", "your attitude stinks"
            r"disgraceful|a disgrace|shameful|disgusting|appalling|atrocious|abysmal|stinks)\b"
            r"(?! question)|"
            r"\bi'?m (?:sick|tired|fed up) of (?:covering|cleaning|doing|picking|carrying)\b|"
            # blind review 60: "I'm honestly done chasing you", "the whole team thinks you've lost
            # the plot", "I know asking people isn't really your thing"
            r"\b(?:i'?m|i am) (?:so |honestly |really |just |absolutely )?(?:done|finished|fed up|"
            r"sick|tired) (?:of |with )?(?:chasing|babysitting|reminding|nagging|covering for) "
            r"you\b|\blost the plot\b|\b(?:isn'?t|is not|not) (?:really |exactly )?your (?:thing|"
            r"strong (?:point|suit)|forte)\b|"
            r"\byou(?:'re| are)? (?:clearly|obviously) (?:don'?t|do not|never|can'?t)\b|"
            r"\bi'?m used to it\b|"
            # blind review 56: "Why can't you manage your time like everyone else?", "What do you
            # think that says about your commitment to this firm?"
            r"\b(?:can'?t|don'?t|won'?t|couldn'?t|didn'?t) you [^.?!]{0,40}? like everyone else\b|"
            r"\bwhat (?:do you think )?(?:that|this|it) says about (?:you|your)\b|"
            # what they are, not what they did: lesson 09's "You're cutting corners" (harsh)
            r"\byou(?:'re| are|'ve been| have been) (?:always |just |constantly )?(?:cutting "
            r"corners|slacking(?: off)?|coasting)\b|"
            rf"\b{TARGETED} (so |such an? |an? |being |just |really )?"
            r"(dumb|impossible|the reason)\b|"
            # not "it makes me look like an idiot": said of the speaker
            r"\b(?<!me look )(?<!us look )(?<!me feel )(?<!i look )(?<!i feel )(?<!i felt )"
            r"like an? (idiot|amateur|child|robot)|\b(nobody|no one|everyone) (wants to work "
            r"with|likes|can stand|hates) you\b|\bhate you\b|\b(are|do|did|were) you (even|ever|"
            r"actually|seriously)\b|\bdo you (have any idea|just not care|not care)\b|"
            r"\byou don'?t (really |even )?(care|get to)\b|\bi don'?t care what\b|"
            r"\bwhat planet\b|\bno clue\b|"
            r"\bon purpose\b|\bfor once\b|\bbabysitting\b|\bmr\. perfect\b|\bout the door\b|"
            r"\bshouldn'?t work with\b|\bwhat'?s wrong with you\b|\bhow hard is it\b|"
            r"\btells me everything i need to know\b|\b(bravo|congratulations on|interesting "
            r"choice|must be nice|nice of you to|really impressive)\b|\b"
            rf"{SARCASTIC_ANOTHER}|"
            r"\bwow,? great\b|\bdon'?t (bother|touch it|come back)\b|\buntil i say so\b|"
            r"\bor you'?re (out|fired|done)\b|"
            # a verdict on their character (walkthrough 36): "your attitude is a problem", "you
            # need to be more of a team player", "you're not a team player"; not "be more careful
            # with the float" (what to do)
            r"\byour attitude( (in|at|on|to|towards?|with|around) [\w' -]{1,25}?| lately| recently|"
            r" these days| of late)? (is|was|has been|'s) (a |the )?(real |big |serious )?(problem|"
            r"issue|poor|bad|terrible|"
            r"unacceptable|awful|not ok|not okay|not good enough)\b|"
            r"\b(change|fix|sort out|sort|adjust|check|improve|work on|lose) (your|the) attitude\b|"
            r"\byour attitude (needs to|has to|must|should) (change|improve)\b|"
            r"(\b(you|u)( really)? (need|have|ought|got|must|should|could)( to)? (try to )?|"
            rf"(^|(?<=[.!?;:]\s)|\bplease )\b(try to )?){TRAIT}|"
            r"\b(not|isn'?t|aren'?t|never|no|\w+'re not|are not) (been )?"
            r"(a |much of a |exactly a )?"
            r"team player\b|\bgrow up\b"
        ),
        "Describe what they did, not what they are: a label or a jab invites defense, not change.",
    ),
    "absolutes": (
        compile_at_word_starts(
            r"\byou('re| are|'ve| have)? (always|never|constantly)\b|\bevery (single )?time you\b|"
            rf"\byou {KEEPS_DOING}|"
            r"\bevery (\w+ )?you (send|do|write|touch|make)\b|\byou (\w+ )?(always|never)\b"
        ),
        "Swap “always” or “never” for the specific time it happened.",
    ),
    # Taking the point back after making it ("…Honestly though, it doesn't really matter.")
    # blurs it on its own, however plain the rest.
    "takes_back": (
        compile_at_word_starts(
            r"\b(?:(?:it )?(?:doesn'?t|does not) (?:really )?matter(?: that much| much)?|no big "
            r"deal|not a big deal|forget (?:i said|it)|ignore (?:me|this)|never ?mind|"
            r"(?:don'?t|do not) want to make (?:a )?(?:big )?(?:thing|fuss|deal)|"
            r"anyway,? (?:how|what|did|are|have)|(?:honestly |but )?it'?s "
            r"(?:probably |really )?fine,? (?:whenever|honestly|really|though)|it'?s probably fine|"
            r"it'?s (?:fine|ok|okay),? we (?:managed|coped|survived)|"
            # the point only hinted at, then dropped (review 35): "Anyway, Fridays, eh?"
            r"anyway,? [\w' ]{1,25}, eh|"
            # made nothing of (review 44): "…a bit late but honestly it's nothing. Keep it up!"
            r"(?:honestly|really|but|though),? it'?s (?:really )?nothing(?=\s*(?:[.!,;]|$))|"
            # named as a small thing, then off to something else: "Also, small thing, the
            # invoices. Anyway, drinks on Friday?"
            r"(?:small|little|tiny|minor) thing,? [^.!?]{1,40}[.!?]+ anyway\b|"
            # the point made small: "…but nothing serious", "not a big issue really"
            r"nothing (?:serious|major|big|dramatic|to worry about)(?! (?:was|were|is|has|had|"
            r"happened|broke|went|got|came)\b)|not a (?:big|huge|major) (?:issue|problem|thing)"
            r"(?: really)?|no biggie)\b"
        ),
        "Stop once you have said it: taking it back tells them it does not matter.",
    ),
    # Harsh by rule (candor_cues): sarcasm, and a threat where a request should be.
    "sarcasm": (SARCASM, "Say it plainly: sarcasm makes them defend themselves, not change."),
    "threat": (
        THREAT,
        "Ask for the change you need instead of a threat: a threat invites defense, not change.",
    ),
    # Hinting instead of saying (review 35): "I'm sure you know why", "You know what you did",
    # "everyone's been talking about…": they must guess the point, and guessing puts them on
    # the defence. Harsh: it accuses without saying of what.
    "insinuation": (
        compile_at_word_starts(
            r"\b(?:i'?m sure |i think |i bet |i reckon |i'?m pretty sure )?you "
            r"(?:already |probably |surely )?know (?:exactly |full well |very well )?"
            r"(?:what you did(?: (?:on|at|in|last|yesterday|this|during) [\w' ]{1,20})?|why|"
            # blind review 54: "I think you already know why they were calling"
            r"why (?:they|he|she|the [\w-]+)(?: (?:were|was|are|is))? (?:calling|called|rang|"
            r"ringing|phoned|phoning|here|upset|angry|complaining|emailing)|"
            r"why (?:i|we)(?:'ve| have)? (?:wanted|want|needed|need|asked|called|brought|pulled) "
            r"(?:to )?(?:talk|speak|see|meet|you in|you here|you aside|you over)[\w' ]{0,30}|"
            r"what (?:this|it|i'?m|i am) (?:is )?(?:about|talking about|going to say|about to say|"
            r"getting at|referring to)|what i mean|"
            r"what happened|what (?:this|that) is about)(?=\s*(?:[.!?…]|$|,? (?:shall|right|eh|"
            r"don'?t you)\b))|"
            r"\bneed i say more\b|\benough said\b|\bi'?ll say no more\b|\bwe both know (?:why|"
            r"what)\b|\b(?:everyone|everybody|people)(?:'s| is| are| has| have)(?: been)? "
            r"(?:talking|saying|whispering|gossiping)\b|"
            r"\bi'?ve heard (?:things|stories|rumou?rs)\b|"
            r"\blet'?s not let (?:that|this|it) happen again,? shall we\b"
        ),
        "Say what happened in plain words: a hint leaves them to guess, and to defend.",
    ),
    "vagueness": (
        compile_at_word_starts(
            r"\b(some things|stuff|certain (issues|things)|you know what i mean|things have been|"
            r"a few (concerns|issues|things|thoughts)|some concerns|the way you do things|"
            # "the whole thing", not "make it the first thing you move" (an order of work)
            r"your attitude|a vibe|vibes|various things|"
            r"the (?!first|last|next|only|same|main|right|one)\w+ thing)\b"
        ),
        "Name one specific moment: when, where, and what happened.",
    ),
}
# When, said so that no moment can be pointed to (walkthrough 54: "the report has been late
# lately"): vague where no specific moment is named besides.
VAGUE_WHEN = compile_at_word_starts(
    r"\b(?:lately|recently|of late|these days|all the time|now and then|from time to time|"
    r"every now and again|sometimes|quite often|a lot lately|"
    # blind review 58: "has become a bit of an issue generally"
    r"generally|in general)\b"
)
ELEMENT_TIPS = {
    "situation": "Say when and where it happened.",
    "behaviour": "Describe what they did, as a camera would have seen it.",
    "impact": "Say what it led to: for the work, the client or the team.",
    "request": "End with what you are asking for, or ask how you can solve it together.",
}
# A sentence that opens on an instruction ("Please use the secrets manager…") asks for
# something: peer reviews, which the reading learns from, rarely open on one (13 tune rows), so
# the weight is set, not fitted.
ASKS_RULES = {"a_verb": 2.0, "a_i_ask": 2.5}
# Sarcasm and jabs dressed as politeness ("with all due respect", "would it kill you to") are
# jabs at the person in feedback as much as in a request: the request reading's own lists.
JABS = tuple(found for found in CLOSERS if found.name in ("sarcasm", "jab"))
HARSH_TIP = "Describe what happened and what you need, not what you think of them."
HEDGES_ALLOWED = 1  # one "I think" or "just" does not blur a clear message
STRAIGHT_FROM = 0.5  # the score from which a message reads as straight
ELEMENT_CUES = {
    "situation": "says when and where",
    "behaviour": "describes what was done",
    "impact": "says what it led to",
    "request": "asks for something",
}
ISSUE_CUES = {
    "harsh": "aimed at them, not at what happened: it will land as harsh",
    "hedging": "softeners blur the point",
    "labels": "a label or a jab at the person",
    "absolutes": "“always” or “never” aimed at the person",
    "takes_back": "takes the point back",
    "sarcasm": "sarcasm: says the opposite of what it means",
    "threat": "a threat instead of a request",
    "insinuation": "hints instead of saying it",
    "vagueness": "no specific moment",
    "demand": "a demand with nothing in it they can do",
    "blame": "a question that blames: they will defend themselves, not solve it",
    PILES_ON: "a second criticism piled on: the first gets lost",
}
# A request in softeners ("maybe the report could go out a tiny bit earlier sometimes") asks,
# but not so it is heard: not shown as a plain ask.
SOFT_ASK = compile_at_word_starts(
    r"\b(maybe|perhaps|possibly|sometimes|some ?time|wondering|a (bit|little|tiny bit)|kind of|"
    r"sort of|only if|"
    r"if (it'?s|that'?s) (not too much|ok|okay))\b"
)
SOFT_ASK_CUE = "asks, but so softly it is easy to miss"
# Issues that make a message harsh, whatever else it does well.
HARSH_ISSUES = frozenset(
    {"harsh", "labels", "absolutes", "sarcasm", "threat", "insinuation", "blame"}
)
DECIDES_HEDGED = ("takes_back", "hedging")  # either one makes it hedged, whatever the score
# Issues that blur without softening: named, but they do not lower the score ("Sort it out" in
# a message that names the moment is still straight; it just asks for nothing).
ONLY_THE_ASK = "only_the_ask"  # the ask and little else: not yet straight, not hedged either
UNSCORED = frozenset({"harsh", "demand", ONLY_THE_ASK, PILES_ON})  # piles_on: a fault (flags)
# Issues that attack or sneer: they cost more than a missing element.
SNEERS = frozenset({"harsh", "labels", "sarcasm", "threat", "insinuation"})


def _only_the_ask(said: str, words: dict[str, str], elements: set[str]) -> bool:
    """Whether the message is its ask and little else (a name, a greeting): "Ruth, please send
    the report by noon on Fridays from now on." Its "moment" is then the ask's own time, a
    deadline for what comes, not a moment that happened."""
    asked = words.get("request", "").lower()
    if "request" not in elements or not asked or elements & {"behaviour", "impact"}:
        return False
    return len(said.replace(asked, " ").split()) <= 3


@dataclass(frozen=True)
class CandorAnalysis(Confident):
    score: float  # in [0, 1]
    elements: frozenset[str] = frozenset()  # of situation, behaviour, impact, request
    # of ISSUE_CUES' names (harsh, hedging, labels, absolutes, …) and only_the_ask
    issues: frozenset[str] = frozenset()
    tips: tuple[str, ...] = ()
    confidence: float = 0.0  # of the harsh reading
    words: dict[str, str] = field(default_factory=dict, compare=False)  # element/issue -> as typed
    read: bool = True  # False for a word or two ("test", "😡"): no verdict, no fault to name

    @property
    def verdict(self) -> str:
        """Harsh when it attacks or sneers; else straight from a score of 0.5, else hedged."""
        if HARSH_ISSUES & self.issues:
            return "harsh"
        if set(DECIDES_HEDGED) & self.issues:  # softened past the point, or taken back
            return "hedged"
        return "straight" if self.score >= STRAIGHT_FROM else "hedged"

    @property
    def flags(self) -> frozenset[str]:
        """Faults besides the verdict: "asks_nothing" when it makes no request, which every
        candor exercise asks for (lesson 09: straight is a moment, what happened, what it led
        to, "and a request")."""
        if not self.read:
            return frozenset()
        if "request" not in self.elements:
            return frozenset({"asks_nothing"})
        # the ask alone, plainly put: no verdict of hedged or harsh to give first (walkthrough 62)
        plain = self.issues <= {ONLY_THE_ASK, "vagueness"} and not self._soft_ask
        if ONLY_THE_ASK in self.issues and self.elements == {"request"} and plain:
            return frozenset({ONLY_THE_ASK})
        return frozenset(self.issues & {PILES_ON})  # lesson 07's habit: no ✔ however straight

    @property
    def cues(self) -> tuple[str, ...]:
        """What was found, each quoting the learner's words that show it where there are such
        words: the fault that decided the verdict, or else the elements present; then the
        other issues."""
        issues = [(name, ISSUE_CUES[name]) for name in ISSUE_CUES if name in self.issues]
        # What made it harsh or hedged comes first, so a short list never leaves it out.
        deciding = self._deciding
        # the specific reason ("a label", "a threat") before the general "will land as harsh"
        first = sorted((i for i in issues if i[0] in deciding), key=lambda i: i[0] == "harsh")
        # What it does well is no reason for a verdict a fault decided: that goes in ``keeps``
        # (walkthrough 59: "“Sort it out”: asks for something" under a harsh verdict's Why).
        found = first + ([] if first else self._elements_found)
        if first and self.verdict == "hedged" and self._soft_ask:  # an ask softened is a reason
            found.append(("request", SOFT_ASK_CUE))
        found += [i for i in issues if i[0] not in deciding]
        shown, quoted = [], set()
        for name, why in found:
            words = self.words.get(name)
            if words and words in quoted:  # "Do you even" is harsh and a jab: say it once
                continue
            # nor twice in overlapping quotes: "Do you even care" a jab, then "Do you even" harsh
            overlaps = any(q and (q in words or words in q) for q in quoted) if words else False
            if overlaps and name == "harsh":
                continue
            if name == "request" and self._soft_ask:
                why = SOFT_ASK_CUE
            quoted.add(words)
            shown.append(f"“{words}”: {why}" if words else f"{name}: {why}")
        return tuple(shown)

    @property
    def keeps(self) -> tuple[str, ...]:
        """What a straight message needs and this one has, in one line, when a fault decided
        the verdict: "the moment (“last Friday”) and what it led to (“the client called”)"."""
        if not self._deciding & self.issues:
            return ()
        kept = [
            name
            for name, _ in self._elements_found
            if not (name == "request" and self._soft_ask)  # too soft to keep
        ]
        named = [
            f"{KEEP_NAMES[name]} (“{self.words[name]}”)" if name in self.words else KEEP_NAMES[name]
            for name in kept
        ]
        if not named:
            return ()
        listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        return (listed[:1].upper() + listed[1:] + ".",)

    @property
    def _soft_ask(self) -> bool:
        """Whether the ask is in softeners: "maybe the report could go out…" is no plain ask."""
        asked = self.words.get("request", "") if "request" in self.elements else ""
        return bool(SOFT_ASK.search(asked.lower()))

    @property
    def _deciding(self) -> frozenset[str]:
        """The issues that decide the outcome: the verdict's, and a criticism piled on (a fault
        whatever the verdict), so that it is quoted first and what is good goes in ``keeps``."""
        verdict = HARSH_ISSUES if self.verdict == "harsh" else frozenset(DECIDES_HEDGED)
        return verdict | {PILES_ON}

    @property
    def _elements_found(self) -> list[tuple[str, str]]:
        """The elements it has, as (name, what it does); a request the message sneers in (“Do
        you even care?”) is no request."""
        sneers = [self.words.get(name) or "" for name in SNEERS if name in self.issues]
        asked = self.words.get("request")
        sneered = bool(asked) and any(s and _overlap(s, asked) for s in sneers)
        return [
            (name, ELEMENT_CUES[name])
            for name in ELEMENT_CUES
            if name in self.elements and not (name == "request" and sneered)
        ]


def _overlap(one: str, other: str) -> bool:
    """Whether two quotes share words: one inside the other, or one running on into the other
    ("Make sure it's on time or we'll have a different" and "or we'll have a different
    conversation")."""
    if one in other or other in one:
        return True
    first, second = one.lower().split(), other.lower().split()
    return any(
        a[-size:] == b[:size]
        for a, b in ((first, second), (second, first))
        for size in range(2, min(len(a), len(b)) + 1)
    )


KEEP_NAMES = {
    "situation": "the moment",
    "behaviour": "what happened",
    "impact": "what it led to",
    "request": "what you ask",
}


# Words in quotes after "told", "said", "called"…: what they said, as a camera heard it ("you told
# the U14s they were 'useless'"), not the writer's own label. Read for the elements, not for
# jabs. Scare quotes with no speech verb ("your report was 'useless'") stay the writer's.
REPORTED = compile_at_word_starts(
    r"\b(?:told|tell|said|say|says|called|call|shouted|yelled|screamed|wrote|posted|texted|"
    r"emailed|messaged|replied|snapped|muttered|described|labell?ed)\b(?:[^.!?\n'\"]|"
    r"(?<=\w)'(?=\w))"
    r"{0,60}?"
    r"(?<!\w)(['\"])[^'\"\n]{1,80}?\1(?!\w)"
)


def _their_own(said: str) -> str:
    """``said`` with the words it reports from someone else left out (as long: quotes still
    map back to the learner's text)."""
    if "'" not in said and '"' not in said:
        return said
    return REPORTED.sub(lambda m: m.group(0)[: m.start(1) - m.start()].ljust(len(m.group(0))), said)


def analyze_candor(text: str) -> CandorAnalysis:
    """Read a piece of feedback and say what makes it straight, and what blurs or sharpens it."""
    said = normalise(require_text(text, "analyze_candor"))
    if not said.strip():
        return CandorAnalysis(0.0, tips=("Write the message you would send first.",), read=False)
    read = len(said.split()) > 2  # "test", "😡": read, but too short for a verdict
    own = _their_own(said)
    harsh_cues, asking_cues = candor_cues(said, own)
    harsh = model("candor_harsh").read(harsh_cues)
    asks = model("candor_asks").read(asking_cues, ASKS_RULES, text=without_praise(said))
    shown = {name: pattern.search(said) for name, pattern in ELEMENTS.items()}
    shown["situation"] = _a_moment(said, shown["situation"])
    words = {name: in_their_words(_whole(said, m), text) for name, m in shown.items() if m}
    if shown["situation"]:
        words["situation"] = in_their_words(_moment(said, shown["situation"]), text)
    elements = set(words)
    if asks.yes:
        elements.add("request")
        words["request"] = _asked_words(said, asks.toward(True), text)
    issues = set()
    for name, (pattern, _) in ISSUES.items():
        found = _beyond(pattern, own, HEDGES_ALLOWED if name == "hedging" else 0)
        if found:
            issues.add(name)
            words[name] = in_their_words(_whole(own, found), text)
    jab = _jab(own)
    sneer = words.get("sarcasm", "")
    if sneer and jab and _overlap(jab.lower(), sneer.lower()):
        jab = ""  # "helped us all sleep" is sarcasm already, not a label besides
    if jab and "labels" not in issues:
        issues.add("labels")
        words["labels"] = in_their_words(jab, text)
    if harsh.yes and not _nerves({found.name for found in harsh_cues}, issues):
        issues.add("harsh")
        words["harsh"] = _named_words(harsh.toward(True), text)
    behaviour, asked = words.get("behaviour", "").lower(), words.get("request", "").lower()
    if behaviour and "request" in elements and behaviour in asked:  # "Can you let me finish?"
        elements.discard("behaviour")  # is what they are asked for, not what they did
        del words["behaviour"]
    if _only_the_ask(said, words, elements):  # "send it by noon on Fridays": no moment yet
        issues.add(ONLY_THE_ASK)
        if "situation" in elements and words["situation"].lower() in words["request"].lower():
            elements.discard("situation")
            del words["situation"]
    if "behaviour" not in elements and "situation" not in elements:
        issues.add("vagueness")
    elif "situation" not in elements and (when := VAGUE_WHEN.search(own)):
        issues.add("vagueness")  # "late lately": no moment they could look back on
        words["vagueness"] = in_their_words(when.group(0), text)
    if _asks_for_a_trait(words, issues):  # "be more of a team player" is a verdict, not an ask
        elements.discard("request")
    if _asked_as_a_jab(words):  # "Do you even care about this kitchen?" asks for nothing
        elements.discard("request")
        del words["request"]
    elif blame := _asked_as_blame(words):  # "Why is the report always late?" (walkthrough 62)
        elements.discard("request")
        del words["request"]
        issues.add("blame")
        issues.discard(ONLY_THE_ASK)
        words["blame"] = in_their_words(blame, text)
    if "request" in elements and (demand := _a_demand(said, words["request"])):
        elements.discard("request")  # "Sort it out": lesson 09 counts "Get it together" as none
        issues.add("demand")
        del words["request"]
        words["demand"] = in_their_words(demand, text)
    harsh_words = bool(SNEERS & issues)
    score = 0.2 * len(elements) + 0.2 - 0.2 * len(issues - UNSCORED) - 0.35 * harsh_words
    tips = _tips(elements, issues, bool({"harsh", "labels"} & issues))
    if not read:
        tips = ("Write the whole message you would send: the moment, what happened, what it led "
                "to, and what you ask.",)  # fmt: skip
    score = round(min(max(score, 0.0), 1.0), 3)
    return CandorAnalysis(
        score,
        frozenset(elements),
        frozenset(issues),
        (*tuple(dict.fromkeys(tips))[:3], *length_tip(text)),
        harsh.confidence if read else 0.0,
        {name: quote for name, quote in words.items() if quote},
        read,
    )


# A run of days, quoted whole where the moment found is part of one: "on each of the last three
# fridays", "three fridays running", not "fridays" (review 29). Read only around the moment.
RUN = compile_at_word_starts(
    rf"\b((on |for |over |in )?(each of |every one of |all of )?the )?(last|past|previous) "
    rf"({COUNT}) (\w+ )?({WEEKDAYS}|days|weeks|months|shifts|meetings|sprints|times|mornings|"
    rf"nights)s?\b|\b({COUNT}) ({WEEKDAYS}|weeks|days|shifts|meetings|times|mornings|nights)s? "
    r"(running|in a row)\b"
)


# A day naming a routine, not a moment: "the friday reports have had errors", "our monday
# meetings run over" (walkthrough 53). "The friday before the launch" still says when.
ROUTINE_BEFORE = re.compile(r"\b(?:the|our|your|these|those) ")
ROUTINE_AFTER = re.compile(r" [\w-]+s\b")
A_DAY = re.compile(rf"(?:{WEEKDAYS})'?s?")


def _a_moment(said: str, match: re.Match[str] | None) -> re.Match[str] | None:
    """The first situation ``ELEMENTS`` finds that is a moment, passing over days that name a
    routine. The text searched again keeps its length, so positions still map to ``said``."""
    while match and _names_a_routine(said, match):
        said = said[: match.start()] + " " * (match.end() - match.start()) + said[match.end() :]
        match = ELEMENTS["situation"].search(said)
    return match


def _names_a_routine(said: str, match: re.Match[str]) -> bool:
    start, end = match.span()
    before = ROUTINE_BEFORE.search(said, max(0, start - 7), start)
    return bool(
        A_DAY.fullmatch(match.group(0))
        and before
        and before.end() == start
        and ROUTINE_AFTER.match(said, end)
    )


def _moment(said: str, match: re.Match[str]) -> str:
    """The moment ``match`` found, as the whole run of days it belongs to when it is one."""
    for run in RUN.finditer(said, max(0, match.start() - 45), match.end() + 15):
        if run.start() <= match.start() < run.end() or match.start() <= run.start() < match.end():
            return run.group(0)
    return _whole(said, match)


NEXT_WORD = re.compile(r"\s+([\w'-]+)")
DATE_END = re.compile(r"\d(?:st|nd|rd|th)? (?:of )?may$")  # "on 3 may" ends on its month


UNITS = frozenset(
    ["min", "mins", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks"]
)


def _whole(said: str, match: re.Match[str]) -> str:
    """The words matched, carried on to a word that means something: "so the client
    cancelled", not "so the"; "the order was late", not "the order was"."""
    words, end = match.group(0), match.end()
    for _ in range(3):  # never past a comma or a full stop: the quote stays their words
        extra = NEXT_WORD.match(said, end)
        last = words.split()[-1]
        # "you were 40" says nothing yet: on through the amount ("you were 40 min late")
        dangling = last in DANGLING or last.isdigit() or last in UNITS
        if extra is None or not dangling or DATE_END.search(words):
            break
        words, end = f"{words} {extra.group(1)}", extra.end()
    # "you did a fantastic" ends inside what it names: on to its noun ("…fantastic job"), up to
    # the next small word or the end of the clause ("it had the wrong liability cap")
    *_, before, last = ["", *words.split()]
    if before in DETERMINERS and DESCRIBES.search(last):
        for _ in range(3):
            extra = NEXT_WORD.match(said, end)
            if extra is None or extra.group(1) in DANGLING:
                break
            words, end = f"{words} {extra.group(1)}", extra.end()
    return words


# "Read it before the next one" told to a person is a jab; asked, or planned together, it is a
# request (review 29): "Can we check the numbers together before the next one?", "Could you
# check with me before the next change?"
BEFORE_NEXT = re.compile(r"before the next$")
ASKED_OR_JOINT = compile_at_word_starts(
    r"\b(?:together|with (?:me|us))\b|^(?:[a-z]+, )?(?:(?:can|could|would|will|shall|should) "
    r"(?:we|i|you|u)|let'?s|i(?:'d| would) like)\b"
)


def _jab(own: str) -> str:
    """The words of the first jab dressed as politeness in ``own``, or "" (a check before the
    next one, asked or planned together, is no jab)."""
    for jab in JABS:
        for found in jab.pattern.finditer(own):
            start = max(own.rfind(stop, 0, found.start()) for stop in ".!?\n") + 1
            if not (
                BEFORE_NEXT.search(found.group(0))
                and ASKED_OR_JOINT.search(own[start : found.end()].strip())
            ):
                return found.group(0).strip(" ,.!?") or found.group(0).strip()
    return ""


TRAIT_ASKED = compile_at_word_starts(
    rf"\b{TRAIT}|\b(change|fix|sort out|sort|adjust|improve|work on|lose) (your|the) attitude\b|"
    r"\byour attitude (needs to|has to|must|should) (change|improve)\b"
)


def _asks_for_a_trait(words: dict[str, str], issues: set[str]) -> bool:
    """Whether the ask is itself a label: "You need to be more of a team player" asks them to
    be someone else, not to do something."""
    asked = words.get("request", "").lower()
    return "labels" in issues and bool(TRAIT_ASKED.search(asked))


def _asked_as_a_jab(words: dict[str, str]) -> bool:
    """Whether the words read as the ask are a jab themselves (walkthrough 54: lesson 09's own
    harsh "Do you even care about this kitchen or anyone in it?" was credited as asking)."""
    asked = words.get("request", "").lower()
    return bool(asked) and any(ISSUES[name][0].search(asked) for name in ("labels", "sarcasm"))


def _asked_as_blame(words: dict[str, str]) -> str:
    """The words that blame, when the ask is a question that blames ("why is the report always
    late?", "why didn't you…?"): asked to defend themselves, not for something to do."""
    asked = words.get("request", "")
    found = QUESTION_FLAGS["hostile"][0].search(asked.lower())
    return found.group(0).strip(" ,.!?") if found else ""


def _beyond(pattern: re.Pattern[str], said: str, allowed: int) -> re.Match[str] | None:
    """The first match of ``pattern`` when it occurs more than ``allowed`` times, else None
    (one scan, stopped as soon as it is decided)."""
    first, end = None, 0
    for _ in range(allowed + 1):
        found = pattern.search(said, end)
        if found is None:
            return None
        first, end = first or found, max(found.end(), end + 1)
    return first


def _nerves(harsh: set[str], issues: set[str]) -> bool:
    """Whether the only sharp notes are nerves in a message that softens itself: "not to be
    weird but maybe…??" hedges; "weird" and "??" are no attack there."""
    return bool({"hedging", "takes_back"} & issues) and harsh <= {"h_mild", "h_shout", "h_self"}


def _named_words(cues: list, text: str) -> str:
    """The learner's words behind the strongest named cue (not a learned word), or ""."""
    named = [cue for cue in cues if cue.words and not cue.name.startswith(WORD_CUE)]
    return in_their_words(named[0].words, text) if named else ""


# Where a clause ends: a stop, a comma, a colon, a bracket or a dash between words.
CLAUSE_END = re.compile(r"[,;:.!?()\[\]\n\"]|\s[-–—]+\s|—|\s(?:so|because|but)\s")
ASK_WORDS = 12  # the longest quote of a request, in words
# Words a quote must not end on when it is cut short: "Can you get it out by", "what would
# help you get it", "Can we agree a deadline you're".
DANGLING = (FUNCTION_WORDS - {"up", "out"}) | frozenset(
    """by until till before after about into onto over under through than because while since
    like and or nor yet its i'm you're we're they're it's that's i've you've we've i'd you'd
    we'd i'll you'll we'll don't can't won't very really what's there's who's how's let's
    each another other both either neither several few most such""".split()  # noqa: SIM905
)
DETERMINERS = frozenset("a an the your my our their his her this that".split())  # noqa: SIM905
# A word that describes rather than names: "a fantastic", "the wrong", "a careful"
DESCRIBES = re.compile(
    r"(?:ic|ful|ous|ive|able|ible|less)$|^(?:wrong|good|great|bad|new|old|big|small|"
    r"whole|same|right|first|last|late|poor|fine|nice|huge|real|short|long)$"
)


def _asked_words(said: str, cues: list, text: str) -> str:
    """The request as they put it: the strongest named cue's words carried on to the end of
    their clause ("Sort it out", not "Sort"; "Can you get it out by Friday noon", not "Can you
    get it out by"); when the clause is long, cut to a word that means something."""
    named = [cue for cue in cues if cue.words and not cue.name.startswith(WORD_CUE)]
    if not named:
        return ""
    start = find_words(named[0].words, said)
    if start is None:
        return in_their_words(named[0].words, text)
    end = CLAUSE_END.search(said, start[0] + 1)
    words = said[start[0] : end.start() if end else len(said)].split()
    if len(words) > ASK_WORDS:
        words = words[:ASK_WORDS]
        while len(words) > 2 and words[-1] in DANGLING:
            words.pop()
    return in_their_words(" ".join(words), text)


VAGUE_ASK_TIP = "Ask for something they can do, not an attitude: what, by when."
# An ask with nothing in it to do, whole: "Sort it out.", "Just get it together", "Do better!"
VAGUE_DEMAND = re.compile(
    r"(?:(?:just|so|now|please|and|then|right|ok|okay),? )*"
    r"(?:sort (?:it|this|that) out|sort it|get it together|get your act together|"
    r"sort yourself out|pull your socks up|shape up|do better|step up|up your game|"
    r"buck your ideas up|deal with it|get a grip|fix yourself|figure it out|"
    # walkthrough 62: "Dave, you're lazy and everyone knows it. Pull your weight."
    r"pull your (?:own )?weight|try harder|do your (?:job|bit)|(?:start )?acting like a "
    r"professional|grow up|"
    r"make (?:it|this) right)"
    r"(?:,? (?:please|now|then|already|asap|for once|for goodness'? sake|"
    r"once and for all))*"
)


def _a_demand(said: str, asked: str) -> str:
    """The sentence the ask is in, when that sentence is a demand with nothing in it to do
    ("Shape up, please.", where the ask found is "please"), else ""."""
    found = find_words(asked.lower(), said)
    if found is None:
        return ""
    start = max(said.rfind(stop, 0, found[0]) for stop in ".!?\n") + 1
    ends = [i for i in (said.find(stop, found[0]) for stop in ".!?\n") if i >= 0]
    sentence = said[start : min(ends) if ends else len(said)].strip(" .!?")
    return sentence if VAGUE_DEMAND.fullmatch(sentence.lower()) else ""


DEMAND_TIP = "Say what you are asking for: something they can do, and by when."
BLAME_TIP = (
    "Ask about the situation, not the person: “What got in the way?” invites them to solve it."
)


def _tips(elements: set[str], issues: set[str], harsh_words: bool) -> list[str]:
    """What to change first: the harm, then the blur, then what is missing (never twice)."""
    missing = [name for name in ELEMENT_TIPS if name not in elements]
    if "vagueness" in issues:  # one tip names the moment; no separate "when" and "what"
        missing = [name for name in missing if name not in ("situation", "behaviour")]
    first = [HARSH_TIP] if harsh_words else []
    if "blame" in issues:  # the question lesson 07 teaches instead
        first.append(BLAME_TIP)
    first += [
        ISSUES[name][1]
        for name in (
            "threat",
            "sarcasm",
            "insinuation",
            "absolutes",
            "hedging",
            "takes_back",
            "vagueness",
            PILES_ON,
        )
        if name in issues
    ]
    # a moment is named ("Ruth, last Friday…"), only the ask is vague ("sort out your
    # attitude"): say what to ask for, not for the moment it has (walkthrough 59)
    if "vagueness" in issues and {"situation", "behaviour"} <= elements:
        first = [VAGUE_ASK_TIP if tip == ISSUES["vagueness"][1] else tip for tip in first]
    tips = {**ELEMENT_TIPS, "request": DEMAND_TIP} if "demand" in issues else ELEMENT_TIPS
    return list(dict.fromkeys(first + [tips[name] for name in missing]))
