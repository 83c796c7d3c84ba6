"""Document context of the TIMEX3 tagger: sentences, tense of the clause, and the anchors relative dates use."""

from __future__ import annotations

import calendar
import contextlib
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from qa import timex_rules as R
from qa.timex_calendar import Val, shift_date

# A blank line ends a heading too; so does a period glued to the next sentence ("its independence.Some economists").
_SENT_END = re.compile(r"[.!?](?:['\"”’]*\s+|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2}))|\n\s*\n\s*")

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Inc|Corp|Co|Ltd|Jr|Sr|No|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m|vs|Mt|Ft)|\b[A-Z])\.$"
)

# "until 1 a.m. On Saturday, ...": the clock's period closes the sentence when a capitalized word other than a
# day, a month or a time zone follows ("at 5 p.m. Sunday", "9 a.m. Eastern" go on).
_CLOCK_THEN_SENTENCE = re.compile(
    r"[ap]\.m\.\s+(?!(?:"
    + R.alt([w.title() for w in (*R.WEEKDAYS, *R.MONTHS)])
    + r"|[ECMP][SD]?T|GMT|UTC|Eastern|Central|Pacific|Mountain|Atlantic)s?\b)[A-Z][a-z]"
)

# "would not say Friday", "wouldn't comment": a refusal, told in the past.
_REFUSED = r"(?:say|comment|talk|disclose|confirm|discuss|elaborate|specify|reveal|answer|identify|name|speculate)\b"
_FUTURE_CUE = re.compile(
    r"(?i)(?:\b(?:will|shall|going to|scheduled|plans? to|planned for|expected to|expects? to|is to|are to|"
    r"(?:forecast|predicted|projected) to|"
    r"(?:expect(?:s|ed)?|forecasts?|predict(?:s|ed)?|projects?) (?:\w+ ){1,2}to|"
    r"due to (?:be|take|expire|hit|finish|make|end|emerge|give|attend|roll|fly|arrive|put|adjourn|get|begin|include|"
    r"participate|premiere|tape|play|start|host|return|open|close|meet|hold|face|land|launch|resume|report|announce|"
    r"come|go|leave|release|appear|hear|vote|retire|testify|sign|run|air|debut|reopen|kick|visit|travel|deliver|"
    r"complete|receive|rule|decide|submit|publish|issue|reach|stand|step|speak|address|sail|depart|conclude|lift|"
    r"rise|fall|increase|drop|move|become|remain|stay|serve|pay|see|set|sit|wrap|hand|file|perform|present|unveil|"
    r"reconvene|convene|graduate|marry|headline|compete|race)\b|"
    r"is due|are due|set to|set for(?! \$)|slated|"
    r"set (?:(?:a|an|the|his|her|their|its|[\w-]+['’]s) )?(?:[\w-]+ ){0,2}?"
    r"(?:date|trial|hearing|sentencing|deadline|vote|arraignment|election|referendum) for(?! \$)|"
    r"poised to|on track to|tipped to|"
    r"next(?!\s+(?:to|door)\b)|upcoming|"
    r"to be held|intends? to|"
    r"supposed to|ahead of|in anticipation of|in preparation for|look(?:s|ing)? forward to|can['’]t wait (?:for|to)|"
    r"will be|payable|effective|planned|planning|plan to|agreement to|agreed to(?! an? )|hopes? to|aims? to|seeks? to|"
    r"wants? to|promis(?:ed|ing) to|pledg(?:ed|ing) to|vow(?:ed|ing) to|decided to|voted to|threaten(?:s|ed)? to|"
    r"(?:a|the) pledge to|"
    r"would(?! have (?:been|had|done|made|gone|seen|taken|won|lost|\w+ed)\b| not " + _REFUSED + r")|"
    r"(?:is|are) (?:also |very |more )?likely to|"
    r"(?-i:may|might)(?!(?: not| also| however| \w+ly)* (?:have|be)\b)|"
    r"(?<!\ba )must(?! have\b)|needs? to|has to|have to|"
    r"(?:urged|encouraged|asked|called on|ordered|ordering|directed|directing)\s+"
    r"(?:[\w'’.-]+\s+){1,4}?to(?=\s+[a-z]+\b(?<!\bthe)))\b"
    r"|'ll\b|won't\b)"
)

# A deadline preposition right before the expression points forward ("by February", "until mid-November",
# "beyond Tuesday") ...
_DEADLINE_PREP = (
    r"(?i)\b(?:by|until|till|through|beyond|expected in|due in|before|as soon as|between now and|"
    r"from now (?:until|to))\s+"
)
_FUTURE_PREP = re.compile(_DEADLINE_PREP + r"(?:early |late |mid-?)?$")
# ... and in a clause whose verb is known, before a part of a month too ("forecasted demand through the end of
# September"); alone, "Through the end of October, data shows ..." says nothing of the side.
_FUTURE_PREP_PART = re.compile(_DEADLINE_PREP + r"(?:early |late |mid-?|the (?:end|middle|start|beginning) of )?$")

# ... though "began before Easter" stays in the past: "before" only orders two events; "did not make a payment due
# in April" was due then; and "continued through Sunday night", "stayed until Sunday" only say how long something
# lasted.
_ORDERING_PREP = re.compile(r"(?i)before\b|due in\b")
# ... unless a verb sets the span ("extended loans through January"): then the end lies ahead.
_DEADLINE_VERB = re.compile(
    r"(?i)\b(?:extend|postpone|delay|defer|push|adjourn|suspend|give(?!n that)|gave|grant|set|forecast|predict|"
    r"project|budget|(?<!was )(?<!were )(?<!once )expect|anticipate)\w*|\b(?:have|has) (?:until|till|through)\b"
)  # ... or a forecast's ("forecasted demand through the end of September"), or "have until" (a deadline)

# What dates a month and day written without its year (month_day): the noun after it ("the Jan. 6 committee"),
# a year right before it ("in 2021 on February 18"), or the date it is coordinated with ("February 18 and").
_NEXT_WORD = re.compile(r"(?:th)?\s+([A-Za-z]+)")
_YEAR_RIGHT_BEFORE = re.compile(
    r"\b(1[6-9]\d\d|20\d\d),?\s+on\s+$|\b(1[6-9]\d\d|20\d\d) (?:dates|schedule)\b[^.:]{0,20}:\s*$|"
    r"\b(1[6-9]\d\d|20\d\d):[^.:]{0,60}\bDate:\s*$"
)  # "in 2021 on February 18", "The 2021 dates are as follows: July 16", "1939: World War II starts • Date: Sept. 1"
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")
_DATE_AND_BEFORE = re.compile(r"(?i)\b[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:and|or|to|through)|,)\s+$")
# A plan reported with "would" (and no "will" after it) may lie on either side of the DCT (month_alone_year).
_WOULD_BEFORE = re.compile(
    r"(?i)\b(?:would|(?:decided|agreed|voted|promised|pledged|vowed|planned|threatened|hoped|wanted|sought|aimed|"
    r"intended|(?:was|were) (?:scheduled|expected|set|slated|due))\s+to)\b(?!.*\b(?:will|next|'ll)\b)"
)  # ... or a plan told in the past ("decided to wait for his birthday in July")
# The last verb of saying before a "that" clause ("said in an email Wednesday that ..."); see Ctx._clause_tense.
_SAYING_BEFORE = re.compile(
    r"(?i)\b(?:said|told|announced|wrote|reported|stated|confirmed|warned|says|tells|announces|announce|announcing|"
    r"saying|telling)\b(?!.*\b(?:said|told|announced|wrote|reported|stated|confirmed|warned|says|tells)\b)"
)
# "has two games left", "with 2:30 left": what is left lies ahead.
_LEFT_OVER = re.compile(r"(?i)\b(?:has|have|with|are|is)\s+(?:\S+\s+){1,3}$")
# "heavy snow expected Tuesday and Wednesday": a forecast (not "was expected").
_FORECAST_BEFORE = re.compile(
    r"(?i)(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bhad )\bexpected\s+"
    r"(?:(?:on|by|in|for|early|late|as early as)\s+)?(?:\w+\s+(?:and|or)\s+)?$"
    # ... or a chance of weather: "could create chances for scattered storms Thursday"
    r"|(?<!\bwas a )(?<!\bwas )(?<!\bwere )(?<!\bhad )\bchances?\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}"
    r"(?:rain|snow|storms?|showers|thunderstorms|flurries|sleet|"
    r"precipitation|frost|fog)\s+(?:(?:on|early|late)\s+)?(?:\w+(?:\s+night)?\s+(?:and|or|into)\s+)?$"
)
# A present perfect ("have shot up since late February") counts from the latest such month.
_PERFECT = re.compile(r"(?i)\b(?:has|have|hasn't|haven't)\b|['’]ve\b")
# A photo credit after a caption ("David J. Phillip/AP"): the caption tells the past in the present.
_PHOTO_CREDIT = re.compile(
    r"\s*(?!The\b)(?:[A-Z][\w.'’-]*\s){1,3}?[A-Z][\w.'’-]*/(?:(?:[\w .]+/){0,2}(?:AP|Getty Images|Reuters|AFP|"
    r"USA Today|USA TODAY|EPA|Bloomberg|Shutterstock|MLB Photos|NurPhoto|Sipa USA|Imagn|Anadolu|CNN|"
    r"The Associated Press)\b|"
    # ... or any organization after a photographer's name ("Douglas R. Clifford/Tampa Bay Times/Zuma"), then the
    # next caption (not "The New York Times/Siena College survey": no photographer)
    r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}(?:/[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4})?\s+[A-Z])"
)
_WHICH_BEFORE = re.compile(r"\b(?:which|that)\s+(?:\w+\s+){0,2}?[a-z]+s\b[^,;.()]*$")
# A clause that tells another time than the year named before it ("in 1982, after a report in January").
_OTHER_CLAUSE = re.compile(r",\s+(?:after|before|because|although|though|until|but)\b")
_DASH = re.compile(r"\s[—–]\s")
# A participle clause of saying ("..., telling POLITICO in October", "..., saying it would provide", "a new policy
# Friday saying employees would have to return").
_REPORTING_CLAUSE = re.compile(r"(?i),\s+(?:telling|saying|adding|noting|announcing|writing|citing)\b|\s+saying\b")
# A source named after the clause it reports, ending it: ", The Wall Street Journal reported, citing ...".
_ATTRIBUTION = re.compile(r",\s+(?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s+){1,5}reported(?=[,.]|\s*$)")
# An aside ("(PT)"), a short quoted title ('a third week of "Wheel" in early January', "'Saved by the Bell' reboot")
# or scare quotes ('a “sanctuary” ordinance') split no clause.
_QUOTED_TITLE = r"\"[A-Z][^\"]{0,30}\"|“[A-Z][^“”]{0,30}”|(?<!\w)'[A-Z][^'\n]{0,30}'(?!\w)"
_ASIDE = re.compile(r"\([^()]{1,20}\)|" + _QUOTED_TITLE + r"|[\"“][a-z][\w' -]{0,28}[\"”]")
_IN_PARENTHESES = re.compile(r"\([^()]*$")
# "last" as a verb ("threats which will last overnight", "expected to last through Friday") is no past cue.
_VERB_LAST = "".join(
    rf"(?<!\b{w} )" for w in ("will", "would", "to", "could", "can", "may", "might", "should", "must", "'ll", "n't")
)
_PAST_CUE = re.compile(
    r"(?i)\b(?:since(?:\s+(?:just\s+|shortly\s+|right\s+|long\s+)?(?:before|after)|\s+(?:the|his|her|their|its|our))?|"
    r"ago|ended|" + _VERB_LAST + r"last|was|were|had|did|(?:more|fewer|less|higher|lower) than|"
    r"up from|down from|compared (?:with|to)|would(?: not|n't) " + _REFUSED + r"(?:\s+on)?)\s*$"
)  # ... and a figure compared with an earlier one ("14 more than Friday", "up from Monday"); "since before
# Thanksgiving" looks back too

AMOUNT_BEFORE = re.compile(r"(?i)(?:\d|percent|cents?|dollars?|times|once|twice|yen|marks|francs|pounds)\S*\s+$")


