"""`python -m lookalike` does what the `lookalike` command does."""

import sys

from lookalike.cli import main

sys.exit(main())
