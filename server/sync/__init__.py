"""Push, merge, pull, conflicts, history and blobs: the server's sync logic (no HTTP here)."""
