"""The text of a Word (.docx) file, read with python-docx. Runs only in the parsing child.

Paragraphs and tables come in document order; a table row of one-line cells becomes one line
(cells joined by tabs), while a layout table (a two-column CV) gives each cell's paragraphs in
turn. Page headers come first, since CVs often keep the name and contact details there, and text
boxes, which python-docx does not walk, come last.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .errors import empty
from .model import Extracted

_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _cell_lines(cell: _Cell) -> list[str]:
    lines: list[str] = []
    for block in cell.iter_inner_content():
        lines.extend(_block_lines(block))
    return lines


def _table_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:  # a merged cell is listed once per grid column it spans
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(_cell_lines(cell))
        if all(len(lines) <= 1 for lines in cells):
            yield "\t".join(lines[0] if lines else "" for lines in cells).strip()
        else:
            yield from (line for lines in cells for line in lines)


def _block_lines(block: Paragraph | Table) -> list[str]:
    if isinstance(block, Paragraph):
        return [block.text]
    return list(_table_lines(block))


def _header_lines(document: Document) -> list[str]:
    lines: list[str] = []
    for section in document.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:  # CVs often put contacts on page 1 only
            headers.insert(0, section.first_page_header)
        for header in headers:
            if header.is_linked_to_previous:
                continue
            for block in header.iter_inner_content():
                lines.extend(line for line in _block_lines(block) if line not in lines)
    return lines


def _text_box_lines(document: Document) -> list[str]:
    lines: list[str] = []
    for box in document.element.body.iter(qn("w:txbxContent")):
        # Word stores each text box twice (a modern shape and a VML fallback); read it once.
        if any(parent.tag == _FALLBACK for parent in box.iterancestors()):
            continue
        lines.extend("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in box.iter(qn("w:p")))
    return lines


def read_docx(data: bytes) -> Extracted:
    document = docx.Document(io.BytesIO(data))
    lines = _header_lines(document)
    for block in document.iter_inner_content():
        lines.extend(_block_lines(block))
    lines.extend(_text_box_lines(document))
    text = "\n".join(line.rstrip() for line in lines if line.strip())
    if not text:
        raise empty("Word document")
    title = " ".join((document.core_properties.title or "").split())
    return Extracted(text=text, title=title or None, pages=None)
