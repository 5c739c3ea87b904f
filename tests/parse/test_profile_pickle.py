"""The parse context pickles to the same bytes in every process: it is a cache key."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import site_gen
from site_gen.core.config import Config
from site_gen.parse import context_from_config

PICKLE_DIGEST = """
import hashlib, pickle
from site_gen.core.config import Config
from site_gen.parse import context_from_config
print(hashlib.sha256(pickle.dumps(context_from_config(Config()), protocol=4)).hexdigest())
"""


def test_context_pickles_alike_whatever_the_hash_seed() -> None:
    """collect.context_key hashes this pickle; str hashing differs between processes."""
    root = str(Path(site_gen.__file__).resolve().parents[1])
    digests = set()
    for seed in ("0", "1", "2", "3"):  # seeds 0 and 1 told apart the derived fields once
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}
        run = subprocess.run(
            [sys.executable, "-c", PICKLE_DIGEST], env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        digests.add(run.stdout)
    assert len(digests) == 1


def test_unpickled_profiles_have_their_derived_fields() -> None:
    profiles = context_from_config(Config()).profiles
    loaded = pickle.loads(pickle.dumps(profiles))
    assert loaded == profiles
    for before, after in zip(profiles, loaded, strict=True):
        assert after.chrome_any == before.chrome_any
        assert after.caption_any == before.caption_any
