# The README's two commands: `make chat` (install, index corpus/, start the chat) and `make test`.
VENV ?= .venv
BIN = $(VENV)/bin
PYTHON ?= python3

.PHONY: chat test test-server install index lint docs

chat: install index
	$(BIN)/article-qa serve

index: install
	$(BIN)/article-qa index corpus/

# All tests on the embedded store, then the integration tests again against a `chroma run` server.
test: install
	$(BIN)/python -m pytest
	$(MAKE) test-server

test-server: install
	ARTICLE_QA_TEST_CHROMA=server $(BIN)/python -m pytest -m integration

lint: install
	$(BIN)/ruff check qa ingest ui tests bench

install: $(VENV)/.installed

# torch is pinned to the CPU build first: left to itself pip would pull a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

docs: install
	$(BIN)/python -c "import re, pathlib; from ui.cli import reference_text; p = pathlib.Path('README.md'); s = p.read_text(); p.write_text(re.sub(r'(<!-- cli-reference:start -->\n).*(<!-- cli-reference:end -->)', lambda m: m.group(1) + '\`\`\`text\n' + reference_text() + '\n\`\`\`\n' + m.group(2), s, flags=re.S))"
