# Sourced by scripts/setup and scripts/bench, from the project root.

# What building and running Paydesk needs. The mirror's SQL drivers are plug-ins Qt opens at run
# time (libqt6sql6-sqlite for the desk's own file, libqt6sql6-psql for a team's PostgreSQL):
# nothing links them, so they are named here and in the .deb's Depends.
build_packages=(cmake ninja-build g++ ccache pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libqt6svg6 libsecret-1-0
    libqt6sql6-sqlite libqt6sql6-psql)

missing_packages() {
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || echo "$package"
    done
}

# Installs the Debian packages that are missing, and only those (no apt at all when everything
# is there), asking sudo when not root.
install_missing() {
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "setup: installing ${missing[*]}"
    local as_root=()
    [[ $(id -u) -ne 0 ]] && as_root=(sudo)
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures once, then builds incrementally.
build() {
    local preset=$1
    [[ -f build/$preset/build.ninja ]] || cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}
