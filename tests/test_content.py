from __future__ import annotations

from pathlib import Path

import pytest

from actionmentor.domain.enums import PromptKind
from actionmentor.errors import ContentError, NotFoundError
from actionmentor.exercises import framework, frameworks
from actionmentor.exercises.loader import load_framework_file

HAY_1997_STAGES = [
    "Alliance", "Assessment", "Analysis", "Alternatives", "Action", "Autonomy", "Appraisal",
]  # fmt: skip


def test_hay_1997_is_the_default_with_its_seven_stages_in_order() -> None:
    fw = frameworks()[0]
    assert fw.id == "hay-1997"
    assert [s.title for s in fw.stages] == HAY_1997_STAGES


def test_every_stage_has_a_purpose_guidance_and_a_worksheet() -> None:
    for fw in frameworks():
        for stage in fw.all_stages():
            assert stage.purpose and stage.mentee_guidance and stage.mentor_guidance
            assert stage.worksheets and all(ws.prompts for ws in stage.worksheets)


def test_prompt_ids_and_texts_are_unique_within_a_framework() -> None:
    for fw in frameworks():
        prompts = [p for s in fw.all_stages() for p in s.prompts()]
        assert len({p.id for p in prompts}) == len(prompts)
        assert len({p.text for p in prompts}) == len(prompts)


def test_every_prompt_kind_is_used_by_the_default_framework() -> None:
    kinds = {p.kind for s in framework("hay-1997").stages for p in s.prompts()}
    assert kinds == set(PromptKind)


def test_an_unknown_framework_names_the_known_ones() -> None:
    with pytest.raises(NotFoundError, match="hay-1997"):
        framework("nope")


GOOD_PROMPT = 'id = "a.q"\ntext = "Q?"\nkind = "short_text"\nrespondent = "mentee"\n'


def write_framework(tmp_path: Path, prompt_toml: str) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(
        'id = "x"\ntitle = "X"\ndescription = "d"\ncredit = "c"\n'
        '[[stages]]\nid = "s"\ntitle = "S"\npurpose = "p"\n'
        '[[stages.worksheets]]\nid = "w"\ntitle = "W"\n'
        "[[stages.worksheets.prompts]]\n" + prompt_toml,
        encoding="utf-8",
    )
    return path


def test_a_valid_file_loads(tmp_path: Path) -> None:
    fw = load_framework_file(write_framework(tmp_path, GOOD_PROMPT))
    assert fw.prompt("a.q") is not None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('"short_text"', '"essay"'), "kind must be one of"),
        (('"mentee"', '"boss"'), "respondent must be one of"),
        (('text = "Q?"\n', 'text = "Q?"\ncolour = "red"\n'), "unknown keys"),
        (('"short_text"', '"choice"'), "needs at least two options"),
        (('"short_text"', '"table"'), "needs columns"),
        (('text = "Q?"\n', ""), "'text' is missing"),
    ],
)
def test_content_mistakes_name_the_file_and_the_prompt(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    path = write_framework(tmp_path, GOOD_PROMPT.replace(*change))
    with pytest.raises(ContentError) as err:
        load_framework_file(path)
    assert str(err.value).startswith("broken.toml: prompt 'a.q'")
    assert message in str(err.value)


def test_duplicate_prompt_ids_are_reported(tmp_path: Path) -> None:
    second = GOOD_PROMPT.replace("Q?", "Other?")
    path = write_framework(tmp_path, GOOD_PROMPT + "[[stages.worksheets.prompts]]\n" + second)
    with pytest.raises(ContentError, match=r"prompt 'a\.q': this prompt id is used twice"):
        load_framework_file(path)


def test_invalid_toml_is_reported_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("id = ", encoding="utf-8")
    with pytest.raises(ContentError, match=r"bad\.toml: not valid TOML"):
        load_framework_file(path)
