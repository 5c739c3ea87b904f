"""render: see the README's layout section."""
