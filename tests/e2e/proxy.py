"""A small TCP proxy on 127.0.0.1 that breaks connections on purpose (asyncio, own thread).

Every connection from a laptop to the server goes through it. While faults are on, each
new connection draws one fate from a seeded random generator:

- `pass`: forwarded untouched;
- `delay`: each chunk waits 20-400 ms before it is forwarded (both directions);
- `cut_request`: the request is forwarded only up to a random byte, then both sides
  are closed - the server sees a truncated request;
- `cut_response`: the server's answer is forwarded only up to a random byte - the
  server has done the work and committed, the laptop never learns the result;
- `reset`: after a random number of request bytes the laptop's socket is closed with
  SO_LINGER 0, i.e. a TCP RST instead of an orderly close.

The fate of the n-th connection depends only on (seed, n), so a run with the same seed
and the same sequence of commands injects the same faults.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
from collections import Counter
from dataclasses import dataclass, field

FATES = ("pass", "delay", "cut_request", "cut_response", "reset")
CHUNK = 16 * 1024


@dataclass
class Fate:
    kind: str
    cut_at: int = 0  # bytes forwarded before the cut (cut_request, cut_response, reset)
    delays: list[float] = field(default_factory=list)


class FaultyProxy:
    def __init__(self, upstream_port: int, seed: int, fault_rate: float = 0.5) -> None:
        self.upstream_port = upstream_port
        self.seed = seed
        self.fault_rate = fault_rate
        self.faults_on = False
        self.connections = 0
        self.injected: Counter[str] = Counter()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="faulty-proxy", daemon=True)

    # -- control (from the test's thread) ---------------------------------------------

    def start(self) -> int:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the proxy did not start")
        return self.port

    def stop(self) -> None:
        loop, self._loop = self._loop, None
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
            self._thread.join(10)

    # -- the event loop -----------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        self._server = loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = int(self._server.sockets[0].getsockname()[1])
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._server.close()
            loop.run_until_complete(self._server.wait_closed())
            loop.close()

    def _fate(self) -> Fate:
        self.connections += 1
        rng = random.Random(f"{self.seed}/{self.connections}")
        if not self.faults_on or rng.random() >= self.fault_rate:
            return Fate("pass")
        kind = rng.choice(FATES[1:])
        self.injected[kind] += 1
        if kind == "delay":
            return Fate(kind, delays=[rng.uniform(0.02, 0.4) for _ in range(64)])
        # Somewhere in the first request or answer: headers, body or the very end.
        return Fate(kind, cut_at=rng.choice([rng.randint(1, 200), rng.randint(200, 20_000)]))

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        fate = self._fate()
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            _reset(client_w)  # the server is down: the laptop sees a refused/reset connection
            return
        cut_request = fate.cut_at if fate.kind in ("cut_request", "reset") else None
        cut_response = fate.cut_at if fate.kind == "cut_response" else None
        upstream = asyncio.create_task(self._pump(client_r, server_w, fate, cut_request))
        downstream = asyncio.create_task(self._pump(server_r, client_w, fate, cut_response))
        done, pending = await asyncio.wait(
            {upstream, downstream}, return_when=asyncio.FIRST_COMPLETED
        )
        cut = any(task.result() for task in done if not task.cancelled())
        if cut:
            for task in pending:
                task.cancel()
            if fate.kind == "reset":
                _reset(client_w)
            _close(client_w)
            _close(server_w)
            return
        await asyncio.wait(pending)
        _close(client_w)
        _close(server_w)

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        fate: Fate,
        cut_at: int | None,
    ) -> bool:
        """Copy until EOF; True when the copy was cut on purpose."""
        sent = 0
        delays = iter(fate.delays)
        try:
            while True:
                data = await reader.read(CHUNK)
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return False
                if fate.kind == "delay":
                    await asyncio.sleep(next(delays, 0.0))
                if cut_at is not None and sent + len(data) >= cut_at:
                    writer.write(data[: max(0, cut_at - sent)])
                    await writer.drain()
                    return True
                writer.write(data)
                await writer.drain()
                sent += len(data)
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            return True


def _reset(writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    _close(writer)


def _close(writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError, OSError, RuntimeError):
        writer.close()
