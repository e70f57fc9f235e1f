"""Span finders: each reads one kind of span from a sentence with rules from the lexicon.

Every module here compiles its rules once per :class:`~..lexicon.Lexicon` (a ``*Rules``
class, built through :meth:`~..lexicon.Lexicon.rules`) and finds spans with offsets in the
text it is given. The :class:`~..document.Document` calls them, once per sentence.
"""
