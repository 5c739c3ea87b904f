"""shape: see the README's layout section."""