# A sentence that opens another story in a round-up ("Separately, America West reported ...").
_NEW_STORY = re.compile(r"(?i)\s*(?:separately|meanwhile|elsewhere|in other news)\b")
_REPORTING = re.compile(
    r"(?i)(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bwas )(?<!\bwere )\b(?:said|says|say|announced|reported|told|"
    r"added(?!\s+(?:(?:a|an|another|about|some|nearly|roughly|almost|over|more than)\s+)?(?:[a-z-]+\s+)?[$\d])|"
    r"according to|predicted|warned)\b"
)  # not a passive ("will be announced Wednesday", "the fire was reported shortly before midnight Wednesday"), nor a
# figure added ("employers added a booming 517,000 jobs in January")
# A reporting verb whose object, with no verb of its own, runs up to the expression.
_OBJECT_OF_REPORT = re.compile(
    r"(?i)\b(?<!\bbe )(?<!\bare )(?<!\bis )(?<!\btypically )(?<!\busually )(?:said|announced|reported|told)\s+"
    r"(?:(?!\b(?:that|which|who|could|would|will|may|might|can)\b)[^,;:.!?\"“”()])*$"
)
# A report of what begins on a day: "has said starting Saturday, live music venues can reopen".
_STARTING_OBJECT = re.compile(r"(?i)\w+\s+(?:starting|beginning|effective|from|until|by)\b")
# A participle that continues the clause before it ("..., followed by snow on Monday").
_FOLLOWED_BY = re.compile(r"(?i)\s*(?:and\s+)?(?:followed|trailed|preceded)\s+by\b")
# A clause boundary before the expression: punctuation, quotes or a reporting verb.
_CLAUSE_SPLIT = re.compile(
    rf"[;(\"“”]|(?<!\d),|,(?!\d)|(?<!\d):|:(?!\d)|``|''|{_REPORTING.pattern.removeprefix('(?i)')}", re.IGNORECASE
)  # not the colon of "11:59" or the comma of "10,000"
# A conjunction right after the expression opens another clause, whose verb is not the expression's.
# A "that" clause whose subject runs up to the expression: "have joked that a successful run in ".
_THAT_SUBJECT_BEFORE = re.compile(
    r"(?i)\b(?:[a-z]+ed|said|says|say|think|thinks|thought|believes?|hopes?|expects?|knows?|knew|imagine|feels?|felt|"
    r"argues?|insists?|told\s+\w+)\s+that\s+(?:(?:a|an|the|its|his|her|their|this)\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# "come Sunday", "come November": when that time comes (not "have come this year", "did not come Monday").
_COME_BEFORE = re.compile(r"(?i)(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bdid )(?<!\bnot )(?<!n't )\bcome\s+$")
# A time told by a past event after it ("from Wednesday, when the last possible exposure occurred", "at 7 p.m.
# Saturday, around the time the power went out"): the "when", and what in its clause is not the event's own verb (a
# relative clause, an aside in commas, a saying).
_WHEN_EVENT_AFTER = re.compile(r",?\s+(?:when|(?:around|about|at|just|right) the time)\s+")
_RELATIVE_WORD = re.compile(r"\b(?:who|that|which)\b")
_ASIDE_IN_COMMAS = re.compile(r",[^,]*,")
_SAYING_WORD = re.compile(r"(?i)\b(?:said|says|say|told|tells)\b")
# A time that draws near: "the November elections fast approaching", "Friday's deadline looming".
_APPROACHING_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:despite|of|the|a|an|in|on|at|for|with|amid|and|or|but|as|to|from|by)\b)[a-z-]+){0,2}"
    r"\s+(?:(?:is|are)\s+)?(?:fast\s+|quickly\s+|rapidly\s+|now\s+)?"
    r"(?:approaching|approaches|looming|looms|nearing|nears|drawing near|around the corner)\b"
)
_NEW_CLAUSE_AFTER = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\b")
# ... as does a coordinated predicate after a past verb ("announced the indictment Thursday and is expected to
# unveil ..."; not "could develop over the weekend and will slowly move").
_AND_PREDICATE_AFTER = re.compile(r"\s+and\s+(?:is|are|was|were|will|would|has|have|had)\b")
_CLAUSE_END = re.compile(r"[;(\"“”]|(?<!\d):|:(?!\d)|``|''|\b(?:said|says|according to)\b")
_PAST_VERB = (
    r"\b(?:(?:has|have)(?: not| never| already| just| long)? (?:been|seen|done|gone|made|taken|given|become)|"
    r"was|were|had|did|wasn't|weren't|didn't|hadn't|[a-z]{2,}[^e\W]ed|[a-z]+[^e\W]ied|said|told|met|began|"
    r"took|went|came|made|saw|gave|held|left|sold|bought|rose|fell|won|lost|got|ran|brought|found|spoke|wrote|"
    r"sent|spent|struck|fought|paid|led|fled|flew|broke|chose|drove|knew|grew|threw|shot|stood|became|kept|died|"
    r"slid|sank|swept|built|caught|taught|tore|woke|rang|sought|meant|felt|heard|dealt|thought|wore|ate|drew|"
    r"froze|hung|sat|shook|stole|swore|hid|rode|sang|slept|stuck|swam|dug|withdrew|overcame|upheld|forgave|"
    r"forgot|understood|arose|awoke|clung|tied|lied|lit|bore|bled|bred|overtook|shone|shrank|sped|sprang|spun|"
    r"stung|strode|swung|undertook|underwent|wept|mistook|oversaw|withheld|forbade|befell|knelt|leapt|flung|blew|"
    r"wove|wrung|sued|used|agreed|disagreed|freed|guaranteed|decreed)\b|\bwould(?: not|n't) " + _REFUSED
)
# "it's", "that's": "is" after a pronoun (not a possessive, "the schedule's").
_IS_CONTRACTING = ("it", "he", "she", "that", "there", "what", "who")
_IS_CONTRACTED = "(?:" + "|".join(rf"(?<=\b{w})" for w in _IS_CONTRACTING) + r")'s\b"
_PRESENT_VERB = (
    _IS_CONTRACTED
    + r"|\b(?:is|are|am|isn't|aren't|meets?|begins?|starts?|opens?|holds?|visits?|leaves?|arrives?|heads?|goes|"
    r"returns?|resumes?|ends?|closes?|travels?|votes?|decides?|expires?|terminates?|convenes?|hosts?|faces?|takes?|"
    r"plays?|runs?|launches|gathers?|sits?|testif(?:y|ies)|appears?|reopens?|kicks? off|wraps? up|concludes?|"
    r"gets? (?:underway|under way|started|going)|tips? off|commences?|turns \d{1,3}(?!\d|%| percent|\s*[—–,)])|"
    r"premieres?|debuts?|airs|culminates?|"
    # what may be done or happen: "drivers with even plates can gas up on Saturday", "the coupon may not be
    # redeemed until June" (not "may have met Friday", nor the month "May")
    r"can|(?-i:may|might)(?!\s+(?:not\s+)?have\b)|"
    # an occasion to come ("celebrates his 60th birthday on Friday"; not a caption's "celebrates a touchdown")
    r"celebrates(?=\s+(?:[\w'’“”\"-]+\s+){0,4}?(?:birthday|anniversary|holiday|centennial|bicentennial|jubilee|"
    r"festival|[A-Z]\w*\s+Day)\b)|steps? (?:down|aside)|retires|resigns|graduates|continues?|"
    # a release: "the film comes out Friday", "Taylor Swift drops her 10th studio album on Friday"
    r"comes? out|hits? (?:theaters|stores|shelves)|drops(?=\s+(?:her|his|its|their|a|an|the|new)\s)|"
    # what it precedes lies ahead: "It comes two days before the Queen's state funeral on Monday"
    r"comes?(?=\s+(?:just\s+|only\s+)?(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|hours?)\s+)?"
    r"(?:before|ahead of)\b)|"
    r"(?<!\bit )comes? to(?! (?:mind|terms|light|grips|blows|an end)\b))\b"  # "the tour comes to town"
)
# "The city could pick up 6 inches of snow Thursday": a possibility ahead when a noun is its subject; not what a
# person could do ("told them they could remove their masks Friday", "until crews could carve out a path"), nor a
# past perception or a reporter's attempt ("could be seen building the memorial Tuesday morning", "could not be
# reached Wednesday").
_COULD_AHEAD = (
    "".join(rf"(?<!\b{w} )" for w in ("I", "you", "he", "she", "we", "they", "who", "what", "which", "that"))
    + r"\bcould(?!(?:\s+\w+ly)?\s+(?:not|have|only|be (?:seen|heard|found|reached|located|contacted))\b)(?!n't)\b"
)
# ... nor what someone could do in a clause of its own ("until crews could carve out", "what DOJ could look at",
# "how quickly it could complete", "everything the U.S. could muster", "Neither he nor ... could be located").
_ABILITY_BEFORE = re.compile(
    r"(?i)\b(?:until|till|before|what|whatever|how \w+|everything|anything|nothing|all|neither|no one|nobody|none)"
    r"\s+(?:[\w.'-]+\s+){0,6}$"
)
_TENSE_WORD = re.compile(
    rf"(?P<future>{_FUTURE_CUE.pattern.removeprefix('(?i)')}|{_COULD_AHEAD})|(?P<past>{_PAST_VERB})|(?P<present>{_PRESENT_VERB})",
    re.IGNORECASE,
)
# A past reporting verb right before the expression dates the report, not what it reports ("said Friday"); not
# a passive after "be" ("will be announced in April").
_REPORTED_BEFORE = re.compile(
    r"(?i)(?<!\bbe )(?<!\bbeing )(?<!\bare )(?<!\bis )(?<!\bare typically )(?<!\bis typically )(?<!\bare usually )"
    r"(?<!\bis usually )\b(?:said|announced|reported|told \w+|added|predicted|warned|disclosed|confirmed)\s+"
    r"(?:on\s+|in\s+(?:early\s+|late\s+|mid-?)?)?$"
)
# ... also with where it was said in between ("said in a news release Friday", "told reporters at a briefing Monday").
_REPORTED_IN_BEFORE = re.compile(
    r"(?i)(?<!\bbe )(?<!\bis )(?<!\bare )\b(?:said|announced|reported|told \w+|added|warned|confirmed|wrote)\s+"
    r"(?:in|during|at|via|through|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}$"
)
# A plan named by a bare participle inside a noun phrase ("the talks scheduled for Monday ..."), no auxiliary.
_PARTICIPLE_PLAN = re.compile(r"(?i)^(?:(?!\b(?:is|are|was|were|be|been|will)\b).)*\b(?:planned|scheduled)\b")
# A second plan joined to the first: "a hearing scheduled for January and a trial date set for March".
_PARALLEL_PLAN_AFTER = re.compile(
    r"(?i),?\s+and\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w-]+\s+){1,3}?(?:planned|scheduled|set|slated)\s+"
    r"(?:for|to)\b"
)
# A relative clause of intent inside the subject ("the company that plans to merge with ..."): not the clause's verb.
_INTENT_RELATIVE = re.compile(
    r"(?i)\b(?:that|which|who)\s+(?:plans?|aims?|intends?|hopes?|wants?|seeks?|is set|are set|is going|are going)"
    r"\s+to\s+\w+"
)
# After a fronted expression ("On Friday, the government planned ..."), these read as past verbs.
# ("the ministers, meeting Thursday, are expected to ..." keeps its auxiliary's future).
# So do past verbs that look ahead only for what follows them ("Meta in December agreed to settle", "on Monday
# asked a judge to appoint").
_WEAK_FUTURE_AFTER = re.compile(
    r"(?i)(?<!\bis )(?<!\bare )(?<!\bbe )\b(?:planned|scheduled|expected|set(?= for\b(?! \$))|"
    r"(?:agreed|promised|pledged|vowed|decided|voted|threatened)(?= to\b)|"
    r"urged|encouraged|asked|called on|ordered|directed)\b"
    r"|^\s*proposed\b"  # "The mayor on Monday proposed returning ...": the verb, not "the proposed rule"
)
# "backpacks filled with supplies", "the stadium located near the diamond": an "-ed" word before "with" (or a word
# of place before "in"/"near"), a participle after a future verb's object (not "by": "a bill signed by the governor
# on Monday" dates the signing).
_PARTICIPLE_WITH = re.compile(r"(?i)\b\w+ed\s+with\b|\b(?:located|situated|based)\s+(?:in|near|at|on)\b")
_PARTICIPLE_AFTER_BE = re.compile(
    r"(?i)(?:\b(?:be|been|being|is|are|am|stays?|remains?|gets?|keeps?)|(?<=\bI)'m|(?<=\w)'re|"
    + _IS_CONTRACTED
    + r")\s+"
    r"(?:(?:more|less|very|so|too|either|also|still|not|now|already|all|often|always|never|\w+ly)\s+)?$"
)
# "$1 of each one sold will go to ...": an "-ed" word right before a modal ends the modal's subject.
_MODALS = r"(?:will|would|can|could|may|might|must|should|shall)"
_MODAL_AFTER = re.compile(rf"\s+{_MODALS}\b")
# The condition of a modal's clause: "would serve a full term if reelected in November", "would steal the
# spotlight if he announced before November": a past form that tells no past.
_CONDITION_OF_MODAL = re.compile(
    r"(?i)\b(?:will|would|could|'ll)\b.*\bif\s+(?:(?:he|she|they|it|we|I|you)\s+)?$", re.DOTALL
)
# Right after an article or a possessive (and maybe an adverb), an "-ed" word is an adjective.
_ADJECTIVE_SLOT = re.compile(
    r"(?i)\b(?:the|a|an|its|his|her|their|our)\s+(?:still\s+|newly\s+|recently\s+|yet\s+|most\s+|more\s+|less\s+|"
    r"least\s+|very\s+|highly\s+|widely\s+|well\s+|long\s+|much\s+)?$"
    # ... or after an ordinal or "live": "the panel's first live televised hearing"
    r"|(?:\b(?:the|a|an|its|his|her|their|our)|['’]s)\s+(?:(?:first|second|third|last|latest|new|live|only|final|next)\s+){1,2}$"
    # ... or right after an infinitive: "hopes to begin renewed service in September", "to get married in June"
    r"|\bto\s+[a-z]+\s+$"
)
# ... or after a possessive, before a noun: "Fox's canceled cult comedy" (not "he's left", "it's closed": "has",
# "is"; nor "Kohl's dropped its deals": a store's verb)
_POSSESSIVE_SLOT = re.compile("".join(rf"(?<!\b{w})" for w in (*_IS_CONTRACTING, "where")) + r"[A-Za-z]['’]s\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|on|in|at|to|for|by|with|from|into|out|"
    r"up|down|off|over|back|and|or|as|it|him|them)\b)[a-z]"
)
_CLOSE_TO_AMOUNT = re.compile(
    r"(?i)close to (?:zero|\$?\d|a|an|half|normal|record|all|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|in|with|from|into|during)\s+(?:[a-z]+\s+)?$")
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:(?:the|a|an|its|his|her|their|our|this|that|of|to)\s+(?:\w+ly\s+)?|(?:a|an)\s+[a-z]+\s+(?:and\s+[a-z]+\s+)?|"
    r"(?:the|its|his|her|their|our)\s+(?:first|second|third|last|only|final|latest|same|former)\s+|"
    r"(?:any|no)\s+(?!(?:one|longer|sooner|matter)\b)(?:[a-z]+\s+)?)$"
)  # ... "a triumphant return": after "a" and an adjective (or two: "a surprise and historic visit"); "had not
# missed any bill votes": after "any"
# Right after a past verb a present-looking word is its object ("blocked travel"), unless a form of "be" ("interested
# are") or after a verb taking a bare infinitive ("helped build").
_BE_FORM = re.compile(r"(?i)is|are|am|isn't|aren't")
_PAST_VERB_OBJECT_SLOT = re.compile(r"(?i)\b(?!(?:helped|needed|wanted|dared|used)\b)[a-z]{2,}ed\s+$")
# A count before a present-tense form makes it a plural noun ("Betts had 110 runs through Sept. 3", "two visits");
# not a number that ends a name ("Game 7 starts Thursday") or a year ("the 2023 season").
_COUNT_BEFORE = re.compile(
    r"(?<![A-Z][a-z] )(?<![A-Z][a-z]{2} )(?<![A-Z][a-z]{3} )(?<![A-Z][a-z]{4} )(?<![A-Z][a-z]{5} )"
    r"\b(?!(?:1[6-9]|20)\d\d\b)(?:\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
    r"[Ss]everal|[Mm]any|[Ff]ew)\s+$"
)
_PRONOUN_BEFORE = re.compile(r"(?i)\b(?:he|she|they|we|I|who)\s+(?:also\s+|then\s+|later\s+|publicly\s+)?$")
# "-ed" words that are adjectives or future cues rather than past verbs.
_NOT_PAST = frozenset(
    {
        "scheduled",
        "planned",
        "expected",
        "proposed",
        "united",
        "limited",
        "related",
        "called",
        "based",
        "armed",
        "alleged",
        "supposed",
        "needed",
        "indeed",
        "hundred",
    }
)


