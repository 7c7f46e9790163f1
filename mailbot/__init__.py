"""mailbot: an e-mail registration bot for public events."""

__version__ = "0.1.0"
