"""`make bench`: the SDK against the floor and two other generated clients, side by side in one run.

Every number of the final table is measured in the same run on the same machine, so the
ratios hold even where the absolute numbers do not travel. See the README's "Benchmarks".
"""
