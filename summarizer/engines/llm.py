"""The LLM engine: instructor over the ``openai`` client, any OpenAI-compatible endpoint.

One brief is a short conversation, designed for a small local model first:

1. the article goes out as numbered sentences (:mod:`~summarizer.engines.numbered`), in
   chunks when it is longer than the server's context, and the model fills
   :class:`~summarizer.engines.answer.Answer`, citing sentence numbers, never quotes;
2. :func:`~summarizer.engines.mapping.check` lists what in the answer the article does not
   support; each re-ask names those fields and why, asks for them alone (a smaller schema)
   and samples differently (temperature and seed change), so that the same answer does not
   simply come back; up to ``max_validation_retries`` re-asks;
3. :func:`~summarizer.engines.mapping.to_draft` builds the contract's brief, dropping what
   is still unsupported and listing each drop in ``provenance.notes`` (``strict`` settings
   fail the brief instead).

instructor validates every answer against its (partial) schema and re-asks on malformed
JSON; HTTP failures are retried by the same :class:`~summarizer.retry.RetryPolicy`, all
within one deadline for the whole brief. Token usage of every request is summed into
``provenance.usage``.

The messages are rendered here from the prompt template (the article a variable, never
template source) and instructor gets no ``context=``, so it renders nothing. The brief's
own validators check quotes against the article set by
:func:`~summarizer.schema.grounding_article`: a context variable, private to the calling
thread or asyncio task, so concurrent briefs never see each other's article.

A llama.cpp server reports its context size at ``/props``, read once per engine; it also
ignores the object ``tool_choice`` that tools mode sends, so tools mode falls back to
json_schema there (with a warning).
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Generator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any

import httpx2
import instructor
import openai
from instructor.core import Hooks, IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel

from summarizer.article import Article
from summarizer.config import Mode, Settings
from summarizer.engines.answer import Answer, partial_answer
from summarizer.engines.mapping import Problem, check, merge, tidy, to_draft
from summarizer.engines.numbered import Chunk, NumberedArticle
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
    FieldNote,
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
# Tokens one answer may take: the schema bounds every string and list, so a complete
# answer fits well within this; it also caps what a runaway server could generate.
ANSWER_TOKENS = 1500
# Tokens of the instructions and the worked example, rounded up; with ANSWER_TOKENS, what a
# chunk of the article must leave free of the context.
_PROMPT_TOKENS = 1700
# Characters of article per token, on the cautious side for English news text.
_CHARS_PER_TOKEN = 3.2
# Sampling of the n-th re-ask: warmer each time, and a different seed, so that a model at
# temperature 0 does not hand back the same answer.
_REASK_TEMPERATURES = (0.4, 0.7, 1.0)


@dataclass(frozen=True)
class _Request:
    """One model call: the messages, the schema to fill and how to sample."""

    messages: list[dict[str, str]]
    response_model: type[BaseModel]
    temperature: float
    seed: int | None = None


@cache
def _wrapped(model: type[BaseModel]) -> Any:
    # Wrapped for instructor once per model. Given a plain pydantic model, instructor wraps
    # it in a new class on every call, which misses its schema cache.
    return instructor.openai_schema(model)


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
            validation_retries=settings.max_validation_retries, deadline=settings.brief_deadline
        )
        self._sync_client: openai.OpenAI | None = None
        self._async_client: openai.AsyncOpenAI | None = None
        self._sync_create: Any = None
        self._async_create: Any = None
        self._server: _ServerFacts | None = None

    @property
    def model(self) -> str:
        """The model name briefs are made with (``provenance.model``)."""
        return self.settings.model

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
            "timeout": min(self.settings.request_timeout, self.settings.brief_deadline),
            "max_retries": 0,  # summarizer.retry owns every retry
            "default_headers": self.settings.extra_headers or None,
        }

    def _mode(self) -> instructor.Mode:
        mode = self.settings.mode
        if mode is Mode.tools and self._server is not None and self._server.llama_cpp:
            mode = Mode.json_schema
        return _INSTRUCTOR_MODES[mode]

    def _create(self) -> Any:
        if self._sync_create is None:
            self._server = self._server or _ServerFacts.probe(self.settings, self._transport)
            kwargs = self._openai_kwargs()
            if self._transport is not None:
                kwargs["http_client"] = httpx2.Client(transport=self._transport)
            self._sync_client = openai.OpenAI(**kwargs)
            self._sync_create = instructor.patch(
                create=self._sync_client.chat.completions.create, mode=self._mode()
            )
        return self._sync_create

    def _acreate(self) -> Any:
        if self._async_create is None:
            # The probe is one short GET, made once per engine: blocking here is harmless.
            self._server = self._server or _ServerFacts.probe(self.settings, self._transport)
            kwargs = self._openai_kwargs()
            if self._async_transport is not None:
                kwargs["http_client"] = httpx2.AsyncClient(transport=self._async_transport)
            self._async_client = openai.AsyncOpenAI(**kwargs)
            self._async_create = instructor.patch(
                create=self._async_client.chat.completions.create, mode=self._mode()
            )
        return self._async_create

    async def aclose(self) -> None:
        """Close the async client's connections (the sync client is left alone)."""
        if self._async_client is not None:
            client, self._async_client, self._async_create = self._async_client, None, None
            await client.close()

    # -- one brief -----------------------------------------------------------------------

    def summarize(self, article: Article) -> IncidentBrief:
        """A validated brief for ``article``; raises a :class:`SummarizerError` on failure."""
        create = self._create()
        meter = _UsageMeter()
        started = time.monotonic()
        flow = self._flow(article, meter)
        try:
            with grounding_article(article.text):
                request = next(flow)
                while True:
                    kwargs = self._kwargs(request, meter, started)
                    answer = create(max_retries=self._policy(started).retrying(), **kwargs)
                    request = flow.send(answer)
        except StopIteration as done:
            brief: IncidentBrief = done.value
            return brief
        except Exception as exc:
            raise self._translate(exc) from None

    async def asummarize(self, article: Article) -> IncidentBrief:
        """Async twin of :meth:`summarize`."""
        create = self._acreate()
        meter = _UsageMeter()
        started = time.monotonic()
        flow = self._flow(article, meter)
        try:
            with grounding_article(article.text):
                request = next(flow)
                while True:
                    kwargs = self._kwargs(request, meter, started)
                    retrying = self._policy(started).async_retrying()
                    answer = await create(max_retries=retrying, **kwargs)
                    request = flow.send(answer)
        except StopIteration as done:
            brief: IncidentBrief = done.value
            return brief
        except Exception as exc:
            raise self._translate(exc) from None

    def _flow(
        self, article: Article, meter: _UsageMeter
    ) -> Generator[_Request, BaseModel, IncidentBrief]:
        """The conversation of one brief: yields requests, receives parsed answers."""
        numbered = NumberedArticle(article.text)
        chunks = numbered.chunks(self._chunk_chars())
        answers: list[Answer] = []
        for chunk in chunks:
            reply = yield self._first_request(article, chunk, len(chunks))
            assert isinstance(reply, Answer)
            answers.append(reply)
        answer = tidy(merge(answers), numbered)
        problems = check(answer, numbered, article.published)
        lead = self._first_request(article, chunks[0], len(chunks))
        for attempt in range(self.settings.max_validation_retries):
            if not problems:
                break
            log.info("re-ask %d: %s", attempt + 1, "; ".join(str(p) for p in problems))
            fix = yield self._reask(lead, answer, problems, attempt)
            fixed = {name: getattr(fix, name) for name in type(fix).model_fields}
            answer = tidy(answer.model_copy(update=fixed), numbered)
            problems = check(answer, numbered, article.published)
        if problems and self.settings.strict:
            raise BriefValidationError(
                "the model's answer still had unsupported facts after "
                f"{self.settings.max_validation_retries} re-ask(s) (strict): "
                + "; ".join(str(p) for p in problems[:3])
            )
        draft, notes = to_draft(answer, numbered, problems, article.published)
        return self._finish(draft, article, meter, notes)

    def _first_request(self, article: Article, chunk: Chunk, chunks: int) -> _Request:
        variables = {
            "sentences": chunk.render(),
            "published": article.published.isoformat() if article.published else None,
            "title": article.title,
            "source": article.source,
            "part": f"{chunk.index + 1} of {chunks}" if chunks > 1 else None,
        }
        return _Request(
            messages=self.template.render(variables),
            response_model=Answer,
            temperature=self.settings.temperature,
        )

    def _reask(
        self, lead: _Request, answer: Answer, problems: list[Problem], attempt: int
    ) -> _Request:
        fields = tuple(name for name in Answer.model_fields if name in {p.field for p in problems})
        feedback = self.template.render_reask(
            {"problems": [str(p) for p in problems], "fields": fields}
        )
        messages = [
            *lead.messages,
            {"role": "assistant", "content": answer.model_dump_json()},
            {"role": "user", "content": feedback},
        ]
        temperature = _REASK_TEMPERATURES[min(attempt, len(_REASK_TEMPERATURES) - 1)]
        return _Request(messages, partial_answer(fields), temperature, seed=attempt + 1)

    def _kwargs(self, request: _Request, meter: _UsageMeter, started: float) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "response_model": _wrapped(request.response_model),
            "messages": request.messages,
            "model": self.settings.model,
            "temperature": request.temperature,
            "max_tokens": min(self.settings.max_output_tokens, ANSWER_TOKENS),
            "hooks": meter.hooks,
        }
        if request.seed is not None:
            kwargs["seed"] = request.seed
        remaining = self.settings.brief_deadline - (time.monotonic() - started)
        kwargs["timeout"] = max(0.01, min(self.settings.request_timeout, remaining))
        return kwargs

    def _policy(self, started: float) -> RetryPolicy:
        """The retry policy with what is left of the brief's deadline."""
        remaining = self.policy.deadline - (time.monotonic() - started)
        return replace(self.policy, deadline=max(0.0, remaining))

    def _chunk_chars(self) -> int:
        """Characters of article one request may carry (no limit when the context is unknown)."""
        context = self.settings.context_tokens or (self._server.context if self._server else None)
        if not context:
            return 1 << 30
        return int((context - ANSWER_TOKENS - _PROMPT_TOKENS) * _CHARS_PER_TOKEN)

    def _finish(
        self, draft: BriefDraft, article: Article, meter: _UsageMeter, notes: list[FieldNote]
    ) -> IncidentBrief:
        provenance = Provenance(
            engine=self.name,
            model=self.settings.model,
            prompt=PromptRef(name=self.template.name, hash=self.template.hash),
            created_at=datetime.now(UTC),
            usage=meter.usage,
            notes=notes,
        )
        return IncidentBrief.from_draft(draft, provenance, article.text, article.title)

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


