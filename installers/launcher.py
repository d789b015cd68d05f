"""Entry point of the frozen application (installers/field-dossier.spec).

The same as the `field-dossier` command: the window without arguments, a
sub-command otherwise. Kept outside the package so PyInstaller starts from a script.
"""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen child process must not start the app again
    sys.exit(main())
