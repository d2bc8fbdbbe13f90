// The application layers on top of the base images: nginx (Debian and Alpine flavours share
// its config and html), redis, and the pause container's single binary.

import { TreeBuilder, type FileTree } from './file-tree';

const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

const NGINX_DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

const NGINX_PAGE_STYLE = `<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>`;

/** nginx's html/index.html (615 bytes in 1.25–1.27). */
const NGINX_INDEX_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
${NGINX_PAGE_STYLE}
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** nginx's html/50x.html (497 bytes). */
const NGINX_50X_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
${NGINX_PAGE_STYLE}
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

/** docker-nginx's entrypoint/docker-entrypoint.sh (47 lines; `exec "$@"` is line 47). */
const ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if /usr/bin/find "/docker-entrypoint.d/" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"

        entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
        find "/docker-entrypoint.d/" -follow -type f -print | sort -V | while read -r f; do
            case "$f" in
                *.envsh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Sourcing $f";
                        . "$f"
                    else
                        # warn on shell scripts without exec bit
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *.sh)
                    if [ -x "$f" ]; then
                        entrypoint_log "$0: Launching $f";
                        "$f"
                    else
                        # warn on shell scripts without exec bit
                        entrypoint_log "$0: Ignoring $f, not executable";
                    fi
                    ;;
                *) entrypoint_log "$0: Ignoring $f";;
            esac
        done

        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`;

/**
 * What the base layer's account and package files become once the nginx package is in: the
 * package's pre-install adds the nginx user and group (uid/gid 101) and records itself in the
 * package database. The layer carries the whole changed files, as overlayfs copies them up.
 */
export interface NginxBase {
  passwd: string;
  group: string;
  nginxUser: string;
  nginxGroup: string;
  /** Path and new text of the package database. */
  packageDb: [string, string];
}

/** The nginx package layer: binary, config, html, log links (the big layer of the image). */
export function nginxPackageLayer(version: string, base?: NginxBase): FileTree {
  const t = new TreeBuilder();
  if (base) {
    t.file('/etc/passwd', `${base.passwd}${base.nginxUser}\n`);
    t.file('/etc/group', `${base.group}${base.nginxGroup}\n`);
    t.file(base.packageDb[0], base.packageDb[1]);
  }
  t.binary('/usr/sbin/nginx', 1_493_144);
  t.binary('/usr/sbin/nginx-debug', 1_555_384);
  t.file('/etc/nginx/nginx.conf', NGINX_CONF.slice(1));
  t.file('/etc/nginx/mime.types', 'types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n    application/javascript                           js;\n    image/png                                        png;\n}\n');
  t.file('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF);
  t.file('/etc/nginx/fastcgi_params', 'fastcgi_param  QUERY_STRING       $query_string;\n');
  t.link('/etc/nginx/modules', '/usr/lib/nginx/modules');
  t.dir('/usr/lib/nginx/modules');
  t.file('/usr/share/nginx/html/index.html', NGINX_INDEX_HTML);
  t.file('/usr/share/nginx/html/50x.html', NGINX_50X_HTML);
  t.dir('/var/cache/nginx');
  t.link('/var/log/nginx/access.log', '/dev/stdout');
  t.link('/var/log/nginx/error.log', '/dev/stderr');
  t.file('/usr/share/doc/nginx/VERSION', `${version}\n`);
  return t.files;
}

/** The five small layers the nginx Dockerfile adds after the package: entrypoint scripts. */
export function nginxEntrypointLayers(): FileTree[] {
  const scripts = [
    ['/docker-entrypoint.sh', ENTRYPOINT],
    ['/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', '#!/bin/sh\n# enables listen on [::]:80 when IPv6 is available\nexit 0\n'],
    ['/docker-entrypoint.d/15-local-resolvers.envsh', '#!/bin/sh\n# vim:sw=2:ts=2:sts=2:et\n\nset -eu\n\nLC_ALL=C\nPATH="$PATH:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n\n[ "${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] || return 0\n\nNGINX_LOCAL_RESOLVERS=$(awk \'BEGIN{ORS=" "} $1=="nameserver" {if ($2 ~ ":") {print "["$2"]"} else {print $2}}\' /etc/resolv.conf)\n\nNGINX_LOCAL_RESOLVERS="${NGINX_LOCAL_RESOLVERS% }"\n\nexport NGINX_LOCAL_RESOLVERS\n'],
    ['/docker-entrypoint.d/20-envsubst-on-templates.sh', '#!/bin/sh\n# renders /etc/nginx/templates/*.template with envsubst\nexit 0\n'],
    ['/docker-entrypoint.d/30-tune-worker-processes.sh', '#!/bin/sh\n# sets worker_processes from the cgroup CPU limit\nexit 0\n'],
  ] as const;
  return scripts.map(([path, text]) => new TreeBuilder().file(path, text, 0o775).files);
}

export function redisLayers(version: string): FileTree[] {
  const user = new TreeBuilder().file('/etc/passwd.d/redis', 'redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin\n').dir('/home/redis').files;
  const deps = new TreeBuilder().binary('/sbin/setpriv', 51_232).binary('/usr/bin/openssl', 704_400).files;
  const server = new TreeBuilder()
    .binary('/usr/local/bin/redis-server', 9_420_448)
    .binary('/usr/local/bin/redis-cli', 4_863_464)
    .binary('/usr/local/bin/redis-benchmark', 5_010_904)
    .link('/usr/local/bin/redis-check-aof', 'redis-server')
    .link('/usr/local/bin/redis-check-rdb', 'redis-server')
    .link('/usr/local/bin/redis-sentinel', 'redis-server')
    .file('/usr/local/share/redis/VERSION', `${version}\n`).files;
  const data = new TreeBuilder().dir('/data').files;
  const entry = new TreeBuilder().file('/usr/local/bin/docker-entrypoint.sh', '#!/bin/sh\nset -e\n# first arg is `-f` or `--some-option`, or a .conf file\nexec "$@"\n', 0o755).files;
  return [user, deps, server, data, entry];
}

export function pauseLayer(): FileTree {
  return new TreeBuilder().binary('/pause', 747_896).files;
}
