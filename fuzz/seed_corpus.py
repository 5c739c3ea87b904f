"""Write the starting corpus for fuzz_parse.py: seeds, fixtures and the hostile strings."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Shapes that made patterns backtrack (issue 17): repeated chrome words between runs of
# spaces and separators. Kept short enough to parse in a fraction of a second even with those
# patterns (one more repeat of the navigation line took 10 s); the fuzzer grows them, and
# fuzz/slowest.txt shows how far that got.
TIME_SEEDS = (
    "Share" + "  Print  " * 6 + " x",
    "Share | Tweet | " * 5 + "Email" + " " * 40,
    "Home | News | Sport | " * 2 + "|" * 5,
    " " * 200 + "Share",
    "Share\t \t" * 10 + "·",
)


def main(into: Path) -> int:
    sys.path.insert(0, str(REPO / "tests"))
    from hostile_corpus import HOSTILE

    into.mkdir(parents=True, exist_ok=True)
    inputs: list[bytes] = []
    for folder in (REPO / "seeds", REPO / "tests" / "fixtures"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".md"):
                prefix = b"\x01" if path.suffix == ".md" else b"\x00"
                inputs.append(prefix + path.read_bytes()[:20000])
    for _, text in HOSTILE:
        front = f'---\ntitle: "{text}"\ndate: 2023-01-01\n---\n{text}\n'
        inputs.append(b"\x01" + front.encode("utf-8"))
        inputs.append(b"\x00" + f"{text}\n\n1 January, 2023\n\n{text} body.\n".encode())
    for line in TIME_SEEDS:
        inputs.append(b"\x00" + f"A headline\n\n1 January, 2023\n\n{line}\n\nBody text.\n".encode())
    for data in inputs:
        (into / hashlib.sha1(data).hexdigest()).write_bytes(data)
    return len(inputs)


if __name__ == "__main__":
    print(main(Path(sys.argv[1] if len(sys.argv) > 1 else "fuzz/corpus")), "inputs")
