"""The hostile-input corpus, generated (nothing binary is committed): every file a clumsy user or
an attacker might hand Round Two, grouped in classes so each endpoint meets every class.

Deterministic: the same files, byte for byte, on every run (a seeded generator for the garbage).
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

DEEP = 100_000  # far past Python's recursion limit (1,000) and libxml2's default depth (256)


@dataclass(frozen=True)
class HostileFile:
    kind: str  # the class: bomb, nesting, number, header, type, empty, garbage, line, encoding
    name: str  # the file name sent, extension included
    data: bytes

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.name}"


# Every extension some endpoint accepts (backup, resume, research, transcript, recording).
TEXT_EXTENSIONS = (".json", ".txt", ".vtt", ".srt", ".html", ".md")
BINARY_EXTENSIONS = (".pdf", ".docx", ".wav", ".mp3", ".m4a", ".flac", ".ogg", ".webm")
EXTENSIONS = TEXT_EXTENSIONS + BINARY_EXTENSIONS


def _zip(members: dict[str, bytes], level: int = 9) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


_CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    members = {"[Content_Types].xml": _CONTENT_TYPES, "word/document.xml": document_xml}
    return _zip(members | (extra or {}))


def _paragraphs(body: bytes) -> bytes:
    return (
        b"<?xml version='1.0'?><w:document " + _W + b"><w:body>" + body + b"</w:body></w:document>"
    )


def _lying_sizes(archive: bytes, claimed: int) -> bytes:
    """Rewrite every declared uncompressed size (local and central headers) to `claimed`."""
    data = bytearray(archive)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = data.find(signature)
        while start != -1:
            struct.pack_into("<I", data, start + offset, claimed)
            start = data.find(signature, start + 4)
    return bytes(data)


def bombs() -> Iterator[HostileFile]:
    zeros = b"\0" * (50 * 1024 * 1024)
    yield HostileFile("bomb", "zeros.docx", _zip({"word/document.xml": zeros}))
    yield HostileFile("bomb", "zeros.zip.pdf", _zip({"a.bin": zeros}))
    xml_bomb = _paragraphs(b"<w:p><w:r><w:t>" + b"a" * (40 * 1024 * 1024) + b"</w:t></w:r></w:p>")
    yield HostileFile("bomb", "ratio.docx", _docx(xml_bomb))
    many = {f"word/part{i}.xml": b"" for i in range(5000)}
    yield HostileFile("bomb", "many-parts.docx", _docx(_paragraphs(b""), many))
    inner = _zip({"inner.zip": _zip({"word/document.xml": zeros})})
    yield HostileFile("bomb", "nested.docx", _docx(_paragraphs(b""), {"word/inner.zip": inner}))
    small = _docx(_paragraphs(b"<w:p><w:r><w:t>hello</w:t></w:r></w:p>"))
    yield HostileFile("bomb", "lying-sizes.docx", _lying_sizes(small, 3_000_000_000))
    entities = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b"]><w:document "
        + _W
        + b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    yield HostileFile("bomb", "billion-laughs.docx", _docx(entities))
    yield HostileFile("bomb", "billion-laughs.html", entities.replace(b"w:document", b"html"))
    yield HostileFile("bomb", "zeros.json", _zip({"export.json": zeros}))
    yield HostileFile("bomb", "zeros.vtt", _zip({"a.vtt": zeros}))


def _nest(open_: bytes, close: bytes, depth: int = DEEP, inner: bytes = b"") -> bytes:
    return open_ * depth + inner + close * depth


def nesting() -> Iterator[HostileFile]:
    yield HostileFile("nesting", "array.json", _nest(b"[", b"]"))
    yield HostileFile("nesting", "object.json", _nest(b'{"a":', b"}", inner=b"1"))
    yield HostileFile("nesting", "unclosed.json", b"[" * DEEP)
    yield HostileFile("nesting", "just-under.json", _nest(b"[", b"]", depth=990))
    backup = b'{"format": "roundtwo-export", "version": 1, "opportunities": '
    yield HostileFile("nesting", "backup.json", backup + _nest(b"[", b"]") + b"}")
    yield HostileFile("nesting", "resume.json", b'{"work": ' + _nest(b"[", b"]") + b"}")
    yield HostileFile("nesting", "transcript.txt", _nest(b"[", b"]"))
    yield HostileFile("nesting", "transcript.vtt", b"\n" + _nest(b"{", b"}"))
    yield HostileFile("nesting", "transcript.srt", _nest(b'{"x":[', b"]}"))
    yield HostileFile("nesting", "div.html", _nest(b"<div>", b"</div>"))
    yield HostileFile("nesting", "unclosed.html", b"<html><body>" + b"<div>" * DEEP)
    yield HostileFile("nesting", "deep.md", b"> " * 50_000 + b"quote\n" + b"* " * 50_000)
    yield HostileFile("nesting", "deep.xml", b"<?xml version='1.0'?>" + _nest(b"<a>", b"</a>"))
    script = b'<script type="application/ld+json">' + _nest(b"[", b"]", 900) + b"</script>"
    yield HostileFile("nesting", "json-ld.html", b"<html><head>" + script + b"</head></html>")
    deep_runs = _nest(b"<w:p><w:r>", b"</w:r></w:p>", depth=20_000, inner=b"<w:t>x</w:t>")
    yield HostileFile("nesting", "paragraphs.docx", _docx(_paragraphs(deep_runs)))
    yield HostileFile("nesting", "tables.docx", _docx(_paragraphs(_nest(b"<w:tbl>", b"</w:tbl>"))))
    yield HostileFile("nesting", "json-in.pdf", b"%PDF-1.7\n" + _nest(b"<<", b">>"))
    yield HostileFile("nesting", "arrays.pdf", b"%PDF-1.4\n1 0 obj\n" + _nest(b"[", b"]"))


def numbers() -> Iterator[HostileFile]:
    digits = b"9" * 5000
    yield HostileFile("number", "int.json", b"[" + digits + b"]")
    yield HostileFile(
        "number", "backup-int.json", b'{"format": "roundtwo-export", "version": ' + digits + b"}"
    )
    yield HostileFile("number", "huge-int.json", b"1" * 1_000_000)
    yield HostileFile("number", "float.json", b"[1e999999, -1e999999]")
    yield HostileFile("number", "long-float.json", b"[0." + b"1" * 100_000 + b"]")
    yield HostileFile("number", "constants.json", b"[NaN, Infinity, -Infinity]")
    yield HostileFile(
        "number",
        "backup-fields.json",
        b'{"format": "roundtwo-export", "version": 1, "user": {"username": "alice"}, '
        b'"opportunities": [{"company": "A", "interview_date": ' + digits + b"}]}",
    )
    yield HostileFile("number", "resume.json", b'{"basics": {"name": ' + digits + b'}, "work": []}')
    yield HostileFile("number", "transcript.json.txt", b'{"a": ' + digits + b"}")
    yield HostileFile(
        "number", "timecodes.srt", b"1\n" + b"9" * 5000 + b":00:00,000 --> 99:00:00,000\nA: hi\n"
    )
    yield HostileFile(
        "number", "timecodes.vtt", b"WEBVTT\n\n" + b"9" * 5000 + b":00.000 --> 00:01.000\nhi\n"
    )
    yield HostileFile("number", "index.srt", digits + b"\n00:00:01,000 --> 00:00:02,000\nA: hi\n")


def _riff(size: int, body: bytes = b"") -> bytes:
    return b"RIFF" + struct.pack("<I", size) + b"WAVEfmt " + body


def headers() -> Iterator[HostileFile]:
    docx = _docx(_paragraphs(b"<w:p><w:r><w:t>Hello</w:t></w:r></w:p>"))
    yield HostileFile("header", "zip.pdf", docx)
    yield HostileFile("header", "truncated.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    yield HostileFile("header", "header-only.pdf", b"%PDF-")
    yield HostileFile("header", "truncated.docx", docx[: len(docx) // 2])
    yield HostileFile("header", "magic-only.docx", b"PK\x03\x04")
    yield HostileFile("header", "text.docx", b"Interviewer: hello\nCandidate: hi\n")
    yield HostileFile("header", "text.wav", b"This is not a recording at all.\n" * 20)
    yield HostileFile("header", "riff-huge.wav", _riff(0xFFFFFFFF, b"\x10\0\0\0\x01\0\x02\0"))
    yield HostileFile("header", "riff-only.wav", b"RIFF")
    yield HostileFile("header", "pdf.mp3", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    yield HostileFile("header", "id3-only.mp3", b"ID3\x04\0\0\x7f\x7f\x7f\x7f")
    yield HostileFile("header", "ftyp.m4a", b"\0\0\0\x20ftypM4A " + b"\xff" * 64)
    yield HostileFile("header", "flac-only.flac", b"fLaC\0\0\0\x22")
    yield HostileFile("header", "ogg-only.ogg", b"OggS\0\x02" + b"\0" * 20)
    yield HostileFile("header", "ebml.webm", b"\x1aE\xdf\xa3\x01\0\0\0\0\0\0\x1f" + b"\xff" * 32)
    yield HostileFile("header", "html.json", b"<!doctype html><html><body>hi</body></html>")
    yield HostileFile("header", "vtt-only.vtt", b"WEBVTT")
    yield HostileFile("header", "pdf.vtt", b"%PDF-1.4\n")
    yield HostileFile("header", "rtf.txt", b"{\\rtf1\\ansi hello}")
    yield HostileFile("header", "doc.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    yield HostileFile("header", "wav.html", _riff(36, b"\x10\0\0\0\x01\0\x01\0"))


def wrong_types() -> Iterator[HostileFile]:
    yield HostileFile("type", "program.json", b"\x7fELF\x02\x01\x01" + b"\0" * 200)
    yield HostileFile("type", "image.txt", b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    yield HostileFile("type", "gzip.vtt", b"\x1f\x8b\x08\0" + b"\0" * 100)
    yield HostileFile("type", "list.json", b"[1, 2, 3]")
    yield HostileFile("type", "string.json", b'"roundtwo-export"')
    yield HostileFile("type", "null.json", b"null")
    yield HostileFile(
        "type",
        "backup-types.json",
        b'{"format": "roundtwo-export", "version": "1", "user": [], "opportunities": "all"}',
    )
    yield HostileFile(
        "type",
        "backup-rows.json",
        b'{"format": "roundtwo-export", "version": 1, "user": {"username": "alice"}, '
        b'"opportunities": [1, null, "x", {"company": {"a": 1}, "rounds": 5}]}',
    )
    yield HostileFile(
        "type", "resume-types.json", b'{"work": "x", "basics": [], "skills": {"a": 1}}'
    )
    yield HostileFile("type", "zip.txt", _zip({"a.txt": b"hello"}))
    yield HostileFile("type", "zip.wav", _zip({"a.wav": b"hello"}))
    yield HostileFile("type", "pdf.json", b"%PDF-1.4\n%%EOF\n")


def empties() -> Iterator[HostileFile]:
    for extension in EXTENSIONS:
        yield HostileFile("empty", f"empty{extension}", b"")
    yield HostileFile("empty", "spaces.txt", b" \n\t\r\n" * 100)
    yield HostileFile("empty", "bom-only.json", b"\xef\xbb\xbf")
    yield HostileFile("empty", "braces.json", b"{}")


def garbage() -> Iterator[HostileFile]:
    rng = random.Random(12)  # noqa: S311 - reproducible garbage, not cryptography
    for extension in EXTENSIONS:
        yield HostileFile("garbage", f"random{extension}", rng.randbytes(64 * 1024))
    yield HostileFile("garbage", "nul.txt", b"\0" * 10_000)
    yield HostileFile("garbage", "control.vtt", bytes(range(32)) * 1000)


def lines() -> Iterator[HostileFile]:
    yield HostileFile("line", "one-line.txt", b"Interviewer: " + b"a" * 3_000_000)
    yield HostileFile(
        "line", "words.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\n" + b"word " * 400_000
    )
    yield HostileFile("line", "speakers.txt", b"".join(b"S%d: hi\n" % i for i in range(100_000)))
    yield HostileFile("line", "string.json", b'["' + b"a" * 3_000_000 + b'"]')
    yield HostileFile(
        "line",
        "cues.srt",
        b"".join(b"%d\n00:00:01,000 --> 00:00:02,000\nA: x\n\n" % i for i in range(60_000)),
    )
    yield HostileFile("line", "tags.html", b"<p>" * 300_000)
    yield HostileFile("line", "sentence.md", b"# " + b"word " * 500_000)
    yield HostileFile("line", "newlines.txt", b"\n" * 3_000_000)


def encodings() -> Iterator[HostileFile]:
    text = "Interviewer: Tell me about a time.\nCandidate: I led the move to the new depot.\n"
    yield HostileFile("encoding", "invalid.txt", b"Interviewer: \xff\xfe\xc3\x28 hello\n" * 200)
    yield HostileFile("encoding", "utf16-bom-utf8.txt", b"\xff\xfe" + text.encode())
    yield HostileFile("encoding", "utf8-bom-utf16.vtt", b"\xef\xbb\xbf" + text.encode("utf-16-le"))
    yield HostileFile("encoding", "utf16be-bom-le.srt", b"\xfe\xff" + text.encode("utf-16-le"))
    yield HostileFile("encoding", "two-boms.json", b"\xef\xbb\xbf\xff\xfe{}")
    yield HostileFile("encoding", "surrogates.json", b'["\xed\xa0\x80", "\\ud800"]')
    yield HostileFile("encoding", "overlong.txt", b"Interviewer: \xc0\xaf\xe0\x80\xaf\n")
    yield HostileFile("encoding", "utf32.txt", b"\xff\xfe\0\0" + text.encode("utf-32-le"))
    yield HostileFile("encoding", "odd-utf16.vtt", b"\xff\xfe" + text.encode("utf-16-le")[:-1])
    yield HostileFile("encoding", "invalid.json", b'{"format": "roundtwo-export\xff"}')
    yield HostileFile("encoding", "invalid.html", b"<html><body>\xff\xfe\xfd</body></html>")
    yield HostileFile("encoding", "latin1.md", "# Résumé - naïve café\n".encode("latin-1") * 50)


CLASSES: dict[str, Callable[[], Iterator[HostileFile]]] = {
    "bomb": bombs,
    "nesting": nesting,
    "number": numbers,
    "header": headers,
    "type": wrong_types,
    "empty": empties,
    "garbage": garbage,
    "line": lines,
    "encoding": encodings,
}


@cache
def corpus() -> tuple[HostileFile, ...]:
    files = tuple(file for make in CLASSES.values() for file in make())
    assert len({file.label for file in files}) == len(files), "every label is unique"
    return files


def by_class() -> dict[str, list[HostileFile]]:
    grouped: dict[str, list[HostileFile]] = {}
    for file in corpus():
        grouped.setdefault(file.kind, []).append(file)
    return grouped


def sample(per_class: int, start: int = 0) -> list[HostileFile]:
    """`per_class` files of every class from `start` on, so each endpoint meets every class and
    endpoints given different starts meet different files."""
    return [
        files[(start + offset) % len(files)]
        for files in by_class().values()
        for offset in range(per_class)
    ]
