"""API keys for ``summarizer serve``: SHA-256 hashes only, compared in constant time.

Keys come from ``SUMMARIZER_API_KEYS`` (comma-separated keys, hashed as soon as they are
read) or from a file of SHA-256 hashes, one a line (``--api-keys-file``; ``#`` comments and
blank lines are skipped), so the file never holds a key. A presented key is hashed and
compared with every known hash by :func:`hmac.compare_digest`, all of them every time:
neither the time taken nor an early exit says which hash, or how much of one, matched.

A caller is known by its key's hash (:attr:`Caller.key_hash`), which is what batch jobs
record as their owner; the key itself is kept nowhere and never logged.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ConfigurationError

__all__ = ["KEYS_ENV", "Caller", "KeyRing", "hash_key"]

#: Environment variable holding comma-separated API keys.
KEYS_ENV = "SUMMARIZER_API_KEYS"

_HEX_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def hash_key(key: str) -> str:
    """The hex SHA-256 of ``key`` (what ``--api-keys-file`` holds, one a line)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Caller:
    """Who made a request: the hex SHA-256 of their key."""

    key_hash: str


class KeyRing:
    """The hashes of the keys that may call the service."""

    def __init__(self, hashes: Iterable[str]) -> None:
        self.hashes: tuple[str, ...] = tuple(dict.fromkeys(h.lower() for h in hashes))
        self._digests = tuple(bytes.fromhex(h) for h in self.hashes)
        if not self._digests:
            raise ConfigurationError(
                f"no API keys: set {KEYS_ENV} (comma-separated keys) or give --api-keys-file "
                "(one SHA-256 hash a line)"
            )

    @classmethod
    def load(cls, keys_file: str | Path | None, env: Mapping[str, str]) -> KeyRing:
        """Keys from ``env[KEYS_ENV]`` and the hashes of ``keys_file`` (either, or both)."""
        hashes = [hash_key(k.strip()) for k in env.get(KEYS_ENV, "").split(",") if k.strip()]
        if keys_file is not None:
            hashes += _read_hashes(Path(keys_file))
        return cls(hashes)

    def check(self, presented: str) -> Caller | None:
        """The caller whose key is ``presented``, or None; constant time in the match."""
        digest = hashlib.sha256(presented.encode("utf-8", "surrogatepass")).digest()
        found: str | None = None
        for known, name in zip(self._digests, self.hashes, strict=True):
            if hmac.compare_digest(digest, known):
                found = name
        return Caller(found) if found is not None else None

    def check_header(self, authorization: str | None) -> Caller | None:
        """The caller of an ``Authorization: Bearer KEY`` header, or None."""
        if not authorization:
            return None
        scheme, _, key = authorization.partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            return None
        return self.check(key.strip())


def _read_hashes(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigurationError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigurationError(f"{path}: not UTF-8 text") from None
    hashes = []
    for number, line in enumerate(lines, start=1):
        entry = line.split("#", 1)[0].strip().lower()
        if not entry:
            continue
        if not _HEX_SHA256.match(entry):
            # the line is not quoted: it may be a key pasted by mistake
            raise ConfigurationError(
                f"{path} line {number} is not a SHA-256 hash (64 hex digits); the file holds "
                "hashes, not keys (printf %s KEY | sha256sum)"
            )
        hashes.append(entry)
    return hashes
