"""The project's own exceptions; the CLI turns them into one-line messages and exit codes."""


class StorylineError(Exception):
    """Base class: anything the user can act on."""


class InputError(StorylineError):
    """A path, URL or argument the user gave cannot be used at all (not one bad document among many)."""


class StoreError(StorylineError):
    """The store cannot be opened, is from a newer schema, or a write failed and was rolled back."""


class SettingsError(StorylineError):
    """A setting has an unknown name or a bad value, or contradicts the parameters a learned model was fitted with."""


class NotFoundError(StorylineError):
    """No story, storyline or article with the given id (or unique id prefix)."""
