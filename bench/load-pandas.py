#!/usr/bin/env python3
"""What a user would otherwise type: read the whole file with pandas, as
its documentation shows. Prints the shape.

    python3 bench/load-pandas.py FILE
"""
import sys

import pandas


def main():
    frame = pandas.read_csv(sys.argv[1])
    print(f"rows={frame.shape[0]} columns={frame.shape[1]}")


if __name__ == "__main__":
    main()
