"""Statistics, charts and the report from the merged data (pandas, scipy, matplotlib).

Import the modules of this package only inside functions that need them: they pull in
pandas and scipy, which the window must not load at start-up.
"""
