"""Use cases over the local database: plain Python, no Qt widgets."""
