"""Direct quotes and who said them: ``spans`` finds the quoted text, ``speakers`` the cue verb and its subject,
``pronouns`` who "he" or "the spokesman" is when the parse alone does not say."""

from storyline.analyze.quotes.speakers import find_quotes

__all__ = ["find_quotes"]
