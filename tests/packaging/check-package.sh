#!/usr/bin/env bash
# The Debian package as IT receives it: built by CPack from this build, then read back.
#   check-package.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
# Checks its name, its control fields (dependencies from the binary and those loaded at run
# time), its exact list of files, the desktop entry and AppStream metainfo (Debian's own
# validators), the icon in every size, the manual page (renders without warnings, and names
# every command and option of `passerelle --help`, and no other), and the packaged program
# (it runs, and says its version). Exit 0 when all hold; each failure is printed.
set -uo pipefail

build=$1 source=$2 version=$3 id=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
# "WIDTH HEIGHT" of a PNG file, as file(1) reads it ("not a PNG" otherwise).
pngsize() {
  file -b "$1" | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\),.*/\1 \2/p' | grep . || echo "not a PNG"
}

# --- The package ---------------------------------------------------------------------------
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack could not build the package"
  exit 1
fi
deb="$work/out/passerelle_${version}_amd64.deb"
if [ ! -f "$deb" ]; then
  ls "$work/out"
  echo "FAIL: no $deb"
  exit 1
fi
pass "package $(basename "$deb") ($(du -h "$deb" | cut -f1))"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = passerelle ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version)"
[ "$(field Architecture)" = amd64 ] || fail "Architecture: $(field Architecture)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"
[ -n "$(field Section)" ] || fail "no Section"
summary=$(field Description | head -1)
case "$summary" in *"logement accompagné"*) ;; *) fail "Description: $summary" ;; esac
depends=$(field Depends)
# From the binary (dpkg-shlibdeps), with versions; then what it loads at run time.
for needed in "libqt6widgets6 (>=" "libqt6sql6 (>=" "libqt6pdf6 (>=" "libqt6charts6 (>=" \
              "libqt6printsupport6 (>=" "libsodium23 (>=" "libxlsxwriter" "libsqlite3-0 (>=" \
              "libc6 (>=" libqt6sql6-sqlite libqt6svg6 fonts-dejavu-core qt6-translations-l10n; do
  case ",$depends," in
    *"$needed"*) ;;
    *) fail "Depends lacks $needed: $depends" ;;
  esac
done
case "$(field Recommends)" in
  *libqt6sql6-psql*) ;;
  *) fail "Recommends lacks libqt6sql6-psql: $(field Recommends)" ;;
esac
[ "$failures" -eq 0 ] && pass "control fields (Depends: $depends)"

# --- Its files, exactly --------------------------------------------------------------------
dpkg-deb -c "$deb" >"$work/listing"
awk '$1 !~ /^d/ { print $6 }' "$work/listing" | sed 's|^\./|/|' | sort >"$work/files"
{
  echo /usr/bin/passerelle
  echo "/usr/share/applications/$id.desktop"
  echo "/usr/share/metainfo/$id.metainfo.xml"
  echo "/usr/share/icons/hicolor/scalable/apps/$id.svg"
  for size in 16 22 24 32 48 64 128 256; do
    echo "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
  done
  echo /usr/share/man/man1/passerelle.1.gz
  echo /usr/share/doc/passerelle/copyright
  echo /usr/share/doc/passerelle/changelog.gz
} | sort >"$work/expected"
if diff -u "$work/expected" "$work/files"; then
  pass "file list ($(wc -l <"$work/files") files)"
else
  fail "file list differs (above: - expected, + in the package)"
fi
# Owned by root, readable by all; the program executable.
if awk '{ print $2 }' "$work/listing" | grep -v '^root/root$' >/dev/null; then
  fail "files not owned by root"
fi
grep '^-rwxr-xr-x .* \./usr/bin/passerelle$' "$work/listing" >/dev/null || fail "/usr/bin/passerelle not rwxr-xr-x"

