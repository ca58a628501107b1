"""Speech to words with timestamps, refusing text Whisper invents on silence or noise."""

from __future__ import annotations

import re
from dataclasses import dataclass

import ctranslate2  # type: ignore[import-untyped]
from faster_whisper.transcribe import Segment

from .decode import RATE, Samples
from .model import load_model, model_lock

# Whisper writes fillers only when its prompt already contains them.
FILLER_PROMPT = (
    "Umm, let me think like, hmm... Okay, here's what I'm, like, thinking. Uh, you know."
)
MAX_NO_SPEECH_PROB = 0.6
MIN_AVG_LOGPROB = -1.0
FLOOR_AVG_LOGPROB = -1.6
MIN_SPEECH_SECONDS = 0.5
MIN_CONFIDENCE = -1.0  # mean log-probability minus no-speech probability
LOOP_REPEATS = 4  # one phrase this many times in a row, said with little confidence,
LOOP_AVG_LOGPROB = -0.6  # is the model looping, not the speaker
HALLUCINATIONS = frozenset(
    {
        "thank you",
        "thanks for watching",
        "thank you for watching",
        "thank you so much for watching",
        "thanks for listening",
        "thank you for listening",
        "please subscribe",
        "subscribe to my channel",
        "like and subscribe",
        "please like and subscribe",
        "don't forget to subscribe",
        "see you next time",
        "see you in the next video",
        "see you in the next one",
        "i'll see you next time",
        "subtitles by the amara org community",
        "bye",
        "you",
        "the end",
        "music",
        "applause",
    }
)

LONGEST_FIRST = sorted(
    HALLUCINATIONS, key=len, reverse=True
)  # "thank you for..." before "thank you"


@dataclass(frozen=True)
class Word:
    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Confidence:
    """Whisper's own scores for one decoded segment, and its longest run of one phrase."""

    seconds: float
    avg_logprob: float
    no_speech_prob: float
    repeats: int = 1


@dataclass(frozen=True)
class Transcript:
    words: tuple[Word, ...]
    sentences: tuple[tuple[Word, ...], ...]
    # one per segment Whisper decoded, kept or dropped as invented; empty when not known
    confidence: tuple[Confidence, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def speech_detected(self) -> bool:
        return bool(self.words) and self.words[-1].end - self.words[0].start >= MIN_SPEECH_SECONDS

    @property
    def sounds_english(self) -> bool:
        """False when the model was guessing throughout, as it does on another language.

        Whisper tiny.en turns French or German into fluent invented English, but unsure of
        it: its mean log-probability minus its no-speech probability (both weighted by segment
        length) fell below -1.0 on 22 of 24 answers in 11 other languages spoken by espeak-ng,
        and it often loops on one phrase. English stayed above: -0.96 at worst on the real
        clips (whispered, creaky, falsetto), -0.93 on synthetic answers under noise at 10 dB
        SNR (bench/RESULTS.md, speech section). Without scores it is taken as English.
        """
        total = sum(c.seconds for c in self.confidence)
        if total <= 0:
            return True
        logprob = sum(c.avg_logprob * c.seconds for c in self.confidence) / total
        silent = sum(c.no_speech_prob * c.seconds for c in self.confidence) / total
        if logprob - silent < MIN_CONFIDENCE:
            return False
        looping = max(c.repeats for c in self.confidence) >= LOOP_REPEATS
        return not (looping and logprob < LOOP_AVG_LOGPROB)


def longest_repeat(text: str) -> int:
    """How many times in a row one phrase of 1-3 words is said ("I'm, I'm, I'm" is 3)."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    best = 1
    for size in (1, 2, 3):
        for start in range(len(words) - size):
            count, at = 1, start + size
            while words[at : at + size] == words[start : start + size]:
                count, at = count + 1, at + size
            best = max(best, count)
    return best


def _plain(text: str) -> str:
    return re.sub(r"[^a-z' ]+", " ", text.lower()).strip()


def is_invented(text: str, no_speech_prob: float, avg_logprob: float) -> bool:
    """Whisper's own rule (silent and unsure), a floor on confidence, and known stock phrases."""
    if no_speech_prob > MAX_NO_SPEECH_PROB and avg_logprob < MIN_AVG_LOGPROB:
        return True
    if avg_logprob < FLOOR_AVG_LOGPROB:
        return True
    return only_stock_phrases(text)


def only_stock_phrases(text: str) -> bool:
    """The whole text is one or more of Whisper's stock phrases ("Thanks. See you next time.")."""
    rest = " ".join(_plain(text).split())
    if not rest:
        return False
    while rest:
        phrase = next((h for h in LONGEST_FIRST if rest == h or rest.startswith(h + " ")), None)
        if phrase is None:
            return False
        rest = rest[len(phrase) :].strip()
    return True


def transcribe(samples: Samples) -> Transcript:
    if samples.size < MIN_SPEECH_SECONDS * RATE:
        return Transcript((), ())
    with model_lock():
        # on unsure audio Whisper retries by sampling: a fixed seed gives the same words each time
        ctranslate2.set_random_seed(0)
        segments, _info = load_model().transcribe(
            samples,
            language="en",
            initial_prompt=FILLER_PROMPT,
            word_timestamps=True,
            vad_filter=True,
            condition_on_previous_text=False,
        )
        decoded = list(segments)
    kept = [s for s in decoded if not is_invented(s.text, s.no_speech_prob, s.avg_logprob)]
    sentences = tuple(words for words in map(_words, kept) if words)
    return Transcript(
        tuple(w for words in sentences for w in words),
        sentences,
        tuple(map(_confidence, decoded)),
    )


def _words(segment: Segment) -> tuple[Word, ...]:
    return tuple(
        Word(w.word.strip(), round(w.start, 2), round(w.end, 2))
        for w in segment.words or ()
        if w.word.strip()
    )


def _confidence(segment: Segment) -> Confidence:
    return Confidence(
        round(max(segment.end - segment.start, 0.01), 2),
        segment.avg_logprob,
        segment.no_speech_prob,
        longest_repeat(segment.text),
    )
