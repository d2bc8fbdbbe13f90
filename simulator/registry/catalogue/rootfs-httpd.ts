// The layers docker-library's httpd:2.4 image (Apache 2.4.63 on Debian bookworm) adds: the
// runtime libraries, the server built into /usr/local/apache2 (bin/httpd, conf/httpd.conf,
// htdocs/index.html "It works!") and the httpd-foreground script it runs as its CMD.

import { TreeBuilder, type FileTree } from './file-tree';

const HTTPD_FOREGROUND = `#!/bin/sh
set -e

# Apache gets grumpy about PID files pre-existing
rm -f /usr/local/apache2/logs/httpd.pid

exec httpd -DFOREGROUND "$@"
`;

/** The parts of the stock httpd.conf that decide what the image serves. */
const HTTPD_CONF = `ServerRoot "/usr/local/apache2"
Listen 80
LoadModule mpm_event_module modules/mod_mpm_event.so
LoadModule authz_core_module modules/mod_authz_core.so
LoadModule mime_module modules/mod_mime.so
LoadModule log_config_module modules/mod_log_config.so
LoadModule unixd_module modules/mod_unixd.so
LoadModule dir_module modules/mod_dir.so
User www-data
Group www-data
ServerAdmin you@example.com
DocumentRoot "/usr/local/apache2/htdocs"
<Directory "/usr/local/apache2/htdocs">
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>
<IfModule dir_module>
    DirectoryIndex index.html
</IfModule>
ErrorLog /proc/self/fd/2
LogLevel warn
<IfModule log_config_module>
    LogFormat "%h %l %u %t \\"%r\\" %>s %b" common
    CustomLog /proc/self/fd/1 common
</IfModule>
`;

export function httpdLayers(): FileTree[] {
  const prefix = new TreeBuilder().dir('/usr/local/apache2').files;
  const libs = new TreeBuilder()
    .binary('/usr/lib/x86_64-linux-gnu/libapr-1.so.0', 234_872)
    .binary('/usr/lib/x86_64-linux-gnu/libaprutil-1.so.0', 182_336).files;
  const server = new TreeBuilder()
    .binary('/usr/local/apache2/bin/httpd', 2_745_640)
    .binary('/usr/local/apache2/bin/apachectl', 3_436)
    .file('/usr/local/apache2/conf/httpd.conf', HTTPD_CONF)
    .file('/usr/local/apache2/htdocs/index.html', '<html><body><h1>It works!</h1></body></html>\n')
    .dir('/usr/local/apache2/logs')
    .dir('/usr/local/apache2/modules').files;
  const entry = new TreeBuilder().file('/usr/local/bin/httpd-foreground', HTTPD_FOREGROUND, 0o755).files;
  return [prefix, libs, server, entry];
}
