#!/bin/sh
# Runs once, when the PostgreSQL container initializes its data directory.
# POSTGRES_USER owns the schema and runs the migrations; the service itself
# connects as chidao_app, which the migrate step grants row access only.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$APP_DB_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE chidao_app LOGIN PASSWORD :'app_password';
GRANT CONNECT ON DATABASE :"db" TO chidao_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
