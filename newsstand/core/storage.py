"""Uploads that leave nothing behind when a write fails part-way, as on a full disk."""

import threading
from contextlib import suppress

from django.core.files import uploadhandler
from django.core.files.storage import FileSystemStorage


class MediaStorage(FileSystemStorage):
    """Django's file system storage, minus the partial file a failed write leaves.

    Django opens a new file exclusively and writes it in chunks. When a chunk fails (ENOSPC,
    a quota, an I/O error), the half-written file stays and nothing points at it. Here it
    is removed, and the error goes on to the request (core.views.server_error answers it).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saving = threading.local()  # the names this thread's save has tried, in order

    def get_available_name(self, name, max_length=None):
        name = super().get_available_name(name, max_length)
        tried = getattr(self._saving, "names", None)
        if tried is not None:  # Django lost a race for the name and tries another
            tried.append(name)
        return name

    def _save(self, name, content):
        self._saving.names = [name]
        try:
            return super()._save(name, content)
        except OSError:
            # Only the last name tried can hold a file of ours: every earlier one was taken.
            with suppress(OSError):  # the first error is the one to report
                self.delete(self._saving.names[-1])
            raise
        finally:
            self._saving.names = None


class TemporaryFileUploadHandler(uploadhandler.TemporaryFileUploadHandler):
    """Django's handler for uploads too big for memory, minus the temporary file a failed
    write leaves open (and on disk) until the process lets go of it."""

    def receive_data_chunk(self, raw_data, start):
        try:
            return super().receive_data_chunk(raw_data, start)
        except OSError:
            self.upload_interrupted()
            raise

    def file_complete(self, file_size):
        try:  # flushes the last buffered bytes, which can fail too
            return super().file_complete(file_size)
        except OSError:
            self.upload_interrupted()
            raise
