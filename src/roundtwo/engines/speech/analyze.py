"""analyze_audio: decode, transcribe, then measure fillers, pace, tone and (optionally) content."""

from __future__ import annotations

from .decode import RATE, decode_audio
from .fillers import find_fillers, find_restarts
from .pace import measure_pace
from .report import NO_SPEECH_MESSAGE, AudioReport
from .tone import pitch_summary, volume_summary
from .transcribe import transcribe


def analyze_audio(data: bytes, filename: str, *, question: str | None = None) -> AudioReport:
    """Raises SpeechError (with a readable sentence) only when the file cannot be decoded."""
    samples = decode_audio(data, filename)
    duration = round(samples.size / RATE, 2)
    heard = transcribe(samples)
    if not heard.speech_detected:
        return AudioReport(duration, False, message=NO_SPEECH_MESSAGE)
    pace = measure_pace(heard.words)
    content = None
    if question is not None:
        from roundtwo.engines.answers import analyze_answer

        content = analyze_answer(question, heard.text).as_dict()
    return AudioReport(
        duration_s=duration,
        speech_detected=True,
        transcript=heard.text,
        words=heard.words,
        speaking_time_s=pace.speaking_time_s,
        wpm=pace.wpm,
        fillers=find_fillers(heard.words),
        restarts=find_restarts(heard.words),
        pauses=pace.pauses,
        pitch=pitch_summary(samples),
        volume=volume_summary(samples, heard.sentences),
        content=content,
    )
