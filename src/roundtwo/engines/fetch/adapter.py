"""The transport: requests-hardened resolves each host once and pins the connection to it.

`IPFilterAdapter` looks the name up, refuses private answers and connects to that very address
(the Host header and TLS certificate check keep the name), so a DNS answer that changes between
the check and the connection cannot redirect us inside the network. On top of its filter we
apply our own, stricter `is_public` to the same pinned address.
"""

from __future__ import annotations

import socket
from ipaddress import ip_address
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from requests_hardened import Config, HTTPSession
from requests_hardened.ip_filter import InvalidIPAddress
from requests_hardened.ip_filter_adapter import IPFilterAdapter

from .addresses import is_public
from .errors import FetchError, private_address
from .policy import FetchPolicy, user_agent
from .urls import is_allowed, parse_target


def _no_such_host(host: str) -> FetchError:
    return FetchError(
        "dns",
        f"Round Two could not find the site “{host}”. Check the address for typos.",
    )


class PinnedAdapter(IPFilterAdapter):  # type: ignore[misc]  # requests-hardened is untyped
    def __init__(self, *, https: bool, allowed_hosts: frozenset[str]) -> None:
        super().__init__(is_https_proto=https, allow_loopback=False)
        self._allowed_hosts = allowed_hosts

    def build_connection_pool_key_attributes(
        self,
        request: requests.PreparedRequest,
        verify: bool | str,
        cert: str | tuple[str, str] | None = None,
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        target = parse_target(request.url or "")
        if is_allowed(target, self._allowed_hosts):  # test servers on loopback only
            return HTTPAdapter.build_connection_pool_key_attributes(self, request, verify, cert)
        try:
            host_params, pool_kwargs = super().build_connection_pool_key_attributes(
                request, verify, cert
            )
        except InvalidIPAddress as exc:
            raise private_address() from exc
        except requests.ConnectionError as exc:
            if isinstance(exc.__cause__, socket.gaierror):
                raise _no_such_host(target.host) from exc
            raise
        if not is_public(ip_address(str(host_params["host"]).strip("[]"))):
            raise private_address()
        return host_params, pool_kwargs


def open_session(policy: FetchPolicy) -> requests.Session:
    config = Config(
        ip_filter_enable=False,  # we mount our own subclass of its filtering adapter below
        ip_filter_allow_loopback_ips=False,
        never_redirect=True,  # redirects are followed by hand, each one checked again
        default_timeout=(policy.deadline_seconds, policy.deadline_seconds),
        user_agent_override=user_agent(),
    )
    session: requests.Session = HTTPSession(config)
    # Environment proxies would carry the request past the address check, and ~/.netrc would
    # attach the user's passwords to a page they merely named.
    session.trust_env = False
    for prefix, https in (("http://", False), ("https://", True)):
        session.mount(prefix, PinnedAdapter(https=https, allowed_hosts=policy.allowed_hosts))
    return session