_DETERMINER_AFTER = re.compile(r"(?i)\s+(?:a|an|the|his|her|its|their|our|two|three|several|new)\b")
_MODAL_VERB_BEFORE = re.compile(rf"(?i)\b(?:{_MODALS}|won't|'ll)\s+(?:not\s+)?(?!have\b)[a-z]+\s+$")
_SUBORDINATOR_RIGHT_BEFORE = re.compile(
    r"(?i)\b(?:when|if|once|unless|until|whether|though|although|while)\s+(?:(?:re|co)-)?$"
)
_ASKED = frozenset({"asked", "questioned", "pressed", "contacted", "reached", "interviewed"})  # "When asked Friday"
_VERB_PREFIX = re.compile(r"(?i)(?<![\w-])(?:re|co)-$")
# A word inside a sentence, after another ("at All Fizzed Up"); an infinitive before its object ("to watch returns")
_MID_SENTENCE = re.compile(r"[\w,]\s+$")
_INFINITIVE_BEFORE = re.compile(r"(?i)\bto\s+[a-z]+\s+$")
_RANGE_ON_AFTER = re.compile(r"(?i)\s*(?:through|thru|to|until|till|-|–)\s")
_HERE_FROM = re.compile(r"(?i)\W*here(?:'s|’s|\s+is|\s+are)\b[^.;:]*\bfrom\s+$")
# "with" opening a phrase, and a noun, before a participle: ", with the championship played Monday" (not "a man
# armed with an assault-style rifle murdered")
_WITH_NOUN_BEFORE = re.compile(r"(?i)(?:^|[,;—–(])\s*with\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){1,3}$")
# A bare infinitive after a causative verb with its subject before it and its object after: "The union let the GM
# contract expire at midnight" (not a bidding: "go home, get some sleep, and let the county continue tomorrow")
_CAUSATIVE_BEFORE = re.compile(
    r"(?i)(?<=\w )(?<!\band )(?<!\bor )(?<!\bto )\b(?:let|made|helped|watched|saw)\s+(?:[\w'’.-]+\s+){1,4}$"
)


def _tenses(clause: str) -> list[str]:
    """Tense of each tense-bearing word in clause, in order."""
    out = []
    clause = clause.replace("’", "'")  # "won’t" is not "won"
    for m in _TENSE_WORD.finditer(clause):
        kind = m.lastgroup or ""
        said_by = m.group(0).lower() in ("called", "needed") and (
            _PRONOUN_BEFORE.search(clause, 0, m.start()) or clause.startswith(" that ", m.end())
        )  # "he called for", "they needed that ..."
        # "Dunleavy proposed a state budget Wednesday": a verb before its object (not "the proposed rule")
        said_by = said_by or (m.group(0).lower() == "proposed" and _DETERMINER_AFTER.match(clause, m.end()))
        if kind == "past" and m.group(0).lower() in _NOT_PAST and not said_by:
            continue  # "a group called X", "the expected vote"; but "he called for" is past
        if kind == "past" and m.group(0)[0].isupper() and _MID_SENTENCE.search(clause, 0, m.start()):
            continue  # "at All Fizzed Up, the state's first hard seltzer event": a name, not a verb
        if kind == "past" and _PARTICIPLE_AFTER_BE.search(clause, 0, m.start()):
            continue  # "will be launched": a participle after "be", the modal carries the tense
        ed_form = kind == "past" and m.group(0).lower().endswith("ed")
        if ed_form and _CONDITION_OF_MODAL.search(clause, 0, m.start()):
            continue  # "would serve a full term if reelected in November": a condition
        if ed_form and _SUBORDINATOR_RIGHT_BEFORE.search(clause, 0, m.start()) and m.group(0).lower() not in _ASKED:
            continue  # "If elected in November, he will serve": a participle clause, the main clause's time
        if ed_form and _MODAL_VERB_BEFORE.search(clause, 0, m.start()) and not _DETERMINER_AFTER.match(clause, m.end()):
            continue  # "will not see extended family": an adjective after a modal's verb (not "should have waited",
            # nor "the procedures optometrists may perform filed a new lawsuit")
        if ed_form and _WITH_NOUN_BEFORE.search(clause, max(0, m.start() - 50), m.start()):
            continue  # "with the championship played Monday": a participle, the clause's verb lies elsewhere
        if ed_form and clause[: m.start()].endswith(", ") and clause.startswith(" by ", m.end()):
            continue  # "Wednesday at 2 p.m., followed by a press conference": a participle after the comma
        if kind == "past" and _MODAL_AFTER.match(clause, m.end()):
            continue  # "$1 of each one sold will go to ...": a participle ending the subject of a modal
        if m.group(0).lower() == "could" and _ABILITY_BEFORE.search(clause, 0, m.start()):
            continue
        if m.group(0).lower() == "left" and _LEFT_OVER.search(clause, 0, m.start()):
            out.append("future")  # "OKC has two games left: Thursday at Utah": what remains lies ahead
            continue
        # "second-seeded Maryland" is an adjective, but "re-created the league", "co-founded" are verbs
        hyphened = clause[m.start() - 1 : m.start()] == "-" and not _VERB_PREFIX.search(clause, 0, m.start())
        adjective = _ADJECTIVE_SLOT.search(clause, 0, m.start()) or hyphened
        adjective = adjective or (_POSSESSIVE_SLOT.search(clause, 0, m.start()) and _NOUN_AFTER.match(clause, m.end()))
        if ed_form and adjective:
            continue  # "on a still unspecified date", "the revised plan", "second-seeded Maryland": an adjective
        if kind == "past" and "future" in out and _PARTICIPLE_WITH.match(clause, m.start()):
            continue  # "will assemble backpacks filled with supplies": a participle after the future verb's object
        if kind == "present" and m.group(0)[0].isupper() and clause[: m.start()].strip():
            continue  # a capitalized word inside a clause names something: CBS's "Face the Nation"
        noun_slot = _DETERMINER_BEFORE.search(clause, 0, m.start()) or _PREPOSITION_BEFORE.search(clause, 0, m.start())
        noun_slot = noun_slot and m.group(0).lower() not in ("is", "are", "isn't", "aren't")  # "levels that are seen"
        noun_slot = noun_slot or (m.group(0).endswith("s") and _COUNT_BEFORE.search(clause, 0, m.start()))
        # ... or the object of an infinitive: "gathered with aides to watch returns on Tuesday evening"
        object_noun = len(m.group(0)) > 3 and m.group(0).endswith("s")  # (not "the deadline to apply is Monday")
        noun_slot = noun_slot or (object_noun and _INFINITIVE_BEFORE.search(clause, 0, m.start()))
        # ... or the object right after a past verb: "drivers blocked travel Monday" (not "helped build", nor
        # "Those interested are invited")
        object_of_past = (
            kind == "present"
            and not _BE_FORM.fullmatch(m.group(0))
            and _PAST_VERB_OBJECT_SLOT.search(clause, max(0, m.start() - 40), m.start())
        )
        noun_slot = noun_slot or bool(object_of_past)
        if kind == "present" and (noun_slot or clause.startswith(" of", m.end())):
            continue  # a noun: "the close of business", "a visit", "head of the agency", "for international play"
        if (
            kind == "present"
            and not m.group(0).endswith("s")
            and _CAUSATIVE_BEFORE.search(clause, max(0, m.start() - 80), m.start())
        ):
            continue  # "let the contract expire": the causative verb carries the tense
        if kind == "present" and _CLOSE_TO_AMOUNT.match(clause, m.start()):
            continue  # an adverb: "made visibility close to zero Friday", "close to half the votes"
        out.append(kind)
    return out


