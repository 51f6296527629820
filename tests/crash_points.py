"""Kill points for the SIGKILL tests, shared by the test (parent) and the child processes it kills.

A child reports what it does line by line. When it reaches the point the parent asked for (``name:n``, the n-th
time it reaches ``name``), it prints ``AT name detail`` and waits on stdin, so the parent kills it exactly there,
however fast or slow the machine is. The tests' verdicts rest on these points and on what the child
acknowledged, never on how long anything took.

Not a test module. The children import it with the tests folder on ``sys.path``.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading

HANG_LIMIT_S = 600  # a child that neither reports nor dies is killed, and the test fails, after this long


def stand_in_derive(passphrase: str, salt: bytes, params) -> bytearray:
    """A cheap stand-in for Argon2id with the same inputs and output: right passphrase, right key; wrong, wrong.
    For tests about crashes and tampering, not about the KDF (those use the real one)."""
    from iia_help.vault import crypto

    params.check()
    pw = crypto.passphrase_bytes(passphrase)
    try:
        return bytearray(hashlib.sha256(b"stand-in kdf\0" + salt + repr(params).encode() + b"\0" + bytes(pw)).digest())
    finally:
        crypto.wipe(pw)


def use_stand_in_kdf() -> None:
    """In a child process: every key derivation uses ``stand_in_derive``."""
    from iia_help.vault import crypto

    crypto.derive_kek = stand_in_derive


class Stops:
    """The child's side: ``reach(name, detail)`` at each point; blocks at the one the parent asked for."""

    def __init__(self, spec: str) -> None:
        self.name, _, n = spec.partition(":")
        self.n = int(n or 0)
        self.count = 0

    def reach(self, name: str, detail: str = "") -> None:
        if name != self.name:
            return
        self.count += 1
        if self.count == self.n:
            print("AT", name, detail, flush=True)
            sys.stdin.readline()  # the parent kills this process while it waits here
            os._exit(3)  # stdin closed without a kill: never carry on past the point


class Child:
    """The parent's side: a child process read line by line, killed with SIGKILL when the test says."""

    def __init__(self, script, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, str(script), *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.lines: list[str] = []
        self._watchdog = threading.Timer(HANG_LIMIT_S, self.proc.kill)
        self._watchdog.daemon = True
        self._watchdog.start()

    def read_until(self, done) -> str:
        """Read lines until ``done(line)`` is true; returns that line. Fails if the child ends first."""
        while True:
            line = self.proc.stdout.readline()
            if not line:
                self.proc.wait()
                err = self.proc.stderr.read()
                raise AssertionError(f"the child ended (code {self.proc.returncode}) before the expected line; "
                                     f"it printed {self.lines[-5:]}\n{err}")
            line = line.rstrip("\n")
            self.lines.append(line)
            if done(line):
                return line

    def kill(self) -> list[str]:
        """SIGKILL now; returns every line the child printed, including those still in the pipe."""
        os.kill(self.proc.pid, signal.SIGKILL)
        # Read through the same buffered readers read_until used: communicate() reads the raw pipes and would miss
        # lines readline() had already pulled into the buffer (an acknowledgement lost, a false failure).
        out = self.proc.stdout.read()
        _err = self.proc.stderr.read()
        self.proc.wait()
        self._watchdog.cancel()
        assert self.proc.returncode == -signal.SIGKILL, (self.proc.returncode, _err)
        self.lines += out.splitlines()
        return self.lines
