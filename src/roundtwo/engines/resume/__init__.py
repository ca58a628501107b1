"""Resume parsing: experience entries with their achievement bullets, skills and education.

Public API (plain Python, no Django, no model to load):

- `parse_resume_text(text) -> Resume` for text already pulled out of a PDF, DOCX or TXT file;
- `parse_json_resume(data) -> Resume` for a JSON Resume document (jsonresume.org schema);
- both raise `ResumeError` (a ValueError whose message can be shown to the candidate) when
  nothing at all useful was found, or the JSON is not a JSON Resume.

Dates are ISO strings: "yyyy-mm", "yyyy" or "present". How the pieces are found: sections.py
(headings), jobs.py and headers.py (job headers in any order), dates.py, bullets.py (markers,
wrapped lines, plain sentences), lists.py (skills, education, projects and awards).
"""

from __future__ import annotations

from .json_resume import parse_json_resume
from .model import Experience, Resume, ResumeError
from .text_resume import parse_resume_text

__all__ = ["Experience", "Resume", "ResumeError", "parse_json_resume", "parse_resume_text"]
