"""iia-help: offline, private help for people facing intimate image abuse."""

__version__ = "0.1.0"
