"""Pieces every screen uses: background tasks (``tasks``) and dialog helpers (``dialog_helpers``)."""
