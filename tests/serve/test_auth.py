"""API keys: hashes only, from the environment or a file of hashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import (
    BriefValidationError,
    ConfigurationError,
    InputError,
    ProviderError,
    ProviderTimeoutError,
    RateLimitError,
)
from summarizer.serve.app import status_for
from summarizer.serve.auth import KEYS_ENV, KeyRing, hash_key


def test_keys_from_the_environment_and_a_file_of_hashes(tmp_path: Path) -> None:
    listed = tmp_path / "keys"
    listed.write_text(f"# team A\n{hash_key('from-file').upper()}  # upper case is fine\n\n")
    ring = KeyRing.load(listed, {KEYS_ENV: " alpha, beta ,,"})
    assert ring.hashes == (hash_key("alpha"), hash_key("beta"), hash_key("from-file"))
    assert ring.check("alpha") is not None and ring.check("from-file") is not None
    assert ring.check("alph") is None and ring.check("") is None
    assert ring.check_header("Bearer beta") == ring.check("beta")
    for header in (None, "", "Bearer", "Bearer ", "Basic beta", "beta"):
        assert ring.check_header(header) is None
    assert ring.check_header("bearer  beta ") is not None  # scheme is case-insensitive
    # callers are known by their hash, which is what jobs store as their owner
    caller = ring.check("alpha")
    assert caller is not None and caller.key_hash == hash_key("alpha")


def test_a_file_holding_a_key_instead_of_a_hash_is_refused_without_quoting_it(
    tmp_path: Path,
) -> None:
    listed = tmp_path / "keys"
    listed.write_text("sk-live-secret-key\n")
    with pytest.raises(ConfigurationError) as caught:
        KeyRing.load(listed, {})
    assert "line 1" in str(caught.value) and "sk-live-secret-key" not in str(caught.value)


def test_no_keys_at_all_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=KEYS_ENV):
        KeyRing.load(None, {KEYS_ENV: " , "})
    with pytest.raises(ConfigurationError, match="cannot read"):
        KeyRing.load(tmp_path / "missing", {KEYS_ENV: "a"})


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (InputError("x"), 422),
        (BriefValidationError("x"), 502),
        (ProviderError("x", status_code=500), 502),
        (RateLimitError("x", status_code=429), 503),
        (ProviderTimeoutError("x"), 504),
        (ConfigurationError("x"), 500),
    ],
)
def test_error_classes_map_to_statuses(error: Exception, status: int) -> None:
    assert status_for(error) == status  # type: ignore[arg-type]