# A headline's infinitive of plan, right after its subject: "Senate to vote on bill Saturday".
_HEADLINE_INFINITIVE = re.compile(
    r"\b[A-Za-z]+\s+to\s+(?:be\s+)?(?!(?:the|a|an|his|her|their|its|this|that|be)\b)(?![a-z]+ly\b)[a-z]+\b"
)


def _headline_infinitive(text: str, start: int, end: int) -> bool:
    """Whether start:end lies on a headline (a line with no closing stop and no verb of its own) that tells a plan
    with an infinitive before the expression."""
    line_start, line_end = _line_bounds(text, start, end)
    line = text[line_start:line_end].rstrip()
    # (not a photo's caption: "... in Buffalo on Monday. Joed Viera/AFP/Getty Images"; nor a line that introduces
    # a quote: "Trump tries to clarify his remarks on CNN's State of the Union on June 28:")
    if not line or line[-1] in ".!?:\"”'’" or re.search(r"[.!?]\s", line) or _tenses(line):
        return False
    cuts = [m.end() for m in re.finditer(r"[;:,]", text[line_start:start])]
    return _HEADLINE_INFINITIVE.search(text, line_start + (cuts[-1] if cuts else 0), start) is not None


def _last_clause(text: str) -> str:
    """The last clause of text; an aside ("by 11:59 p.m. (PT) on") or a quoted title splits nothing."""
    return _CLAUSE_SPLIT.split(_ASIDE.sub(" ", text))[-1]


def _lasted(prep: str, tense: str | None, clause: str) -> bool:
    """Whether "through"/"until"/"by" after a past verb says how long something lasted ("stayed until Sunday",
    "gains were made by Thursday", "fell 41.8% (July through September)") rather than set a deadline ("gave them
    until Friday", "extended the order until May")."""
    lasting = prep.lower().startswith(("through", "until", "till", "by"))
    return lasting and tense == "past" and not _DEADLINE_VERB.search(clause)


def _ahead_of_last(clause: str) -> bool:
    """Whether "ahead of" (or "in anticipation of", "in preparation for") is the last future cue of clause."""
    last = [c.lower() for c in _FUTURE_CUE.findall(clause)[-1:]]
    return last in (["ahead of"], ["in anticipation of"], ["in preparation for"])


def _last_tense(clause: str) -> str | None:
    """Tense of the verb nearest the end of clause."""
    found = _tenses(clause)
    if not found:
        return None
    # "had been due to expire Friday", "a strike that had been set to start on Friday": a plan made in the past
    # (past perfect), for a day on either side; nothing says which.
    if "future" in found and re.search(r"(?i)\bhad\b|\b(?:was|were)\s+(?:originally\b|planning\b)", clause):
        return "either"  # also "was originally set to begin Monday", "was planning on retiring in December"
    # "chanted during the applause ahead of the match on Sunday": after a past verb, "ahead of" only orders two
    # events; the later one may be past too.
    if found[-1] == "future" and "past" in found and _ahead_of_last(clause):
        return "either"
    # "will arrive", "is expected to meet": a future marker governs the verbs that follow it.
    if found[-1] == "present" and "future" in found and "past" not in found[found.index("future") :]:
        return "future"
    return found[-1]


