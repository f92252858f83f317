"""Page furniture: the parts of a report that are not its content, found so that no stage reads them.

Scraped and pasted reports carry more than the story: the headline run into the first sentence, section
subheadings run into the body, "Read more ..." and "click here" prompts, newsletter and follow prompts,
photo credits and captions, copyright lines, "Related:" links, bylines and stray page code.
``find_furniture`` finds them with general line-level and sentence-level patterns and returns one
``Furniture`` record per stretch, with its reason. Nothing is deleted: spans index the text as given, and
``mask_furniture`` gives a copy of the same length (furniture blanked, newlines kept) for the parser.

Reasons: ``headline`` (the title at the start of the text), ``subheading``, ``read_more``, ``prompt``
(click here, scroll down for video, advertisement ...), ``newsletter``, ``social`` (follow / share / like
prompts), ``photo_credit``, ``caption``, ``copyright``, ``related`` (related links, tags), ``byline``
(bylines, contributor and contact lines) and ``embed`` (page code and bare links).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any, TypeVar

from dossier.schema import EventActor, Furniture, Source, Span, TextSpan

T = TypeVar("T")

__all__ = ["find_furniture", "headline_of", "mask_furniture", "outside_furniture"]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# --- word lists -------------------------------------------------------------------------------------------

# Words a headline or subheading does not end with: a stretch ending in one is a clause running on.
_RUN_ON_ENDINGS = _words(
    """a an the this that these those its his her their our my your of in on at to for from by with about
    as into onto over under after before than then when while because since if and or but nor so yet also
    is are was were be been being has have had do does did will would can could should may might must
    said says told say not no very first second third former latter other another new several many few
    some all each every both more most own same such top senior chief using including made called named
    during through throughout amid despite against between toward towards across within without near
    around until via upon among"""
)
# Words a clause has and a headline drops: articles aside, auxiliaries, subject pronouns and "also".
_CLAUSE_WORDS = _words(
    """is are was were been being has have had do does did will would can could should might must
    said says told i he she it we they you also that which who"""
)
# Capitalised words that open a sentence whatever the text: after a headline-shaped stretch they mark it.
_SENTENCE_OPENERS = _words(
    """The A An In On At But And After When While Since Some Many Most According He She They It We This
    That These Those Last Earlier Later During For If As Under With Despite Although Others One Two
    Meanwhile Still However There Its His Her Their Our Among Before Until Amid Over Following Nearly
    About More Several Both Such Each Though"""
)
# Words for a person's office or trade, which run on into a name: "former president Trump's lawyers".
_TITLE_WORDS = _words(
    """president presidents minister ministers leader leaders chief chiefs secretary spokesman spokeswoman
    spokesperson official officials director ambassador envoy lawyer lawyers attorney general commander
    senator governor mayor king queen prince premier chancellor judge justice officer adviser advisor
    analyst analysts expert experts professor founder chairman chairwoman candidate rival rivals
    counterpart counterparts colleague colleagues ally allies partner partners husband wife son daughter
    father mother brother sister friend journalist reporter editor activist group party company firm"""
)
# Words that start a clause or a question inside a stretch: "to save", "how", "whether", "what".
_CLAUSE_STARTERS = _words("to how what whether why where who which out off al de")
_IRREGULAR_PAST = _words(
    """caught held made took gave got went came saw found kept left lost met paid put ran sent set sold
    spent stood struck told thought won wrote brought built bought fought led read shot began broke chose
    drove fell flew forgot froze hid hit hurt knew lay meant rose sang sat slept spoke stole swore threw
    understood woke wore"""
)
_SPEECH_VERBS = re.compile(
    r"\b(?:said|says|say|told|tell|tells|according|announced|reported|reports|claimed|claims|denied|denies|"
    r"stated|added|wrote|warned|insisted|confirmed)\b",
    re.IGNORECASE,
)

# --- line patterns: the whole line is furniture -------------------------------------------------------

_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "read_more",
        re.compile(
            r"\(?\s*(?:read|see) (?:more|the full (?:story|article)|full (?:story|article))\b.*"
            r"|continue reading\b.*",
            re.IGNORECASE,
        ),
    ),
    (
        "prompt",
        re.compile(
            r"(?:scroll down for (?:the )?videos?|video loading\b.*|watch next\b.*|watch this video\b.*"
            r"|(?:view|see) (?:the |all )?(?:gallery|photos?|pictures?|video)\b.*|advertisements?"
            r"|ads(?: by [\w ]+)?|(?:poll )?loading\s*(?:…|\.\.\.)?|(?:please )?enable javascript\b.*"
            r"|(?:on|using) a mobile device\?.*|tap here\b.*|click here\b.*|skip (?:to|ad)\b.*)[.!:]?",
            re.IGNORECASE,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"(?:free )?(?:sign up|subscribe)(?: now| here| today| for (?:free|our|the|a)\b.*)?[.!]?"
            r"|get (?:our|the|free)? ?[\w ]{0,30}newsletters?\b.*",
            re.IGNORECASE,
        ),
    ),
    (
        "social",
        re.compile(
            r"(?:[>—–-]+\s*)*(?:(?:follow|like) (?:us|me)\b.*|share (?:this|on|via)\b.*|view (?:this )?on "
            r"(?:instagram|twitter|facebook|youtube|x)\b.*)",
            re.IGNORECASE,
        ),
    ),
    (
        "caption",
        re.compile(r"(?:(?:image|photo|media|video) )?caption|(?:show|hide|view) caption", re.IGNORECASE),
    ),
    (
        "photo_credit",
        re.compile(
            r"(?:photo|image|picture|video)s?(?: credits?| courtesy| source)?\s*:\s*\S[^.!?]{0,80}"
            r"|(?:file |handout )?photo",
            re.IGNORECASE,
        ),
    ),
    (
        "copyright",
        re.compile(
            r"(?:[—–-]\s*)?(?:copyright\b|©|\(c\) \d{4}).*|.*\ball rights reserved\b.*|.*\s©(?:\s.*)?",
            re.IGNORECASE,
        ),
    ),
    (
        "related",
        re.compile(
            r"(?:related|see also|also read|also see|recommended(?: for you)?|read next|more stories"
            r"|top stories|on this topic|complete coverage|more on this(?: story)?|see all related"
            r"|more from [\w .'-]{1,40}|more)\s*(?::.*)?"
            r"|related\s*(?:coverage|articles?|stories|content|links|videos?|roundup\b.*)"
            r"|related(?=[A-Z]).*|(?:tags?|topics?|filed (?:in|under))\s*:?\s+\S.*"
            r"|(?:opinion|profile|watch|video|live|listen|podcast|gallery)\s*:\s*\S.*"
            r"|.{5,200}»|.{5,200}[a-z](?:JAN|FEB|MARCH|APRIL|MAY|JUNE|JULY|AUG|SEPT|OCT|NOV|DEC)\.? \d{1,2}, \d{4}",
            re.IGNORECASE,
        ),
    ),
    (
        "byline",
        re.compile(
            r"[Bb]y [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:(?:,| and) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})*"
            r"(?:\s*[|,]\s*[\w .]{1,40})?"
            r"|(?i:contributing|additional reporting|reporting|writing|editing|with reports?)(?: (?i:by|from))?\s*:?\s+"
            r"[A-Z].{0,150}"
            r"|(?i:with (?:news )?wire services|source\s*:\s*\S.{0,60}|via\s*:\s*\S.{0,60}|uploaded by\b.*"
            r"|(?:last )?(?:updated?|published|posted)\s*:?\s.{0,40}\d{4}.{0,30}"
            r"|(?:e-?mail|contact)(?: [\w ]{1,30})?\s*:\s*\S.*|[\w.+-]+@[\w-]+\.[\w.]+(?:\s.{0,80})?)",
        ),
    ),
    (
        "embed",
        re.compile(
            r"(?:<!--|-->|</?(?:script|style|iframe|div|span|img|a|p|br|ins|object|embed|noscript|figure)\b).*"
            r"|@media\b.*|.*\{[^{}]*:[^{}]*\}.*"
            r"|(?:https?://)?(?:[\w-]+\.)+(?:com|org|net|co\.uk|de|me|tv|ly|io)(?:/\S*)?",
        ),
    ),
]

# --- sentence patterns: the sentence (or clause) that holds one is furniture ------------------------

_SENTENCE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "read_more",
        re.compile(r"\bread more\b|\bcontinue reading\b|\bfull (?:story|article)\b.*\bhere\b(?![’'])", re.I),
    ),
    ("prompt", re.compile(r"\bclick here\b|\btap here\b|\bscroll down (?:for|to see)\b", re.I)),
    (
        "newsletter",
        re.compile(
            r"\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|free|daily|weekly)\b"
            r"|\b(?:sign up|subscribe)\b.*\bnewsletters?\b|\bdaily email briefing\b"
            r"|^(?:sign up|subscribe) (?:now|today|here)\b",
            re.I,
        ),
    ),
    (
        "social",
        re.compile(
            r"\bfollow us (?:on|at)\b|\bfollow us\s*:|\blike us on\b"
            r"|^(?:you can |please |don[’']t forget to )?(?:follow\b[^,]{0,60}|like (?:us|(?-i:[A-Z])[\w.]*(?: (?-i:[A-Z])[\w.]*)"
            r"{0,3}))\s+on (?:twitter|facebook|instagram|x|youtube|tiktok|linkedin)\b"
            r"|^keep in touch!|\bshare this (?:article|story|post)\b",
            re.I,
        ),
    ),
    (
        "copyright",
        re.compile(
            r"\bcopyright (?:©\s*)?\d{4}\b|(?<![^\s(])©|\ball rights reserved\b|\bmay not be (?:re)?published\b"
            r"|\b(?:do not|don[’']t) (?:cut|copy|reproduce|redistribute)\b"
            r"|^this (?:article|story) (?:originally )?appeared (?:at|in|on)\b",
            re.I,
        ),
    ),
    ("byline", re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing) by\b", re.I)),
    (  # contributor credits: "Murtaza Zehri of VOA's Urdu Service contributed to this report from Quetta."
        "byline",
        re.compile(
            r"^[^.!?]{2,120}? contributed (?:reporting )?to this (?:report|story|article)\b[^.!?]{0,80}[.!?]?\s*$"
            r"|^this (?:report|story|article) (?:originated in|was produced by|is based on reporting by)\b",
            re.I,
        ),
    ),
    (
        "caption",
        re.compile(
            r"^in this (?:[^.]{0,40}?,? )?(?:undated |file |handout |aerial |combination )*"
            r"(?:photo|image|picture|photograph|frame grab|screen ?grab|video grab)\b",
            re.I,
        ),
    ),
]

# Page code run into a line of text: from the statement that starts it to the end of the line.
_CODE = re.compile(
    r"\(\s*function\b|<!--|<script\b|\bdocument\.(?:write|getElementById)\b|\bmboxCreate\(|\bbrightcove\.create"
)
_CODE_START = re.compile(r"[A-Za-z_$][\w$.]*$")
# Words one of the sentence patterns needs: sentences without any are not tried against them.
_SENTENCE_KEY_LIST = (
    "read more",
    "continue reading",
    "full story",
    "full article",
    "click",
    "tap here",
    "scroll down",
    "newsletter",
    "sign up",
    "subscribe",
    "email briefing",
    "follow",
    "like ",
    "keep in touch",
    "share this",
    "copyright",
    "©",
    "rights reserved",
    "may not be",
    "do not",
    "don",
    "appeared",
    "reporting by",
    "writing by",
    "editing by",
    "in this",
)
_SENTENCE_KEYS = re.compile("|".join(map(re.escape, _SENTENCE_KEY_LIST)), re.IGNORECASE)
_PROMPT_END = re.compile(
    r"\b(?:here|now|below|today|twitter|facebook|instagram|newsletters?|videos?|photos|gallery)\b(?=\s+[\"“‘]?[A-Z])",
    re.IGNORECASE,
)

# --- inline patterns: just the match is furniture -------------------------------------------------------

_AGENCY = r"(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|GETTY IMAGES|Getty|PA|THE CANADIAN PRESS|Xinhua|UPI)"
_INLINE_RULES: list[tuple[str, re.Pattern[str], str]] = [  # reason, pattern, text it needs (lowercase)
    (
        "photo_credit",
        re.compile(
            r"[(\[]\s*(?:[\w.&'’-]+\s+){0,3}(?:photos?|images?|pictures?|pic|screen ?grab|file)"
            r"\s*(?:[:/]|by\b|via\b|courtesy\b|credits?\b|source\b)[^()\[\]\n]{0,80}[)\]]"
            r"|[(\[][^()\[\]\n]{0,40}\b(?:photo|images?|screengrab|file photo)\s*[)\]]",
            re.IGNORECASE,
        ),
        "",
    ),
    (
        "photo_credit",
        re.compile(
            r"\b(?:AP|AFP) (?:PHOTO|Photo)\s*/\s*[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?"
            rf"|\b(?:{_AGENCY})\s*/\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}(?=\s*$|\s{{2,}})"
            rf"|\b[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}\s*/\s*(?:{_AGENCY})(?: via [\w ]{{1,30}})?(?=\s*$|\s{{2,}})"
        ),
        "/",
    ),
    ("read_more", re.compile(r"\(\s*read more[^()\n]{0,60}\)", re.IGNORECASE), "read more"),
    (
        "byline",
        re.compile(r"\((?:additional )?(?:reporting|writing|editing) by [^()\n]{1,200}\)", re.I),
        " by ",
    ),
    (  # a contributor credit run into the last paragraph: "... Tobias Mudzingwa contributed to this report."
        "byline",
        re.compile(
            r"(?:(?<=[.!?”\"’]\s)|^)(?:[A-Z][^.!?\n]{2,120}? contributed (?:reporting )?to this "
            r"(?:report|story|article)\b[^.!?\n]{0,80}[.!?]"
            r"|This (?:report|story|article) originated (?:in|on|from) [^.!?\n]{1,60}[.!?])"
        ),
        " this ",
    ),
    (
        "caption",
        re.compile(r"\b(?:Image|Media|Photo) (?:caption|copyright)\b.*", re.IGNORECASE),
        "caption",
    ),
]

# A caption run into the start of a line after a credit: "Getty   Successful: Michael Phelps is ..."
_CREDIT_LED_LINE = re.compile(
    r"(?:Getty(?: Images)?|AFP|AP|EPA|Reuters|REUTERS|PA|Rex)(?:\s{2,}|(?=[A-Z][a-z])).+"
)
# A label caption: "Inches from disaster: The terrifying morning attack happened just outside ..."
_LABEL_CAPTION = re.compile(r"([A-Z][\w'’-]*(?: [\w'’-]+){0,3})\??:\s+[A-Z‘'\"“].{10,}")
_CONTENT_LABELS = _words("update note correction editor's editor’s q a breaking watch warning exclusive") | {
    "editor's note",
    "editor’s note",
}

_PARAGRAPH_END = ".!?…\"”'’)]"
_TERMINAL = ".!?:;,\"”'’)…]"
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]|Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|St|Jr|Sr"
    r"|No|Vol|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mass|Calif|Fla|Ill|Pa|Va|Ga|Ariz|Mich"
    r"|Minn|Wis|Conn|Tenn|Ky|Okla|Ore|Wash|Mo|Md|Nev|Ala|Ark|Colo|Del|Ind|Kan|La|Miss|Neb|Vt|Wyo|vs"
)
_WORD = re.compile(r"[\w%$'’‘-]+")
# The run-in heading: a few words, no clause punctuation but the comma of a pair of nouns, then a
# capitalised word opening a sentence.
# up to the sentence's end, past the periods of an abbreviation ("A U.S. State Department spokesperson")
_UNTIL_SENTENCE_END = re.compile(r"(?:[^.!?\n]|(?<=[^A-Za-z][A-Z])\.|\.(?=[A-Za-z]))*")
_CLAUSE_RUN = re.compile(r"[A-Z0-9][\w%$'’‘-]*,?(?: [\w'’‘][\w%$'’‘-]*(?:(?<=\bvs)\.)?)+")
_HEADING_WORDS = 8
# A heading of two nouns with a comma: a capitalised word, then a lowercase one ("Definition, limits").
_PAIR_HEADING = re.compile(r"[A-Z][a-z]+, (?!like\b|as\b|too\b)[a-z]+")
_HEADLINE_VERBS = _words("is are says said")
_CLAUSE_OPENERS = _words(
    """But And Or So Yet Because If When While As Although Though Despite In On At For With From By To
    After Before During Since Until Under Over Among Amid Following Through Without Within Then About
    Regardless Considering"""
)
_NAME_STARTERS = _words("The A An This Our Its His Her Their My Your")
_CALENDAR = _words(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December"""
)
_DATELINE = re.compile(r"[A-Z][A-Z .,/'’-]+(?:\([A-Za-z ]+\))?\s*[—–-]*")
_SYMBOLS = re.compile(r"[\W\d_]*")


