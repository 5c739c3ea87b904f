"""The live-reload socket: livereload.js's protocol, spoken to every open tab, so a tab
reloads once the new site is in place, not when the change is first seen."""

from __future__ import annotations

import json

from tornado.websocket import WebSocketClosedError, WebSocketHandler


class ReloadSockets:
    """The open tabs' live-reload connections; used on the IO loop only."""

    def __init__(self) -> None:
        self._open: set[ReloadSocket] = set()

    def add(self, connection: ReloadSocket) -> None:
        self._open.add(connection)

    def discard(self, connection: ReloadSocket) -> None:
        self._open.discard(connection)

    def reload_all(self) -> None:
        for connection in list(self._open):
            connection.send_reload()


# livereload.js (the script livereload ships) speaks protocol 7: it says hello, we say
# hello, it sends info; from then on a reload message reloads the tab.
_PROTOCOL = "http://livereload.com/protocols/official-7"
_RELOAD = {"command": "reload", "path": "*", "liveCSS": True, "liveImg": True}


class ReloadSocket(WebSocketHandler):
    def initialize(self, sockets: ReloadSockets) -> None:
        self._sockets = sockets

    def check_origin(self, origin: str) -> bool:
        return True  # the page may be opened as localhost or 127.0.0.1: both are ours

    def on_message(self, message: str | bytes) -> None:
        try:
            command = json.loads(message).get("command")
        except (ValueError, AttributeError):
            return
        if command == "hello":
            self.write_message(
                {"command": "hello", "protocols": [_PROTOCOL], "serverName": "site-gen"}
            )
        elif command == "info":
            self._sockets.add(self)

    def on_close(self) -> None:
        self._sockets.discard(self)

    def send_reload(self) -> None:
        try:
            self.write_message(_RELOAD)
        except WebSocketClosedError:
            self._sockets.discard(self)
