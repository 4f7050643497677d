"""avgd: a standard-library-only Python client for the avgd JSON-RPC 2.0 service.

    import avgd
    with avgd.Client() as c:                              # the default socket (see default_socket())
        c.rights_resolve("2010-03-15", on="2026-03-15")  # one typed method per published method
        c.call("service.info")                            # or any method by name

`python -m avgd call METHOD '{json}'` and `python -m avgd methods` from a shell.
"""
from .client import (  # noqa: F401
    AvgdError, Client, Conflict, Forbidden, InternalError, InvalidParams, InvalidRequest, MethodNotFound,
    NotAllowed, NotEntitled, NotFound, ParseError, ReplyTooLarge, RequestCancelled, RequestTooBig, ServerBusy,
    StoreFailure, TooLate, UnexpectedServer, default_command, default_socket, server_uid,
)
from .client import __all__ as _client_all
from .methods import METHODS, Methods  # noqa: F401

__version__ = "0.1.0"   # = avgd --version and service.info (a test keeps them equal)
__all__ = list(_client_all) + ["Methods", "METHODS"]
