"""`python -m server` is the same as `field-dossier-server`."""

import sys

from server.cli import main

sys.exit(main())
