#!/usr/bin/env bash
# Proves that the packed package works as users install it.
#
#   bash eng/sample.sh               packs LambdaPermissionAnalyzers with a fresh version into artifacts/packages,
#                                    builds samples/LambdaDeployer (SDK) and samples/CdkStack (AWS CDK) against that
#                                    package, prints their LPA diagnostics and compares them with each sample's
#                                    expected-diagnostics.txt; then checks the analysis modes (LambdaDeployer in
#                                    Strict and None; samples/RepoWide, installed with GlobalPackageReference, in
#                                    Default, its CI mode, None and an unknown mode) and the CI build's SARIF logs
#   bash eng/sample.sh --fix-check   then also applies the package's code fixes to a copy of the sample with
#                                    `dotnet format analyzers`, shows the diff, rebuilds the copy and checks that
#                                    only the unfixable rules (no fix can guess their value) are left, and the
#                                    findings marked `nofix`
#
# expected-diagnostics.txt: one `<file name>:<line> <id>` per line ('#' comments and empty lines ignored),
# optionally followed by `nofix` for a finding of a rule with a fix that the fix does not apply to (one shown on an
# argument or a call for a grant written in another method): the fix check expects it left after the fixes with
# the same file, id and message, wherever its line moved.
#
# Exit status: 0 when everything matches, 1 on a mismatch or a failed step, 2 on bad arguments.
# All build output goes to artifacts/sample/sample.log; only the relevant lines are shown.
set -euo pipefail

usage() {
    awk 'NR == 1 { next } /^#/ { print; next } { exit }' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

fix_check=false
for arg in "$@"; do
    case "$arg" in
        --fix-check) fix_check=true ;;
        -h|--help) usage; exit 0 ;;
        *) echo "sample.sh: unknown argument '$arg'" >&2; usage >&2; exit 2 ;;
    esac
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

sample=samples/LambdaDeployer
expected_file=$sample/expected-diagnostics.txt
feed=artifacts/packages
out=artifacts/sample
log=$out/sample.log
# The fix check works on a copy laid out as the repository is (samples/LambdaDeployer beside the stand-in
# tests/StandIns/AWSSDK.Lambda, the root props it builds with, and artifacts/packages with this pack), so that
# the sample's relative paths hold and nothing of the real tree is touched. Its samples/.packages is kept
# between runs (cleared of lambdapermissionanalyzers), the rest is laid anew.
copy_root=artifacts/fix-check
copy=$copy_root/$sample

# Build options that make every build load the analyzer it was just given: a full rebuild, and no compiler
# server (a running VBCSCompiler keeps the analyzer assemblies it loaded before).
build_options=(--no-incremental --disable-build-servers -p:UseSharedCompilation=false -nologo)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export LC_ALL=C

mkdir -p "$out" "$feed"
: > "$log"

# A version no earlier run used: NuGet caches packages by id and version.
version="0.1.0-local.$(date -u +%Y%m%d-%H%M%S)"

# expect STEP OUTCOME COMMAND...: runs COMMAND, which must succeed (OUTCOME ok) or fail (OUTCOME fail), with its output
# in the log (and in $out/STEP.log); on the other outcome shows the step's last lines and exits 1.
expect() {
    local step=$1 outcome=$2
    shift 2
    local step_log=$out/$step.log status=0
    printf '\n### %s (expected: %s)\n$ %s\n' "$step" "$outcome" "$*" >> "$log"
    "$@" > "$step_log" 2>&1 || status=$?
    cat "$step_log" >> "$log"
    if { [ "$outcome" = ok ] && [ "$status" -ne 0 ]; } || { [ "$outcome" = fail ] && [ "$status" -eq 0 ]; }; then
        echo "sample.sh: '$step' was expected to $([ "$outcome" = ok ] && echo succeed || echo fail), exit $status: $*" >&2
        echo "---- last lines of $step_log ----" >&2
        tail -n 40 "$step_log" >&2
        echo "----" >&2
        exit 1
    fi
}