class Ctx:
    """Per-document state: DCT, sentence bounds and the last mentioned calendar values (the anchors)."""

    def __init__(self, text: str, dct: date) -> None:
        self.text = text
        self.dct = dct
        starts = [0]
        for m in _SENT_END.finditer(text):
            if not _ABBREV.search(text[max(0, m.start() - 5) : m.start() + 1]) or _CLOCK_THEN_SENTENCE.match(
                text, m.start() - 3
            ):
                starts.append(m.end())
        self.sent_starts = starts
        self.ref: Val | None = None  # last mentioned calendar value
        self.ref_pos = -1
        self.ref_names_year = False
        self.day_ref: Val | None = None  # last mentioned single day
        self.day_ref_pos = -1
        self.day_ref_part = ""  # the part of that day it named ("TNI" for "Saturday night")
        self.ref_quarter: Val | None = None  # last mentioned fiscal quarter (financial reports)
        self.ref_quarter_pos = -1
        self.report_quarter: Val | None = None  # the quarter the report is about: its first past one
        self.day_heading: tuple[int, date] | None = None  # the last weekday standing alone on its line, and where
        self.clock_day: tuple[int, date] | None = None  # where the last bare clock time was, and the day it fell on
        self.weekdays: dict[int, date] = {}  # the day a weekday's name means: first dated by tense or by its date
        self.weekdays_written: set[int] = set()  # ... those dated by a date written with them ("Sunday, March 20")
        self.month_heading: dict[
            int, tuple[int, int]
        ] = {}  # a month last written as a heading with its year, and where
        self.month_days: dict[tuple[int, int], date] = {}  # a month and day first written with its year
        self.holiday_years: dict[str, int] = {}  # a holiday's name, lower case, to the year first written with it
        self.game_story: bool | None = None  # whether the text reports a game (qa.timex_normalize), found on need
        self.named_events: dict[tuple[int, int], bool] = {}  # whether the text names the event of a named day

    def note(self, val: Val, start: int, names_year: bool = True) -> None:
        """Records a calendar value just tagged at start as the anchor for what follows.

        names_year tells whether the expression's year was written ("June 1997", "last year") rather than
        inferred ("last month", "in June"); only a written one carries over to months later in the sentence.
        """
        self.ref, self.ref_pos = replace(val, suffix=""), start
        self.ref_names_year = names_year
        if val.gran == "D":
            self.day_ref, self.day_ref_pos, self.day_ref_part = self.ref, start, val.suffix
        if val.gran in ("Q", "H"):
            self.ref_quarter, self.ref_quarter_pos = val, start
            s, _e = self.sentence(start)
            new_story = _NEW_STORY.match(self.text, s)
            size = 3 if val.gran == "Q" else 6
            first = date(val.d.year, (val.d.month - 1) // size * size + 1, 1)
            if (self.report_quarter is None or new_story) and shift_date(first, size, "M") <= self.dct:
                self.report_quarter = val  # the first completed quarter, or one that opens another story

    def quarter_in_focus(self, pos: int) -> Val | None:
        """The quarter a financial report is talking about at pos, if a quarter was mentioned nearby.

        One named in the same sentence wins; otherwise the report's headline quarter, so that an aside
        ("after a flat second quarter", "fourth-quarter results" in an outlook) does not become the topic.
        """
        if self.ref_quarter is None or self.sentence_of(pos) - self.sentence_of(self.ref_quarter_pos) > 3:
            return None
        if self.sentence_of(pos) == self.sentence_of(self.ref_quarter_pos) or self.report_quarter is None:
            return self.ref_quarter
        return self.report_quarter

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence that contains pos."""
        lo, hi = 0, len(self.sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sent_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence that contains pos."""
        i = self.sentence_of(pos)
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[i], end

    def tense(self, start: int, end: int) -> str | None:
        """Tense of the clause governing the span (see _clause_tense); a photo's caption, followed by its credit
        ("Pena celebrates his home run on Thursday. David J. Phillip/AP"), tells the past in the present."""
        tense = self._clause_tense(start, end)
        s, e = self.sentence(start)
        # (but not a relative clause's plan: "met the squads ahead of the Six Nations, which begins on Saturday")
        if tense == "present" and _PHOTO_CREDIT.match(self.text, e) and not _WHICH_BEFORE.search(self.text, s, start):
            return "past"
        return tense

    def _clause_tense(self, start: int, end: int) -> str | None:
        """Tense of the clause governing the span: "future", "past", "present", "either" (a plan told in the past
        perfect) or None when nothing says.

        The verb nearest before the expression in its clause decides; a reporting verb ("said") opens a new
        clause, so "said Friday" is past and "said the vote will be Friday" future. An expression that opens
        its clause ("On Tuesday, the ministers met") takes the tense of the verb that follows it.
        """
        s, e = self.sentence(start)
        before = self.text[max(s, start - 80) : start]
        # "will run from Wednesday, when the last possible exposure occurred", "was scheduled at 7 p.m. Saturday, around
        # the time the power went out": the day of a past event, whatever plan tells it (but not
        # "airs Friday, when fans who missed it can watch", "in the fall, when he said they hope to ...", "Sunday
        # when the Grammys, hosted by Trevor Noah, air")
        if when := _WHEN_EVENT_AFTER.match(self.text, end, e):
            event = _ASIDE_IN_COMMAS.sub(" ", self.text[when.end() : min(e, when.end() + 80)])
            event = _RELATIVE_WORD.split(event)[0]
            if not _SAYING_WORD.search(event) and _tenses(event)[:1] == ["past"]:
                return "past"
        if _FORECAST_BEFORE.search(before):
            return "future"  # "heavy snow expected Tuesday and Wednesday": a forecast
        if _COME_BEFORE.search(before):
            return "future"  # "if maybe come Sunday the 1,000th champion is crowned", "the GOP's chances come November"
        if _APPROACHING_AFTER.match(self.text, end, e):
            return "future"  # "With the November elections fast approaching": what draws near is ahead
        if _PAST_CUE.search(before) or _REPORTED_BEFORE.search(before) or _REPORTED_IN_BEFORE.search(before):
            return "past"
        if _HERE_FROM.match(self.text, s, start) and not _RANGE_ON_AFTER.match(self.text, end):
            # "Here are some other winners and losers from Sunday": what came of a day gone by (not "Here are the
            # deals from Sunday through Friday")
            return "past"
        if _PARTICIPLE_RIGHT_BEFORE.search(before) and _BY_AFTER.match(self.text, end):
            return "past"  # "the bill proposed Monday by council member Nadeau would ...": the proposing is done
        # An earlier clause's verb may lie further back ("is scheduled to spend five hours in Dar es Salaam,
        # Tanzania, her first stop Tuesday morning").
        window = re.sub(_QUOTED_TITLE, " ", _REPORTING.split(self.text[max(s, start - 200) : start])[-1])
        before = _last_clause(before)
        tense = _last_tense(before)
        if _FOLLOWED_BY.match(before) and (earlier := _CLAUSE_SPLIT.split(window)[-2:-1]):
            # "Strengthening is forecast tonight, followed by more rapid strengthening on Monday": the participle
            # continues the clause before it and takes its tense
            tense = _last_tense(earlier[0])
        if tense == "past" and _PARTICIPLE_WITH.search(before):
            # "will assemble 10,000 backpacks filled with core school supplies ... on Thursday": the future verb
            # that makes "filled" a participle may lie further back in the clause
            tense = "future" if _last_tense(_last_clause(window)) == "future" else tense
        after = _CLAUSE_END.split(self.text[end : min(e, end + 160)], maxsplit=1)
        after_clause = after[0] if after[0].strip() or len(after) == 1 else after[1]
        if R.SAID_AFTER.match(self.text, end, e):
            after_clause = "did"  # "Bush on Tuesday said the United States may extend ...": the saying's verb
        elif tense is None and (
            _NEW_CLAUSE_AFTER.match(self.text, end, e)
            or (
                _AND_PREDICATE_AFTER.match(self.text, end, e)
                and (_last_tense(window) == "past" or _OBJECT_OF_REPORT.search(self.text, max(s, start - 80), start))
            )
        ):
            # "school shows beginning in January, but First Stage has already performed ...": with no verb of its
            # own the expression's clause takes an earlier one's, not the next one's
            after_clause = ""
        after_clause = _REPORTING_CLAUSE.split(after_clause, maxsplit=1)[0]  # not "..., saying it would provide"
        # not "... is only a few weeks away, but people have already started to worry": another clause's verb
        after_clause = _NEW_CLAUSE_AFTER.split(after_clause, maxsplit=1)[0]
        after_clause = _ATTRIBUTION.split(after_clause, maxsplit=1)[0]  # not "..., The Wall Street Journal reported"
        # "said in an email Wednesday that the first wave would ...": what follows "that" is what was said, and
        # the saying is the expression's verb (not "the election Tuesday that will lead to ...").
        saying = _SAYING_BEFORE.search(self.text, s, start) if re.match(r"\s+that\b", after_clause) else None
        if saying:
            after_clause = "did" if saying[0].lower().endswith(("d", "wrote")) else ""  # "said", "told": past
        # After the expression only auxiliaries and "-ed" forms count: "face amount", "the close" are nouns.
        after_clause = _INTENT_RELATIVE.sub(" ", after_clause)  # "a company that plans to merge ... approved"
        found_after = [t for t in _tenses(_WEAK_FUTURE_AFTER.sub("did", after_clause)) if t != "present"]
        if tense == "past" and found_after[:1] == ["future"] and _THAT_SUBJECT_BEFORE.search(before):
            return "future"  # "have joked that a successful run in May will finally give him ...": what is said
        fronted = re.fullmatch(r"[\W_]*(?:\w+\s+){0,2}", self.text[s:start]) is not None
        if fronted and not found_after and len(after) > 1 and after_clause is after[0]:
            # "Until Wednesday, the guidelines said ...": the reporting verb is the clause's own verb, unless a
            # future follows it ("By Friday, the company said, it will ...").
            rest = self.text[end:e]
            verb = _CLAUSE_END.search(rest)
            if verb and verb[0].lower() == "said" and not _FUTURE_CUE.search(rest, verb.end()):
                found_after = ["past"]
        if tense == "future" and "past" in found_after and _ahead_of_last(before):
            return "either"  # "Ahead of January's index release the bureau published ...": as after a past verb
        if tense is None:
            prep = _FUTURE_PREP.search(before)
            aside = _IN_PARENTHESES.search(self.text, max(s, start - 40), start)
            # (but "it fell on the holidays, right before Thanksgiving": "before" after a past verb only orders)
            ordering = bool(prep and _ORDERING_PREP.match(prep[0]) and _last_tense(window) == "past")
            ordering = ordering and not _MODAL.search(window)  # not "so the deal can be completed before Oct. 24"
            if (
                prep
                and not found_after
                and not ordering
                and not (aside and _lasted(prep[0], _last_tense(window), window))
            ):
                return "future"  # "has given them until 9 a.m. Tuesday": a deadline ahead
            if not found_after and _headline_infinitive(self.text, start, end):
                return "future"  # "Hindenburg crash site to be opened to public Saturday": a headline's plan
            if not found_after and _IMPERATIVE_OPENING.match(self.text, s, start):
                return "future"  # "Come on out on Friday, Saturday or Sunday": what one is told to do
            if fronted and not found_after and _PROGRESSIVE_AFTER.match(after_clause):
                return "present"  # "On Sunday, communities are coming together": as "are coming together on Sunday"
            # "On Tuesday, the touring production of “Pippin” comes to the Kentucky Center": a schedule's present, its
            # verb the first of the clause (not "On Thursday, Biden said he's directing states to open")
            scheduled = _SCHEDULE_AFTER.match(self.text, end, e) if fronted and not found_after else None
            if scheduled and not _tenses(scheduled[0].rsplit(" ", 1)[0]):
                return "present"
            # Else the verb of an earlier clause ("who stepped down as chairman, president and CEO in March").
            return found_after[0] if found_after else _last_tense(window)
        if (
            _PARTICIPLE_PLAN.search(before)
            and found_after[:1] == ["past"]
            and "future" not in found_after
            and not _PARALLEL_PLAN_AFTER.match(after_clause)  # "... and a trial date set for March": another plan
        ):
            return "past"  # "a service planned for Saturday was canceled": the main verb is past
        prep = _FUTURE_PREP_PART.search(before)
        ordering = tense == "past" and (_ORDERING_PREP.match(prep[0]) if prep else False)
        lasting = prep is not None and _lasted(prep[0], tense, before)
        # (a range's "from ... through" is no deadline; "run again from Florida as soon as October" has one)
        ranged = (
            re.search(r"(?i)\bfrom\b", before) and prep and prep[0].lower().startswith(("through", "until", "till"))
        )
        if prep and not re.search(r"(?i)\bhad\b", before) and not ranged and not ordering and not lasting:
            return "future"  # "extended the deadline until Friday"; but "had filed by Friday" is past
        return tense

    def future(self, start: int, end: int) -> bool:
        """True when the governing clause is in the future tense (see tense)."""
        return self.tense(start, end) == "future"

    def recent_ref(self, pos: int, max_sentences: int = 1, day: bool = False) -> Val | None:
        """The last mentioned calendar value if it is in this sentence or the previous max_sentences.

        With day, a day-relative expression ("the next morning", "a day earlier") prefers a single day
        mentioned in this or the previous sentence over a later, coarser mention ("Police said Tuesday the man,
        jailed in 1995, fled. The next day ...").
        """
        if self.ref is None or self.sentence_of(pos) - self.sentence_of(self.ref_pos) > max_sentences:
            return None
        day_gap = self.sentence_of(pos) - self.sentence_of(self.day_ref_pos)
        if day and self.ref.gran != "D" and self.day_ref is not None and day_gap <= min(max_sentences, 1):
            return self.day_ref
        return self.ref

    def sentence_year(self, pos: int, days: bool = False) -> int | None:
        """Year of a year/month/quarter/season value mentioned earlier in the same sentence (with days, also of
        a day written with its year: "on July 8, 2017 — a game played in the summer")."""
        ref = self.recent_ref(pos, 0)
        written = ("M", "D") if days else ("M",)
        if ref is not None and (ref.gran in ("Y", "Q", "H", "S") or (ref.gran in written and self.ref_names_year)):
            # not across a clause that tells another time: "between 1977 and 1982, after a report ... was
            # published in January"
            other = _OTHER_CLAUSE.search(self.text, self.ref_pos, pos)
            # a year inside a dash aside ("the congresswoman — who in 1992 became ... — ... in February")
            s = self.sentence(pos)[0]
            other = other or (_DASH.search(self.text, s, self.ref_pos) and _DASH.search(self.text, self.ref_pos, pos))
            # a plan's year does not date the report of it: "running for reelection in 2024, telling POLITICO in
            # October"
            reported = ref.d.year > self.dct.year and _REPORTING_CLAUSE.search(self.text, self.ref_pos, pos)
            return None if other or reported else ref.d.year
        return None


Result = tuple[str, str, "Val | None"]

Norm = Callable[[re.Match[str], Ctx], "Result | None"]


def as_date(v: Val) -> Result:
    """A DATE result (TIME when it carries a time of day) that also becomes the new anchor."""
    return ("TIME" if v.suffix else "DATE"), v.value(), v


def week_ahead_on_a_sunday(ctx: Ctx, start: int, end: int) -> bool:
    """Whether "this week" (or "the middle of the week") written on a Sunday, the last day of its ISO week, tells
    the days ahead: "later this week", or one in a future clause."""
    if ctx.dct.weekday() != 6:
        return False
    before = ctx.text[max(0, start - 40) : start]
    if re.search(r"(?i)\blater\s+$", before):
        return True
    # not the past verb of a clause inside the future one: "the front that pushed through this week will lead to"
    return ctx.tense(start, end) in ("future", "present") and not _PAST_VERB_RIGHT_BEFORE.search(before)


_PAST_VERB_RIGHT_BEFORE = re.compile(
    r"(?i)(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bwill )\b[a-z]{3,}ed\s+(?:(?:through|in|on|over)\s+)?$"
)


def anchor_of(ctx: Ctx, pos: int, day: bool = False) -> Val:
    """The anchor for a relative expression: the recently mentioned date (a day for a day-relative one, see
    Ctx.recent_ref), else the DCT."""
    return ctx.recent_ref(pos, day=day) or Val("D", ctx.dct)


# A verbless aside giving a clock time before the weekday: a game's or a show's listing.
_LISTING_ASIDE = re.compile(r"\((?:[^()]*?\s)?\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)[^()]*$", re.IGNORECASE)
# ... or one that names a channel and the day before its hour: "(ABC, Sunday, 8 p.m. ET/5 PT)".
_CHANNEL_ASIDE_BEFORE = re.compile(r"\((?:[A-Z][\w+&.-]*\s?){1,3},\s*$")
_CLOCK_IN_ASIDE = re.compile(r"(?i),?\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)[^()]*\)")
# (but not one restating the time just told: "at 1:24 a.m. local time on Wednesday (4:54 p.m. ET on Tuesday)")
_TIME_BEFORE_ASIDE = re.compile(r"(?i)(?:day|time|[ap]\.m\.|GMT|UTC|ET)\s*$")
_RELEASE_ASIDE = re.compile(
    r"(?i)\((?:out|in theaters|in theatres|in stores|on sale|premieres|streaming|opens|arrives|due)\s+(?:on\s+)?$"
)
# A title or name right before a parenthesis that holds only a date (not a holiday's: "New Year's Day (Jan. 1)").
_TITLE_ASIDE = re.compile(r"(?:\b(?!(?:Day|Eve)\b)[A-Z0-9][\w'’.:!?-]*|[\"”])\s*\($")
_ASIDE_CLOSES = re.compile(r"\s*\)")
# A weekday joined to the one before it ("Wednesday night and Thursday morning", "Friday to Sunday").
_WEEKDAY_JOINED_BEFORE = re.compile(
    rf"(?i)\b({R.alt(list(R.WEEKDAYS))})(?:\s+(?:morning|afternoon|evening|night))?"
    # ... or a span running on: "as Tuesday night bled into Wednesday morning", "Monday night and well into Tuesday"
    r"(?:,?\s+(?:(?:and\s+(?:well\s+|even\s+|possibly\s+|then\s+)?)?"
    r"(?:(?:bled|stretched|spilled|dragged|rolled|wore|turned|ran|went|carried)(?: on)?\s+)?"
    r"(?:to|through|into|until)|(and|or))|\s*[-–])\s+$"
)
_SCHEDULED_EVENT_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:race|game|match|final|semifinal|opener|fight|bout|kickoff|concert|show|parade|"
    r"vote|election|primary|debate|hearing|summit|meeting|deadline|event|ceremony|session|awards|Academy Awards|"
    r"Oscars|Grammys|Emmys|Golden Globes|draft|tournament|playoff|marathon|festival|premiere|finale|episode|launch|"
    r"drawing|draw|auction)s?\b"
)
# A win that sends a team on: "beat Miami to reach Monday's championship game".
_ADVANCE_TO_END = re.compile(r"(?i)\bto\s+(?:reach|face|set up|advance to|move on to|book a (?:spot|place) in)\s+$")
_PAST_RELATIVE_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:that|which)\s+(?:was|were|had)\b"
)  # "game that was stalled"
# A phrase without a verb of its own opened by "after" ("are canceled Wednesday, after 5,600 cancellations across
# Monday and Tuesday"): what it names came before the day its sentence already dated.
_AFTER_PHRASE = re.compile(r"(?i),\s+(?:after|following)\s+(?:[^,;:()]|(?<=\d),(?=\d))*$")
# ... and a sentence opened by such a phrase ("KRAKOW, Poland — After a deadly attack ... Sunday, ...").
_OPENING_AFTER = re.compile(r"(?i)(?:^\s*|[—–]\s*)(?:after|following)\s+(?:[^,;:()—–]|(?<=\d),(?=\d))*$")
_SCHEDULE_AFTER = re.compile(
    r"(?i),?\s+(?:[\w'’“”.-]+\s+){1,10}?(?:comes? to|arrives?|opens?|begins?|starts?|kicks? off|premieres?|debuts?)\b"
)
_PROGRESSIVE_AFTER = re.compile(r"(?i),?\s+(?:[\w'’.-]+\s+){0,8}?(?:is|are|am)\s+(?:\w+ly\s+)?\w+ing\b")
_PROGRESSIVE_END = re.compile(r"(?i)\b(?:is|are|am|'s|'re)\s+(?:\w+ly\s+)?\w+ing\s+$")
# (a reduced relative, "the bill proposed Monday by", not a passive: "will be signed Monday by the governor")
_PARTICIPLE_RIGHT_BEFORE = re.compile(
    r"(?i)(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bget )(?<!\bgets )"
    r"\b[a-z]{3,}ed\s+(?:on\s+)?$"
)
_BY_AFTER = re.compile(r"\s+by\b")
_AHEAD_OF_BEFORE = re.compile(r"(?i)\bahead of\s+$")
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")
_FORECAST_OR_SPAN = re.compile(r"(?i)\b(?:expected|forecast|predicted|between)\b")
# (not the last of a list of days: "Friday and Saturday, Dec.9-10")
_WEEKDAY_RIGHT_BEFORE = re.compile(
    rf"(?i)(?<!\band )(?<!\bor )(?<!\bthrough )(?<!\bto )(?<![-–])\b({R.alt(list(R.WEEKDAYS))}),\s+$"
)
_WEEKDAY_FIRST = re.compile(rf"(?i)(?:{R.alt(list(R.WEEKDAYS))})\b")  # "Wednesday, Jan. 15": the weekday picks the year
_MODAL = re.compile(rf"(?i)\b(?:{_MODALS}|can't|cannot)\b")
_PAST_PLAN_BEFORE = re.compile(
    r"(?i)\b(?:was|were)\s+(?P<adverb>originally\s+|initially\s+|first\s+)?"
    r"(?P<verb>set|scheduled|slated|supposed|due|planned)\s+(?:to|for)\b[^.;:,]*$"
)
# A sentence that opens with a bidding: "Come on out on Friday", "Join us Saturday", "Tune in at 8 p.m." (not a video's
# label, "Watch: ...").
_IMPERATIVE_OPENING = re.compile(
    r"[\W_]*(?:Come|Join|Tune in|Stop by|Drop by|Swing by|Visit|Head|Bring|Mark your|Catch|Attend|Grab|Don['’]t miss|"
    r"Be sure|Make sure|Save the date|RSVP|Register|Sign up|Reserve)\b(?!:)"
)
_BUT_AFTER = re.compile(r"[^.;:]{0,60}?,\s+but\b")
_TIMELINE_ENTRY = re.compile(r"\s+[-–—]\s")  # a line opened by a date and a dash
_ANNIVERSARY_AFTER = re.compile(r"(?i)\s+anniversary\b")
# After a weekday's possessive: an incident, which no plan told earlier is ("Monday's tragedy").
_INCIDENT_NOUN = R.alt([noun for noun, kind in R.INCIDENT_NOUNS.items() if kind != "vote"])
_INCIDENT_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:tragedy|tragic|deadly|fatal|" + _INCIDENT_NOUN + r")\b"
)
# After a weekday used as an adjective (its part of day too): an incident ("a Monday night killing").
_INCIDENT_AFTER_ATTRIBUTIVE = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?\s+(?:(?:deadly|fatal|mass|double|triple|apparent)\s+)?(?:"
    + _INCIDENT_NOUN
    + r")\b"
)
_OWNER_BEFORE = re.compile(r"\w(?:['’]s|s['’])\s+$")
_ACT_AFTER_ATTRIBUTIVE = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?\s+(?:decision|ruling|order|announcement|statement|remarks|speech|"
    r"testimony|verdict|interview|filing|letter|post|tweet|comments)\b"
)
# After a weekday's possessive: a named plan, or the future verb of the noun phrase it opens.
_PLANNED_POSSESSIVE = re.compile(
    r"['’]s\s+(?:(?:scheduled|planned|upcoming|expected|proposed|lineup|schedule|agenda|itinerary|forecast)\b|"
    r"(?:[\w-]+\s+){1,3}?(?:(?:for|of|in|at|against)\s+(?:[\w'’.-]+\s+){1,3}?)?"  # "funeral for the Queen"
    r"(?:will|is to|are to|is (?:scheduled|expected|set|due)|are (?:scheduled|expected|set|due))\b)"
)


