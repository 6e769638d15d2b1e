"""`sbs-desktop self-test`: prove this installation works, on a temporary vault."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "self-test", help="check this installation on a temporary vault; exits 0 when it works")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    from sbs_desktop.app.self_test import run_self_test

    def report(name: str, passed: bool, detail: str) -> None:
        print(f"{'ok  ' if passed else 'FAIL'} {name}" + (f"\n     {detail}" if detail else ""),
              flush=True)

    passed = run_self_test(report)
    print("self-test passed" if passed else "self-test FAILED")
    return 0 if passed else 1
