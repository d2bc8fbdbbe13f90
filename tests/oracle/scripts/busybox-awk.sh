# busybox awk in a container, the forms a learner types first: fields, -F (one char, tab, regex),
# NR/NF/FNR, sums in END, patterns and ranges, arrays and for-in order, printf, string functions,
# getline forms, redirections into the container's files, pipes from ps and /proc, -v and
# operand assignments, -f, and the error texts and exit statuses of bad programs and input.
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest w1 sleep 300
ctr t exec --exec-id a w1 sh -c 'mkdir -p /w && printf "a 10\nb 20\nc 30\n" > /w/data && printf "x,y,z\n1,2:3\n" > /w/csv && printf "a\tb c\td\n" > /w/tabs && printf "the cat\nthe dog\ncat\n" > /w/words'
ctr t exec --exec-id b w1 awk '{print $1}' /w/data
ctr t exec --exec-id c w1 awk -F: '{print $1, $NF}' /etc/passwd
ctr t exec --exec-id d w1 awk 'NR==2' /w/data
ctr t exec --exec-id e w1 awk '{s+=$2} END {print s, NR}' /w/data
ctr t exec --exec-id f w1 awk '{print NF, $NF, $(NF-1)}' /w/data
ctr t exec --exec-id g w1 awk -F, '{print $2}' /w/csv
ctr t exec --exec-id h w1 awk -F '\t' '{print $2}' /w/tabs
ctr t exec --exec-id i w1 awk -F '[:,]' '{print $3}' /w/csv
ctr t exec --exec-id j w1 awk 'BEGIN { FS = ":" } $3 >= 1000 { print $1 }' /etc/passwd
ctr t exec --exec-id k w1 awk '/b/,/c/ { print NR ": " $0 }' /w/data
ctr t exec --exec-id l w1 awk '$2 > 15 && $1 != "c"' /w/data
ctr t exec --exec-id m w1 awk '{ c[$2]++ } END { for (w in c) print w, c[w] }' /w/words
ctr t exec --exec-id n w1 awk '!seen[$1]++' /w/words
ctr t exec --exec-id o w1 awk 'BEGIN { OFS = "-" } { $1 = $1; print }' /w/data
ctr t exec --exec-id p w1 awk '{ $5 = "X"; print; print NF }' /w/data
ctr t exec --exec-id q w1 awk '{ NF = 1 } 1' /w/data
ctr t exec --exec-id r w1 awk '{ printf "%-5s|%5.1f|%03d|%x\n", $1, $2 / 3, $2, $2 }' /w/data
ctr t exec --exec-id s w1 awk 'BEGIN { printf "%s %d %c%c\n", "str", "12abc", 65, "hello" }'
ctr t exec --exec-id t w1 awk 'BEGIN { print length("hello"), substr("hello", 2, 3), index("hello", "ll"), toupper("abc") }'
ctr t exec --exec-id u w1 awk 'BEGIN { n = split("a:b:c", p, ":"); print n, p[3]; s = "hello world"; print gsub(/o/, "0", s), s }'
ctr t exec --exec-id v w1 awk 'BEGIN { if (match("key=value", /=.*/)) print RSTART, RLENGTH, substr("key=value", RSTART + 1) }'
ctr t exec --exec-id w w1 awk 'BEGIN { print 0.1 + 0.2, 1/3, 1e20, 100000 * 100000, int(-3.7), 7 % 3 }'
ctr t exec --exec-id x w1 awk 'BEGIN { x = "10"; print (x < 9), ("10" < "9"), (x + 0 < 9) }'
ctr t exec --exec-id y w1 awk 'function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) } BEGIN { print fact(10) }'
ctr t exec --exec-id z w1 awk 'function fill(arr) { arr["k"] = 1 } BEGIN { fill(a); print length(a), a["k"] }'
ctr t exec --exec-id aa w1 awk 'BEGIN { for (i = 0; i < 10; i++) { if (i == 2) continue; if (i == 5) break; printf "%d ", i }; print "" }'
ctr t exec --exec-id ab w1 awk 'BEGIN { a["x", "y"] = 1; for (k in a) { split(k, p, SUBSEP); print p[1], p[2] }; print (("x", "y") in a) }'
ctr t exec --exec-id ac w1 awk 'BEGIN { for (i = 1; i <= 30; i++) a[i * 7] = i; for (k in a) printf "%s ", k; print "" }'
ctr t exec --exec-id ad w1 awk -v n=5 'BEGIN { print n + 1 }'
ctr t exec --exec-id ae w1 awk '{ print v, $1 }' v=1 /w/data v=2 /w/csv
ctr t exec --exec-id af w1 awk 'NR == 1 { next } { print } END { print NR }' /w/data
ctr t exec --exec-id ag w1 awk '{ print; exit 3 } END { print "end" }' /w/data
ctr t exec --exec-id ah w1 awk 'BEGIN { while ((getline line < "/w/data") > 0) n++; print n, NR }'
ctr t exec --exec-id ai w1 awk 'BEGIN { "echo one; echo two" | getline h; print "got", h; "echo one; echo two" | getline h; print "then", h }'
ctr t exec --exec-id aj w1 awk 'BEGIN { while (("cat /w/data" | getline l) > 0) c++; print c }'
ctr t exec --exec-id ak w1 awk 'BEGIN { system("echo from system"); print "after" }'
ctr t exec --exec-id al w1 awk 'BEGIN { print "b\na" | "sort"; close("sort"); print "done" }'
ctr t exec --exec-id am w1 awk '{ print $1 > "/w/out" }'  /w/data
ctr t exec --exec-id an w1 cat /w/out
ctr t exec --exec-id ao w1 awk '{ print $2 >> "/w/out" } END { close("/w/out"); while ((getline l < "/w/out") > 0) printf "%s,", l; print "" }' /w/data
ctr t exec --exec-id ap w1 awk 'BEGIN { print "to stderr" > "/dev/stderr"; print "to stdout" }'
ctr t exec --exec-id aq w1 sh -c "ps | awk '\$1 == 1 || NR == 1 {print \$1, \$4, \$5}'"
ctr t exec --exec-id ar w1 sh -c "awk '/^Cap/ {print \$1, \$2}' /proc/1/status"
ctr t exec --exec-id as w1 sh -c "cat /proc/1/status | awk '/^(Name|Pid|PPid):/ {print \$2}'"
ctr t exec --exec-id at w1 sh -c "echo 'a b c' | awk '{print \$2}'"
ctr t exec --exec-id au w1 sh -c "printf 'x\n\ny\n' | awk 'NF {n++} END {print n}'"
ctr t exec --exec-id av w1 sh -c "env | awk -F= '\$1 == \"PATH\" {print \$2}'"
ctr t exec --exec-id aw w1 awk 'BEGIN { print ENVIRON["PATH"], ARGC, ARGV[0], ARGV[1] }' x
ctr t exec --exec-id ax w1 sh -c 'printf "BEGIN { n = 0 }\n{ n += \$2 }\nEND { print \"total\", n }\n" > /w/prog.awk && awk -f /w/prog.awk /w/data'
ctr t exec --exec-id ay w1 awk '{print $1'
ctr t exec --exec-id az w1 awk 'BEGIN { x = 1 + }'
ctr t exec --exec-id ba w1 awk 'BEGIN { print 1 / 0 }'
ctr t exec --exec-id bb w1 awk 'BEGIN { print 2 ^ 10 }'
ctr t exec --exec-id bc w1 awk 'BEGIN { print sqrt(16) }'
ctr t exec --exec-id bd w1 awk '{ print }' /w/nosuch
ctr t exec --exec-id be w1 awk 'BEGIN { f() }'
ctr t exec --exec-id bf w1 awk '{ print $-1 }' /w/data
ctr t exec --exec-id bg w1 awk 'BEGIN { printf "%*d", 3, 4 }'
ctr t exec --exec-id bh w1 awk -q '{ print }'
ctr t exec --exec-id bi w1 awk
ctr t exec --exec-id bj w1 awk -f /w/nosuch.awk
ctr t exec --exec-id bk w1 awk 'BEGIN { print "x" > "/nodir/f" }'
ctr t exec --exec-id bl w1 awk '/(/'
ctr t exec --exec-id bm w1 awk 'BEGIN { break }'
ctr t exec --exec-id bn w1 awk 'BEGIN { print substr("x") }'
ctr t exec --exec-id bo w1 awk '{ print $1 }' /w
ctr t kill -s KILL w1
