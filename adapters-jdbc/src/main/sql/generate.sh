#!/usr/bin/env bash
# Generates the per-database migrations in src/main/resources/db/konvent/<vendor>/ from the one
# template beside this script. Run it after editing the template; commit the generated files.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../resources/db/konvent"
gen() { # name vendor textType tableOptions indexStyle timestampType
  local name=$1 vendor=$2
  mkdir -p "$out/$vendor"
  sed -e "s/@VENDOR@/$vendor/" -e "s/@ID@/VARCHAR(128)/g" -e "s/@TEXT@/$3/g" -e "s/@OPTS@/$4/g" \
      -e "s/@TS@/$6/g" "$here/$name.sql.template" \
  | awk -v style="$5" '/^@VALUEIDX/ { gsub("@",""); n=$2; t=$3; c=$4;
      if (style=="pg") print "CREATE INDEX " n " ON " t " USING hash (" c ");";
      else if (style=="my") print "CREATE INDEX " n " ON " t " (" c "(191));";
      else print "CREATE INDEX " n " ON " t " (" c ");"; next } { print }' \
  | if [ "$vendor" = mariadb ]; then sed -E "s/CONSTRAINT pk_[a-z_]+ PRIMARY KEY/PRIMARY KEY/"; else cat; fi \
  > "$out/$vendor/$name.sql"
}
for template in "$here"/*.sql.template; do
  name=$(basename "$template" .sql.template)
  gen "$name" h2 "CHARACTER VARYING(1000000)" "" h2 "TIMESTAMP(6)"
  gen "$name" postgresql TEXT "" pg "TIMESTAMP(6)"
  gen "$name" mariadb MEDIUMTEXT " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin" my "DATETIME(6)"
done
