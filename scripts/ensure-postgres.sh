#!/usr/bin/env bash
# The sync tests run against the machine's PostgreSQL (127.0.0.1:5432, user postgres,
# database test). Start the cluster if it is installed but down; never install one.
set -euo pipefail
if command -v pg_isready >/dev/null 2>&1 && pg_isready -h 127.0.0.1 -p 5432 -q; then
  exit 0
fi
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  for version in $(ls /etc/postgresql); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do
    pg_isready -h 127.0.0.1 -p 5432 -q && exit 0
    sleep 1
  done
fi
echo "ensure-postgres: no PostgreSQL on 127.0.0.1:5432; the PostgreSQL sync tests will fail." >&2
