#!/usr/bin/env bash
# Builds the Debian package and prints its path on the last line.
#   1. the binary, with the shipped `dist` profile (BAS_AUDIT_DEB_PROFILE=release for a faster
#      build while iterating: same files, less optimised binary);
#   2. the man pages and shell completions, written by that very binary (`generate-docs`);
#   3. the list of Rust crates compiled in, with their licence texts (third-party-licenses.py);
#   4. cargo-deb, from [package.metadata.deb] in app/Cargo.toml, without rebuilding; debug
#      symbols stripped (lintian: unstripped-binary-or-object).
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
gzip -9n "$out/pkg-docs/third-party-licenses.txt"
deb="$target_dir/debian/bas-audit_${version}-1_$(dpkg --print-architecture).deb"
cargo deb --locked --no-build --strip --profile "$profile" -p bas-audit --output "$deb" >&2
echo "$deb"
