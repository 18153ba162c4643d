// An SMTP sink on a loopback port (smtp-server, in-process): the demo and
// the tests send residents' email to it, and it keeps what arrived, decoded,
// so a person or a test can read it. Nothing leaves the machine.
import { SMTPServer } from 'smtp-server';

/** Decodes RFC 2047 words in a header (`=?UTF-8?B?...?=`, `=?UTF-8?Q?...?=`). */
function decodeHeader(value) {
  return value.replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=\s*/gi, (_, charset, kind, text) => {
    const bytes = kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text.replace(/_/g, ' '));
    return new TextDecoder(charset).decode(bytes);
  });
}

function quotedPrintable(text) {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i], 'utf8'));
  }
  return Buffer.from(bytes);
}

/** A single-part text message: its headers (lower-case names, decoded) and its text. */
export function parseMessage(raw) {
  const text = raw.toString('latin1');
  const split = text.search(/\r?\n\r?\n/);
  const head = text.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const headers = {};
  for (const line of head.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = decodeHeader(line.slice(at + 1).trim());
  }
  const rawBody = Buffer.from(text.slice(split).replace(/^\r?\n\r?\n/, ''), 'latin1');
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  const bytes = encoding === 'base64' ? Buffer.from(rawBody.toString('latin1'), 'base64') : encoding === 'quoted-printable' ? quotedPrintable(rawBody.toString('latin1')) : rawBody;
  const charset = /charset="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1] ?? 'utf-8';
  return { headers, subject: headers.subject ?? '', to: headers.to ?? '', text: new TextDecoder(charset).decode(bytes).replace(/\r\n/g, '\n').trimEnd() };
}

/**
 * Starts the sink on 127.0.0.1 (port 0: any free one).
 * @returns {Promise<{ url: string, messages: object[], waitFor: (count: number) => Promise<object[]>, down: () => void, up: () => void, close: () => Promise<void> }>}
 */
export async function startMailSink({ port = 0 } = {}) {
  const messages = [];
  const waiters = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      callback(refusing ? Object.assign(new Error('The relay is down (sink switched off)'), { responseCode: 421 }) : undefined);
    },
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push(parseMessage(Buffer.concat(chunks)));
        for (const waiter of [...waiters]) waiter();
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.server.address().port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    messages,
    /** Resolves once `count` messages have arrived. */
    waitFor(count) {
      return new Promise((resolve) => {
        const check = () => {
          if (messages.length < count) return;
          waiters.splice(waiters.indexOf(check), 1);
          resolve(messages);
        };
        waiters.push(check);
        check();
      });
    },
    /** Refuses connections, as a relay that is down. */
    down() {
      refusing = true;
    },
    up() {
      refusing = false;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
