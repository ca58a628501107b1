"""Round Two: prepare privately for a second-round job interview."""

__version__ = "0.1.0"