def find_furniture(text: str, title: str | None = None) -> list[Furniture]:
    """Every stretch of ``text`` that is page furniture, in text order, with the reason for each.

    ``title``, when known, is recognised where the text starts with it; without one, a first line shaped
    like a headline (no final punctuation, a sentence after it) is taken as the headline.

    >>> [(f.text, f.reason) for f in find_furniture("Iran denied it.\\nRead more: Iran news - click here")]
    [('Read more: Iran news - click here', 'read_more')]
    >>> [(f.text, f.reason) for f in find_furniture("Airstrikes kill 50 militants The strikes came hours "
    ...     "after the siege, officials said.")]
    [('Airstrikes kill 50 militants', 'headline')]
    """
    found: list[tuple[int, int, str]] = []
    vocabulary = _Vocabulary(text)
    headline = _headline(text, title, vocabulary)
    if headline:
        found.append((*headline, "headline"))
    lines = list(_lines(text))
    content_lines = [(s, e) for s, e in lines if text[s:e].strip()]
    for index, (start, end) in enumerate(content_lines):
        if headline and start < headline[1]:
            continue
        line = text[start:end]
        reason = _line_reason(line, index, content_lines, text)
        if reason:
            found.append((start, end, reason))
            continue
        found.extend(_within_line(text, start, end, vocabulary))
    return [Furniture(text=text[s:e], spans=[(s, e)], reason=r) for s, e, r in _merge(found)]


