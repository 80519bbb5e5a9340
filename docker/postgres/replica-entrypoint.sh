#!/bin/bash
# A hot standby of db-primary. First start: a base backup over the replication protocol
# (pg_basebackup -R writes standby.signal and primary_conninfo; -C -S creates the replication slot
# that keeps the WAL this standby still needs). Later starts: the standby resumes streaming.
set -euo pipefail
PGDATA="${PGDATA:-/var/lib/postgresql/18/docker}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  chown -R postgres:postgres "$(dirname "$PGDATA")"
  until gosu postgres env PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -R -X stream -C -S "$REPLICATION_SLOT" -P; do
    echo "waiting for the primary to accept the base backup…"
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec docker-entrypoint.sh postgres -c hot_standby=on -c max_connections=200
