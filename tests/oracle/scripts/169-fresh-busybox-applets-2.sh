# Fresh learner set (issue 14, H54): busybox 1.35 applets a learner tries in a container beyond the covered ones:
# seq forms, basename/dirname, date -u with a fixed -d, expr, xargs -n, sort -t -k, uniq -c, tee, md5sum /
# sha256sum of files, base64, hexdump -C, od -c, du -s, df -h /, mount, id -u/-g/-n, whoami, hostname, cat -n,
# tac, nl, find -type/-name/-maxdepth. Only answers that cannot race (no times but fixed ones, no PIDs past 1).
ctr i import busybox-oci.tar >/dev/null
ctr run -d docker.io/library/busybox:latest ap1 sleep 900
ctr t exec --exec-id a1 ap1 seq 3
ctr t exec --exec-id a2 ap1 seq 2 3 11
ctr t exec --exec-id a3 ap1 seq -s, 5 1
ctr t exec --exec-id a4 ap1 seq -w 8 10
ctr t exec --exec-id a5 ap1 seq 1 0.5 2
ctr t exec --exec-id a6 ap1 sh -c 'basename /usr/lib/; basename file.tar.gz .gz; dirname file; dirname /; dirname /a//b/'
ctr t exec --exec-id a7 ap1 date -u -d @0 +%Y-%m-%d
ctr t exec --exec-id a8 ap1 date -u -d '2024-02-29 13:45:00' '+%A %j %H:%M'
ctr t exec --exec-id a9 ap1 sh -c 'expr 7 + 3; expr 7 \* 3; expr 10 / 0; echo rc=$?'
ctr t exec --exec-id a10 ap1 sh -c 'expr length hello; expr substr hello 2 3; expr index hello l; expr hello : "h\(.*\)o"'
ctr t exec --exec-id a11 ap1 sh -c 'expr 3 \< 5; expr abc = abd; echo rc=$?'
ctr t exec --exec-id a12 ap1 sh -c 'seq 7 | xargs -n 3'
ctr t exec --exec-id a13 ap1 sh -c 'echo a b c | xargs -n 1 echo item'
ctr t exec --exec-id a14 ap1 sh -c 'printf "x\ny\n" | xargs -I{} echo "<{}>"'
ctr t exec --exec-id a15 ap1 sh -c 'cut -d: -f1,3 /etc/passwd | sort -t: -k2 -n'
ctr t exec --exec-id a16 ap1 sh -c 'printf "b,2\na,10\nc,1\n" | sort -t, -k2,2n'
ctr t exec --exec-id a17 ap1 sh -c 'printf "x\nx\ny\nx\n" | uniq -c'
ctr t exec --exec-id a18 ap1 sh -c 'printf "x\nx\ny\nx\n" | sort | uniq -c | sort -rn'
ctr t exec --exec-id a19 ap1 sh -c 'printf "a\nb\nb\n" | uniq -d; printf "a\nb\nb\n" | uniq -u'
ctr t exec --exec-id a20 ap1 sh -c 'echo teed | tee /tmp/t1 /tmp/t2 >/dev/null; cat /tmp/t1 /tmp/t2'
ctr t exec --exec-id a21 ap1 sh -c 'echo more | tee -a /tmp/t1; cat /tmp/t1'
ctr t exec --exec-id a22 ap1 sh -c 'printf hello > /tmp/h; md5sum /tmp/h; sha256sum /tmp/h; sha1sum /tmp/h'
ctr t exec --exec-id a23 ap1 sh -c 'echo abc | md5sum; md5sum /nonexistent; echo rc=$?'
ctr t exec --exec-id a24 ap1 sh -c 'printf hello > /tmp/h; md5sum /tmp/h > /tmp/sums; md5sum -c /tmp/sums'
ctr t exec --exec-id a25 ap1 sh -c 'echo "hello world" | base64; echo aGVsbG8K | base64 -d'
ctr t exec --exec-id a26 ap1 sh -c 'echo "not base64!" | base64 -d; echo rc=$?'
ctr t exec --exec-id a27 ap1 sh -c 'printf "AB\tc\n" | hexdump -C'
ctr t exec --exec-id a28 ap1 sh -c 'printf "hi\n\001" | od -c'
ctr t exec --exec-id a29 ap1 sh -c 'printf "abcd" | od -An -tx1'
ctr t exec --exec-id a30 ap1 sh -c 'mkdir -p /tmp/d && printf 12345 > /tmp/d/f && du -s /tmp/d && du -a /tmp/d'
ctr t exec --exec-id a31 ap1 sh -c 'df -h / | head -1'
ctr t exec --exec-id a32 ap1 sh -c 'mount | grep -E "^(proc|sysfs) " | cut -d" " -f1-5'
ctr t exec --exec-id a33 ap1 sh -c 'id -u; id -g; id -un; id -gn; id -G'
ctr t exec --exec-id a34 ap1 sh -c 'whoami; hostname'
ctr t exec --exec-id a35 ap1 cat -n /etc/group
ctr t exec --exec-id a36 ap1 sh -c 'printf "one\n\ntwo\n" | cat -n'
ctr t exec --exec-id a37 ap1 sh -c 'seq 3 | tac'
ctr t exec --exec-id a38 ap1 sh -c 'printf "a\n\nb\n" | nl'
ctr t exec --exec-id a39 ap1 sh -c 'mkdir -p /tmp/ft/sub && touch /tmp/ft/a.txt /tmp/ft/sub/b.txt /tmp/ft/c.log && find /tmp/ft -type f -name "*.txt" | sort'
ctr t exec --exec-id a40 ap1 sh -c 'find /tmp/ft -maxdepth 1 | sort'
ctr t exec --exec-id a41 ap1 sh -c 'find /tmp/ft -mindepth 1 -type d'
ctr t exec --exec-id a42 ap1 sh -c 'find /tmp/ft -name "*.log" -o -name "b*" | sort'
ctr t exec --exec-id a43 ap1 sh -c 'find /tmp/ft -type f ! -name "*.txt"'
ctr t exec --exec-id a44 ap1 sh -c 'find /nonexistent -type f; echo rc=$?'
ctr t exec --exec-id a45 ap1 sh -c 'ls -l --full-time /etc/passwd | cut -d" " -f1,6-8'
ctr t exec --exec-id a46 ap1 sh -c 'ls -ln /etc/passwd | awk "{print \$1, \$3, \$4, \$5}"'
ctr t exec --exec-id a47 ap1 sh -c 'printf "1 2\n3 4\n" | paste -s -d" "'
ctr t exec --exec-id a48 ap1 sh -c 'echo abcdefghij | fold -w 4'
ctr t exec --exec-id a49 ap1 sh -c 'echo hello | rev; echo 12 | factor'
ctr t exec --exec-id a50 ap1 sh -c 'printf "a b\n" | wc -c; printf "%s" "日本" | wc -c'
ctr t exec --exec-id a51 ap1 sh -c 'readlink /bin/sh; realpath /bin/../etc/./passwd'
ctr t exec --exec-id a52 ap1 sh -c 'ps -o pid,comm | head -2'
ctr t exec --exec-id a53 ap1 sh -c 'uname -s -m; uname -o'
ctr t exec --exec-id a54 ap1 sh -c 'echo x | grep -c x; seq 10 | grep -E "^1" | tr "\n" " "; echo'
ctr t exec --exec-id a55 ap1 nosuchapplet; echo rc=$?
ctr t kill -s KILL ap1; sleep 1; ctr t rm ap1 >/dev/null; ctr c rm ap1; echo cleaned
