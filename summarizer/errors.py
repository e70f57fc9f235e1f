"""Every way summarizer can fail, as one small hierarchy.

    SummarizerError                  base class; ``exit_code`` is what the CLI exits with
    ├── InputError                   (2) the article: empty, unreadable, not UTF-8, too long
    ├── ConfigurationError           (2) settings: no endpoint, unknown engine or mode
    │   └── MissingVariablesError        a prompt template needs a variable nobody gave
    ├── ProviderError                (3) the LLM endpoint failed, after retries where sensible
    │   ├── AuthenticationError          401/403: the key is missing, wrong or not allowed
    │   ├── RateLimitError               429 that outlasted the retry deadline
    │   └── ProviderTimeoutError         no answer in time, after retries
    ├── BriefValidationError         (4) the model's output never became a valid brief
    │   └── TruncatedOutputError         the model stopped at its token limit mid-brief
    └── OutputError                  (6) the output could not be written: disk full, file
                                         too large, no permission, an I/O error

Each message is one line that says what went wrong and what to do about it. No message
ever contains an API key or an Authorization header.
"""

from __future__ import annotations

__all__ = [
    "AuthenticationError",
    "BriefValidationError",
    "ConfigurationError",
    "InputError",
    "MissingVariablesError",
    "OutputError",
    "ProviderError",
    "ProviderTimeoutError",
    "RateLimitError",
    "SummarizerError",
    "TruncatedOutputError",
]


class SummarizerError(Exception):
    """Base class of every error summarizer raises on purpose."""

    exit_code: int = 1


class InputError(SummarizerError):
    """The article cannot be used: empty, unreadable, not UTF-8, or over the input budget."""

    exit_code = 2


class ConfigurationError(SummarizerError):
    """Settings are missing or contradictory (no endpoint, unknown engine or mode)."""

    exit_code = 2


class MissingVariablesError(ConfigurationError):
    """A prompt template refers to variables that were not supplied."""

    def __init__(self, template: str, missing: set[str]) -> None:
        self.template = template
        self.missing = frozenset(missing)
        names = ", ".join(sorted(missing))
        super().__init__(
            f"prompt template {template!r} needs variables that were not given: {names}"
        )


class ProviderError(SummarizerError):
    """The OpenAI-compatible endpoint failed, after retries where a retry could help."""

    exit_code = 3

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class AuthenticationError(ProviderError):
    """The endpoint refused the credentials (HTTP 401 or 403). Never retried."""


class RateLimitError(ProviderError):
    """The endpoint kept answering 429 until the retry deadline ran out."""


class ProviderTimeoutError(ProviderError):
    """The endpoint did not answer in time, on every attempt."""


class BriefValidationError(SummarizerError):
    """The model's output did not validate as an incident brief, re-asks included."""

    exit_code = 4

    def __init__(self, message: str, *, attempts: int | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts


class TruncatedOutputError(BriefValidationError):
    """The model hit its output token limit (``finish_reason == "length"``). Not re-asked."""


class OutputError(SummarizerError):
    """The brief or a batch record could not be written (disk full, file too large, no
    permission, an I/O error). What was written before is kept whole: no torn line."""

    exit_code = 6
