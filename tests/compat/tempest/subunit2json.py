#!/usr/bin/python3
"""Reads a subunit v2 stream on stdin (``stestr last --subunit``) and prints one JSON object
per line for every finished test: {"id", "status", "reason"}.

``status`` is passed, failed or skipped (subunit's success/xfail count as passed, fail/
uxsuccess as failed, skip as skipped). ``reason`` is the final exception and its message
or the skip reason. Only python3-subunit and testtools (both Debian packages pulled in by
tempest) are used.
"""
import json
import re
import sys

import subunit
import testtools

STATUS = {
    'success': 'passed',
    'xfail': 'passed',
    'fail': 'failed',
    'uxsuccess': 'failed',
    'skip': 'skipped',
}


def text_of(details, names):
    for name in names:
        content = details.get(name)
        if content is None:
            continue
        try:
            return ''.join(
                chunk.decode('utf-8', 'replace') if isinstance(chunk, bytes) else chunk
                for chunk in content.iter_bytes())
        except Exception:  # noqa: BLE001 - a bad attachment must not stop the summary
            continue
    return ''


EXC_LINE = re.compile(r'^(?:[a-z_]\w*\.)+[A-Z]\w*: |^[A-Z]\w*(?:Error|Exception|Exceptions): ')


def summarize(traceback):
    """The final exception's line and the few lines after it (the message, Details: ...)."""
    lines = traceback.strip().splitlines()
    starts = [i for i, line in enumerate(lines) if EXC_LINE.match(line)]
    if not starts:
        return '\n'.join(lines[-12:])
    return '\n'.join(line for line in lines[starts[-1]:starts[-1] + 8] if line.strip())


def main():
    out = sys.stdout

    def on_test(test):
        status = test['status']
        if status not in STATUS:
            return  # exists, inprogress: not a result
        details = test.get('details') or {}
        reason = ''
        if STATUS[status] == 'failed':
            reason = summarize(text_of(details, ['traceback', 'reason']))
        elif STATUS[status] == 'skipped':
            reason = text_of(details, ['reason']).strip()
        out.write(json.dumps({'id': test['id'], 'status': STATUS[status], 'reason': reason}) + '\n')

    stream = subunit.ByteStreamToStreamResult(sys.stdin.buffer, non_subunit_name='stdout')
    result = testtools.StreamToDict(on_test)
    result.startTestRun()
    try:
        stream.run(result)
    finally:
        result.stopTestRun()


if __name__ == '__main__':
    main()
