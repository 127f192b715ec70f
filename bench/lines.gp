# lines.gp — population lines from a long World Bank file (Country Name,
# Country Code,Year,Value), one per country code, on a log axis and named at
# their right end, drawn the way a gnuplot user would, for comparison with
# `headcount FILE --view line --export`.
#
#   gnuplot -c bench/lines.gp FILE.csv OUT.png WIDTH HEIGHT "WLD CHN IND …"
#
# gnuplot reads the file once per line: it has no way to split one table
# by a column's value.

file   = ARG1
out    = ARG2
width  = int(ARG3)
height = int(ARG4)
codes  = ARG5

set terminal pngcairo size width, height enhanced font "Cantarell,15" background rgb "white"
set encoding utf8
set output out
set datafile separator ","

set linetype 1 lc rgb "#0072b2" lw 2
set linetype 2 lc rgb "#e69f00" lw 2
set linetype 3 lc rgb "#009e73" lw 2
set linetype 4 lc rgb "#d55e00" lw 2
set linetype 5 lc rgb "#56b4e9" lw 2
set linetype 6 lc rgb "#cc79a7" lw 2
set linetype 7 lc rgb "#f0e442" lw 2
set linetype cycle 7

set label 1 "{/:Bold Population}" at screen 0.02, screen 0.95 left font ",24"
set label 2 "Log scale: each solid gridline is 10 times the one before" \
    at screen 0.02, screen 0.04 left tc rgb "#555555" font ",13"
set margins screen 0.08, screen 0.84, screen 0.12, screen 0.88

set logscale y 10
set format y "%.0s%c"
set grid ytics lt 1 lc rgb "#dddddd"
set xtics 10 nomirror tc rgb "#555555"
set ytics nomirror tc rgb "#555555"
set border 3 lc rgb "#888888"
set key off

# Each line named after its last point.
plot for [code in codes] file every ::1 \
       using 3:(strcol(2) eq code ? $4 : NaN) with lines, \
     for [code in codes] file every ::1 \
       using 3:(strcol(2) eq code && $3 == 2024 ? $4 : NaN):(strcol(1)) \
       with labels left offset 1, 0 tc rgb "#1e1e1e"
