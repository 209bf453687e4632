"""The names of the faults each analyzer can raise, apart from the analyzers themselves.

``ANALYZERS`` (what lesson YAML may name, checked when content loads) needs these names, not the
cue tables: keeping them here lets ``import coachlab.feedback`` stay light, and each analyzer's
regular expressions compile only when it first reads something.
"""

from __future__ import annotations

# Whatever the form, not a coaching question
QUESTION_FAULTS = ("hostile", "leading", "advice")
# What rules out a partnering ✔: the choice taken back, the person put on the defensive, or the
# task handed over and left (lesson 04: "Do whatever you like." is not partnering either)
REQUEST_FAULTS = ("takes_the_choice", "on_the_defensive", "walks_away")
# Lesson 06 asks for their gain: the flag a request raises when it says nothing of it
NOTHING_FOR_THEM = "nothing_for_them"
# Lesson 10 asks to start from common ground: the flag a request raises when it names none
NO_COMMON_GROUND = "no_common_ground"
# Three or more questions at once: short of what "Write one question" asks (two are "stacked",
# advice on delivery that trainers let pass)
MANY_QUESTIONS = "many_questions"
STACKED_TIP = "Ask one question, then wait for the answer."

# A second criticism tacked on after the point ("Also, your spreadsheets have lots of typos."):
# lesson 07's Harriet ("While we're at it, your drawings last week were sloppy") is the habit the
# article says effective leaders avoid, criticism piled onto a different problem. A sentence that
# opens so, about them or their work, and finds fault. The pattern is text here (compiled by
# the cue tables that use it: candor and requests).
PILES_ON = "piles_on"
PILES_ON_PATTERN = (
    r"(?:^|(?<=[.!?] )|(?<=[.!?]))(?:and )?(?:also|oh,? and|and another thing|another thing|one "
    r"more thing|while (?:we'?re|i'?m) at it|on (?:a|another) (?:different |separate )?note|by "
    r"the way|btw|plus)\b[,:;]? (?:i(?:'ve)? (?:noticed|saw|see|heard|spotted) (?:that )?)?"
    r"(?:your|you(?:'re| are| were|'ve| have| keep| still)?)\b[^.!?]{0,80}?\b(?:late|sloppy|"
    r"typos?|mistakes?|errors?|messy|a mess|wrong|poor|not good enough|behind|missing|again|"
    r"careless|rude|untidy|slow|unacceptable|lazy)\b"
)
