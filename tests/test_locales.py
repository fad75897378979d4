"""BCP 47 tags and locale.yaml files."""

from __future__ import annotations

import pytest
from conftest import ROOT
from culturalign.core.locales import LocaleError, canonical, list_locales, load_locale, locale_dir
from culturalign.core.schema import SchemaError


@pytest.mark.parametrize(
    "raw, expected",
    [("en-JP", "en-JP"), ("en_jp", "en-JP"), ("EN-us", "en-US"), ("de-at", "de-AT"), ("zh-hant-tw", "zh-Hant-TW")],
)
def test_canonical(raw, expected):
    assert canonical(raw) == expected


@pytest.mark.parametrize("bad", ["../etc", "en/US", "en-US/..", "", "e", "xx-QQ", "en-US\n", "en--US"])
def test_bad_tags_are_refused(bad):
    with pytest.raises(LocaleError):
        canonical(bad)


def test_locale_dir_cannot_escape(tmp_path):
    with pytest.raises(LocaleError):
        locale_dir(tmp_path, "../../etc")
    assert locale_dir(tmp_path, "en_jp") == tmp_path / "en-JP"


def test_shipped_locales():
    tags = list_locales(ROOT / "locales")
    assert {"en-US", "en-JP", "en-DE"} <= set(tags)
    for tag in tags:
        spec = load_locale(ROOT / "locales" / tag / "locale.yaml")
        assert spec.tag == tag and (ROOT / "policies" / f"{spec.policy}.yaml").is_file()


@pytest.mark.parametrize(
    "old, new, field",
    [
        ("territory: JP", "territory: DE", "territory"),
        ("currency: JPY", "currency: XYZ", "currency"),
        ("fallbacks: [ja, ja-JP]", "fallbacks: [ja, '../x']", "fallbacks[1]"),
        ("tag: en-JP", "tag: en_JP", "tag"),
    ],
)
def test_broken_locale_file(project_copy, old, new, field):
    path = project_copy / "locales" / "en-JP" / "locale.yaml"
    path.write_text(path.read_text().replace(old, new))
    with pytest.raises(SchemaError) as err:
        load_locale(path)
    assert any(p.field == field for p in err.value.problems), err.value
