"""The README cannot drift from the code it documents."""

import re
from dataclasses import fields

from qa.settings import Settings
from ui.cli import reference_text

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_cli_reference_matches_the_cli():
    block = re.search(r"<!-- cli-reference:start -->\n```text\n(.*)\n```\n<!-- cli-reference:end -->", README, re.S)
    assert block, "README lacks the generated CLI reference"
    assert block.group(1) == reference_text(), "README CLI reference is stale: run `make docs`"


def test_readme_documents_every_setting():
    for field in fields(Settings):
        assert f"`ARTICLE_QA_{field.name.upper()}`" in README, field.name


def test_readme_setup_is_the_ci_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make chat" in README and "make test" in README
    assert "make test" in ci
