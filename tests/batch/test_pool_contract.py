"""Every connection pool a batch can send through (:func:`summarizer.batch.transport.make_pool`)
against small scripted servers: keep-alive reuse, the connection limit, chunked and
close-delimited bodies, servers that hang up, timeouts and errors raised as httpx's own
exceptions (the openai client turns those into APITimeoutError / APIConnectionError), and
no header value quoted in an error."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx2
import pytest

from summarizer.batch.transport import POOLS, make_pool
from tests.chat_server import ChatServer, Reply
from tests.conftest import valid_answer

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _read_request(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return await reader.readexactly(length) if length else b""


async def _with_server(handler: Handler, body: Callable[[str], Awaitable[Any]]) -> Any:
    async def closing(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await handler(reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass  # the client hung up
        finally:
            writer.close()

    server = await asyncio.start_server(closing, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        return await body(f"http://127.0.0.1:{port}")
    finally:
        server.close()
        await server.wait_closed()


def _client(transport: httpx2.AsyncBaseTransport, **kwargs: Any) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(transport=transport, **kwargs)


@pytest.fixture(params=POOLS)
def pool(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


def test_requests_reuse_connections_up_to_the_limit(pool: str) -> None:
    connections = 0
    in_flight = most = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections, in_flight, most
        connections += 1
        while True:
            body = await _read_request(reader)
            in_flight += 1
            most = max(most, in_flight)
            await asyncio.sleep(0.02)
            in_flight -= 1
            answer = json.dumps({"echo": json.loads(body)}).encode()
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n")
            writer.write(b"content-length: %d\r\n\r\n%s" % (len(answer), answer))
            await writer.drain()

    async def body(url: str) -> list[Any]:
        transport = make_pool(pool, 3)
        async with _client(transport) as client:
            responses = await asyncio.gather(
                *(client.post(f"{url}/v1/x?n={i}", json={"n": i}) for i in range(30))
            )
        return [r.json()["echo"]["n"] for r in responses]

    assert asyncio.run(_with_server(handler, body)) == list(range(30))
    assert connections == 3  # kept alive and reused, never more than the limit
    assert most == 3


def test_chunked_and_close_delimited_bodies(pool: str) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n")
        writer.write(b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        await _read_request(reader)
        writer.write(b"HTTP/1.1 201 Created\r\nconnection: close\r\n\r\nuntil the end")
        await writer.drain()

    async def body(url: str) -> tuple[httpx2.Response, httpx2.Response]:
        async with _client(make_pool(pool, 1)) as client:
            return await client.get(url), await client.get(url)

    chunked, closed = asyncio.run(_with_server(handler, body))
    assert (chunked.status_code, chunked.text) == (200, "hello world")
    assert (closed.status_code, closed.text) == (201, "until the end")
    assert closed.reason_phrase == "Created"


def test_a_connection_the_server_closed_while_idle_is_not_reused(pool: str) -> None:
    connections = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await _read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok")
        await writer.drain()  # keep-alive was not refused, but the server hangs up anyway

    async def body(url: str) -> list[str]:
        async with _client(make_pool(pool, 1)) as client:
            first = await client.get(url)
            await asyncio.sleep(0.05)  # the hang-up arrives
            second = await client.get(url)
        return [first.text, second.text]

    assert asyncio.run(_with_server(handler, body)) == ["ok", "ok"]
    assert connections == 2


def test_timeouts_and_failures_are_httpx_exceptions(pool: str) -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        await asyncio.sleep(2)

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)

    async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        writer.write(b"NOT HTTP AT ALL\r\n\r\n")
        await writer.drain()

    async def expect(handler: Handler, error: type[Exception]) -> None:
        async def body(url: str) -> None:
            async with _client(make_pool(pool, 2), timeout=0.2) as client:
                with pytest.raises(error):
                    await client.post(url, content=b"{}")

        await _with_server(handler, body)

    asyncio.run(expect(silent, httpx2.ReadTimeout))
    asyncio.run(expect(hang_up, httpx2.RemoteProtocolError))
    asyncio.run(expect(garbage, httpx2.RemoteProtocolError))

    async def refused() -> None:
        server = await asyncio.start_server(silent, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        server.close()
        await server.wait_closed()
        async with _client(make_pool(pool, 1)) as client:
            with pytest.raises(httpx2.ConnectError):
                await client.get(f"http://127.0.0.1:{port}/")

    asyncio.run(refused())


def test_waiting_for_a_free_connection_is_a_timeout(pool: str) -> None:
    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        await asyncio.sleep(0.5)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
        await writer.drain()

    async def body(url: str) -> None:
        timeout = httpx2.Timeout(5.0, pool=0.1)
        async with _client(make_pool(pool, 1), timeout=timeout) as client:
            first = asyncio.create_task(client.get(url))
            await asyncio.sleep(0.05)
            with pytest.raises(httpx2.TimeoutException):  # aiohttp's is a ConnectTimeout
                await client.get(url)
            assert (await first).status_code == 200

    asyncio.run(_with_server(slow, body))


def test_a_cancelled_request_does_not_leave_its_connection_in_the_pool(pool: str) -> None:
    connections = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        while True:
            await _read_request(reader)
            await asyncio.sleep(0.2)
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 4\r\n\r\nlate")
            await writer.drain()

    async def body(url: str) -> str:
        async with _client(make_pool(pool, 1)) as client:
            task = asyncio.create_task(client.get(url))
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            # a reused connection would deliver the cancelled request's late answer
            return (await client.get(url)).text

    assert asyncio.run(_with_server(handler, body)) == "late"
    assert connections == 2


def test_the_engine_over_the_pool_against_the_chat_server(pool: str) -> None:
    from openai import AsyncOpenAI

    async def body(server: ChatServer) -> str:
        transport = make_pool(pool, 4)
        client = AsyncOpenAI(
            api_key="sk-x",
            base_url=server.base_url,
            max_retries=0,
            http_client=httpx2.AsyncClient(transport=transport),
        )
        async with client:
            answers = await asyncio.gather(
                *(
                    client.chat.completions.create(
                        model="m", messages=[{"role": "user", "content": f"hi {i}"}]
                    )
                    for i in range(8)
                )
            )
        return "".join(a.choices[0].message.content or "" for a in answers)

    with ChatServer(fallback=lambda r: Reply.answer(valid_answer())) as server:
        text = asyncio.run(body(server))
    assert text.count('"main_sentence": 2') == 8  # every answer came back whole


def test_an_illegal_header_value_is_refused_without_quoting_it(pool: str) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)

    async def body(url: str) -> str:
        async with _client(make_pool(pool, 1)) as client:
            request = client.build_request("GET", url)
            request.headers["authorization"] = "Bearer sk-secret\x00oops"
            with pytest.raises(httpx2.LocalProtocolError) as caught:
                await client.send(request)
        return str(caught.value)

    message = asyncio.run(_with_server(handler, body))
    assert "sk-secret" not in message and "illegal header" in message