_WEEKDAY_OF_DATE_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:,|—|–|--?)\s*(?:(?:which|that) was )?an?\s+$")


def weekday_of_date_before(ctx: Ctx, wd: int, start: int) -> date | None:
    """The day just written when the weekday names it in apposition ("On Sept. 5, 1882 — a Tuesday —", "March 3,
    2015, a Tuesday"); None otherwise."""
    if ctx.day_ref is None or not 0 < start - ctx.day_ref_pos <= 40 or ctx.day_ref.d.weekday() != wd:
        return None
    return ctx.day_ref.d if _WEEKDAY_OF_DATE_BEFORE.search(ctx.text, max(0, start - 20), start) else None


def weekday_date(ctx: Ctx, wd: int, start: int, end: int, rel: str = "") -> date:
    """Resolves a weekday name: in news usually the most recent one (today included), next one on future cues."""
    day = _weekday_date(ctx, wd, start, end, rel)
    if _is_day_heading(ctx.text, start, end):
        ctx.day_heading = (start, day)
    return day


def _weekday_date(ctx: Ctx, wd: int, start: int, end: int, rel: str) -> date:
    dct, rel = ctx.dct, rel.lower()
    back = (dct.weekday() - wd) % 7
    ahead = (wd - dct.weekday()) % 7 or 7
    if rel == "last" and back == 1 and dct.weekday() != 0:
        # "wind turbines last Tuesday generated ...", written on a Wednesday: yesterday would be "Tuesday"; "last"
        # names the one a week before (but on a Monday, "last Sunday" is yesterday, the last week's end)
        return dct - timedelta(back + 7)
    if rel in ("last", "this past", "the previous"):
        return dct - timedelta(back or 7)
    if rel in ("next", "this coming", "the following", "the next"):
        return dct + timedelta(ahead)
    # "Wednesday's ruling" names an event already reported; the possessive is almost never a plan, unless the
    # event is called one or its verb is future ("Friday's planned vote", "Friday's summit will decide").
    planned = _PLANNED_POSSESSIVE.match(ctx.text, end) is not None
    possessive = ctx.text.startswith(("'s", "’s"), end)
    # "is suspected in a Monday night killing", "investigating a Saturday crash": named by its incident, like
    # "Monday's killing"
    possessive = possessive or _INCIDENT_AFTER_ATTRIBUTIVE.match(ctx.text, end) is not None
    # ... and so is an act someone's own weekday names: "the judge's Friday ruling", "Roberts’ Monday decision"
    owned_act = _OWNER_BEFORE.search(ctx.text, max(0, start - 4), start) and _ACT_AFTER_ATTRIBUTIVE.match(ctx.text, end)
    possessive = possessive or bool(owned_act)
    advancing = False
    if possessive and _AHEAD_OF_BEFORE.search(ctx.text, max(0, start - 12), start):
        possessive = False  # "ahead of Friday's shutdown deadline": by the clause's tense, as "ahead of Friday"
    elif possessive and _SCHEDULED_EVENT_AFTER.match(ctx.text, end) and not _PAST_RELATIVE_AFTER.match(ctx.text, end):
        # "Wallace will miss Sunday's race", "is missing Sunday's race": a fixture the clause looks forward to (but
        # "will appeal Friday's ruling" is about one reported)
        before = _last_clause(ctx.text[max(ctx.sentence(start)[0], start - 80) : start])
        # ... or one a present clause is "for": "keep pushing the jackpot higher for Wednesday night's drawing"
        # (not "The winning numbers for Tuesday night's drawing were ...")
        present_for = (
            _FOR_BEFORE.search(before) is not None
            and _last_tense(before) in ("present", None)
            and ctx.tense(start, end) != "past"
        )
        advancing = _ADVANCE_TO_END.search(before) is not None or present_for
        possessive = not (_last_tense(before) == "future" or _PROGRESSIVE_END.search(before) or advancing)
    if planned and back != 0:
        return dct + timedelta(ahead)
    tense = "future" if advancing else ctx.tense(start, end)
    aside = _LISTING_ASIDE.search(ctx.text, max(ctx.sentence(start)[0], start - 40), start) if tense is None else None
    # ... or the day first: 'rolls into Oscar night (ABC, Sunday, 8 p.m. ET/5 PT)'
    aside = aside or (
        _CHANNEL_ASIDE_BEFORE.search(ctx.text, max(0, start - 30), start)
        if _CLOCK_IN_ASIDE.match(ctx.text, end)
        else None
    )
    if aside and not _TIME_BEFORE_ASIDE.search(ctx.text, max(0, aside.start() - 30), aside.start()):
        tense = "future"  # "Oklahoma State vs. Youngstown State (7 p.m. ET on Wednesday, ESPN+)": a listing
    if _WEEK_AHEAD_BEFORE.search(ctx.text, max(0, start - 30), start) and _is_day_heading(ctx.text, start, end):
        return dct + timedelta(ahead)  # "The week ahead\n\nMonday\n\nThe Supreme Court is set to hear ..."
    if back != 0 and _UP_NEXT_BEFORE.search(ctx.text[max(0, start - 400) : start]):
        return dct + timedelta(ahead)  # a closing schedule: "UP NEXT\n\nTrail Blazers: At Dallas on Tuesday night."
    if (
        tense is None
        and ctx.day_heading
        and 0 < start - ctx.day_heading[0] <= 3000
        and (wd - ctx.day_heading[1].weekday()) % 7 <= 3
        and _is_day_heading(ctx.text, start, end)
    ):
        # a schedule's days, each heading its lines, run forward ("First Four\n\nWednesday\n\n...\n\nThursday");
        # a live blog's run backward ("Thursday\n\n...\n\nWednesday") and take the default; a forecast's
        # "Saturday Night:" after "Saturday:" is the same day
        last = ctx.day_heading[1]
        return last + timedelta((wd - last.weekday()) % 7)
    incident = possessive and _INCIDENT_AFTER_POSSESSIVE.match(ctx.text, end)
    # (nor "D.C. reported 316 new cases and five new deaths Wednesday": the day of a report told in the past)
    reported = not possessive and _OBJECT_OF_REPORT.search(ctx.text, max(ctx.sentence(start)[0], start - 120), start)
    reported = reported and not _STARTING_OBJECT.match(reported[0])  # not "has said starting Saturday, venues can"
    if (
        (possessive or tense is None)
        and wd in ctx.weekdays
        and not (incident and ctx.weekdays[wd] > dct)
        and not (reported and ctx.weekdays[wd] > dct and wd not in ctx.weekdays_written)
    ):
        # "will hold the ritual on Friday ... Friday's investiture": the same Friday (but not "a Mass will be held
        # Monday ... heard about Monday's tragedy": a tragedy is no plan)
        return ctx.weekdays[wd]
    if tense == "past" and wd in ctx.weekdays_written and 0 < (ctx.weekdays[wd] - dct).days <= 2:
        # "Follow here for the news from Tuesday, May 17 ... was rocked by explosions early Tuesday morning", on a
        # Monday: a live page that ran past its date
        return ctx.weekdays[wd]
    after = _AFTER_PHRASE.search(ctx.text, ctx.sentence(start)[0], start) if tense in ("future", "present") else None
    if after and ctx.day_ref and ctx.day_ref_pos >= ctx.sentence(start)[0] and not _tenses(after[0][1:]):
        ref = ctx.day_ref.d
        if ctx.day_ref_pos < after.start():
            day = ref - timedelta((ref.weekday() - wd) % 7 or 7)
        else:  # "across Monday and Tuesday": the day after the phrase's first
            day = ref + timedelta((wd - ref.weekday()) % 7 or 7)
    elif tense in ("future", "present") and (opening := _OPENING_AFTER.search(ctx.text, ctx.sentence(start)[0], start)):
        # "After a deadly missile attack near the border Sunday, some Poles are anxious": what came before
        main = re.split(r"[.;:–—]", ctx.text[end : end + 100], maxsplit=1)[0]  # the clause the phrase opens
        day = dct + timedelta(ahead) if _tenses(opening[0]) or _FUTURE_CUE.search(main) else dct - timedelta(back)
    # News writes scheduled events in the present ("the leaders meet Monday"): that is forward too.
    elif not possessive and tense in ("future", "present") and back != 0:
        day = dct + timedelta(ahead)
    elif not possessive and tense == "either":
        day = dct + timedelta(ahead) if ahead < back else dct - timedelta(back)  # the nearer one
    else:
        day = dct - timedelta(back)
    day = _after_joined_weekday(ctx, wd, start, day, tense)
    if tense is not None and not possessive:
        ctx.weekdays.setdefault(wd, day)
    return day


