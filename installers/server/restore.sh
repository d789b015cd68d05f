#!/usr/bin/env bash
# Restores the sync server from a backup made by backup.sh, then gives the server a new
# instance id, so every laptop notices the restore, re-sends what it sent after the
# backup and re-reads everything: work done since the backup comes back, nothing is lost.
#
#   restore.sh BACKUP  (a field-dossier-YYYYmmdd-HHMMSS folder)
#
# Stop every instance first (systemctl stop 'field-dossier-server@*'), start them after.
# Environment as for backup.sh. The database is replaced (pg_restore --clean); the
# attachment folder only gains the files it lacks (content-addressed: files written
# after the backup stay, and laptops may still refer to them).
set -euo pipefail
backup=${1:?BACKUP}
url=${FIELD_DOSSIER_DATABASE_URL:?set FIELD_DOSSIER_DATABASE_URL}
blobs=${FIELD_DOSSIER_BLOB_DIR:-/var/lib/field-dossier-server/blobs}
server=${FIELD_DOSSIER_SERVER_COMMAND:-/opt/field-dossier-server/bin/field-dossier-server}
pg_url=${url/postgresql+psycopg:/postgresql:}

[ -f "$backup/database.dump" ] || { echo "restore: $backup/database.dump is missing" >&2; exit 1; }
pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error \
  --dbname="$pg_url" "$backup/database.dump"
mkdir -p "$blobs"
cp -a --update=none "$backup/blobs/." "$blobs/" 2>/dev/null || cp -a -n "$backup/blobs/." "$blobs/"
FIELD_DOSSIER_DATABASE_URL=$url "$server" rotate-instance-id
echo "restored $backup; start the server instances again"