def mask_furniture(text: str, furniture: list[Furniture]) -> str:
    """``text`` with every furniture character blanked (newlines kept): same length, same offsets.

    >>> mask_furniture("Iran denied it.\\nRead more here", find_furniture("Iran denied it.\\nRead more here"))
    'Iran denied it.\\n              '
    """
    if not furniture:
        return text
    chars = list(text)
    for item in furniture:
        for start, end in item.spans:
            for i in range(start, end):
                if chars[i] not in "\r\n":
                    chars[i] = " "
    return "".join(chars)


def outside_furniture(record: T, text: str, furniture: list[Furniture]) -> T:
    """``record`` (an extraction, or any record in it) with no span reaching into furniture.

    The parse reads the text with its furniture blanked, so a span can run across a blanked stretch ("the
    suspect fled (AP Photo/...) and was arrested"); such spans are cut around it and their text is read
    again from ``text``, fragments joined by a space.
    """
    stretches = sorted(span for item in furniture for span in item.spans)
    if not stretches:
        return record
    return _cut_record(record, text, stretches)


def headline_of(furniture: list[Furniture]) -> str | None:
    """The headline found at the start of the text, if any, as a one-line title."""
    for item in furniture:
        if item.reason == "headline":
            return " ".join(item.text.split())
    return None


