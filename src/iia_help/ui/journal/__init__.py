"""The journal screens: timeline, entry editor, attachments, drafts, auto-lock, passphrase tools, the export dialog."""
