"""Translatable messages raised or returned by the pure core (no QGIS import here).

The core cannot call ``tr`` (it must run without QGIS), so it keeps the English *template* of a
message with its format arguments; the Processing side translates the template and formats it
(``processing_algorithms/base.py``: ``run_core`` and ``translate_note``). ``scripts/i18n.py``
extracts the first literal argument of ``PlannerError(...)``, ``Note(...)`` and ``N_(...)`` in
core, standards and cloud modules into the zh_CN catalogue.

- ``PlannerError(template, *args)``: a ``ValueError`` whose ``str()`` is the formatted English
  message, so code and tests that expect a ValueError and its English text keep working.
- ``Note(template, *args)``: a ``str`` (the formatted English) that also remembers ``template`` and
  ``args``; warnings lists stay lists of strings for every existing consumer.
- ``N_(template)``: marks a literal for extraction and returns it unchanged.
- ``TranslatableError``: the same idea as a mixin for exceptions of other types (the station clients'
  ``TransportError``, ``NotSensorThings``, ``MappingError``): ``Error(template, *args)``.

An argument that is itself translatable (a Note, a PlannerError, a TranslatableError nested in a
message) is shown translated too.
"""


def N_(template):
    """Mark ``template`` for translation; it is translated later, where it is shown."""
    return template


def format_message(template, *args, translate=None):
    """``template`` (translated with ``translate`` when given) formatted with ``args``."""
    text = translate(template) if translate is not None else template
    if not args:
        return text
    if translate is not None:
        args = tuple(a.translated(translate) if hasattr(a, "translated") else a for a in args)
    try:
        return text.format(*args)
    except (IndexError, KeyError, ValueError):  # a broken translation must not hide the message
        return template.format(*args)


class TranslatableError:
    """Mixin for an exception built as ``Error(template, *args)``: ``str()`` is the formatted English,
    ``translated(translate)`` the message in the user's language. Put it before the exception base
    (``class MyError(TranslatableError, OSError)``); keyword arguments go to the subclass."""

    def __init__(self, template, *args):
        super().__init__(format_message(template, *args))
        self.template = template
        self.format_args = args

    def translated(self, translate):
        return format_message(self.template, *self.format_args, translate=translate)


class PlannerError(TranslatableError, ValueError):
    """Bad input, explained to a planner. ``str()`` is the English message."""


class Note(str):
    """A warning or note: the formatted English text, remembering its template and arguments."""

    def __new__(cls, template, *args):
        note = super().__new__(cls, format_message(template, *args))
        note.template = template
        note.format_args = args
        return note

    def translated(self, translate):
        return format_message(self.template, *self.format_args, translate=translate)

    def __reduce__(self):  # pickling/copying keeps the template
        return (type(self), (self.template,) + tuple(self.format_args))


def translate_message(message, translate):
    """Translate a PlannerError, a Note, an ``N_`` template or any other text (returned as ``str``)."""
    if hasattr(message, "translated"):
        return message.translated(translate)
    if isinstance(message, str):
        return translate(message) if message else message
    return str(message)
