"""Packaging: the PyInstaller spec's promises (fast, no PyInstaller needed) and a real frozen build (slow)."""

from __future__ import annotations

import importlib.util
import os
import struct
import subprocess
import sys
import tempfile
import types
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, subprocess_env

SPEC = REPO / "packaging" / "iia-help.spec"
ICONS = REPO / "packaging" / "icons"
RESOURCES = REPO / "resources"

# Plugin files as PyInstaller's Qt hook would offer them, by plugin folder.
OFFERED_PLUGINS = {
    "platforms": ["libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so", "libqminimalegl.so",
                  "libqvnc.so", "libqeglfs.so", "libqlinuxfb.so", "qwindows.dll", "libqcocoa.dylib"],
    "platforminputcontexts": ["libcomposeplatforminputcontextplugin.so", "libibusplatforminputcontextplugin.so",
                              "libqtvirtualkeyboardplugin.so"],
    "imageformats": ["libqgif.so", "libqjpeg.so", "libqwebp.so", "libqtiff.so", "libqpdf.so", "libqtga.so",
                     "libqmacheif.dylib"],
    "tls": ["libqopensslbackend.so", "libqcertonlybackend.so"],
    "networkinformation": ["libqnetworkmanager.so"],
    "sqldrivers": ["libqsqlite.so", "libqsqlpsql.so"],
    "printsupport": ["libcupsprintersupport.so"],
    "platformthemes": ["libqgtk3.so", "libqxdgdesktopportal.so"],
    "xcbglintegrations": ["libqxcb-glx-integration.so"],
    "wayland-shell-integration": ["libxdg-shell.so"],
    "wayland-graphics-integration-client": ["libqt-plugin-wayland-egl.so", "libdmabuf-server.so"],
    "egldeviceintegrations": ["libqeglfs-kms-integration.so"],
    "generic": ["libqtuiotouchplugin.so"],
    "qmltooling": ["libqmldbg_tcp.so"],
}
KEPT_PLUGINS = {
    "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so", "platforms/libqminimal.so",
    "platforms/qwindows.dll", "platforms/libqcocoa.dylib",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "imageformats/libqgif.so", "imageformats/libqjpeg.so", "imageformats/libqwebp.so", "imageformats/libqtiff.so",
    "imageformats/libqmacheif.dylib", "printsupport/libcupsprintersupport.so",
    "platformthemes/libqxdgdesktopportal.so", "xcbglintegrations/libqxcb-glx-integration.so",
    "wayland-shell-integration/libxdg-shell.so", "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
}

# (destination in the bundle, kept?) for libraries and modules the Qt hooks might bring in.
BINARIES = [
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
    ("PySide6/Qt/lib/libQt6DBus.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
    ("PySide6/QtWidgets.abi3.so", True),
    ("PySide6/Qt6Widgets.dll", True),
    ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt6Network.dll", False),
    ("PySide6/QtNetwork.abi3.so", False),
    ("PySide6/QtNetwork.pyd", False),
    ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6QmlModels.so.6", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6/Qt/lib/libQt6Sql.so.6", False),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
    ("PySide6/opengl32sw.dll", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
]


class _Recorder:
    calls: list[tuple[str, tuple, dict]] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        _Recorder.calls.append((type(self).__name__, args, kwargs))


class Analysis(_Recorder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.binaries = [(dest, f"/src/{dest}", "BINARY") for dest, _ in BINARIES]
        self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]] + [
            ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
            ("PySide6/Qt/lib/QtNetwork.framework/Resources/Info.plist", "/src/Info.plist", "DATA"),
        ]
        self.pure, self.scripts = [], []


class PYZ(_Recorder):
    pass


class EXE(_Recorder):
    pass


class COLLECT(_Recorder):
    pass


class BUNDLE(_Recorder):
    pass


class FakeQtLibraryInfo:
    def collect_plugins(self, plugin_type):
        return [(f"/qt/plugins/{plugin_type}/{name}", f"PySide6/Qt/plugins/{plugin_type}")
                for name in OFFERED_PLUGINS.get(plugin_type, [])]


