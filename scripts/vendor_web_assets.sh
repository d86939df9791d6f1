#!/usr/bin/env bash
# Vendor the JavaScript the web view (`rapport serve`) loads, from the npm registry, into
# src/rapport/web/static/vendor/. Run it again to upgrade; the versions are pinned here.
# Nothing is loaded from a CDN at run time: the server serves these files itself.
#
#   vega, vega-lite, vega-embed   UMD builds (window.vega, window.vegaLite, window.vegaEmbed)
#   vega-interpreter              CSP-safe expression interpreter (no eval / new Function),
#                                 turned from an ES module into a classic script that sets
#                                 window.vegaExpressionInterpreter (its only import,
#                                 vega-util, is taken from window.vega)
#   swagger-ui-dist               the interactive OpenAPI docs at /api/docs
#
# Needs npm (Debian: apt-get install -y npm).
set -euo pipefail
VEGA=6.4.0
VEGA_LITE=6.5.0
VEGA_EMBED=7.3.0
VEGA_INTERPRETER=2.3.2
SWAGGER_UI=5.35.0

here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/rapport/web/static/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
cd "$tmp"
for spec in "vega@$VEGA" "vega-lite@$VEGA_LITE" "vega-embed@$VEGA_EMBED" \
            "vega-interpreter@$VEGA_INTERPRETER" "swagger-ui-dist@$SWAGGER_UI"; do
    name="${spec%@*}"
    mkdir -p "$name"
    tar xzf "$(npm pack --silent "$spec")" -C "$name"
done

strip_map() {    # no source maps are vendored: drop the comments that point to them
    sed -e '/^\/\/# sourceMappingURL=/d' -e 's|//# sourceMappingURL=[^ ]*$||' \
        -e 's|/\*# sourceMappingURL=[^*]*\*/||' "$1"
}

strip_map vega/package/build/vega.min.js > "$out/vega.min.js"
strip_map vega-lite/package/build/vega-lite.min.js > "$out/vega-lite.min.js"
strip_map vega-embed/package/build/vega-embed.min.js > "$out/vega-embed.min.js"
{
    echo "/* vega-interpreter $VEGA_INTERPRETER (BSD-3-Clause), as a classic script:"
    echo "   window.vegaExpressionInterpreter. Made by scripts/vendor_web_assets.sh. */"
    echo "(function () {"
    echo "const { ascending, isString, DisallowedObjectProperties } = window.vega;"
    strip_map vega-interpreter/package/build/vega-interpreter.js \
        | grep -v "^import " | sed -e 's/^export { expression as expressionInterpreter };$/window.vegaExpressionInterpreter = expression;/'
    echo "})();"
} > "$out/vega-interpreter.js"
grep -q "window.vegaExpressionInterpreter = expression;" "$out/vega-interpreter.js"
strip_map swagger-ui-dist/package/swagger-ui-bundle.js > "$out/swagger-ui-bundle.js"
strip_map swagger-ui-dist/package/swagger-ui.css > "$out/swagger-ui.css"

cp vega/package/LICENSE "$out/LICENSE-vega.txt"
cp vega-lite/package/LICENSE "$out/LICENSE-vega-lite.txt"
cp vega-embed/package/LICENSE "$out/LICENSE-vega-embed.txt"
cp swagger-ui-dist/package/LICENSE "$out/LICENSE-swagger-ui.txt"
cp swagger-ui-dist/package/NOTICE "$out/NOTICE-swagger-ui.txt"
cat > "$out/VERSIONS.txt" <<EOF
Vendored from the npm registry by scripts/vendor_web_assets.sh (do not edit by hand).
vega             $VEGA              build/vega.min.js                 BSD-3-Clause
vega-lite        $VEGA_LITE              build/vega-lite.min.js            BSD-3-Clause
vega-embed       $VEGA_EMBED              build/vega-embed.min.js           BSD-3-Clause
vega-interpreter $VEGA_INTERPRETER              build/vega-interpreter.js (as a classic script)  BSD-3-Clause
swagger-ui-dist  $SWAGGER_UI             swagger-ui-bundle.js, swagger-ui.css  Apache-2.0
EOF
ls -la "$out"
