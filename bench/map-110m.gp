# map-110m.gp — Natural Earth's 1:110m countries, as Headcount's world map
# draws them, filled with the colours of their bins and outlined in white,
# the way a gnuplot user would draw a choropleth from a file of polygons,
# for comparison with `headcount --view map --export`.
#
#   gnuplot -c bench/map-110m.gp POLYGONS OUT.png [WIDTH] [HEIGHT]
#
# POLYGONS is what `bench-render --dump-polygons` writes: "x y 0xRRGGBB"
# in canvas pixels, one ring after another with a blank line between.

polygons = ARG1
out      = (ARGC >= 2) ? ARG2 : "map-gnuplot.png"
width    = (ARGC >= 3) ? int(ARG3) : 1600
height   = (ARGC >= 4) ? int(ARG4) : 1000

set terminal pngcairo size width, height enhanced font "Cantarell,15" background rgb "white"
set encoding utf8
set output out

set label 1 "{/:Bold wb-long-2020}" at screen 0.02, screen 0.95 left font ",24"
set label 2 "2020 · 216 countries; regions and groups not shown" at screen 0.02, screen 0.91 left \
    tc rgb "#5e5c64"

# The canvas' own pixels, y down, as the file has them.
set margins 0, 0, 0, 0
set xrange [0:width]
set yrange [height:0]
unset xtics
unset ytics
unset border
unset key
set style fill solid 1.0 noborder

plot polygons using 1:2:3 with filledcurves closed fillcolor rgb variable notitle, \
     polygons using 1:2 with lines lc rgb "white" lw 0.6 notitle
