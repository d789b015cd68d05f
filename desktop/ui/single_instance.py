"""A second start on the same data folder brings the running window forward.

The data-dir lock (desktop.store.locks) decides who runs; this local socket only carries
the request "show yourself" from the second start to the first, as Zotero or Joplin do.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("desktop.ui")
SHOW_REQUEST = b"show\n"


def server_name(data_dir: Path) -> str:
    """One name per data folder (and user: the socket lives in the user's runtime dir)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"field-dossier-{digest}"


class InstanceServer(QObject):
    """Listens for later starts; `show_requested` fires for each one."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(data_dir)
        # We hold the data-dir lock, so a socket left under this name is a crashed
        # predecessor's: remove it rather than fail to listen.
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            log.warning("single instance: no socket %s: %s", name, self._server.errorString())
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW_REQUEST.strip()):
            log.info("single instance: a second start asked this window to show itself")
            self.show_requested.emit()

    def close(self) -> None:
        self._server.close()


def ask_running_instance_to_show(data_dir: Path, timeout_ms: int = 2000) -> bool:
    """True if the app running on `data_dir` got the request to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(SHOW_REQUEST)
    delivered = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return delivered
