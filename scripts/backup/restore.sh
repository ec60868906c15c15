#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database and blob container (never over a live one):
#   PGHOST=… PGUSER=portal_owner PGPASSWORD=… PGDATABASE=portal_restore \
#   PORTAL_BLOB_CONNECTION_STRING='…' PORTAL_BLOB_CONTAINER=portal-restore scripts/backup/restore.sh BACKUP_FOLDER
# Then run deploy/postgres/grants.sql as the owner, put the key material named in MANIFEST in place, and start a node.
set -euo pipefail
SRC=${1:?usage: restore.sh BACKUP_FOLDER}
: "${PGDATABASE:?}" "${PORTAL_BLOB_CONNECTION_STRING:?}" "${PORTAL_BLOB_CONTAINER:?}"
source "$(dirname "$0")/blobs.sh"
(cd "$SRC" && sed -n '/^sha256:$/,/^keys NOT/p' MANIFEST | sed '1d;$d' | sha256sum --check --quiet) || { echo "backup does not match its MANIFEST" >&2; exit 1; }
pg_restore --exit-on-error --no-owner --no-privileges --dbname="$PGDATABASE" "$SRC/database.dump"
blob_copy "$SRC/blobs" ":azureblob:$PORTAL_BLOB_CONTAINER"
echo "restored $SRC into database $PGDATABASE and container $PORTAL_BLOB_CONTAINER"
