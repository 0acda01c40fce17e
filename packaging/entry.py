"""What the frozen app runs: the same `main` as the `lookalike` console script.

The core decodes on threads, not processes, so no multiprocessing.freeze_support()
is needed; add it here first thing if a ProcessPoolExecutor ever appears.
"""

import sys

from lookalike.cli import main

if __name__ == "__main__":
    sys.exit(main())
