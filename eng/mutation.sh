#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the dotnet tool pinned in dotnet-tools.json, config in eng/stryker-config.json).
# The analyzer (src/LambdaPermissionAnalyzers) and the code fixes (src/LambdaPermissionAnalyzers.CodeFixes) are
# mutated one folder at a time; each folder's report lands in artifacts/mutation/<project>/<folder>/, so a run can
# be split over several sittings and the table adds up the newest report of every folder. Slow (hours on a 2-core
# machine), so CI runs it only when LPA_MUTATION=1 is set; docs/mutation-testing.md records the last full scores.
#
#   bash eng/mutation.sh                          # every folder of both projects, one after the other
#   bash eng/mutation.sh Rules Knowledge          # only these folders ("." is a project's root folder)
#   bash eng/mutation.sh Rules -- --mutate '**/Rules/ConfusedDeputyRule.cs'   # extra Stryker options after --
#   bash eng/mutation.sh --report-only            # the table of the reports already in artifacts/mutation/
#
# LPA_MUTATION_PROJECTS narrows the projects (LambdaPermissionAnalyzers or LambdaPermissionAnalyzers.CodeFixes).
# LPA_MUTATION_PART splits a large folder into runs that each finish in one sitting: the report goes to
# <folder>.<part>/ and the table adds the parts up, so each part must exclude the others' files:
#   LPA_MUTATION_PART=a bash eng/mutation.sh Rules -- --mutate '!**/Rules/[E-Z]*.cs'
# A part may also rerun a few files after new tests: each file counts from the newest report that measured it.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/mutation
read -r -a projects <<< "${LPA_MUTATION_PROJECTS:-LambdaPermissionAnalyzers LambdaPermissionAnalyzers.CodeFixes}"

report_only=false
folders=()
stryker_options=()
while [ $# -gt 0 ]; do
    case "$1" in
        --report-only) report_only=true ;;
        --) shift; stryker_options=("$@"); break ;;
        *) folders+=("$1") ;;
    esac
    shift
done

# The folders of a project that hold C# sources, "." for the files at its root.
project_folders() {
    local dir="src/$1"
    if ls "$dir"/*.cs > /dev/null 2>&1; then echo "."; fi
    find "$dir" -mindepth 1 -maxdepth 1 -type d ! -name bin ! -name obj -printf '%f\n' | sort
}

if [ "$report_only" = false ]; then
    dotnet tool restore > /dev/null
    for project in "${projects[@]}"; do
        for folder in $(project_folders "$project"); do
            if [ ${#folders[@]} -gt 0 ] && [[ ! " ${folders[*]} " =~ " $folder " ]]; then continue; fi
            if [ "$folder" = "." ]; then pattern="**/src/$project/*.cs"; name=root; else pattern="**/src/$project/$folder/**/*.cs"; name=$folder; fi
            name="$name${LPA_MUTATION_PART:+.$LPA_MUTATION_PART}"
            echo "== $project/$name: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + local changes')"
            rm -rf "$out/$project/$name"
            (cd tests/LambdaPermissionAnalyzers.Tests \
                && dotnet stryker --config-file ../../eng/stryker-config.json --project "$project.csproj" \
                    --mutate "$pattern" --output "../../$out/$project/$name" "${stryker_options[@]}")
        done
    done
fi

# Score = detected / (detected + undetected): Killed and Timeout are detected, Survived and NoCoverage are not;
# CompileError and Ignored mutants are left out (as Stryker does). Each folder counts from its own report.
# Oldest first: a file measured by several runs counts from the newest (a rerun of a few files after new tests).
reports=$(find "$out" -path '*/reports/mutation-report.json' -printf '%T@ %p\n' 2>/dev/null | sort -n | cut -d' ' -f2-)
[ -n "$reports" ] || { echo "no reports under $out"; exit 1; }
echo
echo "| Folder | Killed | Timeout | Survived | No coverage | Compile error | Ignored | Score |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
# shellcheck disable=SC2086
jq -rn '
    [ inputs | (input_filename | capture("mutation/(?<p>[^/]+)/(?<f>[^/.]+)(\\.[^/]*)?/reports/")) as $unit
      | .files | to_entries[]
      | (.key | capture("src/(?<p>[^/]+)/(?<rest>.*)$")) as $source
      | { project: $source.p,
          folder: ($source.rest | split("/") | if length > 1 then .[0] else "root" end),
          file: .key, mutants: [.value.mutants[] | select(.statusReason != "Removed by mutate filter")] }
      # a report counts for a file only where it tested some of its mutants (a part leaves compile errors in the files it excludes)
      | select([.mutants[] | select(.status == "Killed" or .status == "Timeout" or .status == "Survived" or .status == "NoCoverage")] | length > 0)
      # a folder counts from its own reports only (other files of those runs are outside their mutate filters)
      | select(.project == $unit.p and .folder == $unit.f)
      | .folder = (.project + "/" + .folder) ]
    | group_by(.file) | map(last)
    | group_by(.folder)
    | map({folder: .[0].folder, statuses: ([.[].mutants[].status] | group_by(.) | map({key: .[0], value: length}) | from_entries)})
    | (. + [{folder: "all", statuses: ([.[].statuses | to_entries[]] | group_by(.key) | map({key: .[0].key, value: (map(.value) | add)}) | from_entries)}])
    | .[]
    | .statuses as $s
    | ($s.Killed // 0) as $k | ($s.Timeout // 0) as $t | ($s.Survived // 0) as $v | ($s.NoCoverage // 0) as $n
    | "| \(.folder) | \($k) | \($t) | \($v) | \($n) | \($s.CompileError // 0) | \($s.Ignored // 0) | "
      + (if ($k + $t + $v + $n) > 0 then "\((($k + $t) * 1000 / ($k + $t + $v + $n) | floor) / 10) %" else "n/a" end) + " |"
' $reports
