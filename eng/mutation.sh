#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the dotnet tool pinned in dotnet-tools.json, config in eng/stryker-config.json):
# mutates the analyzer (src/LambdaPermissionAnalyzers) and the code fixes (src/LambdaPermissionAnalyzers.CodeFixes),
# runs the tests against each mutant, and prints the mutation score by folder as a markdown table
# (docs/mutation-testing.md records the last full run). Slow: hours on a 2-core machine, so CI runs it only when
# LPA_MUTATION=1 is set.
#
#   bash eng/mutation.sh                       # both projects, every folder
#   bash eng/mutation.sh --mutate '**/Rules/**/*.cs'   # one folder (any stryker option is passed on)
#   bash eng/mutation.sh --report-only         # the table of the last run's reports
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/mutation
# LPA_MUTATION_PROJECTS narrows the run to one project (LambdaPermissionAnalyzers or LambdaPermissionAnalyzers.CodeFixes).
read -r -a projects <<< "${LPA_MUTATION_PROJECTS:-LambdaPermissionAnalyzers LambdaPermissionAnalyzers.CodeFixes}"

if [ "${1:-}" != "--report-only" ]; then
    dotnet tool restore > /dev/null
    for project in "${projects[@]}"; do
        rm -rf "$out/$project"
        (cd tests/LambdaPermissionAnalyzers.Tests \
            && dotnet stryker --config-file ../../eng/stryker-config.json --project "$project.csproj" \
                --output "../../$out/$project" "$@")
    done
fi

# Score = detected / (detected + undetected): Killed and Timeout are detected, Survived and NoCoverage are not;
# CompileError and Ignored mutants are left out (as Stryker does).
echo
echo "| Folder | Killed | Timeout | Survived | No coverage | Compile error | Ignored | Score |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for project in "${projects[@]}"; do
    report="$out/$project/reports/mutation-report.json"
    [ -f "$report" ] || { echo "| $project | no report at $report | | | | | | |"; continue; }
    jq -r --arg project "$project" '
        .files | to_entries
        | map({folder: ($project + "/" + (.key | sub("^.*/src/[^/]+/"; "") | split("/") | if length > 1 then .[0] else "(root)" end)),
               mutants: .value.mutants})
        | group_by(.folder)
        | map({folder: .[0].folder, statuses: ([.[].mutants[].status] | group_by(.) | map({key: .[0], value: length}) | from_entries)})
        | (. + [{folder: ($project + " (all)"), statuses: ([.[].statuses | to_entries[]] | group_by(.key) | map({key: .[0].key, value: (map(.value) | add)}) | from_entries)}])
        | .[]
        | .statuses as $s
        | ($s.Killed // 0) as $k | ($s.Timeout // 0) as $t | ($s.Survived // 0) as $v | ($s.NoCoverage // 0) as $n
        | "| \(.folder) | \($k) | \($t) | \($v) | \($n) | \($s.CompileError // 0) | \($s.Ignored // 0) | "
          + (if ($k + $t + $v + $n) > 0 then "\((($k + $t) * 1000 / ($k + $t + $v + $n) | floor) / 10) %" else "n/a" end) + " |"
    ' "$report"
done
