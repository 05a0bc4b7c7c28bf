#!/usr/bin/env bash
# Static checks run by CI after the tests: formatting (.clang-format), clang-tidy
# (.clang-tidy, warnings are errors) and the layering rule ui -> app -> platforms.
# Needs the compile database of a configured build (default: build-test from test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
status=0

echo "lint: layering"
if grep -rnE '#include [<"](app|ui|core|storage|secrets|library|cli)/' platforms/ --include='*.h' --include='*.cpp'; then
    echo "lint: platforms/ must not include app/ or ui/" >&2
    status=1
fi
if grep -rnE '#include [<"](Q(Widget|MainWindow|Dialog|MessageBox|Application)\b|QtWidgets)|#include "(main_window|tray_icon|single_instance)' app/ --include='*.h' --include='*.cpp'; then
    echo "lint: app/ must not use QtWidgets or include ui/" >&2
    status=1
fi

echo "lint: clang-format"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror || status=1

echo "lint: clang-tidy"
if [ ! -f "$build/compile_commands.json" ]; then
    echo "lint: $build/compile_commands.json is missing; run scripts/test.sh first" >&2
    exit 1
fi
git ls-files 'app/*.cpp' 'platforms/*.cpp' 'ui/*.cpp' \
    | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet 2>/dev/null || status=1

if [ $status -eq 0 ]; then echo "lint: clean"; fi
exit $status
