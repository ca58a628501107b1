"""PDFs and Word files: text layers, passwords, scans, damage and zip bombs."""

from __future__ import annotations

import io
import zipfile

import pytest

from roundtwo.engines.documents import DocumentError, read_document

from .builders import blank_pdf, encrypted_pdf, make_docx, make_pdf, zip_bomb

POST = "Senior Platform Engineer\nWe value ownership (and kindness)."


def failure(data: bytes, filename: str, **options: object) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(data, filename, **options)  # type: ignore[arg-type]
    return caught.value


def test_a_pdf_gives_its_text_pages_and_title() -> None:
    document = read_document(make_pdf([POST, "Apply by Friday."], title="Job post"), "post.pdf")
    assert document.kind == "pdf"
    assert document.pages == 2
    assert document.title == "Job post"
    assert "We value ownership (and kindness)." in document.text
    assert document.text.index("Senior") < document.text.index("Friday")


def test_a_pdf_is_recognised_by_its_bytes_whatever_its_name() -> None:
    assert read_document(make_pdf([POST]), "download", "application/octet-stream").kind == "pdf"


def test_a_twenty_page_pdf_is_read_whole() -> None:
    pages = [f"Page {n}: interview preparation notes." for n in range(1, 21)]
    document = read_document(make_pdf(pages), "notes.pdf")
    assert document.pages == 20
    assert "Page 20:" in document.text


def test_a_scanned_pdf_says_so_instead_of_returning_nothing() -> None:
    error = failure(blank_pdf(3), "scan.pdf")
    assert error.kind == "no_text_layer"
    assert error.message == (
        "We could not read text from this PDF: it looks scanned. Paste the text instead."
    )


def test_a_password_protected_pdf_is_refused() -> None:
    error = failure(encrypted_pdf(make_pdf([POST]), user_password="secret"), "cv.pdf")
    assert error.kind == "encrypted"
    assert "password" in error.message


def test_a_pdf_locked_only_against_editing_is_read() -> None:
    document = read_document(encrypted_pdf(make_pdf([POST]), user_password=""), "cv.pdf")
    assert "Senior Platform Engineer" in document.text


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\nthis is not really a pdf at all",
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nendobj\n%%EOF",
        make_pdf([POST])[:60],
    ],
    ids=["garbage", "broken-dictionary", "truncated"],
)
def test_a_damaged_pdf_is_corrupt(data: bytes) -> None:
    error = failure(data, "post.pdf")
    assert error.kind == "corrupt"
    assert "PDF" in error.message


def test_a_file_named_pdf_that_is_not_one_is_corrupt() -> None:
    assert failure(b"Just some words.", "cv.pdf").kind == "corrupt"


def test_a_word_document_gives_paragraphs_and_table_cells_in_order() -> None:
    data = make_docx(
        ["Jane Doe", "Platform engineer."],
        table=[["Skill", "Years"], ["Python", "8"]],
        title="CV",
        header="jane@example.com",
    )
    document = read_document(data, "cv.docx")
    assert document.kind == "docx"
    assert document.title == "CV"
    assert document.pages is None
    assert document.text.splitlines() == [
        "jane@example.com",
        "Jane Doe",
        "Platform engineer.",
        "Skill\tYears",
        "Python\t8",
    ]


def test_a_first_page_header_comes_before_the_running_header() -> None:
    data = make_docx(["Body"], header="Jane Doe, page header", first_page_header="jane@example.com")
    lines = read_document(data, "cv.docx").text.splitlines()
    assert lines == ["jane@example.com", "Jane Doe, page header", "Body"]


def test_a_text_box_is_read_once_after_the_body() -> None:
    data = make_docx(["Experience"], text_box="Contact: jane@example.com")
    document = read_document(data, "cv.docx")
    assert document.text.splitlines() == ["Experience", "Contact: jane@example.com"]


def test_a_word_document_with_no_text_is_empty() -> None:
    assert failure(make_docx([]), "cv.docx").kind == "empty"


def test_a_word_document_with_broken_xml_is_corrupt() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document><w:body>")
    assert failure(out.getvalue(), "cv.docx").kind == "corrupt"


def test_a_zip_bomb_is_refused_before_it_is_opened(bomb: bytes) -> None:
    assert len(bomb) < 1024 * 1024
    error = failure(bomb, "cv.docx")
    assert error.kind == "zip_bomb"
    assert "MB" in error.message


def test_a_small_archive_that_inflates_too_steeply_is_a_bomb_too() -> None:
    error = failure(zip_bomb(make_docx(["x"]), megabytes=20), "cv.docx")
    assert error.kind == "zip_bomb"
    assert "times its own size" in error.message


def test_an_archive_of_thousands_of_parts_is_a_bomb() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx(["x"]))) as source, zipfile.ZipFile(out, "w") as many:
        for info in source.infolist():
            many.writestr(info, source.read(info.filename))
        for n in range(2001):
            many.writestr(f"customXml/extra{n}.xml", "")
    assert failure(out.getvalue(), "cv.docx").kind == "zip_bomb"


def test_a_zip_that_is_not_a_word_document_is_unsupported() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("photos/1.jpg", b"\xff\xd8\xff")
    assert failure(out.getvalue(), "photos.zip").kind == "unsupported"
