#!/usr/bin/env python3
"""Write a large population file in the long format of the World Bank's
population series, for the loading benchmark:

    Country Name,Country Code,Year,Value
    "Korea, Rep.",KOR,1960,25012374
    ...

    python3 bench/gen-population.py OUT.csv [--rows 1000000] [--seed 2007]
                                            [--header "Country,Code,Year,Value"]

The output depends only on --rows and --seed (about 35 MB for a million
rows). Names that hold a comma or a double quote are quoted as RFC 4180
says; every value is a whole number.
"""
import argparse
import random

# Real names, including the World Bank's comma forms, and the codes they use.
COUNTRIES = [
    ("Afghanistan", "AFG"), ("Albania", "ALB"), ("Algeria", "DZA"),
    ("Argentina", "ARG"), ("Australia", "AUS"), ("Austria", "AUT"),
    ("Bahamas, The", "BHS"), ("Bangladesh", "BGD"), ("Belgium", "BEL"),
    ("Bolivia", "BOL"), ("Bosnia and Herzegovina", "BIH"), ("Brazil", "BRA"),
    ("Bulgaria", "BGR"), ("Canada", "CAN"), ("Chile", "CHL"), ("China", "CHN"),
    ("Colombia", "COL"), ("Congo, Dem. Rep.", "COD"), ("Congo, Rep.", "COG"),
    ("Croatia", "HRV"), ("Cote d'Ivoire", "CIV"), ("Denmark", "DNK"),
    ("Egypt, Arab Rep.", "EGY"), ("Ethiopia", "ETH"), ("Finland", "FIN"),
    ("France", "FRA"), ("Gambia, The", "GMB"), ("Germany", "DEU"),
    ("Greece", "GRC"), ("Hong Kong SAR, China", "HKG"), ("Hungary", "HUN"),
    ("India", "IND"), ("Indonesia", "IDN"), ("Iran, Islamic Rep.", "IRN"),
    ("Italy", "ITA"), ("Japan", "JPN"), ("Kenya", "KEN"),
    ("Korea, Dem. People's Rep.", "PRK"), ("Korea, Rep.", "KOR"),
    ("Kosovo", "XKX"), ("Lao PDR", "LAO"), ("Macao SAR, China", "MAC"),
    ("Mexico", "MEX"), ("Micronesia, Fed. Sts.", "FSM"), ("Montenegro", "MNE"),
    ("Nigeria", "NGA"), ("North Macedonia", "MKD"), ("Norway", "NOR"),
    ("Pakistan", "PAK"), ("Peru", "PER"), ("Poland", "POL"),
    ("Romania", "ROU"), ("Russian Federation", "RUS"), ("Serbia", "SRB"),
    ("Slovenia", "SVN"), ("South Africa", "ZAF"), ("Spain", "ESP"),
    ("St. Kitts and Nevis", "KNA"), ("Sweden", "SWE"), ("Turkiye", "TUR"),
    ("Venezuela, RB", "VEN"), ("Viet Nam", "VNM"), ("Yemen, Rep.", "YEM"),
    ('The "Other" Islands', "OTH"),
]

FIRST_YEAR = 1960
YEARS = 64  # 1960 … 2023, as in the World Bank's file


def quoted(text):
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def entities(count, rng):
    """The real names first, then numbered regions of them: "Albania 17"."""
    for i in range(count):
        name, code = COUNTRIES[i % len(COUNTRIES)]
        region = i // len(COUNTRIES)
        if region:
            name = f"{name} {region}"
            code = f"{code}{region}"
        yield name, code, rng.uniform(3.0, 8.5), rng.uniform(-0.01, 0.035)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2007)
    parser.add_argument("--header", default="Country Name,Country Code,Year,Value",
                        help="the first line, for readers that want other column names")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    n_entities = max(1, -(-args.rows // YEARS))
    written = 0
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        out.write(args.header + "\n")
        lines = []
        for name, code, magnitude, growth in entities(n_entities, rng):
            name = quoted(name)
            population = 10 ** magnitude
            for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
                if written == args.rows:
                    break
                population *= 1.0 + growth + rng.uniform(-0.004, 0.004)
                lines.append(f"{name},{code},{year},{int(population)}\n")
                written += 1
            if len(lines) >= 65536:
                out.write("".join(lines))
                lines.clear()
        out.write("".join(lines))


if __name__ == "__main__":
    main()
