"""Speed and memory measured against the targets in DESIGN.md, as ratios to a baseline."""
