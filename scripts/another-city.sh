#!/usr/bin/env bash
# Proof that another city can install the plugins (issue 12): builds and verifies both plugin
# packages, packs them with `npm pack`, installs the two tarballs into examples/another-city (a
# separate Strapi 5 app, not a workspace) and runs that app's smoke tests on PostgreSQL.
#
# PostgreSQL: with DATABASE_CLIENT=postgres in the environment, that server is used; otherwise the
# project's throwaway server (scripts/postgres-for-tests.sh, env in .tmp/postgres.env) — reused if
# it already answers, started (and stopped at the end) if not. Either way the tests get a database
# of their own, `another_city` (ANOTHER_CITY_DATABASE), created here and dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
EXAMPLE="$ROOT/examples/another-city"
PACKS="$ROOT/.tmp/packs"
PLUGINS=(format-finder double-opt-in)
DATABASE="${ANOTHER_CITY_DATABASE:-another_city}"
started_at=$SECONDS

step() { echo "== another city: $*"; }

step "build the plugin packages"
npm run build:plugins

for name in "${PLUGINS[@]}"; do
  step "verify packages/$name (strapi-plugin verify)"
  npm run verify -w "packages/$name"
done

step "pack into .tmp/packs"
rm -rf "$PACKS"
mkdir -p "$PACKS"
for name in "${PLUGINS[@]}"; do
  npm pack -w "packages/$name" --pack-destination "$PACKS" --loglevel=warn >/dev/null
done
ls -l "$PACKS"

# The example names the tarballs by package name and version; a version bump must be followed there.
node -e '
  const path = require("path");
  const fs = require("fs");
  const [root, packs] = process.argv.slice(1);
  const example = require(path.join(root, "examples/another-city/package.json"));
  for (const name of ["format-finder", "double-opt-in"]) {
    const manifest = require(path.join(root, "packages", name, "package.json"));
    const file = `${manifest.name.replace(/^@/, "").replace("/", "-")}-${manifest.version}.tgz`;
    const wanted = `file:../../.tmp/packs/${file}`;
    if (!fs.existsSync(path.join(packs, file))) throw new Error(`npm pack did not write ${file}`);
    if (example.dependencies[manifest.name] !== wanted) {
      console.error(`examples/another-city/package.json: "${manifest.name}" must be "${wanted}" (is ${example.dependencies[manifest.name]})`);
      process.exit(1);
    }
  }
' "$ROOT" "$PACKS"

step "install the tarballs into examples/another-city"
# No lock file in the example (see its README): a lock would pin the integrity of a tarball that
# changes with every build. The installed plugin folders are removed so npm unpacks the new ones.
for name in "${PLUGINS[@]}"; do
  rm -rf "$EXAMPLE/node_modules/@mitwirken/strapi-plugin-$name"
done
(cd "$EXAMPLE" && npm install --no-audit --no-fund --prefer-offline)

# The installed files must be the packed ones, byte for byte.
for name in "${PLUGINS[@]}"; do
  tarball="$PACKS/mitwirken-strapi-plugin-$name-$(node -p "require('./packages/$name/package.json').version").tgz"
  unpacked="$(mktemp -d)"
  tar -xzf "$tarball" -C "$unpacked"
  if ! diff -r -x node_modules "$unpacked/package" "$EXAMPLE/node_modules/@mitwirken/strapi-plugin-$name" >/dev/null; then
    echo "examples/another-city/node_modules/@mitwirken/strapi-plugin-$name differs from $tarball" >&2
    rm -rf "$unpacked"
    exit 1
  fi
  rm -rf "$unpacked"
done
echo "installed: $(cd "$EXAMPLE" && npm ls --depth=0 @mitwirken/strapi-plugin-format-finder @mitwirken/strapi-plugin-double-opt-in @strapi/strapi @strapi/utils react-intl 2>/dev/null | tail -n +2 | sed 's/^[^[:alnum:]@]*//' | tr '\n' ' ')"

step "PostgreSQL"
# Runs SQL through the example's pg client against the server in DATABASE_*; $1 is the database to connect to.
pg_sql() {
  (cd "$EXAMPLE" && PG_DATABASE="$1" PG_SQL="$2" node -e '
    const { Client } = require("pg");
    const client = new Client({
      host: process.env.DATABASE_HOST || "127.0.0.1",
      port: Number(process.env.DATABASE_PORT || 5432),
      user: process.env.DATABASE_USERNAME,
      password: process.env.DATABASE_PASSWORD,
      database: process.env.PG_DATABASE,
      connectionTimeoutMillis: 5000,
    });
    client.connect()
      .then(() => client.query(process.env.PG_SQL))
      .then(() => client.end())
      .catch((error) => { console.error(error.message); process.exit(1); });
  ')
}

started_postgres=false
created_database=false
cleanup() {
  local status=$?
  if [ "$created_database" = true ]; then
    pg_sql "$ADMIN_DATABASE" "DROP DATABASE IF EXISTS \"$DATABASE\" WITH (FORCE)" || echo "could not drop database $DATABASE" >&2
  fi
  if [ "$started_postgres" = true ]; then
    bash scripts/postgres-for-tests.sh stop
  fi
  echo "== another city: done in $((SECONDS - started_at)) s (exit $status)"
  exit "$status"
}
trap cleanup EXIT

if [ "${DATABASE_CLIENT:-}" = postgres ]; then
  echo "using the server in DATABASE_* ($DATABASE_HOST:${DATABASE_PORT:-5432})"
else
  # A server left running by someone else (the project's integration tests) is used as it is:
  # `postgres-for-tests.sh start` would replace it.
  if [ -f .tmp/postgres.env ] && (source .tmp/postgres.env && pg_sql "$DATABASE_NAME" "SELECT 1") 2>/dev/null; then
    echo "using the running test server (.tmp/postgres.env)"
  else
    bash scripts/postgres-for-tests.sh start
    started_postgres=true
  fi
  # shellcheck disable=SC1091
  source .tmp/postgres.env
fi
# The database DATABASE_* names is only the one to connect to for creating ours.
ADMIN_DATABASE="${DATABASE_NAME:-postgres}"
pg_sql "$ADMIN_DATABASE" "DROP DATABASE IF EXISTS \"$DATABASE\" WITH (FORCE)"
pg_sql "$ADMIN_DATABASE" "CREATE DATABASE \"$DATABASE\""
created_database=true
echo "database $DATABASE on $DATABASE_HOST:${DATABASE_PORT:-5432}"

step "smoke tests (examples/another-city: npm test) on PostgreSQL"
(cd "$EXAMPLE" && env -u DATABASE_URL DATABASE_CLIENT=postgres DATABASE_NAME="$DATABASE" npm test)
