"""A real SMTP server on a loopback port (aiosmtpd) that keeps, or just counts, what it gets.

The followers tests send through it, and the mail bench measures against it.
"""

import asyncio
import email
import email.policy
import threading
from collections.abc import Callable

from aiosmtpd.controller import Controller

from .servers import free_port


class Sink:
    """`with Sink() as sink:` serves on sink.port; sink.messages are parsed emails."""

    def __init__(self, keep: bool = True, before_accept: Callable[[int], None] | None = None):
        self.keep = keep
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
            if self.keep:
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