# The heading of a game story's closing schedule, up to the rule that ends it.
_UP_NEXT_BEFORE = re.compile(r"(?m)^(?:UP NEXT|Up [Nn]ext):?[ \t]*\n(?:(?!___)[\s\S])*\Z")
# A heading that announces the coming week's days ("The week ahead\n\nMonday").
_WEEK_AHEAD_BEFORE = re.compile(r"(?i)\b(?:the )?week ahead:?\s*$")


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding start:end begins and ends (its newline excluded)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether start:end stands alone on its line."""
    line_start, line_end = _line_bounds(text, start, end)
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _heads_short_line(text: str, pos: int) -> bool:
    """Whether pos opens a line of a few words (a date alone on its line)."""
    line_start, line_end = _line_bounds(text, pos, pos)
    return not text[line_start:pos].strip() and line_end - pos <= 30


_LABEL_END = re.compile(r"\s*:\s")


def _is_day_heading(text: str, start: int, end: int) -> bool:
    """Whether start:end heads its line: alone on it, or as its label ("Thursday: Bank of England rate decision")."""
    line_start, _line_end = _line_bounds(text, start, end)
    label = not text[line_start:start].strip() and _LABEL_END.match(text, end) is not None
    return label or _is_heading(text, start, end)


def _after_joined_weekday(ctx: Ctx, wd: int, start: int, day: date, tense: str | None) -> date:
    """A weekday joined to the one just tagged follows it ("watch Wednesday night and Thursday morning" written on a
    Wednesday, "from Friday to Sunday"); but in the past "and" may list days in any order ("statements made Friday
    and Thursday"), unless a forecast or "between" frames them ("sleet was expected Tuesday and Wednesday")."""
    if ctx.day_ref is None or not 0 < start - ctx.day_ref_pos <= 40:
        return day
    first = ctx.day_ref.d
    joined = _WEEKDAY_JOINED_BEFORE.search(ctx.text, max(0, start - 30), start)
    if not joined or R.WEEKDAYS[joined[1].lower()] != first.weekday() or day >= first:
        return day
    framed = _FORECAST_OR_SPAN.search(ctx.text, max(ctx.sentence(start)[0], ctx.day_ref_pos - 40), ctx.day_ref_pos)
    if joined[2] is not None and tense == "past" and not framed:
        return day
    return first + timedelta((wd - first.weekday()) % 7 or 7)


_THAT_BEFORE = re.compile(r"(?i)\bthat\s+$")
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:night|morning|afternoon|evening|day)\b")


def _same_day_again(ctx: Ctx, month: int, day: int, start: int, end: int) -> bool:
    """Whether a month and day written again without its year means the day first written with one: not in a
    present or future clause ("King's birthday is Jan. 15", "the app will run from July 16 until July 20"), not
    as an anniversary, not with a weekday, which picks its own year."""
    if _ANNIVERSARY_AFTER.match(ctx.text, end) or _WEEKDAY_FIRST.match(ctx.text, start, end):
        return False
    if _THAT_BEFORE.search(ctx.text, max(0, start - 6), start) and _PART_OF_DAY_AFTER.match(ctx.text, end):
        return True  # "But that July 3 night changed everything": the one told (not "knowledge that June 19 would")
    if (named := R.NAMED_DAYS.get((month, day))) and named[0] == ctx.month_days[(month, day)].year:
        # "on Jan. 6, 2021 against the Capitol. When rioters began to clear out on Jan. 6, ...": the day
        return ctx.tense(start, end) not in ("present", "future")
    return recalls_written_year(ctx, start, end, _latest_on_or_before(ctx.dct, month, day))


def recalls_written_year(ctx: Ctx, start: int, end: int, latest: date | None) -> bool:
    """Whether a day written again without its year (a month and day, or a holiday, whose latest return on or
    before the DCT is latest) means the one first written with a year: not in a present or future clause, nor
    when it came round within the last two months, which news tells of ("the primary on August 9" written in
    September 2022, after "the August 9, 2021 shooting")."""
    if ctx.tense(start, end) in ("present", "future"):
        return False
    return latest is None or (ctx.dct - latest).days > 60


def _latest_on_or_before(d: date, month: int, day: int) -> date | None:
    """The latest month-day on or before d, None for a Feb. 29 that is years away."""
    for y in (d.year, d.year - 1):
        with contextlib.suppress(ValueError):
            if (candidate := date(y, month, day)) <= d:
                return candidate
    return None


_HEADING_REACH = 5000  # characters under a "December 2018" heading in which a "Dec. 30" is that December's
_EVENT_OF_BEFORE = re.compile(r"(?i)\b(\w+)\s+(?:(?:of|on|in|over|into|about)\s+)?$")


def named_day_year(ctx: Ctx, month: int, day: int, start: int, end: int) -> int | None:
    """The year of a day news names an event by, when the noun after it names that event ("the Jan. 6
    committee"; see R.NAMED_DAYS); None otherwise."""
    named = R.NAMED_DAYS.get((month, day))
    if not named or named[0] > ctx.dct.year:
        return None
    noun = _NEXT_WORD.match(ctx.text, end)
    # "the events of January 6th", "her role in January 6", "the committee probing January 6"
    before = _EVENT_OF_BEFORE.search(ctx.text, max(0, start - 24), start)
    return named[0] if (noun and noun[1].lower() in named[1]) or (before and before[1].lower() in named[1]) else None


def _text_names_event(ctx: Ctx, month: int, day: int) -> bool:
    """Whether the text names the event of a named day somewhere ("the Jan. 6 committee", "January 6, 2021", "the
    rioters stormed the Capitol"), so that its other bare mentions ("what January 6 was all about") mean that day
    too; not when the DCT is near the day's return, when the coming or the latest one may be meant."""
    if (month, day) not in ctx.named_events:
        year, nouns = R.NAMED_DAYS[(month, day)]
        name = calendar.month_name[month]
        mention = re.compile(rf"\b(?:{name}|{name[:3]}t?\.?)\s+{day}(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?\s*(\w*)")
        story = R.NAMED_DAY_STORIES.get((month, day))
        ctx.named_events[(month, day)] = any(
            m[1] == str(year) or m[2].lower() in nouns for m in mention.finditer(ctx.text)
        ) or bool(story and re.search(story, ctx.text))
    near = any(-60 <= (ctx.dct - date(y, month, day)).days <= 31 for y in (ctx.dct.year, ctx.dct.year + 1))
    return ctx.named_events[(month, day)] and not near


def framed_date(ctx: Ctx, start: int, end: int, in_year: Callable[[int], date]) -> date | None:
    """The date in_year gives for the year that frames the sentence (see _year_frames_month: "In 2020, the forms
    weren't submitted until May 12", "The 2026 event will take place April 4", "Last year, Easter fell on ..."),
    if the clause allows it: not across a closing quotation mark, and not against the clause's tense. A past
    clause allows no date after the DCT, a future one none before it ("After the 2020 ceremony was canceled,
    Jeter will take center stage on July 25"), a present one no past year ("Two centuries later, the supper is
    held around Jan. 25"), and a clause without a verb no year far off ("1776: 8 p.m. June 29", a film's title).
    """
    sy = ctx.sentence_year(start)
    if not sy or not _year_frames_month(ctx, start, end) or R.CLOSING_QUOTE.search(ctx.text, ctx.ref_pos, start):
        return None
    try:
        d = in_year(sy)
    except ValueError:
        return None
    tense = ctx.tense(start, end)
    if tense == "past":
        fits = d <= ctx.dct
    elif tense == "future":
        fits = d >= ctx.dct
    elif tense is None:
        fits = abs(sy - ctx.dct.year) <= 10
    else:
        fits = sy >= ctx.dct.year
    return d if fits else None


_CAUSAL_SINCE_AFTER = re.compile(r"\s+(?:falls|fell|is|was|lands|landed|comes)\b")


def month_heading_year(ctx: Ctx, month: int, start: int) -> int | None:
    """The year of a "December 2018" heading shortly above start, when month is that heading's month."""
    heading = ctx.month_heading.get(month)
    return heading[0] if heading and 0 < start - heading[1] <= _HEADING_REACH else None


def month_day(ctx: Ctx, month: int, day: int, year: str | None, start: int, end: int) -> Result | None:
    """A month and day dated with its year or, without one, the occurrence nearest the DCT given the tense."""
    named = R.NAMED_DAYS.get((month, day))
    if not year and (named_year := named_day_year(ctx, month, day, start, end)):
        year = str(named_year)  # "the Jan. 6 committee"
    if year:
        with contextlib.suppress(ValueError):
            ctx.month_days.setdefault((month, day), date(int(year), month, day))
    elif written := _YEAR_RIGHT_BEFORE.search(ctx.text, max(0, start - 80), start):
        year = written[1] or written[2] or written[3]  # "two more in 2021 on February 18"
    elif (wd := _WEEKDAY_RIGHT_BEFORE.search(ctx.text, max(0, start - 12), start)) and (
        fit := weekday_month_day(ctx, R.WEEKDAYS[wd[1].lower()], month, day, start)
    ):
        year = str(fit.year)  # "at 3:40 a.m. on Thursday, January 7", the weekday taken by the clock time
    elif (month, day) in ctx.month_days and _same_day_again(ctx, month, day, start, end):
        year = str(ctx.month_days[(month, day)].year)  # "the January 6 insurrection ... crimes that occurred January 6"
    elif heading := month_heading_year(ctx, month, start):
        year = str(heading)  # "December 2018\n\nMoney: A Dec. 30 story ...", "JANUARY 2010\n\nShe is born on Jan. 9"
    elif not named and (framed := framed_date(ctx, start, end, lambda y: date(y, month, day))):
        year = str(framed.year)  # "In 2019, the fair was held on March 3", "The 2019 show was held March 3"
    elif (
        named
        and named[0] <= ctx.dct.year
        and not _ANNIVERSARY_AFTER.match(ctx.text, end)
        and _text_names_event(ctx, month, day)
    ):
        year = str(named[0])  # "He advised Vice President Mike Pence on January 6", in a story of the riot
    if (
        not year
        and ctx.day_ref
        and (joined := _DATE_AND_BEFORE.search(ctx.text, max(ctx.day_ref_pos, start - 30), start))
    ):
        year = str(ctx.day_ref.d.year)  # "... on February 18 and August 31": the year of the first
        between = _BETWEEN_BEFORE.search(ctx.text, max(0, ctx.day_ref_pos - 10), ctx.day_ref_pos)
        joiner = joined[0].split()[-1].lower()
        if (joiner in ("to", "through") or (joiner == "and" and between)) and (month, day) < (
            ctx.day_ref.d.month,
            ctx.day_ref.d.day,
        ):
            year = str(ctx.day_ref.d.year + 1)  # "from December 27 to January 3", "between Dec. 26 and Jan. 4"
    if year:
        try:
            return as_date(Val("D", date(int(year), month, day)))
        except ValueError:
            return None
    # The candidate nearest to the DCT, with distances on the side the tense disfavours doubled (quadrupled after
    # a past verb); "ended" or "since" right before ("the year ended Jan. 31") rules out later dates altogether.
    tense = ctx.tense(start, end)
    if _RELEASE_ASIDE.search(ctx.text, max(0, start - 30), start):
        tense = "future"  # 'the upcoming animated musical "Wish" (out Nov. 22)': a release date
    elif (
        tense in (None, "present")
        and _TITLE_ASIDE.search(ctx.text, max(0, start - 40), start)
        and _ASIDE_CLOSES.match(ctx.text, end)
    ):
        tense = "future"  # "Guardians of the Galaxy Vol. 2 (May 5)", "Beth Hart (Sept. 12)": a title's date, ahead
    elif tense == "future" and (plan := _PAST_PLAN_BEFORE.search(ctx.text, ctx.sentence(start)[0], start)):
        # "Sentencing was set for Nov. 28", "receiver was scheduled to assume control Jan. 1": a plan told in the
        # past, on either side; one that "was supposed to" happen, or was so "originally", mostly did not by now
        tense = None if plan["adverb"] or plan["verb"].lower() == "supposed" else "present"
        if (but := _BUT_AFTER.match(ctx.text, end)) and "past" in _tenses(ctx.text[but.end() : ctx.sentence(end)[1]]):
            tense = "past"  # "was set to take off on June 14, but the court stepped in": a plan that fell through
    # "July 26 - Russia announces it is planning to ...": a chronology's line tells the past in the present
    if (
        tense in ("future", "present")
        and _TIMELINE_ENTRY.match(ctx.text, end)
        and not ctx.text[max(0, start - 2) : start].strip()
    ):
        tense = None
    # (a date heading its line follows the one heading the line before it however long the text between:
    # "April 14\n\n“The Last Thing He Told Me” (Apple TV+): Jennifer Garner portrays ...\n\nApril 21")
    reach = 3000 if _is_heading(ctx.text, start, end) and _heads_short_line(ctx.text, ctx.day_ref_pos) else 120
    if tense is None and ctx.day_ref and 0 <= start - ctx.day_ref_pos <= reach and not named:
        try:
            near = date(ctx.day_ref.d.year, month, day)
        except ValueError:
            near = None
        if near and (
            abs(gap := (near - ctx.day_ref.d).days) <= 45
            or (0 < gap <= 183 and near.year == ctx.dct.year and "\n" in ctx.text[ctx.day_ref_pos : start])
        ):
            # a listing: "June 10 – Bangkok ... June 17 – Singapore"; a list of lines in order can stride further
            # within the DCT's year ("Perseids: August 11-12\n\nOrionids: October 20-21")
            return as_date(Val("D", near))
    if tense == "past" and (near := _narrative_day(ctx, month, day, start)):
        return as_date(Val("D", near))
    future, past = tense == "future", tense == "past"  # a past verb all but rules out a later date
    closed = re.search(r"(?i)\b(?:ended|since)\s+$", ctx.text[max(0, start - 8) : start])
    if closed and _CAUSAL_SINCE_AFTER.match(ctx.text, end):
        # "due by April 18 since April 15 falls on a Saturday": because, not from; the verb after tells the tense
        closed, past = None, False
    # a present-tense schedule ("terminates Dec. 31", "returns to the fair Aug. 16") weighs both sides alike
    weight = 1 if tense == "present" else (4 if past or future else 2)
    best: date | None = None
    best_cost = 0.0
    for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        delta = (d - ctx.dct).days
        cost = abs(delta) * (weight if (delta > 0) != future and delta != 0 else 1)
        if closed and delta > 0:
            cost += 1000
        if best is None or cost < best_cost:
            best, best_cost = d, cost
    return as_date(Val("D", best)) if best else None


