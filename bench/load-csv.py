#!/usr/bin/env python3
"""The usual script: read every row of a CSV file with the csv module and
turn the Value column into a float. Prints the row count and the sum.

    python3 bench/load-csv.py FILE
"""
import csv
import sys


def main():
    rows = 0
    total = 0.0
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        value = [h.lower() for h in header].index("value")
        for row in reader:
            total += float(row[value])
            rows += 1
    print(f"rows={rows} sum={total:.0f}")


if __name__ == "__main__":
    main()
