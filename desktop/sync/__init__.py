"""Client sync engine, the wire protocol shared with the server, and bundle files.

Nothing here imports Qt widgets: the UI runs these functions on a worker thread,
the CLI calls them directly, and the server imports `desktop.sync.protocol` only.
"""
