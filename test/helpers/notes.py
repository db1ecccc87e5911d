"""Reading a planning note's HTML in tests: the JSON it embeds and the text a reader sees."""

import html
import json
import re


def note_data(text):
    """The figures the note embeds (``<script id="report-data">``), as the JSON report holds them."""
    return json.loads(html.unescape(re.search(r'id="report-data">(.*?)</script>', text, re.S).group(1)))


def note_body(text):
    """The note's markup without scripts, styles and charts."""
    return re.sub(r"<(script|style|svg).*?</\1>", "", text, flags=re.S)


def visible_text(text):
    """The words a reader sees: the body's text without tags, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", " ", note_body(text)))
