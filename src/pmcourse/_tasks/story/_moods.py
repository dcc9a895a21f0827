"""Outcomes that are only a mood or how someone is regarded, told in a longer form than the
plain feelings in `_words`: composure alone ("I feel in control"), two moods joined ("I feel in control and less stressed"), a
mood joined to liking the product ("... and love using the app", "... and trust <maker>"),
or being valued, heard or respected, said of anyone ("the person feels dignified, valued
and listened to", "I feel my donation is valued"), worry or a slight denied ("I don't worry",
"I don't feel ripped off"), and composure over a state of things ("I feel confident our
setup is sound"). None names anything anyone can then do."""

from __future__ import annotations

import re

from ._text import I, quote
from ._types import Finding

__all__ = ["mood_only"]

# one mood: a participle or an adjective of feeling, perhaps with "more"/"less" and what it
# is about ("less stressed on Monday mornings", "in control of our finances")
_MOOD = (
    r"(?:(?:more|less|very|so|really|fully)\s+)?(?:in\s+control|on\s+top\s+of\s+things|at\s+ease|"
    r"[a-z]+ed|[a-z]+(?:ful|ous|able|ible|ive|ent|ant|ure)|safe|calm|happy|welcome|good)"
    r"(?:\s+(?:in|on|of|during|at|with|about|before|after|when|while)\s+[\w' ]{1,30})?"
)
# an attitude to the product or its maker: liking, trusting, using it more
_ATTITUDE = (
    # ("... and can trust <maker>": liking it told as what the persona is able to do)
    r"(?:(?:will\s+|can\s+)?(?:love|like|enjoy|trust)\s+(?:[\w'&-]+\s*){1,4}|"
    r"keep\s+(?:using|playing|coming\s+back)(?:\s+[\w'-]+){0,3})"
)
# being regarded well: "valued", "listened to", "treated with dignity"
_REGARD = (
    r"(?:valued|respected|dignified|appreciated|recogni[sz]ed|listened\s+to|heard|cared\s+for|"
    r"taken\s+seriously)"
)
# a bad mood denied, as the first of the two: "I'm not disappointed and ..." (worry is left
# out: worry about the thing itself may be the need)
_DENIED = (
    r"(?:I\s*['\u2019]?m|I\s+am|we\s*['\u2019]?re|we\s+are|I\s+won['\u2019]?t\s+be)\s+"
    r"(?:not\s+|no\s+longer\s+|never\s+)(?:so\s+|as\s+|too\s+)?"
    r"(?:disappointed|upset|frustrated|annoyed|stressed|anxious|embarrassed|let\s+down)\s+"
)
_MOOD_PAIR = re.compile(
    # (the first mood may say what it is about: "more in control of my mornings and ...")
    r"^\W*(?:(?:I|we)\s+(?:will\s+)?feel\s+(?P<first>(?:(?!can\b|could\b|to\b)[\w'-]+\s+){0,7}?)"
    r"|" + _DENIED + r")and\s+"
    # (two bare feeling words, "clever and organised", are the one feeling: left to a reader)
    r"(?:I\s+|we\s+)?(?:feel\s+)?(?P<second>"
    # being regarded well: "... and feel valued as a learner"
    + _REGARD
    + r"(?:\s+(?:by|as)\s+(?:[\w'-]+\s*){1,4})?|"
    + _ATTITUDE
    + r"|(?=(?:more|less)\s)"
    + _MOOD
    + r")\W*$",
    I,
)
_REGARDED = re.compile(
    # "the person feels dignified, valued and listened to": of anyone, a list of such words
    r"^\W*(?:(?:the|a|my|our|their|each|every)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:will\s+)?"
    r"feels?\s+(?:(?:more|really|truly)\s+)?(?P<how>"
    + _REGARD
    + r"(?:(?:,\s*|\s+and\s+|,\s+and\s+)"
    + _REGARD
    + r"){0,3})(?:\s+(?:by|as)\s+(?:[\w'-]+\s*){1,4})?\W*$|"
    # "I feel my donation is valued": a thing of the persona's regarded by others
    r"^\W*(?:I|we)\s+(?:will\s+)?feel\s+(?:that\s+)?(?:my|our)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+"
    r"(?:is|are)\s+(?P<thing>" + _REGARD + r"|used\s+well|making\s+a\s+difference)"
    r"(?:\s+by\s+(?:[\w'-]+\s*){1,4})?\W*$",
    I,
)

