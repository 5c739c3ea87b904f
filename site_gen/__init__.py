"""site_gen: a static news-archive website generator."""

__version__ = "0.1.0"
