"""Record editors, one module per kind; desktop/ui/kinds.py imports them by name.

A regular package (not a namespace one), so that PyInstaller's collect_submodules finds
the editors the frozen app imports only by name.
"""
