// A string that matches a `pattern`, for messages ("must match /^ES\d{22}$/, like "ES1234…"") and
// for scaffolds. Covers what template structures use — literals, classes and ranges, \d \w \s,
// groups, alternation (first branch), quantifiers (their minimum, at least one for `+`) — and
// checks the result against the real RegExp: undefined when the pattern is beyond it (lookarounds,
// backreferences).

type Node = { kind: 'seq'; items: Node[] } | { kind: 'alt'; options: Node[] } | { kind: 'char'; pick: () => string } | { kind: 'repeat'; node: Node; min: number } | { kind: 'fail' };

class Parser {
  private i = 0;
  private digit = 0;
  constructor(private readonly src: string) {}

  private nextDigit(): string {
    const d = '1234567890'[this.digit % 10] ?? '1';
    this.digit++;
    return d;
  }

  parse(): Node {
    const node = this.alternation();
    return this.i < this.src.length ? { kind: 'fail' } : node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] ?? { kind: 'fail' }) : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  private quantified(node: Node): Node {
    const c = this.src[this.i];
    let min: number | undefined;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (m) {
        min = Number(m[1]);
        this.i += m[0].length - 1;
      }
    }
    if (min === undefined) return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return { kind: 'repeat', node, min };
  }

  private atom(): Node {
    const c = this.src[this.i++] ?? '';
    switch (c) {
      case '^':
      case '$':
        return { kind: 'seq', items: [] };
      case '.':
        return { kind: 'char', pick: () => 'a' };
      case '(': {
        if (this.src[this.i] === '?') {
          const rest = this.src.slice(this.i);
          if (rest.startsWith('?:')) this.i += 2;
          else if (/^\?<[A-Za-z]/.test(rest)) this.i = this.src.indexOf('>', this.i) + 1;
          else return { kind: 'fail' };
        }
        const inner = this.alternation();
        if (this.src[this.i] !== ')') return { kind: 'fail' };
        this.i++;
        return inner;
      }
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      default:
        return { kind: 'char', pick: () => c };
    }
  }

  private escape(): Node {
    const c = this.src[this.i++] ?? '';
    switch (c) {
      case 'd':
        return { kind: 'char', pick: () => this.nextDigit() };
      case 'w':
      case 'D':
      case 'S':
        return { kind: 'char', pick: () => 'a' };
      case 's':
        return { kind: 'char', pick: () => ' ' };
      case 'W':
        return { kind: 'char', pick: () => '-' };
      case 'b':
      case 'B':
        return { kind: 'seq', items: [] };
      case 't':
        return { kind: 'char', pick: () => '\t' };
      case 'n':
        return { kind: 'char', pick: () => '\n' };
      case 'u':
      case 'x': {
        const len = c === 'u' ? 4 : 2;
        const hex = this.src.slice(this.i, this.i + len);
        this.i += len;
        const ch = String.fromCharCode(parseInt(hex, 16));
        return { kind: 'char', pick: () => ch };
      }
      default:
        if (/[1-9]/.test(c)) return { kind: 'fail' };
        return { kind: 'char', pick: () => c };
    }
  }

  private charClass(): Node {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const ranges: [string, string][] = [];
    let digits = false;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let lo = this.src[this.i++] ?? '';
      if (lo === '\\') {
        const e = this.src[this.i++] ?? '';
        if (e === 'd') {
          digits = true;
          ranges.push(['0', '9']);
          continue;
        }
        if (e === 'w') {
          ranges.push(['a', 'z']);
          continue;
        }
        if (e === 's') {
          ranges.push([' ', ' ']);
          continue;
        }
        lo = e;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        let hi = this.src[this.i++] ?? lo;
        if (hi === '\\') hi = this.src[this.i++] ?? lo;
        if (lo === '0' && hi === '9') digits = true;
        ranges.push([lo, hi]);
      } else ranges.push([lo, lo]);
    }
    this.i++;
    const inSet = (ch: string) => ranges.some(([a, b]) => ch >= a && ch <= b);
    if (negated) {
      const pick = [...'aA0-_ x'].find((ch) => !inSet(ch));
      return pick === undefined ? { kind: 'fail' } : { kind: 'char', pick: () => pick };
    }
    const first = ranges[0];
    if (!first) return { kind: 'fail' };
    if (digits && ranges.length === 1) return { kind: 'char', pick: () => this.nextDigit() };
    return { kind: 'char', pick: () => first[0] };
  }
}

function render(node: Node): string | undefined {
  switch (node.kind) {
    case 'fail':
      return undefined;
    case 'char':
      return node.pick();
    case 'seq': {
      let out = '';
      for (const item of node.items) {
        const s = render(item);
        if (s === undefined) return undefined;
        out += s;
      }
      return out;
    }
    case 'alt':
      return node.options.length ? render(node.options[0] ?? { kind: 'fail' }) : undefined;
    case 'repeat': {
      let out = '';
      for (let k = 0; k < node.min; k++) {
        const s = render(node.node);
        if (s === undefined) return undefined;
        out += s;
      }
      return out;
    }
  }
}

/** A short string `pattern` matches, or undefined when none could be made. */
export function patternExample(pattern: string): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  if (pattern.length > 300) return undefined;
  const candidate = render(new Parser(pattern).parse());
  return candidate !== undefined && candidate.length <= 200 && re.test(candidate) ? candidate : undefined;
}
