"""analyze_audio: decode, transcribe, then measure fillers, pace, tone and (optionally) content."""

from __future__ import annotations

from .crutch_words import find_crutch_words
from .decode import RATE, Samples, decode_audio
from .edges import snap_transcript
from .filled_pauses import filled_pauses
from .filler_count import count_fillers
from .fillers import find_restarts
from .pace import measure_pace
from .pitch import track_pitch
from .report import NO_SPEECH_MESSAGE, NOT_ENGLISH_MESSAGE, AudioReport
from .tone import pitch_summary, volume_summary
from .transcribe import Transcript
from .unsaid import drop_unsaid
from .utterances import transcribe_recording


def analyze_audio(data: bytes, filename: str, *, question: str | None = None) -> AudioReport:
    """Raises SpeechError (with a readable sentence) only when the file cannot be decoded.

    Transcribed utterance by utterance, as a live recording is, so both give the same words.
    """
    samples = decode_audio(data, filename)
    return measure(samples, transcribe_recording(samples), question=question)


def measure(samples: Samples, heard: Transcript, *, question: str | None = None) -> AudioReport:
    """Every measure of a transcribed recording; also the last step of an incremental run.

    Words with no sound under them are dropped first (unsaid.py). Refuses (speech_detected
    False, with a message) when nothing was heard or when the model was unsure throughout, as
    on another language; word edges next to silence are moved onto the sound before pace and
    pauses are measured.
    """
    duration = round(samples.size / RATE, 2)
    pitch = track_pitch(samples)
    heard = drop_unsaid(heard, samples, pitch)
    if not heard.speech_detected:
        return AudioReport(duration, False, message=NO_SPEECH_MESSAGE)
    if not heard.sounds_english:
        return AudioReport(duration, False, message=NOT_ENGLISH_MESSAGE)
    heard = snap_transcript(heard, samples)
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
        fillers=count_fillers(heard.words, filled_pauses(samples, pitch)),
        crutch_words=find_crutch_words(heard.words),
        restarts=find_restarts(heard.words),
        pauses=pace.pauses,
        pitch=pitch_summary(samples, pitch),
        volume=volume_summary(samples, heard.sentences),
        content=content,
    )