# --- the pieces ---------------------------------------------------------------------------------------


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line with its surrounding blanks trimmed."""
    for match in re.finditer(r"[^\r\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def _normal(value: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", value.casefold()).split())


class _Vocabulary:
    """How words are written in one text, counted once on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: set[str] | None = None
        self._inside: Counter[str] | None = None

    def usually_lowercase(self, word: str) -> bool:
        """Whether ``word`` is a common word here: written in lowercase elsewhere, and never capitalised
        inside a sentence but where it is read (an acronym or a name is)."""
        if word.isupper():
            return False
        if self._lower is None or self._inside is None:
            self._lower = set(re.findall(r"\b[a-z][\w'’-]*", self.text))
            self._inside = Counter(re.findall(r"(?<=[\w,;] )([A-Z][\w'’-]*)", self.text))
        return word.lower() in self._lower and self._inside[word] <= 1


def _headline(text: str, title: str | None, vocabulary: _Vocabulary) -> tuple[int, int] | None:
    """The headline at the very start of ``text``: the known title, or a headline-shaped first line."""
    start = len(text) - len(text.lstrip())
    if title and _normal(title):
        end = _prefix_end(text, start, title)
        if end is not None and text[end:].strip():
            return start, end
    first = re.match(r"[^\r\n]+", text[start:])
    if not first:
        return None
    line = first.group().rstrip()
    rest = text[start + len(first.group()) :]
    if rest.strip() and _headline_shaped(line) and _opens_sentence(rest.lstrip()):
        if not any(pattern.fullmatch(line) for _, pattern in _LINE_RULES):
            return start, start + len(line)
        return None
    run_in = _run_in_heading(text, start, vocabulary)
    if run_in:
        return run_in
    return None