# run STEP COMMAND...: a step that must succeed.
run() {
    expect "$1" ok "${@:2}"
}

# lpa_diagnostics FILE: the LPA diagnostics of a build log as `path(line,col): severity ID: message`, with paths
# relative to the repository root, without MSBuild's project suffix, deduplicated, sorted by file and line.
lpa_diagnostics() {
    { grep -E '^[^ ].*\([0-9]+,[0-9]+\): (error|warning|info|hidden) LPA[0-9]{4}: ' "$1" || true; } \
        | sed -E -e 's/ \[[^]]*\]$//' -e "s|^$root/||" \
        | sort -u | sort -t'(' -k1,1 -k2,2n -k2,2
}

# sort_keys: sorts `<file name>:<line> <id>` lines by file, then line, then id, without duplicates.
sort_keys() {
    sed '/^$/d' | sort -u | sort -t: -k1,1 -k2,2n -k2,2
}

# expected_lines FILE: the entries of an expected-diagnostics.txt, `<file name>:<line> <id>` or
# `<file name>:<line> <id> nofix`, without comments, empty lines and trailing blanks; exits 1 on a malformed line.
expected_lines() {
    local lines bad
    lines=$(sed -E -e 's/[[:space:]]+$//' -e '/^[[:space:]]*(#|$)/d' -e 's/[[:space:]]+/ /g' "$1")
    bad=$(printf '%s\n' "$lines" | sed '/^$/d' | grep -vE '^[^ :]+:[0-9]+ LPA[0-9]{4}( nofix)?$' || true)
    if [ -n "$bad" ]; then
        echo "sample.sh: $1: lines not of the form '<file name>:<line> <id>' or '<file name>:<line> <id> nofix':" >&2
        printf '%s\n' "$bad" | sed 's/^/  /' >&2
        exit 1
    fi
    printf '%s\n' "$lines"
}

# keys: `<file name>:<line> <id>` for each diagnostic on stdin, sorted (the form of expected-diagnostics.txt).
keys() {
    sed -E 's/^(.*)\(([0-9]+),[0-9]+\): [a-z]+ (LPA[0-9]{4}): .*$/\1:\2 \3/' \
        | sed -E 's|^.*/||' \
        | sort_keys
}

# count_by_id: `LPA0001 x1, LPA0002 x1, ...` for the keys on stdin.
count_by_id() {
    awk '{ print $2 }' | sort | uniq -c | awk '{ printf "%s%s x%s", (NR > 1 ? ", " : ""), $2, $1 }'
}

# other_warnings FILE: how many distinct non-LPA warnings and errors a build log has.
other_warnings() {
    { grep -E ': (warning|error) [A-Z]+[0-9]+: ' "$1" | grep -vE ': (warning|error) LPA[0-9]{4}: ' || true; } \
        | sed -E 's/ \[[^]]*\]$//' | sort -u | wc -l | tr -d ' '
}

echo "sample.sh: LambdaPermissionAnalyzers $version (log: $log)"

# --- Pack -------------------------------------------------------------------------------------------------
# Earlier local packs are of no use to anyone; the sample's own packages folders are cleared of the package so
# that a restore can only take it from this pack.
rm -f "$feed"/LambdaPermissionAnalyzers.*-local.*.nupkg
rm -rf samples/.packages/lambdapermissionanalyzers "$copy_root/samples/.packages/lambdapermissionanalyzers"

run pack dotnet pack src/LambdaPermissionAnalyzers.Package -c Release -o "$feed" -p:Version="$version" -nologo
nupkg=$feed/LambdaPermissionAnalyzers.$version.nupkg
if [ ! -f "$nupkg" ]; then
    echo "sample.sh: dotnet pack did not create $nupkg" >&2
    exit 1
fi
echo "packed:   $nupkg"

# --- Build the sample -------------------------------------------------------------------------------------
run build dotnet build "$sample" -p:LambdaPermissionAnalyzersVersion="$version" "${build_options[@]}"

