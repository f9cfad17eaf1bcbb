"""Whole builds: the committed site, golden trees, determinism, the atomic swap."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefing.build import build_site
from briefing.errors import BriefingError
from tests.conftest import MakeProject
from tests.golden import assert_same_tree, tree

REPO = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input").is_dir())


def test_committed_site_is_a_fresh_build(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    project = tmp_path / "repo"
    shutil.copytree(REPO / "content", project / "content")
    for extra in ("briefing.yaml", "templates"):
        if (REPO / extra).is_file():
            shutil.copy(REPO / extra, project / extra)
    build_site(project, project / "site")
    assert_same_tree(project / "site", REPO / "site", request.config.getoption("update_golden"))


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    build_site(GOLDEN / case / "input", tmp_path / "site")
    update = request.config.getoption("update_golden")
    assert_same_tree(tmp_path / "site", GOLDEN / case / "site", update)


def test_same_input_same_bytes(make_project: MakeProject, tmp_path: Path) -> None:
    project = make_project()
    build_site(project, tmp_path / "one")
    build_site(project, tmp_path / "two")
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_failed_build_leaves_site_as_it_was(make_project: MakeProject) -> None:
    project = make_project()
    build_site(project)
    before = tree(project / "site")
    (project / "content/story/facts.yaml").write_text("summary: [\n")
    with pytest.raises(BriefingError):
        build_site(project)
    assert tree(project / "site") == before
    assert sorted(p.name for p in project.iterdir()) == ["content", "site"]


def test_interrupted_write_leaves_site_as_it_was(
    make_project: MakeProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = make_project()
    build_site(project)
    before = tree(project / "site")

    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("briefing.output.shutil.copyfile", interrupt)
    with pytest.raises(KeyboardInterrupt):
        build_site(project)
    assert tree(project / "site") == before
    assert sorted(p.name for p in project.iterdir()) == ["content", "site"]


def test_refuses_to_replace_a_folder_it_did_not_make(make_project: MakeProject) -> None:
    project = make_project({"site/notes.txt": "mine"})
    with pytest.raises(BriefingError) as err:
        build_site(project)
    assert [p.message for p in err.value.problems] == [
        f"cannot build into {project / 'site'}: it is a folder briefing did not make "
        "(it has no .briefing-site file). Choose another --output folder."
    ]
    with pytest.raises(BriefingError):
        build_site(project, project)
    assert (project / "site/notes.txt").read_text() == "mine"


def test_refuses_to_replace_a_pages_repo_or_a_file(make_project: MakeProject) -> None:
    project = make_project({"repo/.nojekyll": "", "repo/CNAME": "example.org", "notes": "x"})
    for target in (project / "repo", project / "notes"):
        with pytest.raises(BriefingError):
            build_site(project, target)
    assert (project / "repo/CNAME").read_text() == "example.org"
    assert (project / "notes").read_text() == "x"


class _FixedPoints(HTMLParser):
    """<data value>s, each event's first <time datetime>, links to quotes, and ids."""

    def __init__(self) -> None:
        super().__init__()
        self.data: list[str] = []
        self.times: list[str] = []
        self.ids: list[str] = []
        self.links: list[str] = []
        self._in_event = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.append(a["id"])
            self._in_event = bool(re.fullmatch(r"e\d+", a["id"]))
        if tag == "data":
            self.data.append(a["value"])
        if tag == "time" and self._in_event:
            self.times.append(a["datetime"])
            self._in_event = False
        if tag == "a" and a.get("href", "").startswith("#q-"):
            self.links.append(a["href"])


def test_seed_page_carries_the_fixed_points() -> None:
    import yaml

    facts = yaml.safe_load((REPO / "content/xiaomi-ev-factory/facts.yaml").read_text())
    page = _FixedPoints()
    page.feed((REPO / "site/xiaomi-ev-factory/index.html").read_text())
    assert page.data == [str(n["value"]) for n in facts["key_numbers"]]
    assert len(facts["key_numbers"]) >= 7 and len(facts["timeline"]) >= 8
    assert len(page.times) == len(facts["timeline"])
    assert page.times == sorted(page.times)
    assert page.links == [f"#q-n{i + 1}" for i in range(len(facts["key_numbers"]))] + [
        f"#q-e{i}" for i in _timeline_order(facts)
    ]
    for link in page.links:
        assert link[1:] in page.ids


def _timeline_order(facts: dict[str, list[dict[str, object]]]) -> list[int]:
    from briefing.dates import parse_date

    starts = [(parse_date(str(e["date"])).start, i + 1) for i, e in enumerate(facts["timeline"])]
    return [i for _, i in sorted(starts)]
