"""Scorn: swearing, and labels aimed at the person ("you're useless").

Shared by two readings: candor counts it as harsh, and a request that carries it does not
partner however politely it asks ("Could you fix this crap?"). Its own module so that both
cue tables read the same words.
"""

from __future__ import annotations

from .cues import cue

SWEARING = cue(
    "h_swear",
    "swearing",
    r"f+u+c+k\w*",
    r"f\*+k\w*",
    r"wtf",
    r"shit\w*",
    r"bullshit",
    r"crap\w*",
    r"damn\w*",
    r"goddamn",
    r"hell",
    r"ass(?:hole)?s?",
    r"bastard\w*",
    r"bitch\w*",
    r"piss\w*",
    r"dick\w*",
    r"suck(?:s|ed|ing)?",
    r"stfu",
    r"ffs",
    r"screw(?:ed)? (?:up|this|it|you)",
    r"bloody",
    r"fricking",
    r"freaking",
    r"frigging",
)
PERSON_LABEL = cue(
    "h_label",
    "a label aimed at the person",
    r"(?:you|you'?re|you are|you were|are you|your \w+ (?:is|are|was)|you(?:'ve| have) (?:been|"
    r"gotten|got|become|grown)) (?:so |such an? |an? |being |just |really |a complete |a total |"
    r"completely |totally |a bit |rather |quite |pretty |very )?(?:idiot|moron|stupid|"
    r"dumb|lazy|useless|incompetent|clueless|hopeless|pathetic|careless|sloppy|rude|selfish|"
    r"retard\w*|amateur|joke|disaster|liability|embarrassment|clown|fool|noob|garbage|trash|"
    r"crap|shit|horrible|terrible|awful|ridiculous|wrong|"
    # blind review 60: "which shows you're disorganised", "you've gotten a bit complacent"
    r"disorgani[sz]ed|complacent|unreliable|slack|coasting)",
    # "…, which is typical of you", "apart from your habit of chatting at the counter"
    r"(?:so |just )?typical of you|your (?:usual )?habit of",
)