def _narrative_day(ctx: Ctx, month: int, day: int, start: int) -> date | None:
    """The month and day told in a past clause of a story set in an earlier year, when they fall in the month it
    last told or within a month after the day it last told ("in July 2006 ... on July 30", "On Nov. 4 and 5 ... On
    Nov. 7"). That month or day must be the latest time mentioned, at most 400 characters back, in a year written
    out or two or more before the DCT (not one guessed a year back), and must not name an event ("the Jan. 6, 2021,
    insurrection")."""
    ref = ctx.ref
    if ref is None or not 0 < start - ctx.ref_pos <= 400:
        return None
    if not (ref is ctx.day_ref or (ref.gran == "M" and ref.d.month == month)):
        return None
    if not (ref.d.year < ctx.dct.year - 1 or (ref.d.year < ctx.dct.year and ctx.ref_names_year)):
        return None
    if _THE_BEFORE.search(ctx.text, max(0, ctx.ref_pos - 4), ctx.ref_pos):
        return None
    try:
        near = date(ref.d.year, month, day)
    except ValueError:
        return None
    return near if 0 <= (near - ref.d).days <= 31 and (ref.gran == "M" or near != ref.d) else None


_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")


def weekday_month_day(ctx: Ctx, wd: int, month: int, day: int, pos: int) -> date | None:
    """The date of a weekday written with a month and day but no year: in the year the sentence names if it
    falls on that weekday there ("the 1988 concert, held Friday, May 27"), else in the year near the DCT where
    it does ("until Sunday, Nov. 5" written in February 2023); None if no such year is near."""
    years = [ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1]
    if (sy := ctx.sentence_year(pos)) is not None:
        years.insert(0, sy)
    elif abs((date(ctx.dct.year, month, min(day, 28)) - ctx.dct).days) <= 7:
        return None  # "on Thursday, November 4" written on Saturday, Nov. 5: a slip in the day, not last year
    fits = []
    for y in years:
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d.weekday() == wd:
            if y == sy:
                return d
            fits.append(d)
    return min(fits, key=lambda d: abs((d - ctx.dct).days)) if fits else None


# A time phrase opening the sentence: "In 2020, ...", "Last year, ...", "Following a 2021 directive, ..." (not
# "Since 1934, ...", a span up to now).
_FRONTED = re.compile(
    r"[\W_]*(?:(?i:in|during|by|last|this|that|following|after|before|throughout|at|on|early|late|for|until|back|"
    r"earlier|later|from|between)\b(?:[\s,]+\w+){0,2}[\s,]*)?"
)
# "The 2020 show was held in mid-February", "the 2021 gala to be postponed to September": the year dates the subject
_YEAR_OF_SUBJECT = re.compile(
    r"(?i)\bthe\s+\S+\s+(?:\w+\s+)?(?:was|were|is|are|to be|will|had|has)\b"
    r"|\s*\b(?:in|for)\s+\d{4}\s+(?:was|were|is|are|will)\b"  # "Mardi Gras festivities in 2024 are set for Feb. 13"
)
_WHEN_AFTER = re.compile(r"\S*,?\s+when\b")  # "in 2019, when Paris saw a record in July"
# "that August", "That summer": a time of the year just told (not the "that" opening a clause: "said that August ...")
_THAT_MONTH_BEFORE = re.compile(r"(?i)(?<![,;:]\s)(?<!\bsaid\s)\bthat\s+$")


def points_back(ctx: Ctx, start: int) -> bool:
    """Whether "that" right before start points back to a time just told ("That summer, ...", "that August")."""
    return _THAT_MONTH_BEFORE.search(ctx.text[max(ctx.sentence(start)[0], start - 12) : start]) is not None


def _year_frames_month(ctx: Ctx, start: int, end: int) -> bool:
    """Whether the year told earlier in the sentence (Ctx.sentence_year) is the year of a bare month at start:
    when it opens the sentence ("In 2020, the deadline was in July", "Last year, eggs cost $1.93 in January"),
    dates the subject ("The 2020 show was held in mid-February") or is named again ("in December that year").
    "That" points back to it ("in May 2017, only to cancel it that August").
    A year elsewhere in the sentence dates something else: "whose conviction in Lee's 1999 killing was reversed
    in September", "student debt in December 2021 was $1.38 trillion, the Fed said in April"."""
    s = ctx.sentence(start)[0]
    pos = ctx.ref_pos
    if R.THAT_YEAR_AFTER.match(ctx.text, end) or _FRONTED.fullmatch(ctx.text, s, pos):
        return True
    if points_back(ctx, start):
        return True  # "announced plans in May 2017, only to cancel it that August": the month of that year
    return bool(_WHEN_AFTER.match(ctx.text, pos) or _YEAR_OF_SUBJECT.match(ctx.text, max(s, pos - 4), start))


# The year told just after a bare month or season, past a noun or two: "the Covid-19 summer wave in 2020", "the June
# peak in 2022" (not past a verb: "in March he said he would retire in 2025").
_YEAR_JUST_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|but|when|while|that|which|who|to|he|she|they|it|we|i)\b)[a-z][a-z-]*(?<!ed)(?<!\bis)(?<!\bwas)){1,2}"
    r"\s+in\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]\d|\s+dollars)"
)


def year_just_after(ctx: Ctx, end: int) -> int | None:
    """The year written a noun or two after a bare month or season name ending at end (see _YEAR_JUST_AFTER)."""
    m = _YEAR_JUST_AFTER.match(ctx.text, end)
    return int(m["year"]) if m else None


# A month something is for: "announced an output increase for September", "pulling its ad reservations for the
# month of October".
_FOR_MONTH_BEFORE = re.compile(r"(?i)\bfor\s+(?:the\s+month\s+of\s+)?$")
# ... or a plan moved to: "had been postponed from May to July", "was pushed from June to September".
_MOVED_TO_MONTH_BEFORE = re.compile(
    r"(?i)\b(?:postponed|pushed|moved|delayed|rescheduled|shifted|bumped)(?:\s+(?:back|up|forward))?"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:from|to|into|until)\s+(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+to\s+)?$"
)


_WRITTEN_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b(?![-–/]\d)")


def year_written_before(ctx: Ctx, pos: int, sentences: int = 2) -> int | None:
    """The last year written in this sentence or the sentences before pos, the one "that year" points back to
    ("received a report in April 2019 ..., Covelli said Tuesday. ... In September that year")."""
    first = ctx.sent_starts[max(0, ctx.sentence_of(pos) - sentences)]
    years = _WRITTEN_YEAR.findall(ctx.text, first, pos)
    return int(years[-1]) if years else None


def month_alone_year(ctx: Ctx, month: int, start: int, end: int) -> int:
    """Year of a bare month name: inherited from the sentence, else the tense picks the side of the DCT.

    Without a tense the nearer occurrence wins ("in January" written in November is next January).
    """
    y, dm = ctx.dct.year, ctx.dct.month
    since = re.search(r"(?i)\b(?:since|ended|ending)\s+(?:early |late |mid-?)?$", ctx.text[max(0, start - 20) : start])
    if since and since[0].lower().startswith("since") and _PERFECT.search(ctx.text, ctx.sentence(start)[0], start):
        return y - (month > dm)  # "have shot up since late February": the latest one, whatever year is in view
    sy = ctx.sentence_year(start) if _year_frames_month(ctx, start, end) else None
    if sy is None and R.THAT_YEAR_AFTER.match(ctx.text, end):
        sy = year_written_before(ctx, start)  # "The plant closed in 2001. In December that year, it reopened."
    tense = ctx.tense(start, end)
    # not "the 2024 convention site, having traveled there in March", nor "This year the show happened after NBC
    # pulled the plug in May" written in January: a past clause tells no month after the DCT
    if sy and not (tense == "past" and (sy > y or (sy == y and month > dm))):
        return sy
    if written_after := year_just_after(ctx, end):
        return written_after
    if since or (tense is None and _OBJECT_OF_REPORT.search(ctx.text, max(ctx.sentence(start)[0], start - 80), start)):
        tense = "past"  # "first announced his goal for the program in January": the past report's month
    if month == dm:
        return y
    if tense == "future" and _WOULD_BEFORE.search(ctx.text, max(ctx.sentence(start)[0], start - 80), start):
        tense = None  # "said it would exit Russia in late May": planned before it was written, maybe already past
    plan = _PAST_PLAN_BEFORE.search(ctx.text, ctx.sentence(start)[0], start) if tense == "future" else None
    if plan and plan["verb"].lower() == "supposed":
        tense = "past"  # "was supposed to have a biopsy in December ... More than seven months later": it did not
    if tense == "future":
        return y + (month < dm)
    target = _FOR_MONTH_BEFORE.search(ctx.text, max(0, start - 20), start) or _MOVED_TO_MONTH_BEFORE.search(
        ctx.text, max(ctx.sentence(start)[0], start - 80), start
    )
    if tense == "past" and not target:
        return y - (month > dm)  # (but "announced an output increase for September": the nearer one, below)
    ahead = (month - dm) % 12
    return y + (month < dm) if ahead < 12 - ahead else y - (month > dm)
