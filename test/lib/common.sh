# common.sh: set-up shared by the demo (bin/demo) and the test command
# (test/run): install what is missing, build, install, and run a throw-away
# PostgreSQL cluster as an unprivileged OS user.  Source it; do not run it.

SN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SN_SHARED=${SN_SHARED:-$(cd "$SN_ROOT/.." && pwd)/shared}
SN_DATA=${SN_DATA:-$SN_SHARED/data}
PG_MAJOR=15
SYS_PG_BIN=/usr/lib/postgresql/$PG_MAJOR/bin
PG_BIN=$SYS_PG_BIN
export PATH="$PG_BIN:$PATH"

sn_log() { printf '==> %s\n' "$*" >&2; }

# Run as root, or through sudo when we are not root.
sn_sudo() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Install the Debian packages the build and the tests need, when missing
# (clang and its compiler-rt for the fuzz smoke test of the name core).
sn_install_deps() {
	local missing=() p
	for p in postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR libicu-dev pkg-config \
		make gcc postgresql-$PG_MAJOR-icu-ext xxd clang libclang-rt-dev "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		# one apt-get at a time on this machine
		exec 8>/tmp/sanctions-apt.lock
		flock 8
		sn_log "installing ${missing[*]}"
		sn_sudo apt-get update -qq >/dev/null
		sn_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	fi
}

# Build the extension and install it into a private copy of the PostgreSQL
# installation (PostgreSQL finds its share and lib directories relative to
# its binaries), so that tests never write to the system directories and
# several checkouts can test at once.  Exports PG_BIN pointing at the copy.
sn_build_install() {
	sn_log "building and installing the extension into a private PostgreSQL root"
	SN_PGROOT=$(mktemp -d /tmp/sanctions-root.XXXXXX)
	trap sn_stop_cluster EXIT
	chmod 755 "$SN_PGROOT"
	mkdir -p "$SN_PGROOT/usr/lib/postgresql/$PG_MAJOR" "$SN_PGROOT/usr/share/postgresql"
	cp -a "$SYS_PG_BIN" "$SN_PGROOT/usr/lib/postgresql/$PG_MAJOR/"
	cp -as "/usr/lib/postgresql/$PG_MAJOR/lib" "$SN_PGROOT/usr/lib/postgresql/$PG_MAJOR/lib"
	cp -a "/usr/share/postgresql/$PG_MAJOR" "$SN_PGROOT/usr/share/postgresql/"
	rm -f "$SN_PGROOT/usr/lib/postgresql/$PG_MAJOR/lib/sanctions.so" \
		"$SN_PGROOT/usr/share/postgresql/$PG_MAJOR/extension/sanctions"*
	make -C "$SN_ROOT" -s PG_CONFIG="$SYS_PG_BIN/pg_config" >/dev/null
	make -C "$SN_ROOT" -s install PG_CONFIG="$SYS_PG_BIN/pg_config" DESTDIR="$SN_PGROOT" >/dev/null
	PG_BIN=$SN_PGROOT/usr/lib/postgresql/$PG_MAJOR/bin
	export PATH="$PG_BIN:$PATH"
}

# Start a throw-away cluster (UTF8, unix socket only, trust for the local
# postgres role) in a private directory, as the postgres OS user because
# postgres refuses to run as root.  Exports PGHOST, PGPORT, PGUSER.
sn_start_cluster() {
	SN_PGDIR=$(mktemp -d /tmp/sanctions-pg.XXXXXX)
	chmod 755 "$SN_PGDIR"
	local as_pg=()
	if [ "$(id -u)" = 0 ]; then
		chown postgres:postgres "$SN_PGDIR"
		as_pg=(runuser -u postgres --)
	elif [ "$(id -un)" != postgres ]; then
		sn_sudo chown postgres:postgres "$SN_PGDIR"
		as_pg=(sudo -u postgres)
	fi
	SN_AS_PG=("${as_pg[@]}")
	"${as_pg[@]}" "$PG_BIN/initdb" -D "$SN_PGDIR/data" -U postgres -A trust -E UTF8 \
		--locale=C.UTF-8 >"$SN_PGDIR/initdb.log" 2>&1 || { cat "$SN_PGDIR/initdb.log" >&2; return 1; }
	export PGHOST=$SN_PGDIR PGPORT=${SN_PGPORT:-54329} PGUSER=postgres PGDATABASE=postgres
	"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$SN_PGDIR/data" -l "$SN_PGDIR/server.log" -w -s \
		-o "-c listen_addresses='' -c unix_socket_directories='$SN_PGDIR' -p $PGPORT -c fsync=off -c shared_buffers=256MB -c max_wal_size=4GB" \
		start || { cat "$SN_PGDIR/server.log" >&2; return 1; }
	trap sn_stop_cluster EXIT
	sn_log "throw-away cluster running in $SN_PGDIR"
}

sn_stop_cluster() {
	if [ -n "${SN_PGDIR:-}" ] && [ -d "$SN_PGDIR/data" ]; then
		"${SN_AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$SN_PGDIR/data" -m immediate -s stop >/dev/null 2>&1 || true
		rm -rf "$SN_PGDIR"
	fi
	[ -n "${SN_PGROOT:-}" ] && rm -rf "$SN_PGROOT"
	return 0
}

# The whole set-up: deps, build, private install, cluster.
sn_setup() {
	sn_install_deps "$@"
	sn_build_install
	sn_start_cluster
}