# --- What is inside ------------------------------------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/$id.desktop"
if desktop-file-validate "$desktop"; then pass "desktop-file-validate"; else fail "desktop-file-validate"; fi
grep -qx "Name=Passerelle" "$desktop" || fail "desktop entry: Name"
grep -q "^Comment\[fr\]=.*logement accompagné" "$desktop" || fail "desktop entry: French comment"
grep -q "^Comment=" "$desktop" || fail "desktop entry: English comment"
grep -qx "Icon=$id" "$desktop" || fail "desktop entry: Icon is not $id"
grep -qx "Exec=passerelle" "$desktop" || fail "desktop entry: Exec"
grep -qx "Categories=Office;" "$desktop" || fail "desktop entry: Categories"
# The window's class on X11 is the application's name (QCoreApplication::applicationName).
grep -qx "StartupWMClass=Passerelle" "$desktop" || fail "desktop entry: StartupWMClass"

metainfo="$root/usr/share/metainfo/$id.metainfo.xml"
# No network here: the addresses are not fetched (--no-net); everything else is checked.
if appstreamcli validate --no-net --pedantic "$metainfo"; then pass "appstreamcli validate"; else fail "appstreamcli validate"; fi
if appstreamcli validate-tree --no-net "$root"; then pass "appstreamcli validate-tree"; else fail "appstreamcli validate-tree"; fi
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo: id"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo: no release $version"
grep -q '<summary xml:lang="fr">' "$metainfo" || fail "metainfo: no French summary"
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$metainfo" || fail "metainfo: licence"
# Each screenshot is one of docs/screenshots, at its real size.
shots=0
while read -r width height name; do
  shots=$((shots + 1))
  png="$source/docs/screenshots/$name"
  if [ ! -f "$png" ]; then fail "screenshot $name is not in docs/screenshots"; continue; fi
  real=$(pngsize "$png")
  [ "$real" = "$width $height" ] || fail "screenshot $name is $real, the metainfo says $width $height"
done < <(sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">.*/\([^/]*\.png\)</image>.*|\1 \2 \3|p' "$metainfo")
[ "$shots" -ge 3 ] || fail "metainfo: $shots screenshots"

for size in 16 22 24 32 48 64 128 256; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
  real=$(pngsize "$png")
  [ "$real" = "$size $size" ] || fail "icon ${size}x${size} is $real"
done

# --- The program, as packaged ----------------------------------------------------------------
program="$root/usr/bin/passerelle"
case "$(file -b "$program")" in
  *"not stripped"*) fail "the program is not stripped" ;;
  *ELF*stripped*) ;;
  *) fail "the program is not a stripped ELF: $(file -b "$program")" ;;
esac
first=$("$program" --version | head -1)
[ "$first" = "Passerelle $version" ] || fail "--version says « $first »"
"$program" --help >"$work/help.txt" || fail "--help failed"

# --- The manual page, in step with --help ------------------------------------------------
man="$root/usr/share/man/man1/passerelle.1.gz"
gzip -t "$man" || fail "manual page: not gzip"
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$man" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "manual page warnings: $warnings"
# The page as text: groff's escapes removed.
zcat "$man" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\e/\\/g' >"$work/man.txt"
grep -q "Passerelle $version" "$work/man.txt" || fail "manual page: not version $version"
commands=$(grep -oE '^  passerelle [a-z-]+( [a-z|]+)?' "$work/help.txt" | awk '{ print $2 }' | sort -u)
[ -n "$commands" ] || fail "no command found in --help"
for command in $commands; do
  grep -q "passerelle $command\\b" "$work/man.txt" || fail "manual page lacks the command « $command »"
done
help_options=$(grep -oE -- '--[a-z][a-z-]*' "$work/help.txt" | sort -u)
man_options=$(grep -oE -- '--[a-z][a-z-]*' "$work/man.txt" | sort -u)
if [ "$help_options" = "$man_options" ]; then
  pass "manual page: the $(echo "$commands" | wc -l) commands and $(echo "$help_options" | wc -l) options of --help"
else
  diff <(echo "$help_options") <(echo "$man_options")
  fail "options differ between --help (<) and the manual page (>)"
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "The package holds."
