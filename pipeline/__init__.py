"""mgbone: machine-readable models of how Mg2+ from biodegradable implants promotes bone formation."""

__version__ = "0.2.0"
