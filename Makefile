# coachlab: `make lab` to learn, `make test` to check everything. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8888
# NO_BROWSER=1 starts the server without opening a web browser (servers, containers).
NO_BROWSER ?=
STAMP  := $(VENV)/.coachlab-installed
# JupyterHub, nbgitpuller and the QR library: for the hub test, `make links` and the room's
# benchmark; a learner's `make lab` never installs them.
HUB_STAMP := $(VENV)/.coachlab-hub-installed
# `make links`: the hub's address, and the repository and branch nbgitpuller pulls.
HUB    ?=
REPO   ?= https://github.com/coachlab/coachlab
BRANCH ?= main
# `make handouts PEOPLE=30`: how many people the print counts are for.
PEOPLE ?= 24
# JupyterLab settings a first-time learner should not meet: the news pop-up over the first page
# and the update check; a kernel left running for every lesson tab closed (a lesson closed shuts
# its kernel down: the answers are in the journal); a "Save changes?" question on closing a lesson
# just answered (autosaved after 15 s, not 120: the save hook keeps the lesson as published).
# One file, lab-settings/overrides.json, also installed by Binder's postBuild; copied into the
# venv, so nobody's own settings are touched.
LAB_SETTINGS := lab-settings/overrides.json
OVERRIDES := $(VENV)/share/jupyter/lab/settings/overrides.json

# The repository is the server's root (so lessons can link to exercises/ and solutions/);
# default_url opens the first lesson. Passing the notebook's path would make notebooks/ the root.
# The save hook keeps the published lessons as they are on disk when only outputs changed, so
# a session never blocks `git pull` (src/coachlab/lab_save.py).
LAB_FLAGS := --port=$(PORT) --ServerApp.port_retries=0 --ServerApp.root_dir=$(CURDIR) \
	--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb \
	--ContentsManager.pre_save_hook=coachlab.lab_save.keep_lessons_as_published
ifneq ($(NO_BROWSER),)
LAB_FLAGS += --no-browser
endif
ifeq ($(shell id -u),0)
LAB_FLAGS += --allow-root
endif

.PHONY: help setup lab test lint notebooks docs handouts bench train dashboard links browser-deps clean

help:
	@echo "make lab        set up .venv and open JupyterLab on the first lesson (PORT=$(PORT), NO_BROWSER=1)"
	@echo "make test       set up .venv, then lint, unit tests, notebooks (nbval) and browser tests"
	@echo "make notebooks  refresh checked outputs and regenerate exercises/ from solutions/"
	@echo "make docs       regenerate the facilitator guide and README's lesson table"
	@echo "make handouts   print-ready PDFs (A4, US Letter) and paper lessons in handouts/ (PEOPLE=$(PEOPLE))"
	@echo "make bench      accuracy and speed of the feedback analyzers, speed of the dashboard, key figures, 200 learners sharing with the room"
	@echo "make train      refit the feedback engine's cue weights on ../shared/corpora (tune rows)"
	@echo "make dashboard  the facilitator dashboard as an app, with Voila (PORT=$(PORT))"
	@echo "make links      nbgitpuller links for a room on a JupyterHub, and a QR code (HUB=https://…)"
	@echo "make clean      remove .venv and test artifacts"

# The venv is rebuilt only when pyproject.toml changes.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "coachlab needs Python 3.10 or newer; this is " + sys.version.split()[0] + ". Set PYTHON=python3.x")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[lab,test]'
	@touch $@

$(HUB_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[hub,facilitator]'
	@touch $@

setup: $(STAMP) $(OVERRIDES)

$(OVERRIDES): $(LAB_SETTINGS) | $(STAMP)
	@mkdir -p $(dir $@)
	cp $(LAB_SETTINGS) $@

lab: $(STAMP) $(OVERRIDES)
	$(BIN)/jupyter lab $(LAB_FLAGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

browser-deps:
	@bash tools/ensure-chromium.sh

# Paths and options are in pyproject.toml; conftest.py sets COACHLAB_STRICT=1 so that a
# failing widget callback re-raises instead of showing its friendly message.
test: $(STAMP) $(HUB_STAMP) browser-deps lint
	$(BIN)/pytest

notebooks: $(STAMP)
	$(BIN)/python -m coachlab.notebook_build

# docs/facilitator-guide.md and README.md's lesson table, from the lesson YAML; then each
# workshop agenda's total and the article's ideas it covers.
docs: $(STAMP)
	$(BIN)/python -m coachlab.docs
	$(BIN)/python -m coachlab.workshop.kit

# Role cards, observer sheets, the action-plan sheet, lesson summaries and the checklist as PDF
# (A4 and US Letter, printed by Debian's Chromium), and the paper lessons, in handouts/.
handouts: $(STAMP) browser-deps
	$(BIN)/python -m coachlab.workshop.handouts handouts --people $(PEOPLE)

# Accuracy of the feedback analyzers on tests/data/ (tuning and held-out halves) and latency;
# the dashboard's speed on 1,000 and 10,000 generated exports; importing a 10,000-event journal;
# whether keys can be guessed from their length or place (content_bench); 200 learners sharing
# at once with the room service on a local JupyterHub (hub.bench).
bench: $(STAMP) $(HUB_STAMP)
	$(BIN)/python -m coachlab.feedback.bench
	$(BIN)/python -m coachlab.facilitator.bench
	$(BIN)/python -m coachlab.journal_bench
	$(BIN)/python -m coachlab.content_bench
	$(BIN)/python -m coachlab.hub.bench

# The feedback engine's cue weights, fitted on the tune rows of ../shared/corpora and our own
# dev sets (scikit-learn, deterministic); writes src/coachlab/feedback/weights.json.
train: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m coachlab.feedback.train

# The facilitator dashboard as a clean app (no code shown), on PORT.
dashboard: $(STAMP)
	$(BIN)/voila --no-browser --port=$(PORT) notebooks/facilitator_dashboard.ipynb

# One nbgitpuller link per lesson and one for Start here, and a QR code of the Start here link
# for projecting (handouts/start-here-qr.png). HUB is required; REPO and BRANCH have defaults.
links: $(HUB_STAMP)
	$(BIN)/python -m coachlab.hub.links --hub '$(HUB)' --repo '$(REPO)' --branch '$(BRANCH)' \
		--qr handouts/start-here-qr.png

clean:
	rm -rf $(VENV) tests/artifacts handouts
