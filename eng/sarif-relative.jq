# Rewrites the absolute file URIs of a compiler SARIF 2.1 log (-p:ErrorLog=<file>,version=2.1) relative to a source
# root, so that code scanning places each finding on the file and line of the repository:
#
#   jq --arg root "file://$PWD/" -f eng/sarif-relative.jq build.sarif > build.relative.sarif
#
# $root is the repository root as a file URI ending in '/' (percent-encoded, as the compiler writes URIs: a space is
# %20). Every artifactLocation under it gets a relative uri and uriBaseId %SRCROOT%, and the run declares
# %SRCROOT% as $root in originalUriBaseIds (SARIF 2.1.0, 3.4.4 and 3.14.14); other locations are left as they are.
.runs |= map(
    .originalUriBaseIds = ((.originalUriBaseIds // {}) + { "%SRCROOT%": { uri: $root } })
    | (.. | objects | select(has("artifactLocation")) | .artifactLocation) |= (
        if (.uri | type) == "string" and (.uri | startswith($root))
        then . + { uri: (.uri | ltrimstr($root)), uriBaseId: "%SRCROOT%" }
        else .
        end))