resolved=$(grep -o '"LambdaPermissionAnalyzers/[^"]*"' "$sample/obj/project.assets.json" | head -n 1 | tr -d '"' || true)
if [ "$resolved" != "LambdaPermissionAnalyzers/$version" ]; then
    echo "sample.sh: the sample restored '${resolved:-nothing}' instead of LambdaPermissionAnalyzers/$version" >&2
    exit 1
fi

diagnostics=$(lpa_diagnostics "$out/build.log")
echo "built:    $sample ($(other_warnings "$out/build.log") other distinct warnings, see the log)"
echo
echo "LPA diagnostics:"
if [ -n "$diagnostics" ]; then
    printf '%s\n' "$diagnostics" | sed 's/^/  /'
else
    echo "  (none)"
fi
echo

actual_keys=$(printf '%s\n' "$diagnostics" | sed '/^$/d' | keys)
expected_entries=$(expected_lines "$expected_file")
expected_keys=$(printf '%s\n' "$expected_entries" | sed 's/ nofix$//' | sort_keys)
# The findings marked nofix, as keys.
nofix_keys=$(printf '%s\n' "$expected_entries" | sed -n 's/ nofix$//p' | sort_keys)

# count LINES: how many non-empty lines LINES has.
count() {
    printf '%s\n' "$1" | sed '/^$/d' | wc -l | tr -d ' '
}

if [ "$actual_keys" != "$expected_keys" ]; then
    echo "MISMATCH: the LPA diagnostics differ from $expected_file (- expected, + actual):"
    diff -u --label expected --label actual <(printf '%s\n' "$expected_keys" | sed '/^$/d') <(printf '%s\n' "$actual_keys" | sed '/^$/d') | tail -n +3 || true
    missing=$(comm -23 <(printf '%s\n' "$expected_keys" | sort) <(printf '%s\n' "$actual_keys" | sort))
    unexpected=$(comm -13 <(printf '%s\n' "$expected_keys" | sort) <(printf '%s\n' "$actual_keys" | sort))
    echo
    echo "sample: FAILED: $(count "$actual_keys") LPA diagnostics reported, $(count "$expected_keys") expected: $(count "$missing") missing, $(count "$unexpected") unexpected"
    exit 1
fi

echo "sample: OK: $(count "$expected_keys") LPA diagnostics match $expected_file ($(printf '%s\n' "$expected_keys" | count_by_id))"

# --- The CDK sample ---------------------------------------------------------------------------------------
# samples/CdkStack: an AWS CDK for .NET app (Amazon.CDK.Lib 2.160.0, no AWSSDK.Lambda) with the CDK forms of the
# mistakes. Built and compared the same way; its fixes are covered by the tests, not by the fix check below (a nofix
# marker in its expected file is accepted and only documents the finding).
cdk_sample=samples/CdkStack
cdk_expected_file=$cdk_sample/expected-diagnostics.txt
run build-cdk dotnet build "$cdk_sample" -p:LambdaPermissionAnalyzersVersion="$version" "${build_options[@]}"
cdk_diagnostics=$(lpa_diagnostics "$out/build-cdk.log")
echo
echo "built:    $cdk_sample ($(other_warnings "$out/build-cdk.log") other distinct warnings, see the log)"
echo "LPA diagnostics:"
printf '%s\n' "${cdk_diagnostics:-(none)}" | sed 's/^/  /'
cdk_actual_keys=$(printf '%s\n' "$cdk_diagnostics" | sed '/^$/d' | keys)
cdk_expected_keys=$(expected_lines "$cdk_expected_file" | sed 's/ nofix$//' | sort_keys)
if [ "$cdk_actual_keys" != "$cdk_expected_keys" ]; then
    echo "MISMATCH: the LPA diagnostics differ from $cdk_expected_file (- expected, + actual):"
    diff -u --label expected --label actual <(printf '%s\n' "$cdk_expected_keys" | sed '/^$/d') <(printf '%s\n' "$cdk_actual_keys" | sed '/^$/d') | tail -n +3 || true
    echo "sample: FAILED: the CDK sample's diagnostics differ"
    exit 1
