"""TLS: certificates are verified; a portal with a broken chain crawls only when its entry says so."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.test_crawl_spider import ARTICLES, portal_routes
from tests.test_crawl_support import Site, run_crawl, serve, stored


def _self_signed_context(folder: Path) -> ssl.SSLContext:
    """A server context with a certificate no trust store knows: what an incomplete chain looks like."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


@pytest.fixture(scope="module")
def https_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    with serve(portal_routes(), tls=_self_signed_context(tmp_path_factory.mktemp("tls"))) as site:
        yield site


def test_unverifiable_certificate_fails_by_default_and_is_listed(https_portal: Site, tmp_path: Path) -> None:
    result = run_crawl("--start-url", f"{https_portal.base}/", store=tmp_path / "s.sqlite")
    assert not (tmp_path / "s.sqlite").exists() or stored(tmp_path / "s.sqlite") == {}
    assert "certificate verify failed" in result.stderr and f"{https_portal.base}/" in result.stderr


def test_lenient_tls_crawls_a_portal_with_a_broken_chain(https_portal: Site, tmp_path: Path) -> None:
    result = run_crawl(
        "--start-url", f"{https_portal.base}/", "--tls", "lenient", store=tmp_path / "s.sqlite"
    )
    assert result.returncode == 0, result.stderr
    paths = {url.removeprefix(https_portal.base) for url in stored(tmp_path / "s.sqlite")}
    assert paths >= ARTICLES


def test_registry_entry_carries_the_tls_option(https_portal: Site, tmp_path: Path) -> None:
    registry = tmp_path / "sources.yaml"
    registry.write_text(
        "sources:\n  - id: broken-chain\n    name: Cổng có chuỗi chứng chỉ thiếu\n    province: Long An\n"
        f"    level: commune\n    start_urls: ['{https_portal.base}/']\n    tls: lenient\n",
        encoding="utf-8",
    )
    result = run_crawl("--source", "broken-chain", "--sources", str(registry), store=tmp_path / "s.sqlite")
    assert result.returncode == 0, result.stderr
    assert {url.removeprefix(https_portal.base) for url in stored(tmp_path / "s.sqlite")} >= ARTICLES
