"""`python -m desktop` is the same as the `field-dossier` command."""

import sys

from desktop.cli import main

sys.exit(main())
