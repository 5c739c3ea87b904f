"""A progress bar for long builds on a terminal (rich); silent elsewhere."""

from __future__ import annotations

from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeRemainingColumn


class TerminalProgress:
    """Callable as progress(stage, done, total); one bar per stage."""

    def __init__(self) -> None:
        self._progress = Progress(
            TextColumn("{task.description:>7}"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total}"),
            TimeRemainingColumn(),
            transient=True,
        )
        self._tasks: dict[str, TaskID] = {}
        self._started = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total < 500:  # not worth a bar
            return
        if not self._started:
            self._progress.start()
            self._started = True
        if stage not in self._tasks:
            self._tasks[stage] = self._progress.add_task(stage, total=total)
        self._progress.update(self._tasks[stage], completed=done)
        if all(t.finished for t in self._progress.tasks):
            self._progress.stop()
            self._started = False
