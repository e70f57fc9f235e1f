"""The LLM engine: instructor over the ``openai`` client, any OpenAI-compatible endpoint.

One call per brief, made of at most a few HTTP requests: instructor validates the model's
output against :class:`~summarizer.schema.BriefDraft` and re-asks with the validation
error; HTTP failures are retried by the same :class:`~summarizer.retry.RetryPolicy`. Token
usage of every attempt is summed into the brief's ``provenance.usage``.

The messages are rendered here from the prompt template (the article a variable, never
template source) and instructor gets no ``context=``, so it renders nothing. The
validators check quotes against the article set by
:func:`~summarizer.schema.grounding_article` around the call: a context variable, private
to the calling thread or asyncio task, so concurrent briefs never see each other's article.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime
from typing import Any

import httpx2
import instructor
import openai
from instructor.core import Hooks, IncompleteOutputException, InstructorRetryException

from summarizer.article import Article
from summarizer.config import Mode, Settings
from summarizer.errors import (
    AuthenticationError,
    BriefValidationError,
    ProviderError,
    ProviderTimeoutError,
    RateLimitError,
    SummarizerError,
    TruncatedOutputError,
)
from summarizer.prompts import PromptTemplate, load_template
from summarizer.retry import RetryPolicy, is_validation_failure
from summarizer.schema import (
    BriefDraft,
    IncidentBrief,
    PromptRef,
    Provenance,
    Usage,
    grounding_article,
)

__all__ = ["LLMEngine"]

log = logging.getLogger(__name__)

_INSTRUCTOR_MODES = {
    Mode.tools: instructor.Mode.TOOLS,
    Mode.json_schema: instructor.Mode.JSON_SCHEMA,
}
# Local servers (Ollama, llama.cpp, vLLM) ignore the key, but the openai client wants one.
_PLACEHOLDER_KEY = "not-needed"
# The response model, wrapped for instructor once. Given a plain pydantic model, instructor
# wraps it in a new class on every call, which misses its schema cache: the tool schema was
# rebuilt for every request (about half of the client's CPU time per brief).
_RESPONSE_MODEL = instructor.openai_schema(BriefDraft)


class _UsageMeter:
    """Sums tokens and requests over every attempt of one brief, through instructor hooks.

    Every request ends in exactly one of ``completion:response`` (an answer, valid or not)
    and ``completion:error`` (the call raised: HTTP error, timeout...), so requests are
    counted there. Not on ``completion:kwargs``: instructor matches the keyword arguments
    of that event against each handler's signature (``inspect.signature``), ~40 µs a
    request.
    """

    def __init__(self) -> None:
        self.usage = Usage()
        self.hooks = Hooks()
        self.hooks.on("completion:response", self._on_response)
        self.hooks.on("completion:error", self._on_error)

    def _on_error(self, error: BaseException, **metadata: Any) -> None:
        self.usage.requests += 1

    def _on_response(self, response: Any) -> None:
        self.usage.requests += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.usage.input_tokens += getattr(usage, "prompt_tokens", 0) or 0
            self.usage.output_tokens += getattr(usage, "completion_tokens", 0) or 0


class LLMEngine:
    """Briefs from an OpenAI-compatible chat model, validated by instructor."""

    name = "openai"

    def __init__(
        self,
        settings: Settings,
        *,
        template: PromptTemplate | None = None,
        policy: RetryPolicy | None = None,
        transport: httpx2.BaseTransport | None = None,
        async_transport: httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        """``transport``/``async_transport`` replace the HTTP layer (recording, replay)."""
        self.settings = settings
        self._transport = transport
        self._async_transport = async_transport
        self.template = template or load_template()
        self.policy = policy or RetryPolicy(
            validation_retries=settings.max_validation_retries, deadline=settings.deadline
        )
        self._sync_client: openai.OpenAI | None = None
        self._async_client: openai.AsyncOpenAI | None = None
        self._sync_create: Any = None
        self._async_create: Any = None

    # -- clients -------------------------------------------------------------------------
    #
    # instructor.patch(create=...) wraps the client's chat.completions.create in
    # instructor's validation, re-asks and retries, as from_openai does, minus the
    # Instructor wrapper around it: that wrapper only merges keyword arguments and hooks,
    # and walks the response model for async validators once more (~0.2 ms a request).

    def _openai_kwargs(self) -> dict[str, Any]:
        key = self.settings.api_key.get() if self.settings.api_key else _PLACEHOLDER_KEY
        return {
            "api_key": key,
            "base_url": self.settings.base_url,
            "timeout": min(self.settings.timeout, self.settings.deadline),
            "max_retries": 0,  # summarizer.retry owns every retry
            "default_headers": self.settings.extra_headers or None,
        }

    def _create(self) -> Any:
        if self._sync_create is None:
            kwargs = self._openai_kwargs()
            if self._transport is not None:
                kwargs["http_client"] = httpx2.Client(transport=self._transport)
            self._sync_client = openai.OpenAI(**kwargs)
            self._sync_create = instructor.patch(
                create=self._sync_client.chat.completions.create,
                mode=_INSTRUCTOR_MODES[self.settings.mode],
            )
        return self._sync_create

    def _acreate(self) -> Any:
        if self._async_create is None:
            kwargs = self._openai_kwargs()
            if self._async_transport is not None:
                kwargs["http_client"] = httpx2.AsyncClient(transport=self._async_transport)
            self._async_client = openai.AsyncOpenAI(**kwargs)
            self._async_create = instructor.patch(
                create=self._async_client.chat.completions.create,
                mode=_INSTRUCTOR_MODES[self.settings.mode],
            )
        return self._async_create

    async def aclose(self) -> None:
        """Close the async client's connections (the sync client is left alone)."""
        if self._async_client is not None:
            client, self._async_client, self._async_create = self._async_client, None, None
            await client.close()

    # -- requests ------------------------------------------------------------------------

    def _request(self, article: Article, meter: _UsageMeter) -> dict[str, Any]:
        variables = {
            "article": article.text,
            "published": article.published.isoformat() if article.published else None,
            "title": article.title,
            "source": article.source,
        }
        return {
            "response_model": _RESPONSE_MODEL,
            # Rendered here, the article only a variable; no ``context=``, so instructor
            # renders nothing (the validators read the article from grounding_article).
            "messages": self.template.render(variables),
            "model": self.settings.model,
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_output_tokens,
            "hooks": meter.hooks,
        }

    def summarize(self, article: Article) -> IncidentBrief:
        """A validated brief for ``article``; raises a :class:`SummarizerError` on failure."""
        meter = _UsageMeter()
        request = self._request(article, meter)
        try:
            with grounding_article(article.text):
                draft = self._create()(max_retries=self.policy.retrying(), **request)
        except Exception as exc:
            raise self._translate(exc) from None
        return self._finish(draft, article, meter)

    async def asummarize(self, article: Article) -> IncidentBrief:
        """Async twin of :meth:`summarize`."""
        meter = _UsageMeter()
        request = self._request(article, meter)
        try:
            with grounding_article(article.text):
                draft = await self._acreate()(max_retries=self.policy.async_retrying(), **request)
        except Exception as exc:
            raise self._translate(exc) from None
        return self._finish(draft, article, meter)

    def _finish(self, draft: BriefDraft, article: Article, meter: _UsageMeter) -> IncidentBrief:
        provenance = Provenance(
            engine=self.name,
            model=self.settings.model,
            prompt=PromptRef(name=self.template.name, hash=self.template.hash),
            created_at=datetime.now(UTC),
            usage=meter.usage,
        )
        return IncidentBrief.from_draft(draft, provenance, article.text)

    # -- errors --------------------------------------------------------------------------

    def _translate(self, exc: Exception) -> SummarizerError:
        """One-line, secret-free error for whatever instructor or openai raised."""
        if isinstance(exc, SummarizerError):
            return exc
        attempts = None
        if isinstance(exc, InstructorRetryException):
            attempts = getattr(exc, "n_attempts", None)
            if (not_a_completion := self._translate_reply(exc, attempts)) is not None:
                return not_a_completion
            cause = exc.__cause__ if isinstance(exc.__cause__, Exception) else None
            if cause is not None and not isinstance(cause, InstructorRetryException):
                return self._translate_cause(cause, attempts)
            return BriefValidationError(
                self._redact(f"the model's output never validated: {exc}"), attempts=attempts
            )
        return self._translate_cause(exc, attempts)

    def _translate_cause(self, exc: Exception, attempts: int | None) -> SummarizerError:
        where = self.settings.base_url or "the OpenAI API"
        tries = f" after {attempts} attempt(s)" if attempts else ""
        if isinstance(exc, IncompleteOutputException):
            return TruncatedOutputError(
                f"the model stopped at its output limit ({self.settings.max_output_tokens} tokens) "
                "before the brief was complete; raise max_output_tokens or shorten the article"
            )
        if is_validation_failure(exc):
            first = _first_error_line(exc)
            return BriefValidationError(
                self._redact(f"the model's output never validated{tries}: {first}"),
                attempts=attempts,
            )
        if isinstance(exc, openai.APITimeoutError):
            return ProviderTimeoutError(
                f"{where} did not answer within {self.settings.timeout:g}s{tries}; "
                "raise SUMMARIZER_TIMEOUT or check the server"
            )
        if isinstance(exc, openai.APIConnectionError):
            return ProviderError(f"could not connect to {where}{tries}; check OPENAI_BASE_URL")
        if isinstance(exc, openai.APIStatusError):
            return self._translate_status(exc, where, tries)
        return ProviderError(
            self._redact(
                f"the LLM call failed{tries}: {type(exc).__name__}: {_first_error_line(exc)}"
            )
        )

    def _translate_reply(
        self, exc: InstructorRetryException, attempts: int | None
    ) -> ProviderError | None:
        """A ProviderError when what came back was no chat completion at all (an HTML
        sign-in page from a proxy, plain text, JSON without choices), else None: that is
        the endpoint's failure, not the model's output failing validation."""
        where = self.settings.base_url or "the OpenAI API"
        tries = f" ({attempts} attempt(s))" if attempts else ""
        last = getattr(exc, "last_completion", None)
        cause = exc.__cause__
        body = last if isinstance(last, str) else None  # openai hands over a non-JSON body
        if body is None and isinstance(cause, json.JSONDecodeError) and last is None:
            body = cause.doc  # a body sent as JSON that is not JSON
        if body is not None:
            title = re.search(r"<title[^>]*>([^<]{1,200})", body, re.IGNORECASE)
            html = title is not None or re.match(r"\s*<", body) is not None
            shown = " ".join((title.group(1) if title else body).split())[:120]
            what = "an HTML page" if html else "a body that is not JSON"
            return ProviderError(
                self._redact(
                    f"{where} answered with {what}, not a chat completion{tries}: {shown!r}; "
                    "check OPENAI_BASE_URL (a proxy or sign-in page in the way?)"
                )
            )
        choices = getattr(last, "choices", ())
        if last is not None and not choices:
            what = (
                "a chat completion with an empty list of choices"
                if choices == []
                else "JSON that is not a chat completion (no choices)"
            )
            return ProviderError(
                f"{where} answered {what}{tries}; check the model and OPENAI_BASE_URL"
            )
        return None

    def _translate_status(
        self, exc: openai.APIStatusError, where: str, tries: str
    ) -> SummarizerError:
        status = exc.status_code
        detail = self._redact(_first_error_line(exc))
        if status in (401, 403):
            return AuthenticationError(
                f"{where} refused the credentials (HTTP {status}); check OPENAI_API_KEY",
                status_code=status,
            )
        if status == 429:
            return RateLimitError(
                f"{where} kept rate-limiting (HTTP 429){tries}; lower concurrency or retry later",
                status_code=status,
            )
        if status == 404:
            return ProviderError(
                f"{where} answered HTTP 404 for model {self.settings.model!r}; check "
                "SUMMARIZER_MODEL and OPENAI_BASE_URL",
                status_code=status,
            )
        if status >= 500:
            return ProviderError(
                f"{where} failed with HTTP {status}{tries}: {detail}", status_code=status
            )
        return ProviderError(
            f"{where} rejected the request (HTTP {status}): {detail}", status_code=status
        )

    def _redact(self, text: str) -> str:
        key = self.settings.api_key.get() if self.settings.api_key else None
        if key:
            text = text.replace(key, "***")
        return text


def _first_error_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] + ("…" if len(text) > 300 else "")
