"""The single-file entry point the README quickstart uses: `from avgd_client import Client`.

A thin shim over the `avgd` package beside it (clients/python/avgd); there is no logic here.
"""
from avgd import *  # noqa: F401,F403
from avgd import __all__  # noqa: F401
