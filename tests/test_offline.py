"""Promise 3: the program never opens a network connection, whatever it does."""

from __future__ import annotations

import socket

import pytest

from sbs_desktop.app.self_test import run_self_test


@pytest.fixture
def no_network(monkeypatch):
    """Make every way of reaching the network record the attempt and fail."""
    attempts: list[str] = []

    def refuse(name):
        def attempt(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network use during a test: {name}")
        return attempt

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_every_self_test_check_runs_without_the_network(no_network):
    results = []
    assert run_self_test(lambda name, passed, detail: results.append((name, passed, detail)))
    assert len(results) >= 5  # vault, interaction log, schedule and survey, export, merge
    assert no_network == []


def test_every_page_of_both_roles_opens_without_the_network(
        no_network, make_window, supporter_vault, coordinator_vault, qtbot):
    for vault in (supporter_vault, coordinator_vault):
        window = make_window(vault)
        for row in range(window.navigation.count()):
            window.show_page(row)
            qtbot.wait(10)
        window.close()
    assert no_network == []