# composure, of anyone, with nothing else: "so that I feel in control of my mornings", "so
# that the team feels confident about the data", "so I can stop worrying", "so that I can
# sleep at night"; careful readers call it no gain (safety, welcome and reward are left to
# the feeling check: they split on those)
_COMPOSED = (
    r"(?:(?:more|fully|really|much\s+more|far\s+more|a\s+lot\s+more|so|very)\s+)?(?:confident|"
    r"in\s+control|on\s+top\s+of\s+(?:things|everything|it)|calm|calmer|relaxed|at\s+ease)"
)
# a bad mood a person has, not a harm done to them
_SORE = (
    r"(?:guilty|lonely|anxious|nervous|stressed|ashamed|embarrassed|frustrated|upset|fed\s+up)\b"
)
_COMPOSURE = re.compile(
    r"^\W*(?:(?:[\w'-]+\s+){0,3}?(?:(?:will|can)\s+)?feels?|(?:I|we)\s+(?:am|are|will\s+be)|"
    r"(?:I|we)\s*['\u2019](?:m|re))\s+" + _COMPOSED + r"(?:\s+and\s+" + _COMPOSED + r")?"
    # what it is about or when: "about the numbers", "driving it", "for once"
    r"(?:\s+(?:about|of|with|in|on|before|at|during|when|while|for)\s+[\w' -]{1,30}|"
    r"\s+[a-z]+ing(?:\s+[\w'-]+){0,3})?\W*$|"
    # worry ended, of nothing named: the idioms of peace of mind
    r"^\W*(?:I|we)\s+(?:(?:can|will)\s+)?(?:stop\s+worrying|no\s+longer\s+worry|worry\s+less|"
    r"sleep\s+(?:easy|easier|soundly|at\s+night|better\s+at\s+night)|rest\s+easy)\W*$|"
    # worry denied, of nothing named: "so that I don't worry" ("I don't worry that it's
    # lost" names the harm, which may be the need, and is left alone)
    r"^\W*(?:I|we)\s+(?:don['\u2019]?t|do\s+not|won['\u2019]?t|will\s+not|never)\s+"
    r"(?:(?:have|need)\s+to\s+)?worry(?:\s+about\s+(?:it|that|this|anything))?\W*$|"
    # composure or peace of mind over a state of things: "I feel confident our integration is
    # in good shape", "I have peace of mind that nothing is stuck": still only the feeling
    r"^\W*(?:I|we)\s+(?:(?:can|will)\s+)?(?:feel\s+" + _COMPOSED + r"|(?:have|get|gain)\s+"
    r"(?:(?:some|more|real|full)\s+)?peace\s+of\s+mind)\s+(?:that\s+)?"
    r"(?:[\w'-]+\s+){1,5}?(?:is|are|isn['\u2019]?t|aren['\u2019]?t|stays?|works?|gets?)\s+"
    r"[\w' -]{1,30}\W*$|"
    # a slight or bad mood denied, with whom it is felt towards: "so that I don't feel ripped
    # off by the airport" (a body's state, "I don't feel sick", may be the need itself)
    r"^\W*(?:I|we)\s+(?:don['\u2019]?t|do\s+not|won['\u2019]?t|will\s+not|never)\s+feel\s+"
    r"(?!(?:ill|sick|unwell|poorly|faint|dizzy|cold|hungry|pain)\b)[a-z]+(?:ed|en)"
    r"(?:\s+(?:off|out|down|over|about))?(?:\s+(?:by|at|about|with)\s+[\w' -]{1,30})?\W*$|"
    # a bad mood of the persona's own denied: "so that I don't feel guilty", "so that I'm not
    # so anxious about the day" (a harm done to them, "I'm not stranded", is left alone)
    r"^\W*(?:(?:I|we)\s+(?:don['\u2019]?t|do\s+not|won['\u2019]?t|will\s+not|never)\s+"
    r"(?:(?:have|need)\s+to\s+)?feel|(?:I\s*['\u2019]?m|I\s+am|we\s*['\u2019]?re|we\s+are)\s+"
    r"(?:not|no\s+longer))\s+(?:so\s+|as\s+|too\s+)?" + _SORE + r"(?:\s+(?:about|before|on|"
    r"during|over|by)\s+[\w' -]{1,30})?\W*$|"
    # peace of mind with when it is felt, however long: "so that I have peace of mind when
    # we run a big campaign" (over a state of things it is the form above)
    r"^\W*(?:I|we)\s+(?:(?:can|will)\s+)?(?:have|get|gain)\s+(?:(?:some|more|real|full)\s+)?"
    r"peace\s+of\s+mind\s+(?:when|while|during|before|after|at|on|in|about|over)\s+"
    r"[\w' -]{1,60}\W*$",
    I,
)


def mood_only(body: str, shown: str) -> Finding | None:
    """Two moods, a mood and liking the product, or being regarded well: no gain."""
    if pair := _MOOD_PAIR.match(body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a mood joined to another mood or to liking the product "
            f"({quote(pair['second'].strip())}), with nothing the persona can then do; say "
            "what they can then do",
        )
    if _COMPOSURE.match(body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is only a feeling of composure or of worry ended, with nothing the "
            "persona can then do; say what they can then do",
        )
    if _REGARDED.match(body):
        return Finding(
            "outcome",
            "not met",
            f"{shown} is a feeling of being regarded well, which is how others treat someone, "
            "not something the persona can then do; say what they can then do",
        )
    return None