fi

echo "sample: OK: $(count "$cdk_expected_keys") LPA diagnostics match $cdk_expected_file ($(printf '%s\n' "$cdk_expected_keys" | count_by_id))"

# --- Analysis modes and SARIF ---------------------------------------------------------------------------
# LambdaPermissionAnalysisMode, from the package's build/ props and targets: Strict makes every finding an error except
# where the project's own configuration says otherwise (samples/LambdaDeployer/.editorconfig lowers LPA0001-LPA0005 to
# warnings, and that must win), None reports nothing, an unknown mode fails the build. samples/RepoWide is the
# repository-wide install (GlobalPackageReference), warnings locally and Strict with SARIF in CI (Directory.Build.props).

# severity_keys: `<file name>:<line> <id> <severity>` for each diagnostic on stdin, sorted.
severity_keys() {
    sed -E 's/^(.*)\(([0-9]+),[0-9]+\): ([a-z]+) (LPA[0-9]{4}): .*$/\1:\2 \4 \3/' | sed -E 's|^.*/||' | sed '/^$/d' | sort -u
}

# expect_severities STEP KEYS DEFAULT [EDITORCONFIG]: the LPA diagnostics of $out/STEP.log are KEYS, each with severity
# DEFAULT unless EDITORCONFIG sets its id's severity (a key whose severity is none is not expected).
expect_severities() {
    local step=$1 keys=$2 default=$3 editorconfig=${4:-} expected actual
    expected=$(printf '%s\n' "$keys" | sed '/^$/d' | while read -r key id; do
        severity=$default
        if [ -n "$editorconfig" ]; then
            own=$(sed -nE "s/^[[:space:]]*dotnet_diagnostic\.$id\.severity[[:space:]]*=[[:space:]]*([a-z]+).*/\1/p" "$editorconfig" | tail -n 1)
            severity=${own:-$default}
        fi
        [ "$severity" = none ] || echo "$key $id $severity"
    done | sort -u)
    actual=$(lpa_diagnostics "$out/$step.log" | severity_keys)
    if [ "$actual" != "$expected" ]; then
        echo "MISMATCH in $step (- expected, + actual):"
        diff -u --label expected --label actual <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") | tail -n +3 || true
        echo "modes: FAILED"
        exit 1
    fi
}

echo
expect mode-strict fail dotnet build "$sample" -p:LambdaPermissionAnalyzersVersion="$version" -p:LambdaPermissionAnalysisMode=Strict "${build_options[@]}"
expect_severities mode-strict "$expected_keys" error "$sample/.editorconfig"
expect mode-none ok dotnet build "$sample" -p:LambdaPermissionAnalyzersVersion="$version" -p:LambdaPermissionAnalysisMode=None "${build_options[@]}"
expect_severities mode-none "$expected_keys" none "$sample/.editorconfig"
echo "modes:    $sample: Strict fails with $(count "$expected_keys") findings, all errors but the ids its .editorconfig sets; None reports only those ids"

repo_wide=samples/RepoWide
repo_wide_solution=$repo_wide/RepoWide.sln
repo_wide_keys=$(expected_lines "$repo_wide/expected-diagnostics.txt" | sort_keys)
expect repo-wide-default ok dotnet build "$repo_wide_solution" -p:LambdaPermissionAnalyzersVersion="$version" "${build_options[@]}"
expect_severities repo-wide-default "$repo_wide_keys" warning
sarif_dir=$repo_wide/artifacts/sarif
rm -rf "$sarif_dir"
expect repo-wide-ci fail dotnet build "$repo_wide_solution" -p:LambdaPermissionAnalyzersVersion="$version" -p:ContinuousIntegrationBuild=true "${build_options[@]}"
expect_severities repo-wide-ci "$repo_wide_keys" error "$repo_wide/.globalconfig"
expect repo-wide-none ok dotnet build "$repo_wide_solution" -p:LambdaPermissionAnalyzersVersion="$version" -p:LambdaPermissionAnalysisMode=None "${build_options[@]}"
expect_severities repo-wide-none "$repo_wide_keys" none "$repo_wide/.globalconfig"
expect repo-wide-unknown-mode fail dotnet build "$repo_wide_solution" -p:LambdaPermissionAnalyzersVersion="$version" -p:LambdaPermissionAnalysisMode=Strikt "${build_options[@]}"
if ! grep -q "error LPABUILD001: LambdaPermissionAnalysisMode is 'Strikt', which LambdaPermissionAnalyzers does not know: use Default, Strict or None" "$out/repo-wide-unknown-mode.log"; then
    echo "modes: FAILED: an unknown LambdaPermissionAnalysisMode did not fail with LPABUILD001 (see $out/repo-wide-unknown-mode.log)"
    exit 1