@dataclass(frozen=True)
class _ServerFacts:
    """What an OpenAI-compatible server says about itself beyond the API (llama.cpp's
    ``/props``): its context size, and whether it is llama.cpp at all."""

    llama_cpp: bool = False
    context: int | None = None

    @classmethod
    def probe(cls, settings: Settings, transport: httpx2.BaseTransport | None) -> _ServerFacts:
        """Ask ``/props`` beside the API root; anything but a llama.cpp answer means nothing."""
        if not settings.base_url:
            return cls()
        root = settings.base_url.rstrip("/")
        root = root[: -len("/v1")] if root.endswith("/v1") else root
        try:
            with httpx2.Client(transport=transport, timeout=5.0) as client:
                response = client.get(f"{root}/props")
            data = response.json() if response.status_code == 200 else None
        except (httpx2.HTTPError, ValueError):
            return cls()
        if not isinstance(data, dict) or "default_generation_settings" not in data:
            return cls()
        context = data["default_generation_settings"].get("n_ctx") or data.get("n_ctx")
        facts = cls(llama_cpp=True, context=int(context) if context else None)
        if settings.mode is Mode.tools:
            log.warning(
                "%s is a llama.cpp server, which ignores the tool_choice of tools mode; "
                "using json_schema mode (set SUMMARIZER_MODE=json_schema to say so)",
                root,
            )
        return facts
