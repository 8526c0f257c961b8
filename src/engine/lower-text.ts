/**
 * The copy of a text that the engine's patterns read: ASCII letters lower-cased, and every
 * character held in one byte, at the same offsets as the text.
 *
 * Why one byte: V8 and SpiderMonkey compile a regular expression once per string width, one-byte
 * (every character Latin-1) and two-byte. The engine's big expressions come to about 1.6 MB of
 * machine code for one width and 2 MB for the other; a page with a single curly quote is two-byte
 * text, and Firefox hands the content script two-byte text for every page. A copy that is always
 * one-byte needs one width: half the compiled code, and half the warm-up.
 *
 * What a pattern may name, then: Latin-1 characters, and for the few wider ones it needs, the
 * stand-ins below. Curly quotes become straight ones (every pattern already treats them alike);
 * the rest keep their own stand-in, a C1 control character, which web text never holds.
 */

/** Stand-ins for the wider characters that patterns name. */
export const ELLIPSIS = '\x85';
export const EN_DASH = '\x96';
export const EM_DASH = '\x97';
/** Any of the list bullets • ▪ ◦, and a checklist's ticks ✓ ✔ ☑ ✅ (a pin's "✔ sterile lancets"). */
export const BULLET = '\x95';
export const EURO = '\x80';
/** A review's rating: a full star ★ and an empty one ☆ ("★★★★☆"). */
export const STAR = '\x8a';
export const EMPTY_STAR = '\x8b';

const NAMED: Readonly<Record<number, string>> = {
  0x2018: "'",
  0x2019: "'",
  0x201c: '"',
  0x201d: '"',
  0x2026: ELLIPSIS,
  0x2013: EN_DASH,
  0x2014: EM_DASH,
  0x2022: BULLET,
  0x25aa: BULLET,
  0x25e6: BULLET,
  0x2713: BULLET,
  0x2714: BULLET,
  0x2611: BULLET,
  0x2705: BULLET,
  0x20ac: EURO,
  0x2605: STAR,
  0x2606: EMPTY_STAR,
};

/** Another wide space (thin, narrow no-break, ideographic, line separator…): `\s` still holds. */
const SPACE = ' ';
/** A letter of another script: `\p{L}` still holds, `[a-z]` and `\w` still do not. */
const LETTER = '\xaa';
/** Anything else (a symbol, an emoji's half, a combining mark): none of the above. */
const OTHER = '\x9f';

/** Stand-in codes for wide code units, filled in as they are met (most pages meet a handful). */
let standIns: Uint8Array | undefined;

function standIn(code: number): number {
  standIns ??= new Uint8Array(0x10000);
  let found = standIns[code] ?? 0;
  if (found === 0) {
    const char = String.fromCharCode(code);
    const named = NAMED[code];
    const stand = named ?? (/\s/.test(char) ? SPACE : /\p{L}/u.test(char) ? LETTER : OTHER);
    standIns[code] = found = stand.charCodeAt(0);
  }
  return found;
}

/**
 * The stand-in for the first half of a surrogate pair: a letter when the pair is one (`\p{L}`
 * reads the pair as one character), else other. The second half is always other.
 */
function pairStandIn(high: number, low: number): number {
  // A lone first half (`low` is NaN at the end of the text) is other too.
  if (!(low >= 0xdc00 && low <= 0xdfff)) return OTHER_CODE;
  const point = (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let found = pairStandIns.get(point);
  if (found === undefined) {
    found = /\p{L}/u.test(String.fromCodePoint(point)) ? LETTER_CODE : OTHER_CODE;
    pairStandIns.set(point, found);
  }
  return found;
}
const pairStandIns = new Map<number, number>();
const LETTER_CODE = LETTER.charCodeAt(0);
const OTHER_CODE = OTHER.charCodeAt(0);

/** Below the engines' limits on the arguments of one call; reused, one chunk at a time. */
const CHUNK = 8192;
/**
 * A plain array of small integers, not a typed one: V8 passes such an array's elements to
 * `apply` as they are, where it copied a typed array into a new list of arguments for every
 * chunk (8 bytes a character, most of what lower-casing a page allocated).
 */
const codes: number[] = Array.from({ length: CHUNK }, () => 0);

/**
 * `text` lower-cased (ASCII only, so offsets stay) with wide characters as their stand-ins. Built
 * from char codes because that is what both engines store in one byte: a `replace` on two-byte
 * text returns two-byte text, whatever it holds.
 */
export function lowerText(text: string): string {
  let lower = '';
  for (let at = 0; at < text.length; at += CHUNK) {
    const length = Math.min(CHUNK, text.length - at);
    for (let i = 0; i < length; i += 1) {
      const code = text.charCodeAt(at + i);
      codes[i] =
        code < 0x80
          ? code >= 65 && code <= 90
            ? code + 32
            : code
          : code < 0x100
            ? code < 0xa0
              ? OTHER_CODE
              : code
            : code >= 0xd800 && code < 0xdc00
              ? pairStandIn(code, text.charCodeAt(at + i + 1))
              : standIn(code);
    }
    lower += String.fromCharCode.apply(null, length === CHUNK ? codes : codes.slice(0, length));
  }
  return lower;
}
