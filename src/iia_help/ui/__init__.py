"""Qt widgets: a thin layer over the core. Only this subpackage imports PySide6.QtWidgets."""
