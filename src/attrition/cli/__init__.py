"""The ``attrition`` command line: thin wrappers over the library.

Each command module registers its commands on ``main``; errors from the library
are mapped to messages and exit codes here, in one place.
"""
from __future__ import annotations

import sys

import click

from ..errors import AttritionError

EXIT_USAGE = 2


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AttritionError as e:
            click.echo(f"error: {e}", err=True)
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(package_name="attrition")
def main() -> None:
    """attrition: conflict intelligence from reports, with evidence."""


def _register() -> None:
    import importlib
    for name in ("extract", "store_cmds", "analysis_cmds", "dynamics_cmds", "attrition_cmds"):
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as e:  # a command module not written yet
            if e.name != f"{__name__}.{name}":
                raise


_register()