fi
echo "modes:    $repo_wide: Default warns ($(count "$repo_wide_keys") findings), the CI build fails on the same findings as errors but the ids its .globalconfig sets, None reports only those, an unknown mode fails the build"

# SARIF: one log per project from the CI build, made relative to the repository root with eng/sarif-relative.jq;
# every LPA result must carry its rule id, a level, its rule's help URI, and a relative location on a file that
# exists, and the results must be the CI build's findings at the same levels.
sarif_keys=""
for sarif in "$sarif_dir"/*.sarif; do
    [ -f "$sarif" ] || { echo "sarif: FAILED: the CI build wrote no SARIF file into $sarif_dir"; exit 1; }
    relative=$out/$(basename "$sarif" .sarif).relative.sarif
    jq --arg root "file://$root/" -f eng/sarif-relative.jq "$sarif" > "$relative"
    problems=$(jq -r '
        .runs[] | (.tool.driver.rules // []) as $rules
        | .results[] | select(.ruleId | startswith("LPA"))
        | . as $result
        | ($rules | map(select(.id == $result.ruleId)) | first) as $rule
        | .locations[0].physicalLocation as $where
        | [ (if ($result.ruleId | test("^LPA[0-9]{4}$")) then empty else "rule id \($result.ruleId)" end),
            (if ($result.level == "error" or $result.level == "warning") then empty else "level \($result.level // "none")" end),
            (if ($rule.helpUri // "") == "https://github.com/lambda-permission-analyzers/LambdaPermissionAnalyzers/blob/main/docs/rules/\($result.ruleId).md" then empty else "help URI \($rule.helpUri // "none")" end),
            (if ($where.artifactLocation.uriBaseId == "%SRCROOT%") and (($where.artifactLocation.uri // "") | test("^[^/:]+/")) then empty else "location \($where.artifactLocation.uri // "none")" end) ]
        | select(length > 0) | "\($result.ruleId): \(join(", "))"' "$relative")
    if [ -n "$problems" ]; then
        echo "sarif: FAILED: $sarif:"
        printf '%s\n' "$problems" | sed 's/^/  /'
        exit 1
    fi
    while read -r uri line id level; do
        [ -f "$root/$uri" ] || { echo "sarif: FAILED: $sarif names $uri, which is not a file of the repository"; exit 1; }
        sarif_keys+="${uri##*/}:$line $id $level"$'\n'
    done < <(jq -r '.runs[].results[] | select(.ruleId | startswith("LPA")) | "\(.locations[0].physicalLocation.artifactLocation.uri) \(.locations[0].physicalLocation.region.startLine) \(.ruleId) \(.level)"' "$relative")
done
sarif_keys=$(printf '%s' "$sarif_keys" | sed '/^$/d' | sort -u)
ci_keys=$(lpa_diagnostics "$out/repo-wide-ci.log" | severity_keys)
if [ "$sarif_keys" != "$ci_keys" ]; then
    echo "sarif: FAILED: the SARIF results differ from the CI build's findings (- build, + SARIF):"
    diff -u --label build --label sarif <(printf '%s\n' "$ci_keys") <(printf '%s\n' "$sarif_keys") | tail -n +3 || true
    exit 1