def run_spec(monkeypatch, mode: str) -> dict:
    """Execute the spec with PyInstaller's build classes replaced by recorders."""
    fake_qt = types.ModuleType("PyInstaller.utils.hooks.qt")
    fake_qt.QtLibraryInfo = type("QtLibraryInfo", (FakeQtLibraryInfo,), {})
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.qt = fake_qt
    utils = types.ModuleType("PyInstaller.utils")
    utils.hooks = hooks
    root = types.ModuleType("PyInstaller")
    root.utils = utils
    for name, module in [("PyInstaller", root), ("PyInstaller.utils", utils), ("PyInstaller.utils.hooks", hooks),
                         ("PyInstaller.utils.hooks.qt", fake_qt)]:
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "argv", [str(SPEC), f"--{mode}"])
    _Recorder.calls = []
    ns = {"SPECPATH": str(SPEC.parent), "workpath": tempfile.mkdtemp(), "__file__": str(SPEC),
          "__name__": "__spec__", "Analysis": Analysis,
          "PYZ": PYZ, "EXE": EXE, "COLLECT": COLLECT, "BUNDLE": BUNDLE}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), ns)  # noqa: S102 - our own spec
    ns["calls"] = list(_Recorder.calls)
    ns["qt_info"] = fake_qt.QtLibraryInfo()
    return ns


def _calls(ns: dict, kind: str) -> list[dict]:
    return [kwargs for name, _args, kwargs in ns["calls"] if name == kind]


@pytest.mark.parametrize("mode", ["onedir", "onefile"])
def test_spec_is_windowed_without_upx_and_neutrally_named(monkeypatch, mode):
    ns = run_spec(monkeypatch, mode)
    exes = _calls(ns, "EXE")
    assert len(exes) == 1
    exe = exes[0]
    assert exe["name"] == "Fernleaf"
    assert exe["console"] is False
    assert exe["upx"] is False
    assert exe.get("exclude_binaries", False) is (mode == "onedir")
    collects = _calls(ns, "COLLECT")
    if mode == "onedir":
        assert len(collects) == 1 and collects[0]["upx"] is False and collects[0]["name"] == "Fernleaf"
    else:
        assert collects == []
    if sys.platform.startswith("win") or sys.platform == "darwin":
        assert Path(exe["icon"]).is_file()


def test_spec_bundles_every_resource_file_and_every_module(monkeypatch):
    ns = run_spec(monkeypatch, "onedir")
    analysis = _calls(ns, "Analysis")[0]
    datas = {(Path(src).resolve(), Path(dest).as_posix()) for src, dest in analysis["datas"]}
    expected = {
        (path.resolve(), Path("resources", path.relative_to(RESOURCES).parent).as_posix())
        for path in RESOURCES.rglob("*") if path.is_file() and "__pycache__" not in path.parts
        and not any(part.startswith(".") for part in path.relative_to(RESOURCES).parts)
        and path.relative_to(RESOURCES).parts[0] != "guidance" and path.name != "iia_help.ts"
    }
    assert expected, "resources/ should not be empty"
    archives = {item for item in datas if item[0].name == "library.dat"}
    assert len(archives) == 1 and next(iter(archives))[1] == "resources"
    # Each language's translation goes in compiled (lrelease): a .qm Qt loads; and as its .ts, which the Qt-free
    # core reads (iia_help.catalog: the report's and verify-bundle's words). Never the template.
    compiled = {item for item in datas if item[0].suffix == ".qm"}
    languages = {p.stem for p in (RESOURCES / "translations").glob("iia_help_*.ts")}
    assert languages and {qm.stem for qm, _dest in compiled} == languages
    assert {dest for _qm, dest in compiled} == {"resources/translations"}
    from PySide6.QtCore import QTranslator

    assert all(QTranslator().load(str(qm)) for qm, _dest in compiled)
    assert datas - archives - compiled == expected
    # The guidance travels as one neutrally named archive holding every page, byte for byte.
    with zipfile.ZipFile(next(iter(archives))[0]) as z:
        inside = {name: z.read(name) for name in z.namelist()}
    guidance = RESOURCES / "guidance"
    pages = {p.relative_to(guidance).as_posix(): p.read_bytes() for p in guidance.rglob("*.md")}
    assert inside == pages and "cy/home.md" in inside  # translations too, in their language's folder
    # The Urdu font and its licence (iia_help.fonts): many systems, and the bundle, have no font for Urdu.
    fonts = {src.name for src, dest in datas if dest == "resources/fonts"}
    assert fonts >= {"NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf", "OFL.txt"}
    hidden = set(analysis["hiddenimports"])
    for path in (REPO / "src" / "iia_help").rglob("*.py"):
        rel = path.relative_to(REPO / "src").with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        assert ".".join(parts) in hidden
    assert "PySide6.QtPrintSupport" in hidden


def test_spec_never_bundles_qtnetwork_or_unused_qt(monkeypatch):
    ns = run_spec(monkeypatch, "onedir")
    excludes = set(_calls(ns, "Analysis")[0]["excludes"])
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtSql", "tkinter",
            "unittest"} <= excludes
    assert not excludes & {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport",
                           "PySide6.QtSvg", "cryptography", "sqlite3", "markdown"}
    a = ns["a"]
    kept = {dest for dest, _src, _kind in a.binaries}
    assert kept == {dest for dest, keep in BINARIES if keep}
    kept_datas = {dest for dest, _src, _kind in a.datas}
    assert "PySide6/Qt/lib/QtNetwork.framework/Resources/Info.plist" not in kept_datas
    assert not any("network" in dest.lower() for dest in kept | kept_datas)


