#!/usr/bin/env bash
# Backs up the sync server: the PostgreSQL database (pg_dump, custom format) and the
# attachment folder. Safe while the server runs: pg_dump reads one consistent snapshot,
# and attachment files are written once under their hash and never changed.
#
#   backup.sh BACKUP_DIR
#
# Environment: FIELD_DOSSIER_DATABASE_URL (postgresql://…; a password comes from
# ~/.pgpass or PGPASSFILE), FIELD_DOSSIER_BLOB_DIR (default /var/lib/field-dossier-server/blobs).
# Writes BACKUP_DIR/field-dossier-YYYYmmdd-HHMMSS/{database.dump,blobs/}.
set -euo pipefail
target=${1:?BACKUP_DIR}
url=${FIELD_DOSSIER_DATABASE_URL:?set FIELD_DOSSIER_DATABASE_URL}
blobs=${FIELD_DOSSIER_BLOB_DIR:-/var/lib/field-dossier-server/blobs}
url=${url/postgresql+psycopg:/postgresql:}

dir="$target/field-dossier-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$dir"
umask 077
# The database first: every attachment a row refers to is then already in the folder
# (rows name a blob only once it is complete), so the copy taken next holds them all.
pg_dump --format=custom --no-owner --file="$dir/database.dump" --dbname="$url"
if [ -d "$blobs" ]; then
  cp -a "$blobs" "$dir/blobs"
else
  mkdir -p "$dir/blobs"
fi
echo "$dir"
