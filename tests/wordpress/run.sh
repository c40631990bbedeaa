#!/usr/bin/env bash
# The WordPress plugin in a real WordPress (Debian's packages): installs what
# is missing, starts MariaDB (unless it runs already) and a private Apache on
# 127.0.0.1:$WP_TEST_PORT (its own config file; /etc/apache2 is not touched),
# installs the site from PHP CLI, installs and activates the plugin's zip,
# publishes posts with the shortcode and the block, and checks them in
# Chromium against the native CLI. Whatever happens, the trap stops what this
# script started and removes the database, the config and the files it wrote.
# Needs build/passaparola-wordpress-*.zip (scripts/build-web.sh) and the native CLI.
set -euo pipefail
# It writes /etc/wordpress and starts services: as root (CI is), or through sudo.
[[ $(id -u) -eq 0 ]] || exec sudo --preserve-env=PATH,CI,WP_TEST_PORT,CHROMIUM_PATH,PASSAPAROLA_CLI "$0" "$@"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

shopt -s nullglob
zips=("$root"/build/passaparola-wordpress-*.zip)
[[ ${#zips[@]} -eq 1 ]] || { echo "expected one build/passaparola-wordpress-*.zip (scripts/build-web.sh), found ${#zips[@]}" >&2; exit 1; }
zip=${zips[0]}
"$root/scripts/install-deps.sh" wordpress browser

# PHP syntax of every PHP file, in the source and as packed (version written in).
work=$(mktemp -d /tmp/passaparola-wp.XXXXXX)
chmod 755 "$work"
unzip -q "$zip" -d "$work/zip"
while IFS= read -r -d '' file; do php -l "$file" >/dev/null; done \
  < <(find "$root/integrations/wordpress" "$work/zip" -name '*.php' -print0)
echo "wordpress: php -l passed on every PHP file"

port=${WP_TEST_PORT:-8088}
host=127.0.0.1
export WP_TEST_HOST="$host:$port"
config=/etc/wordpress/config-$host.php
plugins=/var/lib/wordpress/wp-content/plugins
db=passaparola_wp_test
db_user=passaparola_wp_test
db_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
[[ ! -e $config ]] || { echo "$config exists: another WordPress on $host? Not touching it." >&2; exit 1; }
[[ ! -e $plugins/passaparola ]] || { echo "$plugins/passaparola exists already; not touching it." >&2; exit 1; }

# WordPress makes its uploads folder for the month while installing: what was
# not there before goes again, once empty.
uploads=/var/lib/wordpress/wp-content/uploads
find "$uploads" -mindepth 1 -type d 2>/dev/null | sort > "$work/uploads-before"

started_mariadb=false
cleanup() {
  local status=$?
  set +e
  if [[ -f $work/apache.pid ]]; then
    /usr/sbin/apache2 -f "$work/apache.conf" -k stop 2>/dev/null
    for _ in $(seq 50); do [[ -f $work/apache.pid ]] || break; sleep 0.1; done
  fi
  if mysqladmin ping >/dev/null 2>&1; then
    mysql -e "DROP DATABASE IF EXISTS $db; DROP USER IF EXISTS '$db_user'@'localhost'"
    $started_mariadb && service mariadb stop >/dev/null
  fi
  rm -rf "$plugins/passaparola" "$config"
  find "$uploads" -mindepth 1 -type d 2>/dev/null | sort | comm -13 "$work/uploads-before" - | sort -r \
    | while IFS= read -r dir; do rmdir "$dir" 2>/dev/null; done
  rm -rf "$work"
  [[ $status -eq 0 ]] || echo "wordpress: FAILED (status $status); services stopped, files removed" >&2
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! mysqladmin ping >/dev/null 2>&1; then
  service mariadb start >/dev/null
  started_mariadb=true
fi
mysql -e "CREATE DATABASE $db; CREATE USER '$db_user'@'localhost' IDENTIFIED BY '$db_password'; GRANT ALL ON $db.* TO '$db_user'@'localhost'"

install -m 640 -g www-data /dev/stdin "$config" <<PHP
<?php
define('DB_NAME', '$db');
define('DB_USER', '$db_user');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', 'http://$host:$port');
define('WP_SITEURL', 'http://$host:$port');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
PHP

php_module=$(ls /etc/apache2/mods-available/php*.load | head -1)
cat > "$work/apache.conf" <<CONF
ServerRoot /etc/apache2
ServerName $host
Listen $host:$port
PidFile $work/apache.pid
Mutex file:$work default
ErrorLog $work/apache-error.log
LogLevel warn
User www-data
Group www-data
Include mods-available/mpm_prefork.load
Include mods-available/authz_core.load
Include mods-available/mime.load
Include mods-available/dir.load
Include mods-available/alias.load
Include mods-available/rewrite.load
Include $php_module
Include ${php_module%.load}.conf
TypesConfig /etc/mime.types
AddType application/wasm .wasm
DirectoryIndex index.php index.html
DocumentRoot /usr/share/wordpress
Alias /wp-content /var/lib/wordpress/wp-content
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  AllowOverride All
  Require all granted
  # WordPress's own routing (as its .htaccess does), which also answers /favicon.ico.
  FallbackResource /index.php
</Directory>
<Directory /var/lib/wordpress/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
CONF
/usr/sbin/apache2 -f "$work/apache.conf" -k start
for _ in $(seq 50); do [[ -f $work/apache.pid ]] && break; sleep 0.1; done

# The site, the plugin from its zip (as "Upload Plugin" unpacks it), the posts.
unzip -q "$zip" -d "$plugins"
chown -R www-data:www-data "$plugins/passaparola"
WP_ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export WP_ADMIN_PASSWORD
php "$here/site.php" > "$work/posts.json"
echo "wordpress: site installed, plugin active, posts: $(cat "$work/posts.json")"

cd "$root/tests/web"
if [[ ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
WP_POSTS="$work/posts.json" node --test "$here/wordpress.test.mjs"
