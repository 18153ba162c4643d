/**
 * Where JSON text goes wrong. Engines word `JSON.parse` errors differently
 * (and Node 20 often gives no position at all), so this small scanner follows
 * the JSON grammar (RFC 8259) only to find the first character it cannot
 * accept, and says where that is as a line and column an editor can find.
 */

/** The first syntax error in `text`, or `null` when it is valid JSON. */
export function jsonSyntaxError(text: string): { line: number; column: number; message: string } | null {
  const offset = firstErrorOffset(text);
  if (offset === null) return null;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const message =
    offset >= text.length ? 'the text ends too early (is a closing } or ] missing?)' : `unexpected ${JSON.stringify(text[offset])}`;
  return { line, column, message };
}

class Stop {
  constructor(readonly at: number) {}
}

function firstErrorOffset(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) fail();
      i++;
    }
  };
  const digits = () => {
    if (!/[0-9]/.test(text[i] ?? '')) fail();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      const char = text[i];
      if (char === undefined || char < ' ') fail();
      if (char === '"') return void i++;
      if (char === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
          }
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '!')) fail();
      }
      i++;
    }
  };
  const members = (close: string, member: () => void) => {
    i++; // the opening bracket
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail();
      i++;
      space();
    }
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      members('}', () => {
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    } else if (char === '[') members(']', value);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || /[0-9]/.test(char ?? '')) number();
    else fail();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return null;
  } catch (error) {
    // Anything else is nesting too deep to follow: say where the scan had reached.
    return error instanceof Stop ? error.at : i;
  }
}
