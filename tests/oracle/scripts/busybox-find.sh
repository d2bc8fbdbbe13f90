# busybox find in a container: paths, tests, operators, -prune, -depth, depth limits, -exec with
# ; and +, -print0, -quit, links with -H/-L, and its parse errors. Listings of several entries go
# through sort: a real overlayfs lists a directory in readdir order, the simulator sorted.
ctr i import busybox-oci.tar
ctr run -d docker.io/library/busybox:latest f1 sleep 300
ctr t exec --exec-id a f1 sh -c 'mkdir -p /w/a/b /w/c /w/e && echo hi > /w/a/x.conf && echo yo > /w/a/b/y.conf && touch /w/c/.hid /w/z && ln -s a /w/la && ln -s nowhere /w/dangle && chmod 755 /w/z'
ctr t exec --exec-id b f1 sh -c 'cd /w && find | sort'
ctr t exec --exec-id c f1 sh -c 'find /w -name "*.conf" | sort'
ctr t exec --exec-id d f1 find /w/a/b
ctr t exec --exec-id e f1 find /w/a/b/
ctr t exec --exec-id f f1 find /nosuch /w/a/b
ctr t exec --exec-id g f1 sh -c 'find /w -type d | sort'
ctr t exec --exec-id h f1 sh -c 'find /w -type l | sort'
ctr t exec --exec-id i f1 sh -c 'find /w -type f -empty | sort'
ctr t exec --exec-id j f1 sh -c 'find /w -empty | sort'
ctr t exec --exec-id k f1 find /w -maxdepth 0
ctr t exec --exec-id l f1 sh -c 'find /w -mindepth 2 -maxdepth 2 | sort'
ctr t exec --exec-id m f1 sh -c 'find /w ! -name "*.conf" -type f | sort'
ctr t exec --exec-id n f1 sh -c 'find /w -name b -prune -o -print | sort'
ctr t exec --exec-id o f1 find /w/a -depth
ctr t exec --exec-id p f1 find /w/a/b -exec echo X {} \;
ctr t exec --exec-id q f1 find /w/a/b -exec echo {} +
ctr t exec --exec-id r f1 find /w/a/b -name y.conf -exec cat {} \;
ctr t exec --exec-id s f1 find /w/a/b -exec nosuch {} \;
ctr t exec --exec-id t f1 find /w/a/b -exec false \; -print
ctr t exec --exec-id u f1 sh -c 'find /w/a/b -print0 | tr "\\0" @; echo'
ctr t exec --exec-id v f1 find /w -quit
ctr t exec --exec-id w f1 find /w/la
ctr t exec --exec-id x f1 find -H /w/la
ctr t exec --exec-id y f1 sh -c 'find -L /w/la | sort'
ctr t exec --exec-id z f1 find -L /w/dangle
ctr t exec --exec-id aa f1 sh -c 'find /w \( -name z -o -name x.conf \) | sort'
ctr t exec --exec-id ab f1 sh -c 'find /w -iname "X*" -o -path "*/b/*" | sort'
ctr t exec --exec-id ac f1 find /w -perm 755 -type f
ctr t exec --exec-id ad f1 sh -c 'find /w -perm -u+w -type f | sort'
ctr t exec --exec-id ae f1 sh -c 'find /w -size -1 -type f | sort'
ctr t exec --exec-id af f1 sh -c 'find /w -size +2c | sort'
ctr t exec --exec-id ag f1 find /w -links 3
ctr t exec --exec-id ah f1 sh -c 'find /w -user root -group root -name z'
ctr t exec --exec-id ai f1 find /w -mmin -60 -name z
ctr t exec --exec-id aj f1 find /w -regex '.*/[xy]\.conf' -name x.conf
ctr t exec --exec-id ak f1 find /w -foo
ctr t exec --exec-id al f1 find /w -name
ctr t exec --exec-id am f1 find /w -type q
ctr t exec --exec-id an f1 find /w -maxdepth -1
ctr t exec --exec-id ao f1 find /w -size 1x
ctr t exec --exec-id ap f1 find /w -perm +x
ctr t exec --exec-id aq f1 find /w -user nosuch
ctr t exec --exec-id ar f1 find /w -newer /nosuch
ctr t exec --exec-id as f1 find /w '(' -name z
ctr t exec --exec-id at f1 find /w -exec echo {} {} +
ctr t exec --exec-id au f1 find /w -delete
ctr t exec --exec-id av f1 find /w/z/
ctr t exec --exec-id aw f1 sh -c 'find /etc -type f | sort'
ctr t exec --exec-id ax f1 sh -c 'find / -xdev -maxdepth 1 | sort'
ctr t exec --exec-id ay f1 sh -c 'find /dev -maxdepth 1 -type c | sort'
ctr t exec --exec-id az f1 sh -c 'find / -name passwd 2>/dev/null | sort'
ctr t exec --exec-id ba f1 sh -c 'cd /w && find . -newer a/x.conf | sort'
ctr t kill -s KILL f1
