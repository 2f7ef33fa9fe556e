#!/usr/bin/python3
"""Runs python-openstackclient commands for tests/compat/test/osc-batch.ts without paying
Python's start-up and openstackclient's imports for each one.

Usage: osc-batch.py [PATH-OF-THE-OPENSTACK-COMMAND]. One request a line on stdin,
{"argv": ["--os-cloud", "aio-demo", "server", "list", "-f", "json"]}; one answer a line on
stdout, {"code": 0, "stdout": "...", "stderr": "..."}: what `openstack ARGV` would exit with and
print, with stdin empty and not a terminal (as execFile's closed stdin).

This process imports openstackclient and the API clients once and runs no command itself: each
command runs in a child forked from it, so it starts from the state a new `openstack` process
has after its imports. (Running commands one after another in one process is not the same:
osc-lib's ClientCache keeps each API client on the ClientManager class, and the volume client
deletes an entry of a module-level table the first time it is made.)
"""
import importlib
import io
import json
import os
import sys

# The modules a command loads, imported once here (a module that is missing is skipped).
PRELOAD = [
    'openstackclient.shell',
    'openstackclient.common.clientmanager',
    'novaclient.client',
    'novaclient.v2.client',
    'cinderclient.client',
    'cinderclient.v3.client',
    'keystoneclient.v3.client',
    'openstack.connection',
    'openstack.compute.v2._proxy',
    'openstack.network.v2._proxy',
    'openstack.image.v2._proxy',
    'openstack.block_storage.v3._proxy',
    'openstack.identity.v3._proxy',
]


def run(argv, prog):
    """Runs one command in this (forked) process; returns its exit code and output."""
    from openstackclient.shell import OpenStackShell

    out = io.StringIO()
    err = io.StringIO()
    # argparse names the program after sys.argv[0] (usage lines, errors): the `openstack` command's
    sys.argv = [prog, *argv]
    # stdin: an empty pipe, as execFile's closed stdin (`image create` without --file reads it)
    r, w = os.pipe()
    os.close(w)
    sys.stdin = open(r, encoding='utf-8')
    sys.stdout, sys.stderr = out, err
    try:
        code = OpenStackShell().run(argv)
    except SystemExit as e:  # argparse's errors and --help
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if not isinstance(e.code, (int, type(None))):
            err.write(f'{e.code}\n')
    return {'code': code or 0, 'stdout': out.getvalue(), 'stderr': err.getvalue()}


def serve(argv, prog):
    """Forks a child that runs the command and sends its answer back through a pipe."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            res = run(argv, prog)
        except BaseException as e:  # noqa: B902 - the child must always answer
            res = {'code': 1, 'stdout': '', 'stderr': f'osc-batch: {type(e).__name__}: {e}\n'}
        with os.fdopen(w, 'wb') as f:
            f.write(json.dumps(res).encode())
        os._exit(0)
    os.close(w)
    with os.fdopen(r, 'rb') as f:
        data = f.read()
    os.waitpid(pid, 0)
    if not data:
        return {'code': -1, 'stdout': '', 'stderr': 'osc-batch: the command\'s process died without an answer\n'}
    return json.loads(data)


def main():
    prog = sys.argv[1] if len(sys.argv) > 1 else 'openstack'
    # cliff names the program (App.NAME: usage lines, errors, `complete`) after sys.argv[0] when
    # it is imported: the `openstack` command's, before the first import
    sys.argv = [prog]
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: S112 - a client this openstackclient does not have
            continue
    channel = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        channel.write(json.dumps(serve(req['argv'], prog)) + '\n')
        channel.flush()


if __name__ == '__main__':
    main()
