#!/usr/bin/env bash
# Regenerates schema/ from the committed code only (a worktree of HEAD), so uncommitted work in
# the checkout never leaks into the published contract. Used while several people share a checkout.
set -euo pipefail
top=$(git rev-parse --show-toplevel)
wt=$(mktemp -d /tmp/schema-head.XXXXXX)
git -C "$top" worktree add -q --detach "$wt" HEAD
ln -s "$top/node_modules" "$wt/node_modules"
ln -s "$top/server/node_modules" "$wt/server/node_modules"
(cd "$wt/server" && node -r @swc-node/register src/schema/generate.ts >/dev/null)
cp "$wt"/schema/*.graphql "$top/schema/"
git -C "$top" worktree remove --force "$wt"
git -C "$top" status --short schema