def _prefix_end(text: str, start: int, title: str) -> int | None:
    """Where ``text`` (from ``start``) stops matching ``title``, ignoring case, spacing and punctuation."""
    target = _normal(title).replace(" ", "")
    matched = 0
    i = start
    while i < len(text) and matched < len(target):
        char = text[i].casefold()
        if char.isalnum() or char == "_":
            if char != target[matched]:
                return None
            matched += 1
        elif not (char.isspace() or not char.isalnum()):
            return None
        i += 1
    if matched < len(target) or (i < len(text) and text[i].isalnum()):
        return None
    while i < len(text) and text[i] in _TERMINAL and text[i] not in '"“':
        i += 1
    return i


def _headline_shaped(line: str) -> bool:
    """A line shaped like a headline: no final punctuation, and either in title case or short and without
    the auxiliaries and pronouns of a clause."""
    words = line.split()
    if not words or len(words) > 20 or line[-1] in _TERMINAL or line[-1] in "—–-|":
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "‘'\"“"):
        return False
    if _DATELINE.fullmatch(line) or re.search(r"@|#|https?:|www\.|\.\w{2,3}/|[.!?…] ", line):
        return False  # links, handles, or more than one phrase
    content = [w for w in _WORD.findall(line) if w.casefold() not in _RUN_ON_ENDINGS]
    if len(content) >= 3 and sum(w[:1].isupper() or w[:1].isdigit() for w in content) >= 0.8 * len(content):
        return True  # Title Case
    clause = _CLAUSE_WORDS - _HEADLINE_VERBS
    return len(words) <= _HEADING_WORDS + 2 and not any(w.casefold() in clause for w in _WORD.findall(line))


