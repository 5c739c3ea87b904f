"""Small commands over parse and shape: pure functions the CLI wires to arguments."""
