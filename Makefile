# A newcomer types `make build` and `make test`; everything else is optional.
VENV   ?= .venv
PY     := $(VENV)/bin/python
SITEGEN := $(VENV)/bin/site-gen
PYTHON ?= python3
# Python keeps each module compiled (__pycache__/, ignored by git), so a start of
# site-gen does not compile its ninety modules again: 0.34 s of every command, and of
# each of the hundreds the tests run. Some machines turn that off; for this tree we
# want it.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: build test serve demo bench fuzz load lint clean

# uv installs what pip would, from the same index, in parallel: the test dependencies
# took pip 76 s of a fresh `make test` and take uv 10 s (uv itself comes from PyPI
# through pip, 9 s). The venv keeps pip for anything else.
UV     := $(VENV)/bin/uv pip install --python $(PY) -q

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q uv
	$(UV) -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed pyproject.toml
	$(UV) -e '.[test]'
	touch $@

build: $(VENV)/.installed
	$(SITEGEN) build seeds -o _site
	@echo "Built $(CURDIR)/_site/, ready to publish. To look at it: make serve, then open http://127.0.0.1:8000/"
	@echo "(its links start at the site root, as on a web host, so a page opened as a file shows unstyled)"

serve: $(VENV)/.installed
	$(SITEGEN) serve seeds

# A few hundred synthetic articles over ten years (the benchmarks' generator), built.
demo: $(VENV)/.installed
	rm -rf _demo/content
	$(PY) bench/corpus.py --count 400 --out _demo/content --seed 7
	cp seeds/* _demo/content/
	$(SITEGEN) build _demo/content -o _demo/site
	@echo "Built $(CURDIR)/_demo/site/. To look at it: $(SITEGEN) serve _demo/content, then open http://127.0.0.1:8000/"

# Side by side with Hugo and Pelican; add BENCH_ARGS=--with-100k for the largest size.
bench: $(VENV)/.installed
	$(PY) bench/run.py $(BENCH_ARGS)

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check site_gen tests bench fuzz
	$(VENV)/bin/ruff format --check site_gen tests bench fuzz
	$(VENV)/bin/mypy site_gen
	$(VENV)/bin/lint-imports

# One pytest worker per core (pytest-xdist); loadgroup keeps the tests of a module that shares
# one built site (pytest.mark.xdist_group) on one worker, so the site is built once. Every test
# has a time limit (timeout in pyproject.toml), so the suite ends even when a test hangs; the
# whole run has one too (SUITE_TIMEOUT seconds, about four times what it takes), for whatever
# else might wait forever.
SUITE_TIMEOUT ?= 1200

test: lint
	timeout --kill-after=30 $(SUITE_TIMEOUT) $(VENV)/bin/pytest -q -n auto --dist loadgroup --durations=10

# The preview server under load from a second process (wrk), bounded in time.
load: $(VENV)/.installed
	$(PY) bench/serve_load.py --seconds 10

# Coverage-guided fuzzing of the parser with atheris (not part of `make test`), for crashes
# and for time: the slowest input goes to fuzz/slowest.txt, reported at the end even when a
# crash or a timeout (over 20 s) stopped the fuzzer.
FUZZ_SECONDS ?= 300

fuzz: $(VENV)/.test-installed
	$(PY) -m pip install -q atheris
	$(PY) fuzz/seed_corpus.py fuzz/corpus
	rm -f fuzz/slowest.txt fuzz/slowest.json
	$(PY) fuzz/fuzz_parse.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=20 -artifact_prefix=fuzz/ fuzz/corpus; \
	status=$$?; $(PY) fuzz/report_slowest.py; exit $$status

# The output and site-gen's state folder (.site-gen/: cache, spare tree, lock); without the
# venv, the same folders by hand.
clean:
	if [ -x $(SITEGEN) ]; then $(SITEGEN) clean -o _site; else rm -rf _site .site-gen; fi
	rm -rf _demo