def _opens_sentence(rest: str) -> bool:
    return bool(re.match(r"[\"“‘'(]?[A-Z0-9]", rest))


def _line_reason(line: str, index: int, lines: list[tuple[int, int]], text: str) -> str | None:
    """The reason a whole line is furniture, or None."""
    if _SYMBOLS.fullmatch(line):
        return None  # separators and bare numbers: nothing to read in them either way
    words = len(line.split())
    for reason, pattern in _LINE_RULES:
        if words <= 40 and pattern.fullmatch(line):
            return reason
    for reason, pattern, _ in _INLINE_RULES:
        if words <= 40 and pattern.fullmatch(line):
            return reason
    if words <= 40 and _CREDIT_LED_LINE.fullmatch(line):
        return "caption"
    label = _LABEL_CAPTION.fullmatch(line)
    if (
        label
        and words <= 40
        and line[-1] not in ".!?…;"
        and label.group(1).casefold() not in _CONTENT_LABELS
        and not _SPEECH_VERBS.search(label.group(1))
        and line[-1] not in "\"”'’"
        and len(label.group(1)) > 1
    ):
        return "caption"
    if 0 < index < len(lines) - 1 and words <= _HEADING_WORDS + 2 and _headline_shaped(line):
        before = text[slice(*lines[index - 1])]
        after = text[slice(*lines[index + 1])]
        # between a finished paragraph and a sentence; not an item of a list ("... the following:\nStop lying")
        if before[-1] in _PARAGRAPH_END and _opens_sentence(after) and not _headline_shaped(after):
            prompt = next((reason for reason, pattern in _SENTENCE_RULES if pattern.search(line)), None)
            return prompt or "subheading"
    return None


def _within_line(text: str, start: int, end: int, vocabulary: _Vocabulary) -> Iterator[tuple[int, int, str]]:
    """Furniture inside a line of content: inline credits, furniture sentences, run-in subheadings."""
    line = text[start:end]
    lowered = line.lower()
    inline: list[Span] = []
    for reason, pattern, needs in _INLINE_RULES:
        if needs in lowered and (needs or "(" in line or "[" in line):
            for match in pattern.finditer(line):
                inline.append(match.span())
                yield start + match.start(), start + match.end(), reason
    code = _CODE.search(line)
    if code:
        lead = _CODE_START.search(line, max(0, code.start() - 80), code.start())
        yield start + (lead.start() if lead else code.start()), end, "embed"
    keys = (
        _key_positions(lowered)
        if len(lowered) == len(line)
        else [m.start() for m in _SENTENCE_KEYS.finditer(line)]
    )
    for s, e in _sentences(line) if keys else ():
        if not any(s <= k < e for k in keys):
            continue
        sentence = line[s:e]
        for reason, pattern in _SENTENCE_RULES:
            match = pattern.search(sentence)
            if match and any(a <= s + match.start() and s + match.end() <= b for a, b in inline):
                break  # "(read more)" after a sentence: the parenthesis alone is furniture
            if match:
                # A prompt run into the next sentence ("... click here Hamas denied ...") ends where it does.
                run_on = _PROMPT_END.search(sentence, match.start())
                if run_on and len(sentence[run_on.end() :].split()) >= 4:
                    e = s + run_on.end()
                # ... and begins where it does when a sentence without a full stop runs into it.
                if sentence[match.start()].isupper() and len(sentence[: match.start()].split()) >= 6:
                    s += match.start()
                yield start + s, start + e, reason
                break
    for boundary in [0, *_boundaries(line)]:
        heading = _run_in_heading(text, start + boundary, vocabulary, end)
        if heading:
            yield (*heading, "subheading")


def _key_positions(lowered: str) -> list[int]:
    """Where the words the sentence patterns need occur in a lowercased line (``str.find`` is fast)."""
    positions = []
    for key in _SENTENCE_KEY_LIST:
        at = lowered.find(key)
        while at >= 0:
            positions.append(at)
            at = lowered.find(key, at + 1)
    return positions


def _boundaries(line: str) -> Iterator[int]:
    """Where sentences start in ``line``, abbreviations ("Mr.", "U.S.", "J.") aside."""
    for match in _SENTENCE_END.finditer(line):
        before = re.search(r"(\S+)$", line[max(0, match.start() - 40) : match.start()])
        if before and match.group()[0] == "." and _ABBREVIATION.fullmatch(before.group(1)):
            continue
        yield match.end()