def test_spec_keeps_the_plugins_people_need_and_drops_the_rest(monkeypatch):
    ns = run_spec(monkeypatch, "onedir")
    collected = set()
    for plugin_type in OFFERED_PLUGINS:
        for src, dest in ns["qt_info"].collect_plugins(plugin_type):
            assert dest == f"PySide6/Qt/plugins/{plugin_type}"
            collected.add(f"{plugin_type}/{Path(src).name}")
    assert collected == KEPT_PLUGINS


def test_spec_keeps_the_image_formats_this_qt_has(monkeypatch):
    """Against the real PySide6 install: every GIF/JPEG/WebP plugin it ships passes the spec's filter."""
    from PySide6.QtCore import QLibraryInfo

    keep_binary = run_spec(monkeypatch, "onedir")["keep_binary"]
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "imageformats"
    found = {p.name for p in folder.iterdir()}
    wanted = [name for name in found if any(fmt in name for fmt in ("qgif", "qjpeg", "qwebp"))]
    assert len(wanted) == 3, found
    for name in wanted:
        assert keep_binary(f"PySide6/Qt/plugins/imageformats/{name}")
    assert not keep_binary("PySide6/Qt/plugins/imageformats/" + next(n for n in found if "qpdf" in n))


def test_icon_files_are_valid_containers():
    ico = (ICONS / "fernleaf.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 5
    for i in range(count):
        _w, _h, _c, _r, _planes, _bpp, size, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(ico)
    icns = (ICONS / "fernleaf.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert (ICONS / "fernleaf-256.png").read_bytes()[:4] == b"\x89PNG"
    assert sum(p.stat().st_size for p in ICONS.iterdir()) < 200_000


def _load_build_module():
    spec = importlib.util.spec_from_file_location("packaging_build", REPO / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_portable_copy_gets_the_marker_the_app_looks_for(tmp_path):
    from iia_help.paths import PORTABLE_MARKER

    build = _load_build_module()
    assert build.PORTABLE_MARKER == PORTABLE_MARKER
    onedir = tmp_path / "Fernleaf"
    (onedir / "_internal").mkdir(parents=True)
    (onedir / "Fernleaf").write_bytes(b"exe")
    (onedir / "_internal" / "lib.so").write_bytes(b"x" * 10)
    if os.name == "posix":
        (onedir / "_internal" / "link.so").symlink_to("lib.so")
    portable = tmp_path / "Fernleaf-portable"
    marker = build.make_portable_copy(onedir, portable)
    assert marker == portable / PORTABLE_MARKER and marker.read_text(encoding="utf-8").strip()
    assert (portable / "Fernleaf").read_bytes() == b"exe"
    assert not (onedir / PORTABLE_MARKER).exists()
    if os.name == "posix":
        assert (portable / "_internal" / "link.so").is_symlink()
        assert build.size_of(portable) == 3 + 10 + len("lib.so") + marker.stat().st_size


@pytest.mark.slow
def test_frozen_one_folder_build_passes_its_self_test(tmp_path, isolated_user_dirs):
    assert importlib.util.find_spec("PyInstaller"), "PyInstaller is missing: pip install -e .[build]"
    env = subprocess_env(isolated_user_dirs)
    dist, work = tmp_path / "dist", tmp_path / "build"
    built = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--onedir-only", "--skip-startup",
         "--distpath", str(dist), "--workpath", str(work)],
        env=env, capture_output=True, text=True, timeout=2400,  # a slow, busy machine may take long
    )
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    exe = dist / "Fernleaf" / ("Fernleaf.exe" if os.name == "nt" else "Fernleaf")
    assert exe.is_file()
    assert (dist / "Fernleaf" / "_internal" / "resources" / "library.dat").is_file()
    shipped = {p.name for p in (dist / "Fernleaf" / "_internal" / "resources" / "translations").iterdir()}
    languages = list((RESOURCES / "translations").glob("iia_help_*.ts"))
    assert shipped == {p.stem + ".qm" for p in languages} | {p.name for p in languages}
    page_names = {p.name for p in (RESOURCES / "guidance").glob("*.md")}
    assert not [p for p in (dist / "Fernleaf").rglob("*") if p.name in page_names or "sextortion" in p.name.lower()]
    assert not list((dist / "Fernleaf").rglob("*Qt6Network*")) and not list((dist / "Fernleaf").rglob("*QtNetwork*"))
    assert (dist / "Fernleaf-portable" / "portable.txt").is_file()
    result = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
