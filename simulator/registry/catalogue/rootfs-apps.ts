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

const NGINX_INDEX_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
fi

exec "$@"
`;

/** The nginx package layer: binary, config, html, log links (the big layer of the image). */
export function nginxPackageLayer(version: string): FileTree {
  const t = new TreeBuilder();
  t.binary('/usr/sbin/nginx', 1_493_144);
  t.binary('/usr/sbin/nginx-debug', 1_555_384);
  t.file('/etc/nginx/nginx.conf', NGINX_CONF.slice(1));
  t.file('/etc/nginx/mime.types', 'types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n    application/javascript                           js;\n    image/png                                        png;\n}\n');
  t.file('/etc/nginx/conf.d/default.conf', NGINX_DEFAULT_CONF);
  t.file('/etc/nginx/fastcgi_params', 'fastcgi_param  QUERY_STRING       $query_string;\n');
  t.link('/etc/nginx/modules', '/usr/lib/nginx/modules');
  t.dir('/usr/lib/nginx/modules');
  t.file('/usr/share/nginx/html/index.html', NGINX_INDEX_HTML);
  t.file('/usr/share/nginx/html/50x.html', '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n');
  t.dir('/var/cache/nginx');
  t.link('/var/log/nginx/access.log', '/dev/stdout');
  t.link('/var/log/nginx/error.log', '/dev/stderr');
  t.file('/usr/share/doc/nginx/VERSION', `${version}\n`);
  t.file('/etc/passwd.d/nginx', 'nginx:x:101:101:nginx user:/nonexistent:/bin/false\n');
  return t.files;
}

/** The five small layers the nginx Dockerfile adds after the package: entrypoint scripts. */
export function nginxEntrypointLayers(): FileTree[] {
  const scripts = [
    ['/docker-entrypoint.sh', ENTRYPOINT],
    ['/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', '#!/bin/sh\n# enables listen on [::]:80 when IPv6 is available\nexit 0\n'],
    ['/docker-entrypoint.d/15-local-resolvers.sh', '#!/bin/sh\n# exports NGINX_LOCAL_RESOLVERS from /etc/resolv.conf\nexit 0\n'],
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
