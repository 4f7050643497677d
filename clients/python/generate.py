#!/usr/bin/env python3
"""Generates clients/python/avgd/methods.py from Protocol/openrpc.json: one typed method per
published method, on the `Methods` mixin that `avgd.Client` inherits, plus the `METHODS` table.

    python3 clients/python/generate.py            # rewrite avgd/methods.py
    python3 clients/python/generate.py --check    # exit 1 when the committed file is stale

`./run.sh openrpc` runs it after regenerating the OpenRPC document; a test regenerates and compares.
Naming: `breaches.reportToAuthority` -> `breaches_report_to_authority`; params keep their wire
names (`birthDate`), a Python keyword gets a trailing underscore (`from_`). Required params are
positional, optional ones keyword-only and left out of the request when None.
"""
import json
import keyword
import pathlib
import re
import sys
import textwrap

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parent.parent / "Protocol" / "openrpc.json"
DEFAULT_TARGET = HERE / "avgd" / "methods.py"
WIDTH = 100


def python_name(method):
    """`breaches.reportToAuthority` -> `breaches_report_to_authority`."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", method.replace(".", "_").replace("$/", "")).lower()


def param_name(name):
    ident = re.sub(r"\W", "_", name)
    return ident + "_" if keyword.iskeyword(ident) or ident == "self" else ident


def py_type(schema):
    """The typing annotation for a JSON schema (as text)."""
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    if "const" in schema:
        return f"Literal[{schema['const']!r}]"
    t = schema.get("type")
    if isinstance(t, list):
        return "Union[" + ", ".join(py_type({"type": x}) for x in t) + "]"
    simple = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None",
              "object": "Dict[str, Any]"}
    if t in simple:
        return simple[t]
    if t == "array":
        return f"List[{py_type(schema.get('items', {}))}]"
    return "Any"


def describe_schema(schema):
    """A few words on what a param accepts beyond its type."""
    notes = []
    if schema.get("format"):
        notes.append({"date": "YYYY-MM-DD", "date-time": "RFC 3339 instant with an offset"}.get(schema["format"], schema["format"]))
    if schema.get("type") == "object" and schema.get("properties"):
        req = set(schema.get("required", []))
        notes.append("{" + ", ".join(k + ("" if k in req else "?") for k in schema["properties"]) + "}")
    if "minimum" in schema or "maximum" in schema:
        notes.append(f"{schema.get('minimum', '')}..{schema.get('maximum', '')}")
    if schema.get("description"):
        notes.append(schema["description"])
    return "; ".join(notes)


def docstring(m, indent):
    out = [m.get("summary", m["name"]).strip()]
    if m.get("description"):
        out += [""] + textwrap.wrap(m["description"].strip(), WIDTH - len(indent))
    if m["params"]:
        out += ["", "Params:"]
        for p in m["params"]:
            head = f"{param_name(p['name'])} ({py_type(p['schema'])}{'' if p.get('required') else ', optional'})"
            extra = " ".join(x for x in [p.get("summary", "").strip(), describe_schema(p["schema"])] if x)
            out += textwrap.wrap(f"{head}: {extra}" if extra else head, WIDTH - len(indent) - 4,
                                 initial_indent="    ", subsequent_indent="        ")
    result = m.get("result", {})
    out += ["", f"Returns the {result.get('name', 'result')} (JSON-RPC result of `{m['name']}`)."]
    if m.get("errors"):
        out += ["", "Errors (AvgdError with .code):"]
        for e in m["errors"]:
            out += textwrap.wrap(f"{e['code']}: {e.get('message', '')}", WIDTH - len(indent) - 4,
                                 initial_indent="    ", subsequent_indent="        ")
    if m.get("x-roles"):
        out += ["", "Roles: " + ", ".join(m["x-roles"]) + "."]
    text = "\n".join((indent + line) if line else "" for line in out).replace("\\", "\\\\").replace('"""', '\\"""')
    return f'{indent}"""{text.lstrip()}\n{indent}"""'


def function(m):
    required = [p for p in m["params"] if p.get("required")]
    optional = [p for p in m["params"] if not p.get("required")]
    args = ["self"] + [f"{param_name(p['name'])}: {py_type(p['schema'])}" for p in required]
    if optional:
        args += ["*"] + [f"{param_name(p['name'])}: Optional[{py_type(p['schema'])}] = None" for p in optional]
    ret = {"object": "Dict[str, Any]", "array": "List[Any]"}.get(m.get("result", {}).get("schema", {}).get("type"), "Any")
    head = f"    def {python_name(m['name'])}({', '.join(args)}) -> {ret}:"
    if len(head) > WIDTH:
        head = f"    def {python_name(m['name'])}(\n" + "".join(f"        {a},\n" for a in args) + f"    ) -> {ret}:"
    params = "{" + ", ".join(f"{p['name']!r}: {param_name(p['name'])}" for p in m["params"]) + "}"
    body = f"        return self.call({m['name']!r}, **_given({params}))"
    if len(body) > WIDTH:
        body = (f"        return self.call(\n            {m['name']!r},\n            **_given({{\n"
                + "".join(f"                {p['name']!r}: {param_name(p['name'])},\n" for p in m["params"])
                + "            }),\n        )")
    return f"{head}\n{docstring(m, '        ')}\n{body}\n"


def generate(doc):
    methods = doc["methods"]
    lines = [
        f'"""Typed methods of the avgd protocol {doc["info"].get("version", "")}: one per published method.',
        "",
        "GENERATED by clients/python/generate.py from Protocol/openrpc.json: do not edit; run",
        "`./run.sh openrpc` (or `python3 clients/python/generate.py`) after the protocol changes.",
        "`avgd.Client` inherits `Methods`, so every method below is `client.<name>(...)`.",
        '"""',
        "from typing import Any, Dict, List, Optional, Union  # noqa: F401",
        "",
        "try:",
        "    from typing import Literal",
        "except ImportError:  # pragma: no cover  (Python < 3.8)",
        "    from typing_extensions import Literal  # type: ignore",
        "",
        '__all__ = ["Methods", "METHODS"]',
        "",
        "#: Every published method: wire name -> (Python name, summary, roles).",
        "METHODS = {",
    ]
    for m in methods:
        lines.append(f"    {m['name']!r}: ({python_name(m['name'])!r}, {m.get('summary', '')!r}, {tuple(m.get('x-roles', []))!r}),")
    lines += [
        "}",
        "",
        "",
        "def _given(params):",
        '    """The params that were given (None means "leave it out": the service applies its default)."""',
        "    return {k: v for k, v in params.items() if v is not None}",
        "",
        "",
        "class Methods:",
        '    """One typed method per published method; a subclass provides `call(method, **params)`."""',
        "",
        "    def call(self, method: str, **params: Any) -> Any:  # pragma: no cover",
        "        raise NotImplementedError",
    ]
    for m in methods:
        lines += ["", function(m).rstrip("\n")]
    return "\n".join(lines) + "\n"


def main(argv):
    check = "--check" in argv
    rest = [a for a in argv if a != "--check"]
    source = pathlib.Path(rest[0]) if rest else DEFAULT_SOURCE
    target = pathlib.Path(rest[1]) if len(rest) > 1 else DEFAULT_TARGET
    text = generate(json.loads(source.read_text(encoding="utf-8")))
    if check:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is stale: run ./run.sh openrpc (or python3 {pathlib.Path(__file__).name})", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
