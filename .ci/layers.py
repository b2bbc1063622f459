#!/usr/bin/env python3
"""The floors of kedja's `src/`, checked.

A module imports (`crate::…`) only modules on floors below its own; no cycle between top-level
modules; an audience imports no other audience except where a page embeds another audience's
panel (the pairs in EMBEDS). The floors are written out in `src/lib.rs`'s module doc and in
ARCHITECTURE.md; this script is what holds them.

Usage: layers.py [SRC_DIR]        exit 0, or 1 with one line per broken rule
       layers.py --self-test      shows that an upward import is caught
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

FLOORS = [
    ["domain", "config", "clock", "durable", "locales"],
    ["error"],
    ["crypto"],
    ["store"],
    ["audit", "state"],
    ["notify", "evidence", "retention"],
    ["web"],
    ["access"],
    ["intake", "accounts", "cases", "escalation", "admin", "stats"],
    ["server"],
    ["cli"],
]
AUDIENCES = set(FLOORS[8])
# A page that embeds another audience's panel: the case page carries the escalation panel and
# its forms; the reporter's status page asks the consent question of an escalation.
EMBEDS = {("cases", "escalation"), ("intake", "escalation")}
FLOOR = {module: n for n, floor in enumerate(FLOORS) for module in floor}

# `crate::name`, and the names inside `crate::{a, b::c}`.
PATH = re.compile(r"\bcrate::(\w+)")
GROUP = re.compile(r"\bcrate::\{([^}]*)\}", re.S)
COMMENT = re.compile(r"//[^\n]*")


def top_module(rel):
    first = rel.split(os.sep)[0]
    return first[:-3] if first.endswith(".rs") else first


def reexports(src):
    """Names lib.rs re-exports (`pub use server::App;`), mapped to their module."""
    names = {}
    with open(os.path.join(src, "lib.rs"), encoding="utf-8") as f:
        for module, items in re.findall(r"pub use (\w+)::\{?([\w, ]+)\}?;", f.read()):
            for item in re.findall(r"\w+", items):
                names[item] = module
    return names


def imports(src):
    """{module: {imported module: first 'file:line' naming it}}"""
    found = {}
    aliases = reexports(src)
    for directory, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith(".rs"):
                continue
            path = os.path.join(directory, name)
            rel = os.path.relpath(path, src)
            module = top_module(rel)
            if module in ("lib", "main"):
                continue
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            for number, line in enumerate(lines, 1):
                code = COMMENT.sub("", line)
                names = set(PATH.findall(code))
                for group in GROUP.findall(code):
                    names.update(re.findall(r"(?:^|,)\s*(\w+)", group))
                for target in {aliases.get(n, n) for n in names}:
                    if target != module:
                        found.setdefault(module, {}).setdefault(target, f"{rel}:{number}")
            # A `use crate::{` group spanning lines.
            text = COMMENT.sub("", "\n".join(lines))
            for group in GROUP.findall(text):
                for target in re.findall(r"(?:^|,)\s*(\w+)", group):
                    target = aliases.get(target, target)
                    if target != module:
                        found.setdefault(module, {}).setdefault(target, f"{rel}")
    return found


def check(src):
    problems = []
    modules = {top_module(os.path.relpath(os.path.join(d, f), src))
               for d, _, fs in os.walk(src) for f in fs if f.endswith(".rs")} - {"lib", "main"}
    for module in sorted(modules - FLOOR.keys()):
        problems.append(f"{module}: on no floor; add it to FLOORS in .ci/layers.py and to lib.rs's doc")
    edges = imports(src)
    for module, targets in sorted(edges.items()):
        for target, where in sorted(targets.items()):
            if target not in FLOOR or module not in FLOOR:
                continue
            if FLOOR[target] < FLOOR[module]:
                continue
            if (module, target) in EMBEDS:
                continue
            kind = "another audience" if {module, target} <= AUDIENCES else (
                "a module on its own floor" if FLOOR[target] == FLOOR[module] else "upward")
            problems.append(f"{where}: {module} (floor {FLOOR[module]}) imports {target} "
                            f"(floor {FLOOR[target]}): {kind}")
    # No cycle, exceptions included.
    graph = {m: {t for t in ts if t in FLOOR} for m, ts in edges.items()}
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                cycle = trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt]
                problems.append("cycle: " + " -> ".join(cycle))
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return problems


def self_test(src):
    """Copies src, adds one upward import, and expects the check to fail on it."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "src")
        shutil.copytree(src, copy)
        fixture = os.path.join(copy, "domain", "mod.rs")
        with open(fixture, "a", encoding="utf-8") as f:
            f.write("\n#[allow(unused_imports)]\nuse crate::server::App;\n")
        result = subprocess.run([sys.executable, __file__, copy], capture_output=True, text=True)
        print(result.stdout, end="")
        if result.returncode == 0 or "domain (floor 0) imports server (floor 9)" not in result.stdout:
            print("self-test FAILED: an upward import from domain to server was not caught")
            return 1
    print("self-test: the upward import domain -> server was refused, as it must be")
    return 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "src")
    if len(sys.argv) > 1 and sys.argv[1] == "--self-test":
        return self_test(sys.argv[2] if len(sys.argv) > 2 else default)
    src = sys.argv[1] if len(sys.argv) > 1 else default
    problems = check(src)
    for p in problems:
        print(p)
    if problems:
        print(f"layers: {len(problems)} broken rule(s)")
        return 1
    print(f"layers: {len(FLOORS)} floors hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
