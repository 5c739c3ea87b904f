"""site-gen in a separate process for each run, forked from one that has imported it.

The suite starts site-gen about 350 times. Each start imported the whole program again
(0.45 s of CPU before the first file was read), more than half of what most of those
runs did, and `make test` must end within 5 minutes on two cores. Here one server
process per test process imports `site_gen.cli` once; every run is a fresh fork of it
with the run's own working folder, environment, argv and standard streams, so the run
still has its own exit code, streams, signals and memory, and the program's lazy
imports (web archives, publishing, the preview server) still happen inside the run.
The server also parses the seed copies once, so that runs inherit the compiled pattern
sets (RE2 compiles them on first use; no test is about that first compile).

What a fork shares that a new process would not: the modules already imported, those
compiled patterns and Python's hash seed. Tests that are about a fresh start of the installed command (the
fault tests' kills, the preview server, `make build`) start it with subprocess, and
`run_cli(..., fresh=True)` does too.

Protocol, one Unix socket connection per run: the client sends one JSON line
(args, cwd, env, out and err file paths); the server forks a handler for the
connection, which forks the run, answers its pid on one line, waits for it and answers
its exit code (negative: the signal that ended it) on a second line.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

_SERVER_READY = b"ready\n"


class WarmCli:
    """The client: starts the server on first use, one per test process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._server: subprocess.Popen[bytes] | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="site-gen-warm-"))
        self._socket = self._folder / "socket"

    def _ensure_server(self) -> None:
        with self._lock:
            if self._server is not None and self._server.poll() is None:
                return
            self._socket.unlink(missing_ok=True)
            # Its stdin is a pipe from here: at its end (this process gone) the server ends.
            self._server = subprocess.Popen(
                [sys.executable, __file__, str(self._socket)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                start_new_session=True,  # a test's kill of its own group never reaches it
            )
            assert self._server.stdout is not None
            if self._server.stdout.readline() != _SERVER_READY:
                raise RuntimeError("the warm site-gen server did not start")

    def run(
        self, args: list[str], cwd: Path, env: dict[str, str], timeout: float
    ) -> tuple[int, str, str]:
        """Exit code, stdout and stderr of `site-gen *args`; TimeoutExpired as subprocess."""
        self._ensure_server()
        handle, out_name = tempfile.mkstemp(dir=self._folder, suffix=".out")
        os.close(handle)
        handle, err_name = tempfile.mkstemp(dir=self._folder, suffix=".err")
        os.close(handle)
        out, err = Path(out_name), Path(err_name)
        request = {"args": args, "cwd": str(cwd), "env": env, "out": out_name, "err": err_name}
        try:
            code = self._ask(request, timeout)
            return code, _text(out), _text(err)
        finally:
            out.unlink(missing_ok=True)
            err.unlink(missing_ok=True)

    def _ask(self, request: dict[str, object], timeout: float) -> int:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(timeout)
            connection.connect(str(self._socket))
            connection.sendall(json.dumps(request).encode() + b"\n")
            answers = connection.makefile("rb")
            pid = int(answers.readline())
            try:
                return int(answers.readline())
            except TimeoutError:
                os.kill(pid, signal.SIGKILL)
                command = ["site-gen", *map(str, request["args"])]  # type: ignore[call-overload]
                raise subprocess.TimeoutExpired(command, timeout) from None

    def close(self) -> None:
        if self._server is not None and self._server.poll() is None:
            self._server.kill()
            self._server.wait()
        shutil.rmtree(self._folder, ignore_errors=True)


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "replace")


# --- the server: runs as `python warm_cli.py SOCKET` ---------------------------------


def _serve(socket_path: str) -> None:
    """Accept runs for ever; each connection is handled by a fork of this process."""
    # Imports as the installed script would: from the venv's bin, not from tests/.
    sys.path[0] = str(Path(sys.executable).parent)
    import site_gen.cli  # noqa: F401 - the import every run would otherwise repeat

    _compile_patterns()

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # handlers are reaped by the kernel
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(socket_path)
    listener.listen(64)
    events = selectors.DefaultSelector()
    events.register(listener, selectors.EVENT_READ)
    events.register(sys.stdin.buffer, selectors.EVENT_READ)
    sys.stdout.buffer.write(_SERVER_READY)
    sys.stdout.flush()
    while True:
        for key, _ in events.select():
            if key.fileobj is not listener:
                return  # the client closed its end of our stdin: it is gone
            connection, _ = listener.accept()
            if os.fork() == 0:
                events.close()
                listener.close()
                _handle(connection)  # returns only in the run's own process
                return
            connection.close()


def _compile_patterns() -> None:
    """Parse the seed copies once: RE2 compiles the generic pattern sets on first use (a
    quarter of a second each run that reads a text copy), and a fork inherits them."""
    import dataclasses
    import hashlib

    from site_gen.core.config import Config
    from site_gen.core.model import Source
    from site_gen.parse import context_from_config, parse_source

    context = dataclasses.replace(context_from_config(Config()), time_limit=0)
    for path in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")):
        data = path.read_bytes()
        parse_source(Source(path, path.name, data, hashlib.sha256(data).hexdigest()), context)


def _handle(connection: socket.socket) -> None:
    """In the handler: fork the run, answer its pid, then its exit code."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # the run must be able to wait for its own
    request = json.loads(connection.makefile("rb").readline())
    pid = os.fork()
    if pid == 0:
        connection.close()
        _become_run(request)
        return
    try:
        connection.sendall(f"{pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        connection.sendall(f"{os.waitstatus_to_exitcode(status)}\n".encode())
    except OSError:
        pass  # the client gave up (its timeout) and killed the run
    os._exit(0)


def _become_run(request: dict[str, object]) -> None:
    """This process becomes `site-gen *args` and ends as the interpreter would."""
    from site_gen.cli import main

    os.chdir(str(request["cwd"]))
    os.environ.clear()
    os.environ.update(request["env"])  # type: ignore[arg-type]
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    for fd, key in ((1, "out"), (2, "err")):
        target = os.open(str(request[key]), os.O_WRONLY | os.O_TRUNC)
        os.dup2(target, fd)
        os.close(target)
    args = [str(arg) for arg in request["args"]]  # type: ignore[attr-defined]
    sys.argv = ["site-gen", *args]
    try:
        main(args=args, prog_name="site-gen")
        code = 0
    except SystemExit as stop:
        code = _exit_code(stop.code)
    except BaseException:  # noqa: BLE001 - what the interpreter prints for an uncaught one
        sys.excepthook(*sys.exc_info())
        code = 1
    _finish(code)


def _exit_code(value: object) -> int:
    if value is None or isinstance(value, int):
        return value or 0
    print(value, file=sys.stderr)  # sys.exit("message"), as the interpreter prints it
    return 1


def _finish(code: int) -> None:
    """The interpreter's own end, in its order: wait for threads (and the pools' exit
    hooks), run atexit, flush the streams. Then exit without tearing down the modules:
    in a fork that touches every object the server holds (copy-on-write), 70 ms a run."""
    import atexit
    import threading

    threading._shutdown()  # type: ignore[attr-defined]
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(code)


if __name__ == "__main__":
    _serve(sys.argv[1])
