"""The one exception the speech engine raises: its message is a sentence a user can read."""

from __future__ import annotations


class SpeechError(Exception):
    """A recording could not be read (corrupt, too long, no audio track, ...)."""
