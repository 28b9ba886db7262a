"""Real SMTP servers on a loopback port (aiosmtpd): one that keeps what it gets, for tests,
and one that only counts, in a process of its own, for benchmarks.

The followers tests send through it, and the mail bench measures against it.
"""

import asyncio
import email
import email.policy
import multiprocessing
import socket
import threading
import time
from collections.abc import Callable

from aiosmtpd.controller import Controller

from .servers import free_port


class Sink:
    """`with Sink() as sink:` serves on sink.port; sink.messages are parsed emails."""

    def __init__(self, before_accept: Callable[[int], None] | None = None):
        self.before_accept = before_accept  # called with the message's number; may block
        self.messages: list[email.message.EmailMessage] = []
        self.count = 0
        self.port = free_port()
        self._lock = threading.Lock()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.before_accept is not None:
            # In a thread, so the server still notices a client that goes away meanwhile.
            await asyncio.to_thread(self.before_accept, self.count + 1)
            if server.transport is None or server.transport.is_closing():
                return "421 the client went away"  # never accepted: not delivered
        with self._lock:
            self.count += 1
            self.messages.append(
                email.message_from_bytes(envelope.content, policy=email.policy.default)
            )
        return "250 OK"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages if m["To"] == address]

    def mailers(self) -> dict:
        """A MAILERS setting that sends here."""
        return {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": self.port, "timeout": 10},
            }
        }

    def __enter__(self) -> "Sink":
        self._controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self._controller.stop()


class CountingSink:
    """The sink in a process of its own, only counting: a sender being measured doesn't
    share its interpreter (and its GIL) with the server it sends to."""

    def __init__(self):
        self.port = free_port()
        context = multiprocessing.get_context("spawn")
        self._count = context.Value("q", 0)
        self._stop = context.Event()
        self._process = context.Process(
            target=_serve_counting, args=(self.port, self._count, self._stop), daemon=True
        )

    @property
    def count(self) -> int:
        return self._count.value

    def mailers(self) -> dict:
        return Sink.mailers(self)

    def __enter__(self) -> "CountingSink":
        self._process.start()
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._process.join(10)


class _Counter:
    def __init__(self, count):
        self.count = count

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.count.get_lock():
            self.count.value += 1
        return "250 OK"


def _serve_counting(port: int, count, stop) -> None:
    controller = Controller(_Counter(count), hostname="127.0.0.1", port=port)
    controller.start()
    stop.wait()
    controller.stop()
