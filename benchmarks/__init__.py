"""Speed and memory measured against the targets in docs/design.md, as ratios to a baseline."""