fi
echo "sarif:    OK: $(count "$sarif_keys") LPA results in $(ls "$sarif_dir"/*.sarif | wc -l | tr -d ' ') logs, each with its rule id, level, help URI and a relative location"

if [ "$fix_check" = false ]; then
    exit 0
fi

# --- Fix check ------------------------------------------------------------------------------------------
echo
rm -rf "$copy" "$copy_root/tests" "$copy_root/artifacts"
mkdir -p "$copy" "$copy_root/tests/StandIns/AWSSDK.Lambda" "$copy_root/$feed"
copy_tree() {
    tar -C "$1" --exclude=./bin --exclude=./obj -cf - . | tar -C "$2" -xf -
}
copy_tree "$sample" "$copy"
copy_tree tests/StandIns/AWSSDK.Lambda "$copy_root/tests/StandIns/AWSSDK.Lambda"
cp Directory.Build.props Directory.Packages.props global.json "$copy_root/"
cp samples/Directory.Packages.props "$copy_root/samples/"
cp "$nupkg" "$copy_root/$feed/"
# samples/Directory.Build.props, with the version: dotnet format analyzers takes no MSBuild properties.
cat > "$copy_root/samples/Directory.Build.props" <<EOF
<!-- Written by eng/sample.sh for the fix check: stops the repository's props, as samples/Directory.Build.props does, and sets the packed version. -->
<Project>
  <PropertyGroup>
    <LambdaPermissionAnalyzersVersion>$version</LambdaPermissionAnalyzersVersion>
  </PropertyGroup>
</Project>
EOF

# The rules with a code fix, applied here; the others (no fix can guess the value) must stay as they were.
# generated:fix-ids:begin (from the descriptors and code fixes, see CONTRIBUTING.md)
fixed_ids=(LPA0001 LPA0002 LPA0004 LPA0005 LPA0006 LPA0007 LPA0100 LPA0101 LPA0103 LPA0104 LPA0200 LPA0201 LPA0202 LPA0300)
unfixable_ids=(LPA0003 LPA0008 LPA0102 LPA0105 LPA0106 LPA0203 LPA0301)
# generated:fix-ids:end
run fix-format dotnet format analyzers "$copy/LambdaDeployer.csproj" --diagnostics "${fixed_ids[@]}" --severity warn \
    --verbosity normal --report "$out"
echo "fixed:    dotnet format analyzers --diagnostics ${fixed_ids[*]} on $copy"

