#!/usr/bin/env bash
# WordPress from Debian's packages on loopback: the peer a publisher would pick instead.
# Usage: setup.sh POSTS PORT WORKDIR. Serves http://127.0.0.1:PORT/ with nginx + php-fpm +
# MariaDB, default theme, no page cache, filled with POSTS generated posts. Run as root
# (it configures /etc/wordpress and starts MariaDB and php-fpm if they are not running).
set -e
POSTS="$1"; PORT="$2"; W="$3"; here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$W" /run/mysqld /run/php && chown mysql:mysql /run/mysqld
if ! mysqladmin ping >/dev/null 2>&1; then
  (setsid mysqld_safe --bind-address=127.0.0.1 >"$W/mysqld.log" 2>&1 &)
  for _ in $(seq 60); do mysqladmin ping >/dev/null 2>&1 && break; sleep 1; done
fi
mysql -e "CREATE DATABASE IF NOT EXISTS wp; CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"
cat > /etc/wordpress/config-127.0.0.1.php <<'PHP'
<?php
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp'); define('DB_HOST', 'localhost');
PHP
fpm="$(ls /usr/sbin/php-fpm* | sort -V | tail -1)"; version="${fpm##*php-fpm}"
pgrep -f "php-fpm: master" >/dev/null || "$fpm" -D
sed -e "s#@PORT@#$PORT#" -e "s#@W@#$W#g" -e "s#@PHP@#$version#" "$here/nginx.conf" > "$W/nginx.conf"
[ -f "$W/nginx.pid" ] && kill "$(cat "$W/nginx.pid")" 2>/dev/null && sleep 0.5 || true
"$(command -v nginx || echo /usr/sbin/nginx)" -c "$W/nginx.conf"
curl -s -o /dev/null "http://127.0.0.1:$PORT/wp-admin/install.php?step=2" \
  --data "weblog_title=Peer+News&user_name=admin&admin_password=peer-pw-1&admin_password2=peer-pw-1&pw_weak=1&admin_email=admin%40example.invalid&blog_public=0"
php "$here/generate.php" "$POSTS" "http://127.0.0.1:$PORT"
