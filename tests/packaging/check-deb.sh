#!/usr/bin/env bash
# The Debian package as IT meets it: build it from this build tree with CPack, let lintian,
# desktop-file-validate and appstreamcli judge it, install it with apt, run the installed
# program (--version, --help against the man page, a start on the sandbox and a clean quit on
# SIGTERM), and remove it again.
#   check-deb.sh <build dir> <expected version>
# Installing needs root (CI runs as root) or password-less sudo; otherwise the test is skipped
# (exit 77) after the static checks.
set -euo pipefail

build_dir=$1
version=$2
work=$(mktemp -d /tmp/paydesk-deb.XXXXXX)
app_pid=
cleanup() {
    [[ -n $app_pid ]] && kill -KILL "$app_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "--- $*"; }

step "cpack -G DEB"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$work"/out/paydesk_"$version"_*.deb 2>/dev/null | head -n1)
[[ -f $deb ]] || fail "no paydesk_${version}_<arch>.deb in $work/out: $(ls "$work/out")"
echo "$deb"

step "control fields"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libsecret-1-0 libqt6widgets6 libqt6network6 libqt6keychain1 libqt6sql6-sqlite libqt6sql6-psql; do
    [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "package version is not $version"

step "lintian"
lintian_code=0
lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 || lintian_code=$?
grep -v "running with root privileges" "$work/lintian.log" || true
[[ $lintian_code == 0 ]] || fail "lintian found errors or warnings"

step "desktop file and AppStream metadata"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/app.paydesk.Paydesk.desktop" \
    || fail "desktop-file-validate"
# --no-net: the screenshots' URLs cannot be fetched from here.
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/app.paydesk.Paydesk.metainfo.xml" \
    || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/app.paydesk.Paydesk.metainfo.xml" \
    || fail "the metainfo's release list does not name $version"
for size in 16x16 32x32 48x48 128x128 256x256 scalable; do
    ls "$work/root/usr/share/icons/hicolor/$size/apps/app.paydesk.Paydesk".* >/dev/null 2>&1 \
        || fail "no $size icon"
done

as_root=()
if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then
        as_root=(sudo -n)
    else
        echo "SKIP: installing the package needs root or password-less sudo"
        exit 77
    fi
fi

step "apt-get install ./$(basename "$deb")"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" \
    >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "apt-get install"; }
removed=false
remove() {
    $removed && return 0
    removed=true
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq paydesk >"$work/remove.log" 2>&1
}
trap 'remove || true; cleanup' EXIT

step "installed paydesk --version"
[[ -x /usr/bin/paydesk ]] || fail "/usr/bin/paydesk is not installed"
shown=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/paydesk --version)
[[ $shown == "Paydesk $version" ]] || fail "--version says '$shown', not 'Paydesk $version'"
[[ $(/usr/bin/paydesk-sandbox --version) == *"$version" ]] || fail "paydesk-sandbox --version"

step "--help and the man page name the same options"
help=$(env -u DISPLAY /usr/bin/paydesk --help)
manual=$(zcat /usr/share/man/man1/paydesk.1.gz | sed 's/\\-/-/g')
for option in --sandbox --base-url --account --version --help; do
    [[ $help == *"$option"* ]] || fail "--help does not list $option"
    [[ $manual == *"$option"* ]] || fail "the man page does not describe $option"
done
man_options=$(grep -oE '^\.B[IR]? --[a-z-]+' <<<"$manual" | grep -oE -- '--[a-z-]+$' | sort -u)
[[ -n $man_options ]] || fail 'found no options in the man page'
for option in $man_options; do
    [[ $help == *"$option"* ]] || fail "the man page describes $option, which --help does not list"
done

step "the installed app starts on the sandbox and quits on SIGTERM"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/home/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="paydesk.workspace.info=true" \
    /usr/bin/paydesk --sandbox >"$work/app.log" 2>&1 &
app_pid=$!
url=
for _ in $(seq 100); do
    url=$(grep -oE 'Opened Paydesk Sandbox in sandbox mode at http://127\.0\.0\.1:[0-9]+' "$work/app.log" \
        | grep -oE 'http://.*' || true)
    [[ -n $url ]] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "paydesk exited at start"; }
    sleep 0.1
done
[[ -n $url ]] || { cat "$work/app.log"; fail "paydesk did not open the sandbox within 10 s"; }
# The app's own sandbox answers like Stripe, with the sandbox's key.
status=$(curl -s -o "$work/customers.json" -w '%{http_code}' -u sk_test_PaydeskSandbox0001: \
    "$url/v1/customers?limit=1")
[[ $status == 200 ]] && grep -q '"object": *"list"' "$work/customers.json" \
    || fail "the app's sandbox at $url answered $status"
kill -TERM "$app_pid"
for _ in $(seq 100); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$app_pid" 2>/dev/null && fail "paydesk did not quit within 10 s of SIGTERM"
code=0
wait "$app_pid" || code=$?
app_pid=
[[ $code == 0 ]] || { cat "$work/app.log"; fail "paydesk exited with $code after SIGTERM"; }

step "apt-get remove paydesk"
remove || { cat "$work/remove.log"; fail "apt-get remove"; }
[[ ! -e /usr/bin/paydesk && ! -e /usr/share/applications/app.paydesk.Paydesk.desktop ]] \
    || fail "files are left after apt-get remove"
dpkg-query -W -f='${Status}' paydesk 2>/dev/null | grep -q "install ok installed" \
    && fail "dpkg still lists paydesk as installed"
echo "PASS"
