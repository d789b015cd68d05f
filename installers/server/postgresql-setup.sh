#!/usr/bin/env bash
# Creates the sync server's PostgreSQL role and database (run once, as root, on the
# database host). Prints the pgpass line for /etc/field-dossier-server/pgpass.
#
#   postgresql-setup.sh [ROLE] [DATABASE]      (default: fielddossier fielddossier)
set -euo pipefail
role=${1:-fielddossier}
database=${2:-fielddossier}
password=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 32)
as_postgres=(runuser -u postgres --)  # root; otherwise through sudo
[ "$(id -u)" -eq 0 ] || as_postgres=(sudo -u postgres)
"${as_postgres[@]}" psql -v ON_ERROR_STOP=1 -q \
  -v role="$role" -v database="$database" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE :"database" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
echo "127.0.0.1:5432:$database:$role:$password"
