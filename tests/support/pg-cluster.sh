#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for the mirror's tests, on a Unix socket in a temporary folder
# (no TCP port, nothing shared with a system cluster).
#   pg-cluster.sh start STATE_DIR   initdb + pg_ctl start; writes STATE_DIR/env for the tests
#   pg-cluster.sh stop STATE_DIR    pg_ctl stop and remove the cluster
#   pg-cluster.sh pause STATE_DIR   stop the server, keeping the cluster (PostgreSQL goes away)
#   pg-cluster.sh resume STATE_DIR  start it again (and it comes back)
# CTest runs these as the fixture of every mirror test (FIXTURES_SETUP / FIXTURES_CLEANUP);
# tests that stop PostgreSQL on purpose start a cluster of their own with the same script.
#
# initdb refuses to run as root, so as root the cluster belongs to "nobody" (setpriv, or
# runuser where setpriv is missing); its folder is under /tmp, which nobody can reach. Logins
# need the password written to STATE_DIR/env, which the tests pass as Paydesk passes the one
# from the keychain.
set -euo pipefail

command=${1:-}
state=${2:-}
[[ $command =~ ^(start|stop|pause|resume)$ && -n $state ]] || {
    echo "usage: pg-cluster.sh start|stop|pause|resume STATE_DIR" >&2
    exit 2
}

find_bin() {
    local dir
    for dir in "${PAYDESK_PG_BIN:-}" /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        [[ -n $dir && -x $dir/initdb && -x $dir/pg_ctl ]] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
    echo "pg-cluster.sh: PostgreSQL's initdb was not found (Debian: apt-get install postgresql-15)" >&2
    return 1
}

as_owner() {
    if [[ $(id -u) -ne 0 ]]; then
        "$@"
    elif command -v setpriv >/dev/null; then
        setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups -- "$@"
    else
        runuser -u nobody -- "$@"
    fi
}

stop_cluster() {
    local cluster
    [[ -f $state/cluster ]] || return 0
    cluster=$(cat "$state/cluster")
    if [[ -d $cluster/data ]]; then
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
    rm -f "$state/cluster" "$state/env"
}

bin=$(find_bin)
mkdir -p "$state"

if [[ $command == stop ]]; then
    stop_cluster
    exit 0
fi
if [[ $command == pause || $command == resume ]]; then
    cluster=$(cat "$state/cluster")
    if [[ $command == pause ]]; then
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null
    else
        as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 start >/dev/null
    fi
    exit 0
fi

stop_cluster # a cluster left by a run that was killed
cluster=$(mktemp -d /tmp/paydesk-pg.XXXXXX)
echo "$cluster" >"$state/cluster"
mkdir -p "$cluster/socket"
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" >"$cluster/password"
if [[ $(id -u) -eq 0 ]]; then
    chown -R nobody "$cluster"
fi
chmod 755 "$cluster" "$cluster/socket"

# scram-sha-256 for every login: the tests prove the password travels as a parameter.
as_owner "$bin/initdb" -D "$cluster/data" -U paydesk --pwfile="$cluster/password" \
    --auth-local=scram-sha-256 --auth-host=reject -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1 \
    || { cat "$cluster/initdb.log" >&2; exit 1; }
rm -f "$cluster/password"
# fsync off: a test cluster's data is thrown away; the tests kill Paydesk, never PostgreSQL.
# In the cluster's own configuration, so that resume starts it the same way.
cat >>"$cluster/data/postgresql.conf" <<CONF
unix_socket_directories = '$cluster/socket'
listen_addresses = ''
port = 5432
fsync = off
full_page_writes = off
max_connections = 200
CONF
as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 start >/dev/null \
    || { cat "$cluster/server.log" >&2; exit 1; }

cat >"$state/env" <<ENV
host=$cluster/socket
port=5432
user=paydesk
password=$password
bin=$bin
ENV
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $cluster/socket"
