/**
 * "Did you mean" for mistyped commands, without prompting (a prompt on a typo would let
 * `yes | oscloud server delte x` run `server delete x`). Pure: callers print and exit.
 */

/** What was typed as the command, and the closest command or topic when one is close. */
export interface Suggestion {
  /** The words taken as the mistyped command (`server delte` of `server delte web1`). */
  typed: string;
  /** The closest command or topic (`server delete`), when close enough to be a typo. */
  suggestion?: string;
}

/** Edit distance counting an insertion, deletion, substitution or swap of neighbours as one edit. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

/**
 * Finds the command meant by `words` (the command words as typed, arguments possibly after
 * them): compares every command and topic with as many leading words as it has, keeps the
 * nearest within a third of the differing words' length (more words win a tie, commands win over topics). Topics typed exactly are not
 * typos (the mistake is in a later word).
 */
export function suggestCommand(words: string[], commands: string[], topics: string[]): Suggestion {
  let best: { typed: string; name: string; distance: number; words: number; command: boolean } | undefined;
  const consider = (name: string, command: boolean) => {
    const n = name.split(' ').length;
    if (n > words.length) return;
    const typed = words.slice(0, n).join(' ');
    if (typed === name) return;
    const distance = editDistance(typed, name);
    // A third of the words that differ may be wrong: `server frob` is not `server show`.
    const nameWords = name.split(' ');
    const same = nameWords.findIndex((w, i) => w !== words[i]);
    if (distance > Math.max(1, Math.floor(nameWords.slice(same).join(' ').length / 3))) return;
    const better =
      !best || distance < best.distance || (distance === best.distance && (n > best.words || (n === best.words && command && !best.command)));
    if (better) best = { typed, name, distance, words: n, command };
  };
  for (const c of commands) consider(c, true);
  for (const t of topics) consider(t, false);
  if (best) return { typed: best.typed, suggestion: best.name };
  // Nothing close: the mistyped part is the first word after the longest known topic.
  const topicSet = new Set(topics);
  let known = 0;
  while (known < words.length && topicSet.has(words.slice(0, known + 1).join(' '))) known += 1;
  return { typed: words.slice(0, Math.min(words.length, known + 1)).join(' ') };
}

/** The one line printed for an unknown command (git's wording). */
export function notFoundMessage(bin: string, s: Suggestion): string {
  return `${bin}: '${s.typed}' is not an ${bin} command.${s.suggestion ? ` Did you mean '${s.suggestion}'?` : ` See '${bin} --help'.`}`;
}
