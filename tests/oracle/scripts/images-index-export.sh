# Import --index-name (the index image is listed, and unpacked, first; a docker archive gets the index ImportIndex
# made), and export as archive.Export 1.6.20 walks it: --skip-manifest-json keeps a manifest target's entry
# (RepoTags null), an index that wraps an index is walked unfiltered.
ctr i import busybox-oci.tar
ctr i import nginx-docker.tar
ctr i export /tmp/x1.tar docker.io/library/nginx:alpine && tar xOf /tmp/x1.tar index.json && echo && tar xOf /tmp/x1.tar manifest.json
ctr i export --skip-manifest-json /tmp/x2.tar docker.io/library/nginx:alpine && tar tf /tmp/x2.tar | sort && tar xOf /tmp/x2.tar manifest.json
ctr i export --skip-manifest-json /tmp/x3.tar docker.io/library/busybox:latest && tar tf /tmp/x3.tar | sort
ctr i export --skip-manifest-json /tmp/x4.tar docker.io/library/busybox:latest docker.io/library/nginx:alpine && tar tf /tmp/x4.tar | sort && tar xOf /tmp/x4.tar manifest.json
ctr i export --all-platforms /tmp/x5.tar docker.io/library/busybox:latest
ctr i export --platform linux/arm64 /tmp/x6.tar docker.io/library/busybox:latest
ctr i export --platform linux/arm64 /tmp/x7.tar docker.io/library/nginx:alpine && tar xOf /tmp/x7.tar manifest.json
ctr i export --platform linux/s390x /tmp/x8.tar docker.io/library/busybox:latest
ctr i import --index-name bb-index busybox-oci.tar
ctr i export /tmp/x9.tar bb-index
ctr i export --skip-manifest-json /tmp/x9.tar bb-index
ctr i import --index-name ng-index nginx-docker.tar
ctr i export /tmp/x10.tar ng-index docker.io/library/nginx:alpine && tar xOf /tmp/x10.tar manifest.json
ctr i export --skip-manifest-json /tmp/x11.tar ng-index && tar tf /tmp/x11.tar | sort
ctr i ls
rm -f /tmp/x*.tar
