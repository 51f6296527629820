"""Support-worker mode: guest sessions, the take-away journal, handouts, presentation mode, the centre lock.

Entry points: ``install_worker_mode(app, window, ctx)`` and ``SupportWorkerPanel(ctx, window)`` (in ``panel``),
``require_centre_unlock(ctx, parent)`` (in ``centre_lock``).
"""
