"""Per-field accuracy on each profiled site's fixtures with that site's profile removed.

    python bench/leave_one_site_out.py [--per-site]

Only the generic path (and the other sites' profiles) read each site's copies: the
honest figure for a site nobody wrote a profile for (issue 16). Scored by the rule of
tests/test_fixtures_corpus.py; the "profile" field is not scored (it cannot be right).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from site_scoring import leave_one_site_out, table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-site", action="store_true", help="Also one line per site.")
    args = parser.parse_args()
    overall, per_site = leave_one_site_out()
    print("\n".join(table([("site profile removed", overall)])))
    files = sum(t.total.get("title", 0) for t in per_site.values())
    print(f"{files} fixtures of {len(per_site)} profiled sites")
    if args.per_site:
        for site, tally in per_site.items():
            print(f"{site:<14}{tally.share():>6.0%} of fields")


if __name__ == "__main__":
    main()
