"""edges: see the README's layout section."""
