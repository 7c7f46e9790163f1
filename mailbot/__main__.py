import sys

from .cli import main

if __name__ == "__main__":  # not when a reader process (mailbot/readers.py) imports the main module
    sys.exit(main())