def _sentences(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for end in _boundaries(line):
        yield start, start + len(line[start:end].rstrip())
        start = end
    if start < len(line):
        yield start, len(line)


def _run_in_heading(
    text: str, start: int, vocabulary: _Vocabulary, limit: int | None = None
) -> tuple[int, int] | None:
    """A heading run into the sentence after it at ``start``: "Airstrikes kill 50 militants Hours after ..."."""
    end = limit if limit is not None else len(text)
    quoted = _QUOTED_HEADING.match(text, start, end)
    if quoted and 2 <= len(quoted.group("words").split()) <= _HEADING_WORDS:
        return start, quoted.end("heading")  # "'It reflects the fear' Abdul Ghafoor Lewal, ... told VOA"
    clause = _CLAUSE_RUN.match(text, start, end)
    if not clause:
        return None
    words = list(_WORD.finditer(clause.group()))
    if (
        _OPENING_QUOTE.match(text, clause.end())
        and "," not in clause.group()
        and _heading_words([w.group() for w in words])
    ):
        return start, clause.end()  # 'Emergency situation "So far, it's no foot on the ground," ...'
    for k in range(1, min(len(words) - 1, _HEADING_WORDS + 1)):
        heading = [w.group() for w in words[:k]]
        opener, after = words[k].group(), words[k + 1].group()
        if "," in clause.group()[: words[k].start()] and not (
            k == 2 and _PAIR_HEADING.fullmatch(clause.group()[: words[1].end()]) and after[:1].islower()
        ):
            continue  # a comma only in a pair of nouns ("Definition, limits The constitution defines ...")
        if (
            any(w.casefold() in _CLAUSE_WORDS for w in heading)
            or heading[0] in _CLAUSE_OPENERS
            or _SPEECH_VERBS.search(" ".join(heading))
        ):
            return None  # a clause, not a heading, and so is any longer stretch
        last = heading[-1]
        if last.casefold() in _RUN_ON_ENDINGS or _possessive(last):
            continue  # a heading does not end on a function word or a possessive
        if not opener[:1].isupper() or opener == "I" or opener in _CALENDAR:
            continue
        sentence = _UNTIL_SENTENCE_END.match(text, start + words[k].start()).group()
        if len(sentence.split()) < 4 or not _reads_as_sentence(_WORD.findall(sentence)[1:9]):
            continue  # too short, or title case going on ("Ben Carson Slams Hillary And The Media ...")
        if opener in _SENTENCE_OPENERS:
            if opener in _NAME_STARTERS and (last[:1].isupper() or (after[:1].isupper() and k != 2)):
                continue  # a name going on: "The Washington Post", "Bring Back Our Girls" (but two words
                # in sentence case, "The attack The Jaffar Express, a ... train, came under ...", head one)
        elif _possessive(opener) and opener[:-2] in _CALENDAR and after[:1].islower() and k >= 2:
            pass  # "Blaming neighbors Tuesday’s attack marked ...": a day's event opens the sentence
        elif (
            _possessive(opener)
            and 2 <= k <= 4
            and after[:1].islower()
            and last[:1].islower()
            and _noun_heading(heading)
        ):
            pass  # "Old friends Malaysia's former prime minister ...": a common noun is followed by a
            # possessive name only across a boundary (a title is not: "former president Trump's lawyers")
        elif (
            2 <= k <= 4
            and last[:1].islower()
            and last.casefold().removesuffix("s").endswith(_ABSTRACT_ENDINGS)
            and _noun_heading(heading)
            and _name_set_off(text, start, words, k)
        ):
            pass  # "Indian reluctance Richard Weitz, director of ..., told VOA": a topic, then a person's
            # name set off by a comma
        elif (
            k < 2 or not after[:1].islower() or last[:1].isupper() or not vocabulary.usually_lowercase(opener)
        ):
            continue  # "Hours after ..." opens a sentence; "State department", "Marines join" do not
        return start, start + words[k - 1].end()
    return None


_OPENING_QUOTE = re.compile(r" [\"“](?=[A-Z])")
# A heading in single quotes run into the sentence after it: "'Hostility is directed at women' Khoshbo
# believes ...", a quoted phrase with no stop of its own, then a capital; its words may hold an apostrophe
# ("‘We don’t have a country’ Thai officials ...") and a space may stand before the closing mark ("‘We are
# very concerned ’ In a statement ...").
_QUOTED_HEADING = re.compile(
    r"(?P<heading>['‘](?P<words>[A-Z](?:[^'’‘.!?;:,\n]|(?<=[a-z])['’](?=[a-z])){0,80}[^\s'’‘.!?;:,]) ?['’])"
    r"(?= [A-Z])"
)


# Endings of abstract nouns ("reluctance", "tension", "hostility", "agreement"): a heading of a topic.
# (A noun for a person runs on into a name however it ends: "Talk show host Glenn Beck, who ...",
# "Florida delegate John Archer, wearing ...", "Democratic nominee Hillary Clinton, at ...".)
_ABSTRACT_ENDINGS = ("ance", "ence", "ion", "ity", "ment", "ness", "ship", "ism")


def _name_set_off(text: str, start: int, words: list[re.Match[str]], k: int) -> bool:
    """Do two or three capitalised words from ``words[k]`` make a name with a comma right after it?"""
    last = k
    while last + 1 < len(words) and last - k < 2 and _NAME_WORD.fullmatch(words[last + 1].group()):
        last += 1
    if last == k or not _NAME_WORD.fullmatch(words[k].group()):
        return False
    end = start + words[last].end()
    return text[end : end + 1] == ","


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _noun_heading(heading: list[str]) -> bool:
    """A heading of a few words naming a topic ("Old friends", "Review of relations"), not the start of a
    clause ("The fake site used", "ESPN to save", "CBM caught", "Here's how"): no opener, name after its
    first word, verb ending, infinitive or question word, and not ending on a title that runs on into a
    name."""
    last = heading[-1].casefold()
    return not (
        any(not w[:1].islower() for w in heading[1:])  # "North Korea observers speculate": a clause's subject
        or heading[0] in _SENTENCE_OPENERS
        or heading[0] in _NAME_STARTERS
        or _possessive(heading[0])
        or any(w.casefold() in _CLAUSE_STARTERS for w in heading)
        or last.endswith(("ed", "ing"))
        or last in _TITLE_WORDS
        or last in _IRREGULAR_PAST
    )


def _heading_words(heading: list[str]) -> bool:
    """A few words that can stand as a heading: no clause word, opener or speech verb, not ending on a
    function word or a possessive."""
    return (
        1 <= len(heading) <= _HEADING_WORDS
        and not any(w.casefold() in _CLAUSE_WORDS for w in heading)
        and heading[0] not in _CLAUSE_OPENERS
        and not _SPEECH_VERBS.search(" ".join(heading))
        and heading[-1].casefold() not in _RUN_ON_ENDINGS
        and not _possessive(heading[-1])
        and heading[0][:1].isupper()
    )


def _possessive(word: str) -> bool:
    """ "Iran's", "News'" (not a quoted word such as "‘voiceless’")."""
    return word.endswith(("'s", "’s")) or (word.endswith(("'", "’")) and word[:1] not in "'‘")


def _reads_as_sentence(words: list[str]) -> bool:
    """Words in sentence case: at least as many lowercase-initial words as capitalised ones."""
    lower = sum(1 for w in words if w[:1].islower())
    upper = sum(1 for w in words if w[:1].isupper())  # numbers count for neither
    return lower >= 1 and lower >= upper


def _cut_record(record: Any, text: str, stretches: list[Span]) -> Any:
    if isinstance(record, list):
        return [_cut_record(item, text, stretches) for item in record]
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        return record
    changes = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if field.name == "furniture":
            continue  # what was set aside keeps its own spans
        if field.name == "spans" and isinstance(value, list):
            cut = _cut_spans(value, text, stretches)
            if cut != value:
                changes["spans"] = cut
                if isinstance(record, TextSpan | Source | EventActor) and cut:
                    changes["text"] = " ".join(text[s:e] for s, e in cut)
        elif isinstance(value, list) or (dataclasses.is_dataclass(value) and not isinstance(value, type)):
            new = _cut_record(value, text, stretches)
            if new is not value and new != value:
                changes[field.name] = new
    return dataclasses.replace(record, **changes) if changes else record


def _cut_spans(spans: list[Span], text: str, stretches: list[Span]) -> list[Span]:
    """``spans`` less the furniture ``stretches``, each piece trimmed of the blanks around it."""
    out: list[Span] = []
    for start, end in spans:
        pieces = [(start, end)]
        for f_start, f_end in stretches:
            if f_start >= end:
                break
            if f_end <= start:
                continue
            pieces = [p for s, e in pieces for p in ((s, min(e, f_start)), (max(s, f_end), e)) if p[0] < p[1]]
        for s, e in pieces:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append((s, e))
    return out if out != [tuple(x) for x in spans] else spans


def _merge(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping stretches joined (the first found, or the longest, names the reason)."""
    merged: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(found, key=lambda f: (f[0], -f[1])):
        if merged and start < merged[-1][1]:
            s, e, r = merged[-1]
            merged[-1] = (s, max(e, end), r)
        else:
            merged.append((start, end, reason))
    return merged
