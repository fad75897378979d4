"""One market as every command sees it: its tag, directories, locale spec, policy and data digest.

``load_market(paths, tag)`` is the one place that turns a tag into ``locales/<tag>/`` and the policy file the
locale names, so a command never rebuilds those paths itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from culturalign.core.config import PathsConfig
from culturalign.core.locales import LocaleSpec, canonical, load_locale
from culturalign.core.schema import Problem, SchemaError
from culturalign.data.policies import Policy, load_policy
from culturalign.data.preferences import EVAL, PREFERENCES, PROMPTS, data_sha256


class UnknownMarket(LookupError):
    """A tag with no ``locales/<tag>/locale.yaml``; the message says how to create the market."""


@dataclass(frozen=True)
class Market:
    """A market's files, parsed once."""

    tag: str  # canonical BCP 47 tag, e.g. en-JP
    dir: Path  # locales/<tag>/
    spec: LocaleSpec  # locales/<tag>/locale.yaml
    policy: Policy  # policies/<spec.policy>.yaml
    policy_path: Path

    @property
    def preferences(self) -> Path:
        return self.dir / PREFERENCES

    @property
    def prompts(self) -> Path:
        return self.dir / PROMPTS

    @property
    def eval(self) -> Path:
        return self.dir / EVAL

    def data_sha256(self) -> str:
        """Digest of the data files now (they may change while a process runs, so it is not cached)."""
        return data_sha256(self.dir)


def market_dir(paths: PathsConfig, tag: str) -> Path:
    """``locales/<tag>/`` of an existing market (the tag is validated before it touches a path)."""
    tag = canonical(tag)
    directory = Path(paths.locales) / tag
    if not (directory / "locale.yaml").is_file():
        raise UnknownMarket(
            f"no market {tag!r}: {directory / 'locale.yaml'} does not exist. "
            f"Create it with `culturalign market new locale={tag}` (or `like=<existing tag>`)."
        )
    return directory


def policy_file(paths: PathsConfig, spec: LocaleSpec) -> Path:
    return Path(paths.policies) / f"{spec.policy}.yaml"


def load_market(paths: PathsConfig, tag: str) -> Market:
    """Parse a market's locale file and policy; raises UnknownMarket, LocaleError or SchemaError."""
    directory = market_dir(paths, tag)
    spec = load_locale(directory / "locale.yaml")
    policy_path = policy_file(paths, spec)
    if not policy_path.is_file():
        raise SchemaError([Problem(str(directory / "locale.yaml"), 1, "policy", f"no policy file {policy_path}")])
    return Market(spec.tag, directory, spec, load_policy(policy_path), policy_path)
