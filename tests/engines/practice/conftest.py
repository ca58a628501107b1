"""Profiles read once per test session: reading a posting is the slow part, not ranking."""

from __future__ import annotations

import pytest

from roundtwo.engines.practice import RoleProfile, profile_from_posting

from . import postings


@pytest.fixture(scope="session")
def data_profile() -> RoleProfile:
    return profile_from_posting(postings.DATA_ANALYST)


@pytest.fixture(scope="session")
def nurse_profile() -> RoleProfile:
    return profile_from_posting(postings.NURSE)


@pytest.fixture(scope="session")
def hotel_profile() -> RoleProfile:
    return profile_from_posting(postings.HOTEL)


@pytest.fixture(scope="session")
def software_profile() -> RoleProfile:
    return profile_from_posting(postings.SOFTWARE)
