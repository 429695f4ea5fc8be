#!/usr/bin/env bash
# Builds the Debian package and prints its path on the last line.
#   1. the binary, with the shipped `dist` profile (BAS_AUDIT_DEB_PROFILE=release for a faster
#      build while iterating: same files, less optimised binary);
#   2. the man pages and shell completions, written by that very binary (`generate-docs`);
#   3. the list of Rust crates compiled in, with their licence texts (third-party-licenses.py);
#   4. cargo-deb, from [package.metadata.deb] in app/Cargo.toml, without rebuilding; debug
#      symbols stripped (lintian: unstripped-binary-or-object); then md5sums added.
# Needs cargo-deb (cargo install cargo-deb --locked --version 3.8.0) and python3.
# BAS_AUDIT_COMMIT names the commit when building outside git (see app/build/commit.rs).
set -euo pipefail
cd "$(dirname "$0")/../.."

profile=${BAS_AUDIT_DEB_PROFILE:-dist}
command -v cargo-deb >/dev/null ||
    { echo "build.sh: cargo-deb missing: cargo install cargo-deb --locked --version 3.8.0" >&2; exit 2; }
meta=$(cargo metadata --format-version 1 --no-deps)
target_dir=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])' <<<"$meta")
version=$(python3 -c 'import json, sys
print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "bas-audit"))' <<<"$meta")
host=$(rustc -vV | sed -n 's/^host: //p')
out="$target_dir/$profile"

cargo build --locked --profile "$profile" -p bas-audit >&2
rm -rf "$out/pkg-docs"
"$out/bas-audit" generate-docs "$out/pkg-docs" >&2
python3 installers/third-party-licenses.py "$host" "$out/pkg-docs/third-party-licenses.txt" >&2
# Debian wants these compressed; cargo-deb compresses man pages only when they are not under
# target/ (it takes those for build products).
gzip -9n "$out/pkg-docs/third-party-licenses.txt" "$out"/pkg-docs/man/*.1
deb="$target_dir/debian/bas-audit_${version}-1_$(dpkg --print-architecture).deb"
cargo deb --locked --no-build --strip --profile "$profile" -p bas-audit --output "$deb" >&2

# cargo-deb writes no md5sums; add them so `dpkg --verify bas-audit` can check the files.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb --raw-extract "$deb" "$unpacked/pkg"
(cd "$unpacked/pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
    xargs -0 md5sum >DEBIAN/md5sums)
chmod 644 "$unpacked/pkg/DEBIAN/md5sums"
dpkg-deb --root-owner-group -Zxz --build "$unpacked/pkg" "$deb" >&2
echo "$deb"
