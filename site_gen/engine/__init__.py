"""engine: see the README's layout section."""
