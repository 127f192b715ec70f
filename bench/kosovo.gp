# kosovo.gp — the five Kosovo figures as horizontal bars on a log axis,
# drawn the way a gnuplot user would, for comparison with `headcount --export`.
#
#   gnuplot -c bench/kosovo.gp OUT.png [WIDTH] [HEIGHT]
#
# The figures are those of data/datasets/kosovo-2007.json, largest first.

out    = (ARGC >= 1) ? ARG1 : "kosovo-gnuplot.png"
width  = (ARGC >= 2) ? int(ARG2) : 1600
height = (ARGC >= 3) ? int(ARG3) : 1000

set terminal pngcairo size width, height enhanced font "Cantarell,15" background rgb "white"
set encoding utf8
set output out

# label, value, colour (1 population, 2 security forces, 3 casualties), approximate
$figures << EOD
"Ethnic Albanians"   2000000 1 1
"Serbs"               120000 1 1
"NATO peace force"     16000 2 0
"Dead, 1998–99 war"    10000 3 1
"EU police officers"    1600 2 0
EOD

set linetype 1 lc rgb "#0072b2"
set linetype 2 lc rgb "#e69f00"
set linetype 3 lc rgb "#009e73"

# 2000000 → "2,000,000"; the approximate ones get "≈ ".
commas(n) = (n < 1000) ? sprintf("%d", n) : commas(int(n / 1000)) . sprintf(",%03d", int(n) % 1000)
value_label(n, approx) = ((approx > 0) ? "≈ " : "") . commas(int(n))

set margins screen 0.16, screen 0.88, screen 0.17, screen 0.86

set label 1 "{/:Bold Kosovo, December 2007}" at screen 0.02, screen 0.95 left font ",24"
set label 2 "Source: Reuters, 10 December 2007" at screen 0.02, screen 0.04 left tc rgb "#555555"
set label 3 "≈ approximate figure" at screen 0.98, screen 0.04 right tc rgb "#555555"
set label 4 "Log scale: each solid gridline is 10 times the one before" \
    at screen 0.02, screen 0.10 left tc rgb "#555555" font ",13"

set key at screen 0.02, screen 0.905 left top horizontal reverse Left samplen 1 width 1 font ",14"

set logscale x 10
set xrange [1000:2000000]
set xtics ("1,000" 1000, "2,000" 2000, "5,000" 5000, "10,000" 10000, "20,000" 20000, \
           "50,000" 50000, "100,000" 100000, "200,000" 200000, "500,000" 500000, \
           "1M" 1000000, "2M" 2000000) scale 0 tc rgb "#555555" font ",13"
set grid xtics lt 1 lc rgb "#dddddd" dt 2
do for [k = 3:6] {
  set arrow from 10**k, graph 0 to 10**k, graph 1 nohead lc rgb "#cccccc" lw 1 back
}
set yrange [4.6:-0.6]
set ytics scale 0 nomirror font ",16"
set border 0
set style fill solid 1.0 noborder
set clip two

plot $figures using 2:0:(1000):2:($0 - 0.24):($0 + 0.24):3:ytic(1) \
       with boxxyerror lc variable notitle, \
     '' using 2:0:(value_label($2, $4)) with labels left offset 0.8, 0 font "Cantarell Bold,16" notitle, \
     keyentry with boxes fs solid lc 1 title "Population", \
     keyentry with boxes fs solid lc 2 title "Security forces", \
     keyentry with boxes fs solid lc 3 title "Casualties"
