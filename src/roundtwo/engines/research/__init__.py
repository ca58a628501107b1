"""Research: read a job posting and a company's own pages into facts the candidate can use.

Input is content the caller already fetched (HTML, Markdown or plain text); nothing here goes to
the network. schema.org data is read first (extruct), then the page's own structure: headings,
lists and bold lead-ins, with navigation, footers and cookie banners left out.
"""

from __future__ import annotations

from .company import extract_company
from .job import extract_job
from .merge import merge_company
from .model import CompanyFacts, Fact, JobPosting, RecentItem, Requirement, Source, Value

__all__ = [
    "CompanyFacts",
    "Fact",
    "JobPosting",
    "RecentItem",
    "Requirement",
    "Source",
    "Value",
    "extract_company",
    "extract_job",
    "merge_company",
]