# The diff of each file the fixes changed, with paths instead of timestamps in its header.
fix_diff=""
changed_files=0
while IFS= read -r -d '' file; do
    rel=${file#"$copy"/}
    if ! cmp -s "$sample/$rel" "$file"; then
        changed_files=$((changed_files + 1))
        fix_diff+=$(diff -u --label "$sample/$rel" --label "$copy/$rel" "$sample/$rel" "$file" || true)$'\n'
    fi
done < <(find "$copy" \( -name bin -o -name obj \) -prune -o -type f -print0 | sort -z)
printf '%s' "$fix_diff" >> "$log"
if [ "$changed_files" -eq 0 ]; then
    echo "fix-check: FAILED: dotnet format analyzers changed nothing (see $out/fix-format.log)"
    exit 1
fi
echo
echo "What the fixes did:"
printf '%s' "$fix_diff" | sed 's/^/  /'
echo

run fix-build dotnet build "$copy" -p:LambdaPermissionAnalyzersVersion="$version" "${build_options[@]}"
fixed_diagnostics=$(lpa_diagnostics "$out/fix-build.log")
echo "rebuilt:  $copy ($(other_warnings "$out/fix-build.log") other distinct warnings, see the log)"
echo "LPA diagnostics after the fixes:"
if [ -n "$fixed_diagnostics" ]; then
    printf '%s\n' "$fixed_diagnostics" | sed 's/^/  /'
else
    echo "  (none)"
fi
echo

fixed_keys=$(printf '%s\n' "$fixed_diagnostics" | sed '/^$/d' | keys)
fixed_pattern=" ($(IFS='|'; echo "${fixed_ids[*]}"))\$"

# signatures: `<file name> <id>: <message>` for each diagnostic on stdin: what identifies a finding whose line the
# fixes moved.
signatures() {
    sed '/^$/d' | sed -E -e 's|^[^(]*/([^/(]*\()|\1|' -e 's/^([^(]*)\([0-9]+,[0-9]+\): [a-z]+ (LPA[0-9]{4}): (.*)$/\1 \2: \3/' | sort
}

# The nofix findings of the rules with a fix, as the first build reported them; they must be left, unchanged.
nofix_fixed_keys=$(printf '%s\n' "$nofix_keys" | grep -E "$fixed_pattern" || true)
nofix_signatures=""
while IFS= read -r key; do
    [ -n "$key" ] || continue
    file=${key%%:*} rest=${key#*:}
    line=${rest%% *} id=${rest#* }
    found=$(printf '%s\n' "$diagnostics" | grep -E "(^|/)$(printf '%s' "$file" | sed 's/\./\\./g')\($line,[0-9]+\): [a-z]+ $id: " || true)
    nofix_signatures+=$(printf '%s\n' "$found" | signatures)$'\n'
done <<< "$nofix_fixed_keys"
nofix_signatures=$(printf '%s' "$nofix_signatures" | sed '/^$/d' | sort)
left_signatures=$(printf '%s\n' "$fixed_diagnostics" | grep -E ": [a-z]+ ($(IFS='|'; echo "${fixed_ids[*]}")): " | signatures || true)
# Left: findings of the rules with a fix still reported and not marked nofix; gone: marked nofix and no longer reported.
left=$(comm -13 <(printf '%s\n' "$nofix_signatures" | sed '/^$/d') <(printf '%s\n' "$left_signatures" | sed '/^$/d'))
gone=$(comm -23 <(printf '%s\n' "$nofix_signatures" | sed '/^$/d') <(printf '%s\n' "$left_signatures" | sed '/^$/d'))
nofix_count=$(count "$nofix_signatures")
others=$(printf '%s\n' "$fixed_keys" | sed '/^$/d' | grep -vE " ($(IFS='|'; echo "${unfixable_ids[*]} ${fixed_ids[*]}" | tr ' ' '|'))\$" || true)
unfixable_mismatch=""
unfixable_summary=""
for id in "${unfixable_ids[@]}"; do
    expected_count=$(printf '%s\n' "$expected_keys" | grep -c " $id\$" || true)
    after_count=$(printf '%s\n' "$fixed_keys" | grep -c " $id\$" || true)
    unfixable_summary+="$id x$after_count "
    [ "$after_count" = "$expected_count" ] || unfixable_mismatch+="$id: $after_count reported after the fixes, $expected_count expected"$'\n'
done

if [ -n "$left" ] || [ -n "$gone" ] || [ -n "$others" ] || [ -n "$unfixable_mismatch" ]; then
    [ -z "$left" ] || { echo "still reported after the fixes:"; printf '%s\n' "$left" | sed 's/^/  /'; }
    [ -z "$gone" ] || { echo "marked nofix in $expected_file but gone after the fixes (remove the marker):"; printf '%s\n' "$gone" | sed 's/^/  /'; }
    [ -z "$others" ] || { echo "new diagnostics after the fixes:"; printf '%s\n' "$others" | sed 's/^/  /'; }
    [ -z "$unfixable_mismatch" ] || printf '%s' "$unfixable_mismatch"
    echo "fix-check: FAILED"
    exit 1
fi

nofix_summary=""
[ "$nofix_count" -eq 0 ] || nofix_summary=", and the $nofix_count nofix finding(s) stay ($(printf '%s\n' "$nofix_fixed_keys" | sed '/^$/d' | count_by_id))"
echo "fix-check: OK: the fixes changed $changed_files file(s), the fixed copy builds, ${fixed_ids[*]} are gone and the unfixable stay (${unfixable_summary% })$nofix_summary"
